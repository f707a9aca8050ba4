/**
 * Page reports kept by the content script in storage.local: the sweep over a map, and the reconciliation into a
 * real (fake-)IndexedDB with the real tracker and recorder.
 */
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb } from '../store/db';
import { hostCounts } from '../store/queries';
import { Recorder } from '../store/recorder';
import type { Classification, Observation } from '../core/types';
import { VisitTracker } from './visit-tracker';
import { createHandlers, reconcileStoredReport, type HandlerDeps } from './handlers';
import { MAX_REPORT_AGE_MS, SWEEP_AFTER_MS, isReportKey, newReportKey, parseStoredReport, sweepPageReports, sweeper, discardPageReports, type StoredPageReport } from './page-reports';

const classify = (obs: Observation): Classification => {
  const host = new URL(obs.url).hostname;
  return { host, domain: host, siteDomain: 'news.example', thirdParty: host !== 'news.example', org: null, orgName: host, category: 'advertising', pattern: null };
};
const img = (url: string) => ({ url, initiatorType: 'img' });
const PAGE = 'https://news.example/a?s=1';
const report = (at: number, urls = [img(PAGE), img('https://bat.bing.com/p.gif'), img('https://bat.bing.com/p.gif?2')]): StoredPageReport =>
  ({ pageUrl: PAGE, urls, calls: [], at });

function mapArea(initial: Record<string, unknown>) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    get: async () => Object.fromEntries(map),
    set: async (items: Record<string, unknown>) => { for (const [k, v] of Object.entries(items)) map.set(k, v); },
    remove: async (keys: string[]) => { for (const k of keys) map.delete(k); },
  };
}

describe('page reports kept outside the worker', () => {
  it('sweeps reports old enough that their message is not still on its way, and drops malformed and stale ones', async () => {
    const now = 1_000_000_000;
    const area = mapArea({
      'page-report:young': report(now - SWEEP_AFTER_MS + 100),
      'page-report:due': report(now - SWEEP_AFTER_MS - 1),
      'page-report:stale': report(now - MAX_REPORT_AGE_MS - 1),
      'page-report:broken': { pageUrl: 7 },
      'settings': { gpcEnabled: true },
    });
    const seen: number[] = [];
    const n = await sweepPageReports(area, now, async (r) => { seen.push(r.at); }, () => undefined);
    expect(n).toBe(1);
    expect(seen).toEqual([now - SWEEP_AFTER_MS - 1]);
    expect([...area.map.keys()].sort()).toEqual(['page-report:young', 'settings']);
  });

  it('takes the young reports too when asked for everything (flush): their messages may have died with a stopped worker', async () => {
    const now = 2_000_000_000;
    const area = mapArea({ 'page-report:young': report(now - 10), 'page-report:old': report(now - SWEEP_AFTER_MS - 1) });
    const seen: number[] = [];
    expect(await sweepPageReports(area, now, async (r) => { seen.push(r.at); }, () => undefined, 0)).toBe(2);
    expect(seen.sort()).toEqual([now - SWEEP_AFTER_MS - 1, now - 10]);
    expect(area.map.size).toBe(0);
  });

  it('keeps a report whose reconciliation failed, for the next sweep, and says why once', async () => {
    const now = 2_000_000_000;
    const area = mapArea({ 'page-report:x': report(now - 10_000) });
    const logged: string[] = [];
    expect(await sweepPageReports(area, now, async () => { throw new Error('database closed'); }, (m) => logged.push(m))).toBe(0);
    expect(area.map.has('page-report:x')).toBe(true);
    expect(logged).toEqual(['[page-reports] Error: database closed']);
  });

  it('removes reconciled reports as it goes: a sweep stopped half-way has removed what it did', async () => {
    const now = 3_000_000_000;
    const area = mapArea(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`page-report:${String(i).padStart(2, '0')}`, report(now - 10_000 - i)])));
    let calls = 0;
    // The worker stops during the 45th reconciliation (the promise never settles, as when the worker dies).
    void sweepPageReports(area, now, () => (++calls === 45 ? new Promise(() => undefined) : Promise.resolve()), () => undefined);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toBe(45);
    expect(area.map.size).toBe(10);
  });

  it('runs one sweep at a time: a timer that finds one running waits for it', async () => {
    let started = 0;
    let finish: () => void = () => undefined;
    const sweep = sweeper(() => { started++; return new Promise<void>((r) => { finish = r; }); });
    const first = sweep();
    const second = sweep();
    expect(started).toBe(1);
    expect(second).toBe(first);
    finish();
    await first;
    void sweep();
    expect(started).toBe(2);
  });

  it('flush reconciles the reports no worker answered before it writes (the dashboard reads right after)', async () => {
    const order: string[] = [];
    const handlers = createHandlers({
      ready: Promise.resolve(),
      recorder: { flush: async () => { order.push('write'); return 0; } },
      sweepReports: async () => { order.push('sweep'); },
    } as unknown as HandlerDeps);
    await handlers.page({ type: 'flush' });
    expect(order).toEqual(['sweep', 'write']);
  });

  it('reads back only well-formed entries, capped, and accepts only its own keys', () => {
    const parsed = parseStoredReport({ pageUrl: PAGE, at: 1, urls: [img('https://a.example/'), { url: 3 }, null], calls: 'x' });
    expect(parsed).toEqual({ pageUrl: PAGE, at: 1, urls: [img('https://a.example/')], calls: [] });
    expect(parseStoredReport({ pageUrl: PAGE, at: 1, urls: Array.from({ length: 9000 }, () => img('https://a.example/')) })!.urls).toHaveLength(2000);
    expect(isReportKey(newReportKey(5, 'abc'))).toBe(true);
    expect(isReportKey('settings')).toBe(false);
    expect(isReportKey(`page-report:${'x'.repeat(100)}`)).toBe(false);
  });

  it('records a page no worker saw commit from its report alone, and its content script later claims that visit', async () => {
    const db = openDb(`pr-${Math.random()}`, new IDBFactory(), IDBKeyRange);
    const tracker = new VisitTracker(db);
    const recorder = new Recorder(db, { flushDelayMs: 1 });
    const at = Date.now() - 5_000;
    expect(await reconcileStoredReport({ db, recorder, tracker, classify }, report(at))).toBe(3);
    const visits = await db.visits.toArray();
    expect(visits).toHaveLength(1);
    expect(Object.fromEntries(await hostCounts(db, visits[0].id))).toEqual({ 'news.example': 1, 'bat.bing.com': 2 });
    // Swept again (a second worker): nothing is counted twice.
    expect(await reconcileStoredReport({ db, recorder, tracker, classify }, report(at))).toBe(0);
    // The page speaks again (its later report): the same visit becomes its document's, in its tab.
    const claimed = await tracker.visitForSender({ tabId: 4, frameId: 0, url: PAGE, documentId: 'docA' });
    expect(claimed?.visitId).toBe(visits[0].id);
    expect(await db.visits.count()).toBe(1);
    expect(tracker.currentVisit(4)?.visitId).toBe(visits[0].id);
  });

  it('tops up the visit the page already has, also one adopted just after the report was written', async () => {
    const db = openDb(`pr-${Math.random()}`, new IDBFactory(), IDBKeyRange);
    const tracker = new VisitTracker(db);
    const recorder = new Recorder(db, { flushDelayMs: 1 });
    const at = Date.now() - 5_000;
    const visit = await tracker.commit({ tabId: 4, frameId: 0, url: PAGE, timeStamp: at + 2_000, documentId: 'docA' });
    expect(await reconcileStoredReport({ db, recorder, tracker, classify }, report(at))).toBe(3);
    expect(await db.visits.count()).toBe(1);
    expect((await hostCounts(db, visit!.visitId)).get('bat.bing.com')).toBe(2);
  });

  it('Firefox (no documentId): a report goes to the page of its URL — the page being left, or none while its own is not handled', async () => {
    const db = openDb(`pr-${Math.random()}`, new IDBFactory(), IDBKeyRange);
    const tracker = new VisitTracker(db);
    const recorder = new Recorder(db, { flushDelayMs: 1 });
    const handlers = createHandlers({ db, recorder, tracker, classify, ready: Promise.resolve(), startedAt: 0 } as unknown as HandlerDeps);
    const timing = (pageUrl: string) => ({ type: 'resource-timing' as const, pageUrl, urls: [img('https://bat.bing.com/a.gif')], calls: [] });
    const A = 'https://news.example/a';
    const B = 'https://news.example/b';
    const a = await tracker.commit({ tabId: 4, frameId: 0, url: A, timeStamp: 1 });
    // B's report before B's navigation is handled: not A's (same site), no top-up anywhere.
    expect(await handlers.content(timing(B), { tabId: 4, frameId: 0, url: B })).toEqual({ ok: false });
    expect(await hostCounts(db, a!.visitId)).toEqual(new Map());
    const b = await tracker.commit({ tabId: 4, frameId: 0, url: B, timeStamp: 2 });
    // A's last report, sent as it was left, arrives after B committed: A's, not B's.
    expect(await handlers.content(timing(`${A}#top`), { tabId: 4, frameId: 0, url: `${A}#top` })).toEqual({ ok: true, added: 1 });
    expect((await hostCounts(db, a!.visitId)).get('bat.bing.com')).toBe(1);
    expect(await hostCounts(db, b!.visitId)).toEqual(new Map());
  });

  it('"delete this site" and "delete everything" discard the waiting copies first, then wait for a running sweep', async () => {
    const now = 4_000_000_000;
    const area = mapArea({
      'page-report:a': { ...report(now - 10_000), pageUrl: 'https://www.news.example/a' },
      'page-report:b': { ...report(now - 10_000), pageUrl: 'https://shop.example/b' },
      'page-report:broken': { pageUrl: 7 },
      'settings': { gpcEnabled: true },
    });
    expect(await discardPageReports(area, (r) => !r.pageUrl.includes('news.example'))).toBe(2);
    expect([...area.map.keys()].sort()).toEqual(['page-report:b', 'settings']);
    expect(await discardPageReports(area)).toBe(1);
    expect([...area.map.keys()]).toEqual(['settings']);

    const order: string[] = [];
    const db = openDb(`pr-${Math.random()}`, new IDBFactory(), IDBKeyRange);
    const handlers = createHandlers({
      db, ready: Promise.resolve(), tracker: { forgetAll: () => order.push('forget') },
      recorder: { flush: async () => { order.push('write'); return 0; } },
      discardReports: async (site?: string) => { order.push(`discard ${site ?? 'all'}`); },
      sweepReports: async () => { order.push('sweep'); },
    } as unknown as HandlerDeps);
    await handlers.page({ type: 'delete-site', site: 'news.example' });
    await handlers.page({ type: 'delete-all' });
    expect(order).toEqual(['discard news.example', 'sweep', 'write', 'discard all', 'sweep', 'write', 'forget']);
  });
});
