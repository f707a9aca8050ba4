/**
 * Site-level opt-outs in the popup header: Global Privacy Control (on/off, not on this site), the cookie
 * banner (reject now, always reject), the site's own opt-out pages from its policy, the organizations
 * blocked here (with undo), and a data request to the site. State comes from the background
 * ('optout-state'), refreshed after every action.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { displayName } from '../../lib/core/names';
import { consentPlatformName } from '../../lib/core/optouts/consent-platforms';
import type { OptOutResult, OptOutState } from '../../lib/core/optouts/types';
import type { ObservedParty } from '../../lib/core/optouts/letters';
import { siteOptOutLinks } from '../../lib/core/optouts/vendor-optouts';
import type { TabReport } from '../../lib/core/types';
import { plural, useT, type Translate } from '../common/i18n';
import { safeHttpUrl } from '../common/safe-url';
import { LetterPanel } from './LetterPanel';
import { OPTOUT_CSS } from './styles';
import type { SiteActionsProps } from './types';

/** The parties a letter to the site lists, named in the letter's language (`lang`: the UI language tag). */
export function observedParties(report: TabReport, lang = 'en'): ObservedParty[] {
  return report.organizations.map((o) => {
    const d = report.details[o.org ?? `domain:${o.name}`];
    return { name: displayName(o.org, o.name, lang), hosts: o.hosts, firstSeen: report.startedAt, lastSeen: report.startedAt, dataTypes: d?.dataTypes ?? [] };
  });
}

/** "This page shows a cookie banner (OneTrust)." — the platform by its name, never autoconsent's rule id. */
export function bannerShownText(t: Translate, rule: string): string {
  const platform = consentPlatformName(rule);
  return platform ? t('optout_banner_shown', platform) : t('optout_banner_shown_unnamed');
}

export function SiteActions({ report, tabId, send, onChanged }: SiteActionsProps) {
  const t = useT();
  const [state, setState] = useState<OptOutState | null>(null);
  const [busy, setBusy] = useState(false);
  const reload = useCallback(async () => setState(await send<OptOutState | null>({ type: 'optout-state', tabId })), [send, tabId]);
  useEffect(() => { void reload().catch(() => setState(null)); }, [reload]);

  const act = async (msg: Parameters<typeof send>[0], optimistic?: (s: OptOutState) => OptOutState) => {
    // Switches show the new position at once (a controlled checkbox would otherwise snap back until the
    // background answers); the background's state replaces it right after.
    if (optimistic && state) setState(optimistic(state));
    setBusy(true);
    try {
      await send<OptOutResult>(msg);
      await reload();
      onChanged?.();
    } finally {
      setBusy(false);
    }
  };

  const links = siteOptOutLinks(report.siteOptOuts);
  const siteEmail = report.siteOptOuts.find((s) => s.email)?.email;
  const banner = state?.banner ?? null;
  return (
    <section class="fp-optouts" data-testid="site-actions" aria-label={t('optout_heading')}>
      <style>{OPTOUT_CSS}</style>
      <h2>{t('optout_heading')}</h2>
      {state && (
        <>
          <label>
            <input type="checkbox" data-testid="gpc-toggle" checked={state.gpc.enabled} disabled={busy}
              onChange={(e) => { const on = (e.currentTarget as HTMLInputElement).checked; void act({ type: 'set-gpc', enabled: on }, (s) => ({ ...s, gpc: { ...s.gpc, enabled: on } })); }} />
            {' '}{t('gpc_toggle')}
          </label>
          {state.gpc.enabled && (
            <label>
              <input type="checkbox" data-testid="gpc-exception" checked={state.gpc.siteException} disabled={busy}
                onChange={(e) => { const on = (e.currentTarget as HTMLInputElement).checked; void act({ type: 'set-gpc-exception', site: state.site, excepted: on }, (s) => ({ ...s, gpc: { ...s.gpc, siteException: on } })); }} />
              {' '}{t('gpc_site_exception', state.site)}
            </label>
          )}
          <p class="fp-optout-note">{t('gpc_reload_note')}</p>

          {banner && (
            <div class="fp-optout-row" data-testid="banner" data-status={banner.status}>
              {banner.status === 'shown' && <span>{bannerShownText(t, banner.cmp)}</span>}
              {banner.status === 'rejecting' && <span role="status">{t('optout_banner_rejecting')}</span>}
              {banner.status === 'rejected' && <span role="status">{t('optout_banner_rejected')}</span>}
              {banner.status === 'verified' && <span role="status">{t('optout_banner_verified')}</span>}
              {banner.status === 'failed' && <span role="status">{t('optout_banner_failed')}</span>}
              {(banner.status === 'shown' || banner.status === 'failed' || banner.status === 'detected') && (
                <button type="button" class="fp-optout-btn" data-testid="reject-banner" disabled={busy}
                  onClick={() => void act({ type: 'reject-banner', tabId })}>{t('optout_reject_banner')}</button>
              )}
            </div>
          )}
          <label>
            <input type="checkbox" data-testid="always-reject" checked={state.alwaysRejectBanners} disabled={busy}
              onChange={(e) => { const on = (e.currentTarget as HTMLInputElement).checked; void act({ type: 'set-always-reject', enabled: on }, (s) => ({ ...s, alwaysRejectBanners: on })); }} />
            {' '}{t('optout_always_reject')}
          </label>

          {state.blocks.length > 0 && (
            <div>
              <h3>{t('optout_blocked_here')}</h3>
              <ul class="fp-optout-links" data-testid="blocked-list">
                {state.blocks.map((b) => (
                  <li key={`${b.key}|${b.scope}`} data-org={b.key}>
                    {b.key.startsWith('domain:') ? b.name : displayName(b.key, b.name, t('common_lang'))} — {t(b.scope === 'site' ? 'block_status_site' : 'block_status_everywhere')}, {plural(t, 'block_count', b.counts[state.site] ?? 0)}{' '}
                    <button type="button" class="fp-optout-btn" disabled={busy}
                      onClick={() => void act({ type: 'unblock-org', tabId, key: b.key, scope: b.scope })}>{t('block_undo')}</button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}

      {links.length > 0 && (
        <div>
          <h3>{t('optout_site_links')}</h3>
          <div class="fp-optout-row" data-testid="site-optout-links">
            {links.map((l) => {
              const href = safeHttpUrl(l.url);
              return href && <a key={href} class="fp-optout-btn" href={href} target="_blank" rel="noopener noreferrer">{l.text}</a>;
            })}
          </div>
        </div>
      )}

      <LetterPanel title={t('letter_title_site')} testId="letter-site" site={report.site}
        recipient={{ name: report.site, contact: siteEmail }} observed={observedParties(report, t('common_lang'))} />
    </section>
  );
}
