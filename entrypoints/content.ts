/**
 * Isolated-world content script: wiring only.
 *  - relays the MAIN-world probe's reports (validated + rate-limited: the page can forge them);
 *  - remembers what the person typed into fields (in the extension's memory only, to detect the same
 *    values leaving in requests — Blacklight's key-logging method; never stored);
 *  - reports candidate privacy-policy links and the page's Resource Timing list.
 */
import browser from 'webextension-polyfill';
import { collectResourceTiming } from '../lib/browser/page-timing';
import { collectPolicyLinks } from '../lib/browser/page-links';
import { newReportKey, type StoredPageReport } from '../lib/browser/page-reports';
import { PROBE_EVENT_NAME, ProbeLimiter, parseNetworkCall, parseProbeReport } from '../lib/probe/intake';
import { MAX_WITNESSED_CALLS, NETWORK_EVENT_NAME, type NetworkCall } from '../lib/probe/network-witness';
import { TCF_EVENT_NAME } from '../lib/probe/tcf';
import type { ContentMessage } from '../lib/messaging/protocol';
import type { ProbeEvent } from '../lib/core/types';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  main() {
    const send = (msg: ContentMessage) => { void browser.runtime.sendMessage(msg).catch(() => undefined); };

    const limiter = new ProbeLimiter();
    let queue: ProbeEvent[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    document.addEventListener(PROBE_EVENT_NAME, (e) => {
      const report = parseProbeReport((e as CustomEvent).detail);
      if (!report || !limiter.allow()) return;
      queue.push(report);
      timer ??= setTimeout(() => { timer = null; send({ type: 'probe-events', events: queue }); queue = []; }, 300);
    });

    let tcfSent = 0;
    document.addEventListener(TCF_EVENT_NAME, (e) => {
      const detail = (e as CustomEvent).detail;
      if (typeof detail !== 'string' || detail.length > 12_000 || tcfSent++ >= 10) return;
      try {
        const r = JSON.parse(detail) as { tcString?: unknown; eventStatus?: unknown };
        if (typeof r.tcString !== 'string' || !/^[A-Za-z0-9_.-]+$/.test(r.tcString)) return;
        const answered = r.eventStatus === 'useractioncomplete';
        send({ type: 'consent-event', event: 'tcf', cmp: answered ? 'tcf:answered' : 'tcf:loaded', tcString: r.tcString, time: Date.now() });
      } catch { /* forged garbage */ }
    });

    document.addEventListener('change', (e) => {
      const el = e.target as HTMLInputElement | HTMLTextAreaElement | null;
      if (!el || !('value' in el) || (el as HTMLInputElement).type === 'password') return;
      const value = el.value.trim();
      if (value.length < 5 || value.length > 200) return;
      send({ type: 'typed-values', values: [{ value, field: ((el as HTMLInputElement).type || el.tagName).toLowerCase() }] });
    }, true);

    if (window.top !== window) return;
    // The page's fetch() calls that got a response, as the MAIN-world probe saw them (see lib/probe/network-witness.ts).
    const calls: NetworkCall[] = [];
    document.addEventListener(NETWORK_EVENT_NAME, (e) => {
      const call = calls.length < MAX_WITNESSED_CALLS ? parseNetworkCall((e as CustomEvent).detail) : null;
      if (call) calls.push(call);
    });
    // The page's own list is the second witness for requests a killed worker lost, so a report the background
    // did not answer (the worker died while handling it) is sent again, a few times, while the page lives.
    // Each report is also written to storage.local first (page-reports.ts): that needs no running worker, so a
    // report whose message no worker ran is still reconciled later.
    const report = (attempt = 0, reportKey = newReportKey(Date.now(), Math.random().toString(36).slice(2, 10))): void => {
      const urls = collectResourceTiming(performance);
      const stored: StoredPageReport = { pageUrl: location.href, urls, calls: calls.slice(), at: Date.now() };
      const msg: ContentMessage = { type: 'resource-timing', pageUrl: stored.pageUrl, urls, calls: stored.calls, reportKey };
      // Sent once the copy is stored: a worker that handled the message first removed a key not yet written, and the
      // copy then stayed for the sweep (hundreds of them in the killed-worker test).
      void browser.storage.local.set({ [reportKey]: stored }).catch(() => undefined)
        .then(() => browser.runtime.sendMessage(msg)).catch(() => undefined).then((reply) => {
          if (reply === undefined && attempt < 4) setTimeout(() => report(attempt + 1, reportKey), 250 * (attempt + 1));
        });
    };
    const onLoad = () => {
      // At once as well: a person may leave within a second; the later reports add what came after load.
      report();
      setTimeout(() => { report(); send({ type: 'policy-links', pageUrl: location.href, links: collectPolicyLinks(document) }); }, 500);
      setTimeout(() => report(), 4000);
    };
    if (document.readyState === 'complete') onLoad();
    else window.addEventListener('load', onLoad, { once: true });
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') report(); });
  },
});
