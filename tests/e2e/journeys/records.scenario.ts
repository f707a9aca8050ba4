/**
 * Journey 1 — what a page does is recorded, and the site's policy is found, read and stored: every
 * third-party host the demo server served for the page, against its own tab and no other; on each demo
 * site, exactly the organizations its HTML and tracker scripts load (read from scripts/demo-site), and the
 * site's own privacy policy in the
 * extension's IndexedDB with its text and a verdict snapshot judged against that version.
 * Same assertions in both browsers (Firefox reads the policy HTML in its background page's own DOM,
 * Chromium in an offscreen document — docs/firefox.md).
 */
import { describe, expect, it } from 'vitest';
import { DEMO_URLS } from '../../../scripts/demo-server';
import { eventually, judged, orgKey, tabReport, type Journey } from './context';

const SITES = [
  { url: DEMO_URLS.news, site: 'dailyglobe.example', orgs: ['criteo', 'domain:tracksy-metrics.example', 'google', 'hotjar'], policySays: 'Google Analytics' },
  { url: DEMO_URLS.shop, site: 'cartwheel-shop.example', orgs: ['facebook', 'microsoft', 'stripe', 'twilio'], policySays: 'Payments are processed by Stripe' },
  { url: DEMO_URLS.chinese, site: 'xinxi-zh.example', orgs: ['alibaba', 'baidu', 'bytedance_inc', 'growingio', 'qq.com', 'umeng'], policySays: '百度统计' },
];

interface StoredPolicy { text: string; url: string; snapshotHash: string | null }

/** The policy row and the verdict snapshot of `site`, read from the extension's own IndexedDB. */
function readStoredPolicy(key: { site: string; hash: string }): Promise<StoredPolicy | null> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('fineprint');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['policies', 'verdicts']);
      const policy = tx.objectStore('policies').get(`${key.site}|${key.hash}`);
      const snapshot = tx.objectStore('verdicts').get(`${key.site}|${key.hash}`);
      tx.oncomplete = () => {
        db.close();
        const p = policy.result as { text: string; url: string } | undefined;
        resolve(p ? { text: p.text, url: p.url, snapshotHash: (snapshot.result as { policyHash: string } | undefined)?.policyHash ?? null } : null);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

export function recordsScenario(j: Journey): void {
  describe('recording and the site\'s policy', () => {
    it('records every third-party host the server served for the news page, against its tab', async () => {
      const mark = j.server.served.length;
      const { page, tabId } = await j.session.openTab(DEMO_URLS.news);
      // Hosts the page itself loaded (Chromium's own background services also reach the demo server: not the page's).
      const served = () => new Set(j.server.served.slice(mark).map((r) => r.host)
        .filter((h) => !h.endsWith('dailyglobe.example') && !h.endsWith('googleapis.com') && h !== 'accounts.google.com'));
      const hosts = await eventually(() => j.session.send<{ pageUrl: string; hosts: { host: string; thirdParty: boolean; org: string | null }[] }>({ type: 'get-visit-hosts', tabId }),
        (r) => [...served()].every((h) => r.hosts.some((x) => x.host === h)), 15_000);
      expect(hosts.pageUrl).toBe(DEMO_URLS.news);
      const recorded = new Set(hosts.hosts.filter((h) => h.thirdParty).map((h) => h.host));
      expect(served().has('www.google-analytics.com')).toBe(true);
      for (const host of served()) expect(recorded).toContain(host);
      expect(hosts.hosts.find((h) => h.host === 'www.google-analytics.com')?.org).toBe('google');
      // The site's own host is first party, never charged as a third party.
      expect(hosts.hosts.find((h) => h.host === 'www.dailyglobe.example')?.thirdParty).toBe(false);
      await page.close();
    });

    it('never charges a page with requests of another tab', async () => {
      const a = await j.session.openTab(DEMO_URLS.shop);
      const b = await j.session.openTab(DEMO_URLS.chinese);
      const hostsOf = (tabId: number) => j.session.send<{ hosts: { host: string }[] }>({ type: 'get-visit-hosts', tabId });
      const ra = await eventually(() => hostsOf(a.tabId), (r) => r.hosts.some((h) => h.host === 'www.facebook.com'));
      const rb = await eventually(() => hostsOf(b.tabId), (r) => r.hosts.some((h) => h.host === 'hm.baidu.com'));
      expect(ra.hosts.some((h) => h.host === 'www.facebook.com')).toBe(true);
      expect(rb.hosts.some((h) => h.host === 'hm.baidu.com')).toBe(true);
      expect(ra.hosts.some((h) => h.host === 'hm.baidu.com')).toBe(false);
      expect(rb.hosts.some((h) => h.host === 'www.facebook.com')).toBe(false);
      await a.page.close();
      await b.page.close();
    });

    for (const s of SITES) {
      it(`records exactly the organizations ${s.site} loads, and finds, reads and stores its privacy policy`, async () => {
        const { page, tabId } = await j.session.openTab(s.url);
        const r = await eventually(() => tabReport(j, tabId), (x) => judged(x, s.orgs.length), 20_000);
        expect((r?.organizations ?? []).map(orgKey).sort()).toEqual(s.orgs);
        expect(r?.policy).toMatchObject({ status: 'found', url: new URL('/privacy', s.url).href });
        expect(r?.policy?.hash).toMatch(/^[0-9a-f]{64}$/);
        // Stored: the policy text (read from the page's HTML) under its hash, and the verdicts judged against it.
        const stored = await eventually(() => j.session.extPage.evaluate(readStoredPolicy, { site: s.site, hash: r!.policy!.hash! }),
          (x) => Boolean(x?.snapshotHash));
        expect(stored?.url).toBe(new URL('/privacy', s.url).href);
        expect(stored?.text).toContain(s.policySays);
        expect(stored?.text).not.toMatch(/<\/?(p|h1|article)>/);
        expect(stored?.snapshotHash).toBe(r?.policy?.hash);
        await page.close();
      });
    }
  });
}
