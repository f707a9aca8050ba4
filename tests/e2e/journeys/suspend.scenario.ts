/**
 * Journey 7 — the background suspended in the middle of a browse loses no request. Chromium stops the MV3
 * service worker, Firefox terminates the MV3 event page (what each does to an idle background; see
 * BrowserSession.suspendBackground); the next request or message wakes it. The demo server's own log is the
 * ground truth: every request it served for a page must be in the extension's stored records for that page
 * (read from its IndexedDB after a flush — what the popup and dashboard read). Same assertions in both browsers.
 */
import { describe, expect, it } from 'vitest';
import type { SessionPage } from '../../../scripts/session';
import type { Replies } from '../../../lib/messaging/protocol';
import { readStore } from '../reliability-store';
import { eventually, type Journey } from './context';

const seedOf = (path: string): string | null => {
  try { return new URL(path, 'https://x.example').searchParams.get('s'); } catch { return null; }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function suspendScenario(j: Journey): void {
  const startedAt = async () => (await j.session.send<Replies['ping']>({ type: 'ping' })).startedAt;
  const thirdPartyRequests = (r: Replies['get-visit-hosts']) => r.hosts.filter((h) => !h.host.endsWith('dailyglobe.example')).reduce((s, h) => s + h.requests, 0);

  describe('a suspended background loses nothing', () => {
    it('records all 200 requests of a page while the background is suspended twice during its load', async () => {
      const before = await startedAt();
      const seed = `k${Date.now()}`;
      const page = await j.session.newPage();
      const url = `https://www.dailyglobe.example/load?n=200&s=${seed}`;
      const loading = page.goto(url);
      await sleep(150);
      await j.session.suspendBackground();
      await sleep(150);
      await j.session.suspendBackground();
      await loading;
      const tabId = await j.session.tabIdOf(page);
      const served = j.server.served.filter((r) => r.path.startsWith('/p.gif') && r.path.includes(`s=${seed}`)).length;
      expect(served).toBe(200);
      const r = await eventually(() => j.session.send<Replies['get-visit-hosts']>({ type: 'get-visit-hosts', tabId }), (x) => thirdPartyRequests(x) >= served, 15_000);
      // The tab's current page too: a replayed about:blank commit once left the tab with none (visit-tracker.ts).
      expect({ page: r.pageUrl, requests: thirdPartyRequests(r) }).toEqual({ page: url, requests: served });
      // It really was a new background that answered.
      expect(await startedAt()).not.toBe(before);
      await page.close();
    });

    it('charges a page opened while the background sleeps to that page, not to the one the tab showed before', async () => {
      const run = `sl${Date.now().toString(36)}`;
      const url = (n: string) => `https://www.dailyglobe.example/load?n=10&s=${run}-${n}`;
      const page = await j.session.newPage();
      await page.goto(url('before'));
      const tabId = await j.session.tabIdOf(page);
      await eventually(() => j.session.send<Replies['get-visit-hosts']>({ type: 'get-visit-hosts', tabId }), (x) => thirdPartyRequests(x) >= 10);
      await j.session.send({ type: 'flush' });
      // Asleep before the navigation starts: its commit and its requests all wake the background together.
      await j.session.suspendBackground();
      await page.goto(url('asleep'));
      await sleep(1500);
      await j.session.send({ type: 'flush' });
      const store = await readStore(j.session.extPage);
      const recorded = (u: string) => {
        const ids = store.visits.filter((v) => v.url === u).map((v) => v.id);
        return { visits: ids.length, requests: store.stats.filter((x) => ids.includes(x.visitId) && x.host !== 'www.dailyglobe.example').reduce((n, x) => n + x.count, 0) };
      };
      expect(recorded(url('before'))).toEqual({ visits: 1, requests: 10 });
      expect(recorded(url('asleep'))).toEqual({ visits: 1, requests: 10 });
      await page.close();
    });

    it('records every request of 16 pages browsed in 2 tabs while the background is suspended 4 times', async () => {
      const PAGES = 16;
      const run = `sb${Date.now().toString(36)}`;
      const urls = Array.from({ length: PAGES }, (_, i) => `https://www.dailyglobe.example/load?n=20&s=${run}-${i}`);
      const first = j.server.served.length;
      const before = await startedAt();
      let started = 0;
      let suspended = 0;
      const tabs: SessionPage[] = [await j.session.newPage(), await j.session.newPage()];
      const browse = async (page: SessionPage) => {
        for (let i = started++; i < PAGES; i = started++) {
          await page.goto(urls[i]);
          // Long enough for the content script's first Resource Timing report (500 ms after load), but the next
          // navigation often starts while late requests are in flight.
          await sleep(650);
        }
      };
      // Suspend a few ms after a navigation started: requests in flight, the recorder's queue not yet written.
      const suspender = async () => {
        while (suspended < 4) {
          const due = 2 + suspended * 4;
          while (started < due) await sleep(20);
          await sleep(40 + suspended * 30);
          await j.session.suspendBackground();
          suspended++;
        }
      };
      await Promise.all([...tabs.map(browse), suspender()]);
      expect(suspended).toBe(4);
      await sleep(1500);
      await Promise.all(tabs.map((p) => p.close()));
      await j.session.send({ type: 'flush' });
      expect(await startedAt()).not.toBe(before);

      const served = j.server.served.slice(first).filter((r) => seedOf(r.path)?.startsWith(`${run}-`));
      const store = await readStore(j.session.extPage);
      const lost: string[] = [];
      let checked = 0;
      for (const url of urls) {
        const seed = seedOf(url);
        const visits = store.visits.filter((v) => v.url === url);
        if (visits.length !== 1) { lost.push(`${url}: ${visits.length} visits`); continue; }
        const expected: Record<string, number> = {};
        for (const r of served.filter((x) => seedOf(x.path) === seed && x.path.startsWith('/p.gif'))) expected[r.host] = (expected[r.host] ?? 0) + 1;
        const got: Record<string, number> = {};
        for (const s of store.stats.filter((x) => x.visitId === visits[0].id)) got[s.host] = (got[s.host] ?? 0) + s.count;
        checked += Object.values(expected).reduce((a, b) => a + b, 0);
        for (const [host, n] of Object.entries(expected)) if ((got[host] ?? 0) < n) lost.push(`${url}: ${host} served ${n} recorded ${got[host] ?? 0}`);
      }
      expect(lost).toEqual([]);
      expect(checked).toBe(PAGES * 20);
    });
  });
}
