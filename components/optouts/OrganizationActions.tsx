/**
 * Opt-outs for one organization (inside its expanded row): block on this site / everywhere (undo), clear
 * its cookies, its own opt-out pages (curated data file) plus the industry tools for advertising
 * companies, and a data request to its privacy contact.
 *
 * They say what they will do before doing it (the plan, lib/core/optouts/plan.ts): a block stops the
 * company's tracking and says what keeps working; blocking its sign-in, captcha, fonts… too is a second
 * button that names what will break; clearing cookies names the sign-ins it ends and asks first.
 */
import { useEffect, useState } from 'preact/hooks';
import { letterRecipient } from '../../lib/core/optouts/letters';
import type { BlockResult, CookieClearResult, OptOutPlan, OptOutResult } from '../../lib/core/optouts/types';
import { industryOptOuts, vendorOptOuts } from '../../lib/core/optouts/vendor-optouts';
import { plural, useT } from '../common/i18n';
import { LetterPanel, letterLanguage } from './LetterPanel';
import { breaksText, joinList, keepsText } from './plan-text';
import type { OrganizationActionsProps } from './types';

type Blocked = { scope: 'site' | 'everywhere'; count: number; functional?: boolean } | null;

export function OrganizationActions({ report, tabId, org, detail, send, onChanged }: OrganizationActionsProps) {
  const t = useT();
  const lang = letterLanguage(t('common_lang'));
  const key = detail?.key ?? org.org ?? `domain:${org.name}`;
  // Local copy so the row answers at once; the popup's refresh (onChanged) brings the report's own value.
  const [blocked, setBlocked] = useState<Blocked | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  // What blocking / clearing will do here; null when the background cannot say (then the plain buttons stay),
  // undefined while it is being asked: clearing waits for it, or a quick click would end a sign-in unasked.
  const [plan, setPlan] = useState<OptOutPlan | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // The plan names the company as recorded (TrackerDB); the row's name is the one in the reader's language.
    send<OptOutPlan | null>({ type: 'optout-plan', tabId, key }).then((p) => { if (live) setPlan(p && Array.isArray(p.tracking) ? { ...p, name: org.name } : null); }, () => { if (live) setPlan(null); });
    return () => { live = false; };
  }, [tabId, key]);
  const current: Blocked = blocked !== undefined ? blocked : detail?.blocked ?? null;
  // A company with no tracking hosts here (a payment or video provider): only the explicit choice blocks it.
  const onlyFunctional = plan != null && plan.tracking.length === 0 && plan.breaks.length > 0;

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    try { await fn(); onChanged?.(); } finally { setBusy(false); }
  };
  const block = (scope: 'site' | 'everywhere', functional = false) => run(async () => {
    const r = await send<BlockResult>(functional ? { type: 'block-org', tabId, key, scope, functional } : { type: 'block-org', tabId, key, scope });
    if (r.ok) setBlocked({ scope, count: current?.count ?? 0, functional });
    setMessage(r.ok ? null : t('block_failed'));
  });
  const undo = () => run(async () => {
    if (!current) return;
    const r = await send<OptOutResult>({ type: 'unblock-org', tabId, key, scope: current.scope });
    if (r.ok) setBlocked(null);
  });
  const clearCookies = (confirmed: boolean) => {
    if (!confirmed && plan && plan.signOuts.length > 0) { setConfirmClear(true); return Promise.resolve(); }
    setConfirmClear(false);
    return run(async () => {
      const r = await send<CookieClearResult>({ type: 'clear-org-cookies', tabId, key });
      setMessage(plural(t, 'optout_cookies_removed', r.removed));
    });
  };

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
            <button type="button" class="fp-optout-btn" data-testid="block-site" disabled={busy} onClick={() => void block('site', onlyFunctional)}>{t('block_site')}</button>
            <button type="button" class="fp-optout-btn" data-testid="block-everywhere" disabled={busy} onClick={() => void block('everywhere', onlyFunctional)}>{t('block_everywhere')}</button>
          </>
        )}
        <button type="button" class="fp-optout-btn" data-testid="clear-cookies" disabled={busy || confirmClear || plan === undefined} onClick={() => void clearCookies(false)}>{t('optout_clear_cookies')}</button>
      </div>
      {plan && !current && onlyFunctional && <p class="fp-optout-note fp-optout-warn" data-testid="block-warning">{t('block_only_functional', [plan.name, breaksText(t, plan)])}</p>}
      {plan && !current && !onlyFunctional && plan.keeps.length > 0 && <p class="fp-optout-note" data-testid="block-keeps">{t('block_keeps', keepsText(t, plan))}</p>}
      {plan && current && !current.functional && plan.breaks.length > 0 && (
        <div class="fp-optout-row">
          <button type="button" class="fp-optout-btn fp-optout-warn" data-testid="block-functional" disabled={busy} onClick={() => void block(current.scope, true)}>{t('block_functional_choice', breaksText(t, plan))}</button>
        </div>
      )}
      {plan && current?.functional && plan.breaks.length > 0 && <p class="fp-optout-note fp-optout-warn" data-testid="block-functional-status">{t('block_functional_status', breaksText(t, plan))}</p>}
      {confirmClear && plan && (
        <div class="fp-optout-row" role="alertdialog" data-testid="signout-warning">
          <span class="fp-optout-warn">{t('cookies_signout_warning', joinList(t, plan.signOuts))}</span>
          <button type="button" class="fp-optout-btn" data-testid="clear-cookies-confirm" disabled={busy} onClick={() => void clearCookies(true)}>{t('cookies_confirm')}</button>
          <button type="button" class="fp-optout-btn" data-testid="clear-cookies-cancel" onClick={() => setConfirmClear(false)}>{t('cookies_cancel')}</button>
        </div>
      )}
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
