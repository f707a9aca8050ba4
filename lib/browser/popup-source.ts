/**
 * Where the popup gets its data: the tab from `?tab=<id>` (dashboard, tests) or the active tab,
 * and the report from the background over the typed protocol.
 */
import browser from 'webextension-polyfill';
import type { PopupSource } from '../../components/popup/source';
import type { PageMessage, Replies } from '../messaging/protocol';

export type { PopupSource };

export function tabFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** Started by public/popup-early.js before the modules load; used once, for the first read. */
interface EarlyRead { tabId: Promise<number | null>; report: Promise<Replies['get-tab-report']> }

function takeEarlyRead(): EarlyRead | null {
  const holder = globalThis as unknown as { __fineprintEarly?: EarlyRead };
  const early = holder.__fineprintEarly ?? null;
  delete holder.__fineprintEarly;
  return early;
}

export function createPopupSource(): PopupSource {
  const send = <R>(msg: PageMessage) => browser.runtime.sendMessage(msg) as Promise<R>;
  let early = takeEarlyRead();
  return {
    async tabId() {
      if (early) return early.tabId;
      const fromQuery = tabFromQuery(location.search);
      if (fromQuery !== null) return fromQuery;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    async tabReport(tabId) {
      const first = early && (await early.tabId) === tabId ? early.report : null;
      early = null;
      const report = await (first ?? send<Replies['get-tab-report']>({ type: 'get-tab-report', tabId }));
      // The visit row does not always know the page title; the tab does (shown as text only).
      if (report && !report.title) {
        const tab = await browser.tabs.get(tabId).catch(() => null);
        if (tab?.title && tab.url === report.pageUrl) return { ...report, title: tab.title };
      }
      return report;
    },
    visitHosts: (tabId) => send<Replies['get-visit-hosts']>({ type: 'get-visit-hosts', tabId }),
    send,
  };
}
