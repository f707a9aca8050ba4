/**
 * Isolated-world content script: wiring only. Reports the page's own Resource Timing list to the
 * background (the second witness that makes a killed worker lose nothing, see lib/browser/reconcile.ts).
 */
import browser from 'webextension-polyfill';
import { collectResourceTiming } from '../lib/browser/page-timing';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    if (window.top !== window) return;
    const report = () => {
      void browser.runtime.sendMessage({ type: 'resource-timing', pageUrl: location.href, urls: collectResourceTiming(performance) })
        .catch(() => undefined);
    };
    // After load and again a little later (late beacons), and when the page is hidden.
    if (document.readyState === 'complete') setTimeout(report, 500);
    else window.addEventListener('load', () => setTimeout(report, 500), { once: true });
    setTimeout(report, 4000);
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') report(); });
  },
});
