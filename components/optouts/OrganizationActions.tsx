/**
 * Opt-outs for one organization (inside its expanded row): block on this site / everywhere (undo), clear
 * its cookies, its own opt-out pages (curated data file) plus the industry tools for advertising
 * companies, and a data request to its privacy contact.
 */
import { useState } from 'preact/hooks';
import { letterRecipient } from '../../lib/core/optouts/letters';
import type { BlockResult, CookieClearResult, OptOutResult } from '../../lib/core/optouts/types';
import { industryOptOuts, vendorOptOuts } from '../../lib/core/optouts/vendor-optouts';
import { plural, useT } from '../common/i18n';
import { LetterPanel, letterLanguage } from './LetterPanel';
import type { OrganizationActionsProps } from './index';

type Blocked = { scope: 'site' | 'everywhere'; count: number } | null;

export function OrganizationActions({ report, tabId, org, detail, send, onChanged }: OrganizationActionsProps) {
  const t = useT();
  const lang = letterLanguage(t('common_lang'));
  const key = detail?.key ?? org.org ?? `domain:${org.name}`;
  // Local copy so the row answers at once; the popup's refresh (onChanged) brings the report's own value.
  const [blocked, setBlocked] = useState<Blocked | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const current: Blocked = blocked !== undefined ? blocked : detail?.blocked ?? null;

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    try { await fn(); onChanged?.(); } finally { setBusy(false); }
  };
  const block = (scope: 'site' | 'everywhere') => run(async () => {
    const r = await send<BlockResult>({ type: 'block-org', tabId, key, scope });
    if (r.ok) setBlocked({ scope, count: 0 });
    setMessage(r.ok ? null : t('block_failed'));
  });
  const undo = () => run(async () => {
    if (!current) return;
    const r = await send<OptOutResult>({ type: 'unblock-org', tabId, key, scope: current.scope });
    if (r.ok) setBlocked(null);
  });
  const clearCookies = () => run(async () => {
    const r = await send<CookieClearResult>({ type: 'clear-org-cookies', tabId, key });
    setMessage(plural(t, 'optout_cookies_removed', r.removed));
  });

  const vendor = org.org ? vendorOptOuts(org.org) : [];
  const industry = org.category === 'advertising' ? industryOptOuts() : [];
  const info = detail?.info;
  return (
    <div class="fp-optouts" data-testid="org-actions" data-org={key}>
      <div class="fp-optout-row">
        {current ? (
          <>
            <span data-testid="block-status">{t(current.scope === 'site' ? 'block_status_site' : 'block_status_everywhere')}, {plural(t, 'block_count', current.count)}</span>
            <button type="button" class="fp-optout-btn" data-testid="unblock" disabled={busy} onClick={() => void undo()}>{t('block_undo')}</button>
          </>
        ) : (
          <>
            <button type="button" class="fp-optout-btn" data-testid="block-site" disabled={busy} onClick={() => void block('site')}>{t('block_site')}</button>
            <button type="button" class="fp-optout-btn" data-testid="block-everywhere" disabled={busy} onClick={() => void block('everywhere')}>{t('block_everywhere')}</button>
          </>
        )}
        <button type="button" class="fp-optout-btn" data-testid="clear-cookies" disabled={busy} onClick={() => void clearCookies()}>{t('optout_clear_cookies')}</button>
      </div>
      {message && <p class="fp-optout-note" role="status" data-testid="org-action-result">{message}</p>}
      {vendor.length > 0 && (
        <div>
          <h3>{t('optout_vendor_links')}</h3>
          <ul class="fp-optout-links" data-testid="vendor-links">
            {vendor.map((l) => <li key={l.url}><a href={l.url} target="_blank" rel="noopener noreferrer">{l.label[lang]}</a></li>)}
          </ul>
        </div>
      )}
      {industry.length > 0 && (
        <div>
          <h3>{t('optout_industry_links')}</h3>
          <ul class="fp-optout-links">
            {industry.map((l) => <li key={l.url}><a href={l.url} target="_blank" rel="noopener noreferrer">{l.label[lang]}</a></li>)}
          </ul>
        </div>
      )}
      <LetterPanel title={t('letter_title')} testId={`letter-${key}`} site={report.site}
        recipient={letterRecipient({ org: org.org, name: org.name, info }, lang)}
        observed={[{ name: org.name, hosts: org.hosts, firstSeen: report.startedAt, lastSeen: report.startedAt, dataTypes: detail?.dataTypes ?? [] }]} />
    </div>
  );
}
