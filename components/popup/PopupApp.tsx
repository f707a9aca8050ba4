/**
 * The popup: loads the tab's report once (and again while the policy or verdicts are still pending),
 * then shows the shared site view with the opt-out actions in place. Data comes in through `source`,
 * words through `t`, so the whole popup renders in tests without a browser.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PopupSource } from './source';
import type { TabReport } from '../../lib/core/types';
import { OrganizationActions, SiteActions } from '../optouts';
import { Attribution } from '../common/Attribution';
import { I18nProvider, type Translate } from '../common/i18n';
import { SiteView } from '../site/SiteView';

type State =
  | { kind: 'loading' }
  | { kind: 'error' }
  | { kind: 'no-tab' }
  | { kind: 'empty'; tabId: number }
  | { kind: 'report'; tabId: number; report: TabReport };

export interface PopupAppProps {
  source: PopupSource;
  t: Translate;
  /** Re-read the report while the policy or verdicts are pending (ms; 0 disables, as tests do). */
  refreshMs?: number;
  /** Stop refreshing after this many reads, so an open popup does not poll forever. */
  maxRefreshes?: number;
}

function stillPending(r: TabReport): boolean {
  return !r.policy || r.policy.status === 'pending' || r.organizations.some((o) => o.verdict === null);
}

export function PopupApp({ source, t, refreshMs = 2000, maxRefreshes = 15 }: PopupAppProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const lastJson = useRef<string>('');

  const load = useCallback(async (): Promise<TabReport | null> => {
    const tabId = await source.tabId();
    if (tabId === null) { setState({ kind: 'no-tab' }); return null; }
    const report = await source.tabReport(tabId);
    if (!report) { setState({ kind: 'empty', tabId }); return null; }
    // Re-rendering 300 rows for an unchanged report would be wasted work: compare first.
    const json = JSON.stringify(report);
    if (json !== lastJson.current) {
      lastJson.current = json;
      setState({ kind: 'report', tabId, report });
    }
    return report;
  }, [source]);

  // A layout effect runs right after the first commit; a plain effect waits for the next frame
  // (requestAnimationFrame), which delayed the report request by 5–15 ms of the popup's first view.
  useLayoutEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let reads = 0;
    let alive = true;
    const tick = () => {
      load().then((r) => {
        reads += 1;
        if (alive && r && refreshMs > 0 && reads < maxRefreshes && stillPending(r)) timer = setTimeout(tick, refreshMs);
      }).catch((e) => {
        console.warn(`[popup] ${String(e)}`);
        if (alive) setState({ kind: 'error' });
      });
    };
    tick();
    return () => { alive = false; clearTimeout(timer); };
  }, [load, refreshMs, maxRefreshes]);

  const refresh = useCallback(() => { void load().catch(() => setState({ kind: 'error' })); }, [load]);

  return (
    <I18nProvider t={t}>
      <div class="fp-root fp-popup">
        <main aria-busy={state.kind === 'loading'}>
          {state.kind === 'loading' && <p class="fp-message">{t('popup_loading')}</p>}
          {state.kind === 'error' && <p class="fp-message" role="alert">{t('popup_error')}</p>}
          {state.kind === 'no-tab' && <p class="fp-message">{t('popup_no_tab')}</p>}
          {state.kind === 'empty' && <p class="fp-message">{t('popup_nothing_recorded')}</p>}
          {state.kind === 'report' && state.report.storageWarning && (
            <div class="fp-storage-warning" role="status">
              <p>{t('popup_storage_warning', [String(state.report.storageWarning.prunedVisits)])}</p>
              <button type="button" onClick={() => { void source.send({ type: 'dismiss-storage-warning' }).then(refresh); }}>{t('popup_storage_dismiss')}</button>
            </div>
          )}
          {state.kind === 'report' && (
            <SiteView
              report={state.report}
              t={t}
              siteActions={<SiteActions report={state.report} tabId={state.tabId} send={source.send} onChanged={refresh} />}
              renderOrganizationActions={(org, detail) => (
                <OrganizationActions report={state.report} tabId={state.tabId} org={org} detail={detail} send={source.send} onChanged={refresh} />
              )}
            />
          )}
        </main>
        <footer class="fp-footer">
          <a href="dashboard.html" target="_blank" rel="noopener">{t('popup_dashboard_link')}</a>
          <Attribution />
        </footer>
      </div>
    </I18nProvider>
  );
}

/** Popup-only layout (the site view's own styles are SITE_CSS). */
export const POPUP_CSS = `
html, body { margin: 0; background: #fff; }
body { width: 380px; min-height: 120px; }
.fp-message { padding: 16px; margin: 0; color: #374151; }
.fp-storage-warning { margin: 8px 16px 0; padding: 8px 12px; border: 1px solid #b45309; border-radius: 6px; background: #fffbeb; color: #78350f; font-size: 13px; }
.fp-storage-warning p { margin: 0 0 6px; }
.fp-footer { display: flex; flex-direction: column; gap: 4px; padding: 10px 16px 12px; border-top: 1px solid #e5e7eb; background: #f9fafb; font-size: 13px; }
`;
