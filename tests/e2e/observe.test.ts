import { describe, expect, it } from 'vitest';
import { DEMO_URLS } from '../../scripts/demo-server';
import { eventually, useExtension, visitHosts } from './fixtures';

const e2e = useExtension();

/** Third-party hosts the demo server actually served for a page (its own log, the ground truth). */
function servedThirdParties(sinceIndex: number, siteSuffix: string): Set<string> {
  return new Set(e2e.server.served.slice(sinceIndex).map((r) => r.host)
    .filter((h) => !h.endsWith(siteSuffix) && !h.endsWith('googleapis.com') && h !== 'accounts.google.com'));
}

describe('observing requests in real Chromium', () => {
  it('records the demo news page\'s third-party requests against the right tab', async () => {
    const before = e2e.server.served.length;
    const { page, tabId } = await e2e.session.openTab(DEMO_URLS.news);
    const expected = servedThirdParties(before, 'dailyglobe.example');
    const report = await eventually(() => visitHosts(e2e.session, tabId),
      (r) => [...servedThirdParties(before, 'dailyglobe.example')].every((h) => r.hosts.some((x) => x.host === h)));
    expect(report.pageUrl).toBe(DEMO_URLS.news);
    const recorded = new Set(report.hosts.filter((h) => h.thirdParty).map((h) => h.host));
    for (const host of servedThirdParties(before, 'dailyglobe.example')) expect(recorded).toContain(host);
    expect(expected.has('www.google-analytics.com')).toBe(true);
    expect(report.hosts.find((h) => h.host === 'www.google-analytics.com')?.org).toBe('google');
    // The site's own host is first party, never charged as a third party.
    expect(report.hosts.find((h) => h.host === 'www.dailyglobe.example')?.thirdParty).toBe(false);
    await page.close();
  });

  it('never charges a page with requests of another tab', async () => {
    const a = await e2e.session.openTab(DEMO_URLS.shop);
    const b = await e2e.session.openTab(DEMO_URLS.chinese);
    const ra = await eventually(() => visitHosts(e2e.session, a.tabId), (r) => r.hosts.some((h) => h.host === 'www.facebook.com'));
    const rb = await eventually(() => visitHosts(e2e.session, b.tabId), (r) => r.hosts.some((h) => h.host === 'hm.baidu.com'));
    expect(ra.hosts.some((h) => h.host === 'hm.baidu.com')).toBe(false);
    expect(rb.hosts.some((h) => h.host === 'www.facebook.com')).toBe(false);
    await a.page.close();
    await b.page.close();
  });
});

describe('organizations per demo page', () => {
  // What each page loads, read from its HTML and the demo tracker scripts (scripts/demo-site).
  const EXPECTED: Record<string, string[]> = {
    [DEMO_URLS.news]: ['criteo', 'domain:tracksy-metrics.example', 'google', 'hotjar'],
    [DEMO_URLS.shop]: ['facebook', 'microsoft', 'stripe', 'twilio'],
    [DEMO_URLS.chinese]: ['alibaba', 'baidu', 'bytedance_inc', 'growingio', 'qq.com', 'umeng'],
  };
  for (const [url, orgs] of Object.entries(EXPECTED)) {
    it(`records exactly the organizations ${new URL(url).hostname} loads`, async () => {
      const { page, tabId } = await e2e.session.openTab(url);
      const keysOf = (r: { organizations: { org: string | null; name: string }[] } | null) =>
        (r?.organizations ?? []).map((o) => o.org ?? `domain:${o.name}`).sort();
      const r = await eventually(() => e2e.session.send<{ organizations: { org: string | null; name: string }[] } | null>({ type: 'get-tab-report', tabId }),
        (x) => keysOf(x).length >= orgs.length);
      expect(keysOf(r)).toEqual(orgs);
      await page.close();
    });
  }
});
