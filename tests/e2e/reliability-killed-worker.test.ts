/**
 * Issue "Reliability": the MV3 service worker is stopped 20 times (CDP ServiceWorker.stopAllWorkers, what
 * Chrome does to an idle or misbehaving worker) during a 200-page browse in 4 tabs, and every request the
 * local server saw for those pages must be in the extension's records — per page and per host (0 lost).
 * Counts above the server's (a request charged to a neighbouring page) are reported as a figure.
 *
 * Ground truth is the demo server's own log. Pages are /load?n=10&s=<seed> (each request carries its page's
 * unique seed) plus the three demo sites (their trackers carry no seed, so those are compared in aggregate
 * per host). The extension's own requests (policy discovery, gpc.json) are excluded by their headers:
 * they come from the chrome-extension:// origin (tests/e2e/own-traffic.test.ts checks them separately).
 *
 * What the extension recorded is read from its own IndexedDB through an extension page, after a `flush`,
 * so the check is on what is durably stored — what the popup and dashboard read.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_URLS, type ServedRequest } from '../../scripts/demo-server';
import { useExtension } from './fixtures';
import { leftBehind, readStore } from './reliability-store';

const e2e = useExtension();
const TABS = 4;
const PAGES = 200;
const KILLS = 20;
const LOAD_REQUESTS = 10;
/** Every 25th page is one of the demo sites (real scripts, beacons, fetches) instead of a /load page. */
const DEMO_EVERY = 25;

const seedOf = (path: string): string | null => {
  try { return new URL(path, 'https://x.example').searchParams.get('s'); } catch { return null; }
};
/** Requests made by the extension itself (service worker / offscreen document), never by a page. */
const isExtensionTraffic = (r: ServedRequest) => Boolean(r.origin?.startsWith('chrome-extension://')) || r.fetchSite === 'none' && r.fetchDest === 'empty';

function tally(rows: { host: string; n: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) out[r.host] = (out[r.host] ?? 0) + r.n;
  return out;
}

describe('a killed service worker loses nothing', () => {
  it(`records every request of ${PAGES} pages in ${TABS} tabs while the worker is stopped ${KILLS} times`, async () => {
    const { session, server } = e2e;
    const run = `kw${Date.now().toString(36)}`;
    const firstServed = server.served.length;
    const urls = Array.from({ length: PAGES }, (_, i) => {
      if (i % DEMO_EVERY === DEMO_EVERY - 1) {
        const demo = [DEMO_URLS.news, DEMO_URLS.shop, DEMO_URLS.chinese][(i / DEMO_EVERY | 0) % 3];
        return `${demo}?s=${run}-${i}`;
      }
      return `https://www.dailyglobe.example/load?n=${LOAD_REQUESTS}&s=${run}-${i}`;
    });

    let started = 0;
    let kills = 0;
    const tabs: Page[] = await Promise.all(Array.from({ length: TABS }, () => session.context.newPage()));
    const browse = async (page: Page) => {
      for (;;) {
        const i = started++;
        if (i >= PAGES) return;
        await page.goto(urls[i], { waitUntil: 'load' });
        // Long enough for the content script's first Resource Timing report (500 ms after load) — a person
        // reading the page — but the next navigation often starts while beacons are still in flight.
        await page.waitForTimeout(650);
      }
    };
    // Kill every ~PAGES/KILLS pages, a few ms after a navigation started: requests are then in flight in
    // every tab, some main-frame requests wait for their commit, and the recorder's queue is not yet written.
    const killer = async () => {
      while (kills < KILLS) {
        const due = Math.floor((kills + 0.5) * (PAGES / KILLS));
        while (started < due) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => setTimeout(r, 40 + (kills % 5) * 30));
        await session.stopWorker();
        kills++;
      }
    };
    await Promise.all([...tabs.map(browse), killer()]);
    expect(kills).toBe(KILLS);
    // Let the last pages finish (late beacons, the 4 s second Resource Timing report), then close the tabs.
    await tabs[0].waitForTimeout(4500);
    await Promise.all(tabs.map((p) => p.close()));
    await session.send({ type: 'flush' });

    const served = server.served.slice(firstServed).filter((r) => !isExtensionTraffic(r));
    const store = await readStore(session.extPage);
    const visitsByUrl = new Map<string, string[]>();
    for (const v of store.visits) visitsByUrl.set(v.url, [...(visitsByUrl.get(v.url) ?? []), v.id]);

    // 1. Seeded /load pages: per page and host, every request the server saw is recorded for that page.
    const wrong: string[] = [];
    const extra: string[] = [];
    let checked = 0;
    let seededPages = 0;
    const demoVisitIds = new Set<string>();
    for (const url of urls) {
      const ids = visitsByUrl.get(url) ?? [];
      if (ids.length !== 1) { wrong.push(`${url}: ${ids.length} visits`); continue; }
      if (!url.includes('/load?')) { demoVisitIds.add(ids[0]); continue; }
      seededPages++;
      const seed = seedOf(url);
      const expected = tally(served.filter((r) => seedOf(r.path) === seed).map((r) => ({ host: r.host, n: 1 })));
      const got = tally(store.stats.filter((s) => s.visitId === ids[0]).map((s) => ({ host: s.host, n: s.count })));
      checked += Object.values(expected).reduce((a, b) => a + b, 0);
      const describe = (h: string) => `${h} served ${expected[h] ?? 0} recorded ${got[h] ?? 0} (samples ${store.stats.filter((s) => s.visitId === ids[0] && s.host === h).flatMap((s) => s.sampleUrls).join(' ')})`;
      const hosts = [...new Set([...Object.keys(expected), ...Object.keys(got)])];
      const lost = hosts.filter((h) => (got[h] ?? 0) < (expected[h] ?? 0));
      if (lost.length) wrong.push(`${url}: ${lost.map(describe).join(', ')}`);
      extra.push(...hosts.filter((h) => (got[h] ?? 0) > (expected[h] ?? 0)).map((h) => `${url}: ${describe(h)}`));
    }

    // 2. Demo-site pages: their requests carry no seed, so compare the sum over those visits, per host.
    const loadSeeds = new Set(urls.filter((u) => u.includes('/load?')).map(seedOf));
    const demoServed = served.filter((r) => !loadSeeds.has(seedOf(r.path)));
    const demoExpected = tally(demoServed.map((r) => ({ host: r.host, n: 1 })));
    const demoGot = tally(store.stats.filter((s) => demoVisitIds.has(s.visitId)).map((s) => ({ host: s.host, n: s.count })));
    const demoLost = Object.keys(demoExpected).filter((h) => (demoGot[h] ?? 0) < demoExpected[h]).map((h) => `${h} served ${demoExpected[h]} recorded ${demoGot[h] ?? 0}`);
    checked += demoServed.length;

    console.log(`[reliability] ${PAGES} pages (${seededPages} seeded, ${demoVisitIds.size} demo-site), ${kills} worker stops, ` +
      `${checked} page requests checked against the server log, ${server.served.length - firstServed - served.length} extension requests excluded, ` +
      `${wrong.length} pages with a lost request, ${extra.length} host counts above the server's${extra.length ? `:\n  ${extra.join('\n  ')}` : ''}`);
    // What still waits outside the worker after the flush (which sweeps the page reports): which witness failed, if any.
    const left = await leftBehind(session.extPage);
    const visitOf = (u: string) => store.visits.filter((v) => v.url === u).map((v) => `${v.id} (tab ${v.tabId})`).join(', ') || 'none';
    console.log(`[reliability] left after the flush: ${left.reports.length} page reports, ${left.journal.length} journal entries` +
      (wrong.length ? `; visits of the pages that lost requests: ${wrong.map((w) => visitOf(w.slice(0, w.indexOf(': ')))).join(' | ')}; ` +
        `reports left for ${[...new Set(left.reports.map((r) => r.pageUrl))].join(', ')}; journal left: ${left.journal.slice(0, 20).map((e) => `${e.type} ${e.url}`).join(', ')}` : ''));
    // The issue's bar: 0 lost. (A count above the server's is a request charged to a neighbouring page of the
    // same tab — reported above and in docs/security.md, not a loss.)
    expect(wrong).toEqual([]);
    expect(demoLost).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(PAGES * LOAD_REQUESTS);
  }, 240_000);
});
