/**
 * The extension's own traffic (docs/security.md, "what Fineprint sends"): while a person browses the three demo
 * sites, every request the extension itself makes is logged by the demo server with its headers. The only ones
 * allowed: the visited sites' policy pages (the link the page pointed to, the home page and the common paths
 * discovery tries) and /.well-known/gpc.json — each WITHOUT credentials, although every demo site sets a
 * first-party cookie that the page's own requests do carry.
 *
 * An extension request is told apart by its headers: the service worker / offscreen document fetch with
 * `Origin: chrome-extension://<id>` or, for a no-cors GET, `Sec-Fetch-Site: none` with a non-document destination;
 * a page's requests (and Playwright's navigations) never look like that. Chromium's own background services
 * (account and autofill lookups to Google hosts, no-cors) look similar and reach the server too, because
 * --host-resolver-rules sends every hostname there; they are the browser's, not ours, and are set aside by host.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_URLS, type ServedRequest } from '../../scripts/demo-server';
import { COMMON_POLICY_PATHS } from '../../lib/core/policy/discover';
import type { TabReport } from '../../lib/core/types';
import { eventually, useExtension } from './fixtures';

const e2e = useExtension();

describe('what the extension itself sends', () => {
  it('only policy pages and gpc.json of visited sites, never with cookies', async () => {
    const { session, server } = e2e;
    const first = server.served.length;
    const visited = new Set<string>();
    for (const url of Object.values(DEMO_URLS)) {
      const { page, tabId } = await session.openTab(url);
      visited.add(new URL(url).host);
      // Wait for discovery to finish (its requests are what this test is about), then load the page again: the
      // second load sends the first-party cookie the first response set — proof there was a cookie to leak.
      await eventually(() => session.send<TabReport | null>({ type: 'get-tab-report', tabId }), (r) => Boolean(r?.policy && r.policy.status !== 'pending'), 20_000);
      await page.reload({ waitUntil: 'load' });
      await page.close();
    }
    await new Promise((r) => setTimeout(r, 1000));
    const log = server.served.slice(first);
    const browserService = (r: ServedRequest) => r.fetchMode === 'no-cors' && /(^|\.)(google\.com|googleapis\.com|gstatic\.com)$/.test(r.host);
    const fromExtension = (r: ServedRequest) => Boolean(r.origin?.startsWith(`chrome-extension://${session.extensionId}`)) ||
      (r.fetchSite === 'none' && r.fetchDest !== 'document' && !browserService(r));
    const own = log.filter(fromExtension);
    console.log(`[own-traffic] ${log.length} requests served, ${own.length} from the extension:\n  ${own.map((r) => `${r.host}${r.path} origin=${r.origin ?? '-'} site=${r.fetchSite} dest=${r.fetchDest} mode=${r.fetchMode} cookie=${r.hasCookie}`).join('\n  ')}`);

    // Discovery ran for each site, and asked its gpc.json.
    for (const host of visited) {
      expect(own.some((r) => r.host === host && r.path === '/.well-known/gpc.json'), host).toBe(true);
      expect(own.some((r) => r.host === host && r.path !== '/.well-known/gpc.json'), host).toBe(true);
    }
    const allowedPaths = new Set(['/', '/.well-known/gpc.json', ...COMMON_POLICY_PATHS]);
    const unexpected = own.filter((r) => !visited.has(r.host) || !allowedPaths.has(r.path.split('?')[0]));
    expect(unexpected.map((r) => `${r.host}${r.path}`)).toEqual([]);
    // No credentials, no referrer.
    expect(own.filter((r) => r.hasCookie).map((r) => `${r.host}${r.path}`)).toEqual([]);
    expect(own.filter((r) => r.referer).map((r) => `${r.host}${r.path} referer=${r.referer}`)).toEqual([]);
    // …while the pages' own reloads did carry the site's cookie: there was one to send.
    for (const host of visited) expect(log.some((r) => r.host === host && r.fetchDest === 'document' && r.hasCookie), host).toBe(true);
  });
});
