/**
 * The request journal with the real observer, tracker and recorder over one (fake-)IndexedDB and one storage.session
 * map: a "worker" is a set of those objects; killing it is dropping them (and, where the kill falls between two
 * steps, making the step that would have followed never happen).
 */
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type Browser from 'webextension-polyfill';
import { openDb, type FineprintDb } from '../store/db';
import { forgetWrittenMarks, readWrittenMarks } from '../store/journal-marks';
import { hostCounts, visitHasDocument } from '../store/queries';
import { Recorder } from '../store/recorder';
import type { Classification, Observation } from '../core/types';
import { VisitTracker } from './visit-tracker';
import { RequestObserver, type ObserverDeps } from './web-request';
import { MAX_AGE_MS, MAX_JOURNALED_BODY, storageJournal, workerOfKey } from './request-journal';

type Listener = (d: Record<string, unknown>) => void;

const classify = (obs: Observation): Classification => {
  const host = new URL(obs.url).hostname;
  return { host, domain: host, siteDomain: 'news.example', thirdParty: true, org: null, orgName: host, category: 'advertising', pattern: null };
};

const request = (id: string, url: string, extra: Record<string, unknown> = {}) => ({
  requestId: id, url, type: 'image', tabId: 7, frameId: 0, timeStamp: 10, ...extra,
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Long enough for the journal's storage calls (a map here) to complete. */
const SETTLE_MS = 5;

/** storage.session as a map; `lost` makes calls vanish (a worker stopped before they left it). */
function memoryArea() {
  const map = new Map<string, unknown>();
  const area = {
    map,
    lostRemovals: false,
    get: async () => Object.fromEntries(map),
    set: async (items: Record<string, unknown>) => { for (const [k, v] of Object.entries(items)) map.set(k, v); },
    remove: async (keys: string[]) => { if (!area.lostRemovals) for (const k of keys) map.delete(k); },
  };
  return area;
}

/**
 * A worker: its own tracker, recorder, observer and journal over the shared database and session storage, wired as
 * observation-wiring.ts wires them. `ready`
 * 'restore' is the background's readiness (the tab → visit map read back from the database).
 */
function worker(db: FineprintDb, area: ReturnType<typeof memoryArea>, readiness: Promise<void> | 'restore', deps: Partial<ObserverDeps> = {}, recorderOpts = { flushDelayMs: 1 }) {
  const tracker = new VisitTracker(db);
  const ready = readiness === 'restore' ? tracker.restore() : readiness;
  const recorder = new Recorder(db, recorderOpts);
  const journal = storageJournal(area, () => undefined, {
    written: { read: (w) => readWrittenMarks(db, w), forget: (marks) => forgetWrittenMarks(db, marks) },
  });
  const observer = new RequestObserver(tracker, recorder, { classify, journal, documentRecorded: (id) => visitHasDocument(db, id), ...deps }, ready);
  let before: Listener = () => undefined;
  observer.attach({ onBeforeRequest: { addListener: (fn: Listener) => { before = fn; } } } as unknown as typeof Browser.webRequest, false);
  return { tracker, recorder, observer, journal, before: (d: Record<string, unknown>) => before(d) };
}

const newDb = () => openDb(`rj-${Math.random()}`, new IDBFactory(), IDBKeyRange);
const marks = async (db: FineprintDb) => (await db.kv.toArray()).filter((r) => r.key.startsWith('journal-written:'));

describe('request journal: a killed worker loses no request and counts none twice', () => {
  it('keeps every request until its write commits; the next worker records what a killed one never wrote', async () => {
    const db = newDb();
    const area = memoryArea();
    // Killed while it waited for a quiet moment to write (the recorder's burst window is far longer than the test).
    const first = worker(db, area, Promise.resolve(), {}, { flushDelayMs: 60_000 });
    const page = await first.tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/a', timeStamp: 1, documentId: 'docA' });
    first.before(request('s1', 'https://static.criteo.net/js/ld.js', { type: 'script', documentId: 'docA' }));
    first.before(request('p1', 'https://www.google-analytics.com/g/collect', { type: 'ping', documentId: 'docA' }));
    first.before(request('f1', 'https://fonts.gstatic.com/s/a.woff2', { type: 'font', documentId: 'docA' }));
    await sleep(SETTLE_MS);
    expect(await hostCounts(db, page!.visitId)).toEqual(new Map());
    expect(area.map.size).toBe(3);

    const next = worker(db, area, Promise.resolve());
    await next.observer.replayed;
    // The new worker's own request is recorded once, not again as "left behind".
    next.before(request('f2', 'https://fonts.gstatic.com/s/b.woff2', { type: 'font', documentId: 'docA' }));
    await sleep(20);
    await next.recorder.flush();
    await sleep(SETTLE_MS);
    const counts = await hostCounts(db, page!.visitId);
    expect(Object.fromEntries(counts)).toEqual({ 'static.criteo.net': 1, 'www.google-analytics.com': 1, 'fonts.gstatic.com': 2 });
    expect([...area.map.keys()]).toEqual([]);
  });

  it('replays nothing a killed worker wrote but had not crossed off yet (its write left a mark)', async () => {
    const db = newDb();
    const area = memoryArea();
    const first = worker(db, area, Promise.resolve(), {}, { flushDelayMs: 60_000 });
    const page = await first.tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/a', timeStamp: 1, documentId: 'docA' });
    area.lostRemovals = true; // the worker stops right after its commit: the cross-off never reaches storage
    first.before(request('s1', 'https://static.criteo.net/js/ld.js', { type: 'script', documentId: 'docA' }));
    first.before(request('s2', 'https://static.criteo.net/js/ld2.js', { type: 'script', documentId: 'docA' }));
    await sleep(SETTLE_MS); // the gathered entries left the worker before the write
    await first.recorder.flush();
    expect((await hostCounts(db, page!.visitId)).get('static.criteo.net')).toBe(2);
    expect(area.map.size).toBe(2);
    expect(await marks(db)).toHaveLength(1);

    area.lostRemovals = false;
    const next = worker(db, area, Promise.resolve());
    await next.observer.replayed;
    await next.recorder.flush();
    expect((await hostCounts(db, page!.visitId)).get('static.criteo.net')).toBe(2);
    expect(area.map.size).toBe(0);
    expect(await marks(db)).toEqual([]);
  });

  it('deletes a write\'s mark with the next write once its entries are crossed off', async () => {
    const db = newDb();
    const area = memoryArea();
    const w = worker(db, area, Promise.resolve());
    await w.tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/a', timeStamp: 1, documentId: 'docA' });
    w.before(request('s1', 'https://static.criteo.net/js/ld.js', { type: 'script', documentId: 'docA' }));
    await w.recorder.flush();
    await sleep(SETTLE_MS);
    expect(area.map.size).toBe(0);
    expect((await marks(db)).map((m) => workerOfKey(m.key.slice('journal-written:'.length)))).toEqual([w.journal.worker]);
    w.before(request('s2', 'https://static.criteo.net/js/ld2.js', { type: 'script', documentId: 'docA' }));
    await w.recorder.flush();
    await sleep(SETTLE_MS);
    // Only the second write's mark is left (it goes with the write after it).
    expect(await marks(db)).toHaveLength(1);
    expect((await marks(db))[0].value).toEqual([expect.stringMatching(/\.1$/)]);
  });

  it('charges a replayed document request to the visit its commit started, not to an older visit of the same URL', async () => {
    const db = newDb();
    const area = memoryArea();
    const first = worker(db, area, new Promise<void>(() => undefined)); // never got ready: nothing of its own recorded
    // The document's commit (at 20) reached the tracker before the kill; its request (at 10) did not reach the write.
    first.before(request('m1', 'https://news.example/b', { type: 'main_frame', timeStamp: 10 }));
    const b = await first.tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/b', timeStamp: 20, documentId: 'docB' });
    // A reload of that URL started (at 30) whose commit no worker saw yet.
    first.before(request('m2', 'https://news.example/b', { type: 'main_frame', timeStamp: 30 }));
    await sleep(SETTLE_MS);

    const next = worker(db, area, 'restore');
    await next.observer.replayed;
    await next.recorder.flush();
    expect((await hostCounts(db, b!.visitId)).get('news.example')).toBe(1);
    // The reload's document waits for its own commit, and is charged to it then.
    const reload = await next.tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/b', timeStamp: 40, documentId: 'docB2' });
    next.observer.committed(7, reload);
    await next.recorder.flush();
    expect((await hostCounts(db, reload!.visitId)).get('news.example')).toBe(1);
    expect((await hostCounts(db, b!.visitId)).get('news.example')).toBe(1);
    await sleep(SETTLE_MS);
    expect(area.map.size).toBe(0);
  });

  it('charges a replayed document to its own visit when the killed worker had already handled the next page too', async () => {
    const db = newDb();
    const area = memoryArea();
    const first = worker(db, area, Promise.resolve(), {}, { flushDelayMs: 60_000 }); // killed before its write
    first.before(request('m1', 'https://news.example/a', { type: 'main_frame', timeStamp: 10 }));
    const a = await first.tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/a', timeStamp: 20, documentId: 'docA' });
    first.observer.committed(7, a);
    first.before(request('m2', 'https://news.example/b', { type: 'main_frame', timeStamp: 30 }));
    const b = await first.tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/b', timeStamp: 40, documentId: 'docB' });
    first.observer.committed(7, b);
    await sleep(SETTLE_MS);

    const next = worker(db, area, 'restore');
    await next.observer.replayed;
    await next.recorder.flush();
    expect((await hostCounts(db, a!.visitId)).get('news.example')).toBe(1);
    expect((await hostCounts(db, b!.visitId)).get('news.example')).toBe(1);
  });

  it('gives a page adopted from its content script its document request, once, even when the commit comes late', async () => {
    const db = newDb();
    const area = memoryArea();
    const w = worker(db, area, Promise.resolve());
    // The commit event died with a killed worker; the document request reached this one.
    w.before(request('m1', 'https://news.example/d', { type: 'main_frame', timeStamp: 10 }));
    w.before(request('s1', 'https://static.criteo.net/d.js', { type: 'script', documentId: 'docD', timeStamp: 12 }));
    const d = await w.tracker.visitForSender({ tabId: 7, frameId: 0, url: 'https://news.example/d', documentId: 'docD' });
    await w.recorder.flush();
    expect(Object.fromEntries(await hostCounts(db, d!.visitId))).toEqual({ 'news.example': 1, 'static.criteo.net': 1 });
    // The late commit event of the same document: no second document.
    const late = await w.tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/d', timeStamp: 11, documentId: 'docD' });
    w.observer.committed(7, late);
    await w.recorder.flush();
    expect(late!.visitId).toBe(d!.visitId);
    expect((await hostCounts(db, d!.visitId)).get('news.example')).toBe(1);
  });

  it('makes the visit of a commit a killed worker journaled but never stored, with its document and requests', async () => {
    const db = newDb();
    const area = memoryArea();
    const first = worker(db, area, new Promise<void>(() => undefined)); // killed while it was starting
    first.before(request('m1', 'https://news.example/e', { type: 'main_frame', timeStamp: 10 }));
    first.observer.journalCommit({ tabId: 7, frameId: 0, url: 'https://news.example/e', timeStamp: 20, documentId: 'docE' });
    first.before(request('s1', 'https://static.criteo.net/e.js', { type: 'script', documentId: 'docE', timeStamp: 30 }));
    await sleep(SETTLE_MS);

    const next = worker(db, area, 'restore');
    await next.observer.replayed;
    await next.recorder.flush();
    const visit = next.tracker.currentVisit(7);
    expect(visit?.pageUrl).toBe('https://news.example/e');
    expect(Object.fromEntries(await hostCounts(db, visit!.visitId))).toEqual({ 'news.example': 1, 'static.criteo.net': 1 });
    // A third worker replays nothing again: the commit's visit exists, its entries are crossed off.
    await sleep(SETTLE_MS);
    expect(area.map.size).toBe(0);
    expect(await db.visits.count()).toBe(1);
  });

  it('keeps a document recorded from its commit alone (its request event was lost) until that write commits', async () => {
    const db = newDb();
    const area = memoryArea();
    const first = worker(db, area, Promise.resolve(), {}, { flushDelayMs: 60_000 }); // killed before its write
    const key = first.observer.journalCommit({ tabId: 7, frameId: 0, url: 'https://news.example/f', timeStamp: 20, documentId: 'docF' });
    const f = await first.tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/f', timeStamp: 20, documentId: 'docF' });
    first.observer.committed(7, f, key);
    await sleep(SETTLE_MS);
    for (let n = 0; n < 2; n++) {
      const next = worker(db, area, 'restore');
      await next.observer.replayed;
      await next.recorder.flush();
      expect((await hostCounts(db, f!.visitId)).get('news.example')).toBe(1);
    }
    await sleep(SETTLE_MS);
    expect(area.map.size).toBe(0);
  });

  it('does not let a replayed commit older than the tab\'s current page take the tab back', async () => {
    const db = newDb();
    const area = memoryArea();
    // An earlier worker stored the tab's newer page; a killed one journaled an older commit it never stored.
    const current = await worker(db, area, Promise.resolve()).tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/new', timeStamp: 50, documentId: 'docN' });
    const first = worker(db, area, new Promise<void>(() => undefined));
    first.observer.journalCommit({ tabId: 7, frameId: 0, url: 'https://news.example/old', timeStamp: 20, documentId: 'docO' });
    await sleep(SETTLE_MS);
    const next = worker(db, area, 'restore');
    await next.observer.replayed;
    expect(next.tracker.currentVisit(7)?.visitId).toBe(current!.visitId);
    expect(await db.visits.count()).toBe(2);
  });

  it('does not replay a document a later worker already recorded from its commit alone', async () => {
    const db = newDb();
    const area = memoryArea();
    const second = worker(db, area, 'restore');
    await second.observer.replayed;
    // The killed worker's journal write of the document request lands only after the next worker read the journal.
    const first = worker(db, area, new Promise<void>(() => undefined));
    first.before(request('m1', 'https://news.example/c', { type: 'main_frame', timeStamp: 10 }));
    // The second worker sees the commit without the request, so it records the document from the commit.
    const c = await second.tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/c', timeStamp: 20, documentId: 'docC' });
    second.observer.committed(7, c);
    await second.recorder.flush();
    expect((await hostCounts(db, c!.visitId)).get('news.example')).toBe(1);

    const third = worker(db, area, 'restore');
    await third.observer.replayed;
    await third.recorder.flush();
    expect((await hostCounts(db, c!.visitId)).get('news.example')).toBe(1);
    await sleep(SETTLE_MS);
    expect(area.map.size).toBe(0);
  });

  it('keeps a body as text, so a replayed request is still scanned for personal data', async () => {
    const db = newDb();
    const area = memoryArea();
    const first = worker(db, area, new Promise<void>(() => undefined));
    await first.tracker.commit({ tabId: 7, frameId: 0, url: 'https://shop.example/', timeStamp: 1, documentId: 'docA' });
    const bytes = new TextEncoder().encode(`{"email":"ann@example.org","pad":"${'x'.repeat(MAX_JOURNALED_BODY)}"}`).buffer;
    first.before(request('b1', 'https://api.segment.io/v1/t', { type: 'xmlhttprequest', method: 'POST', documentId: 'docA', requestBody: { raw: [{ bytes }] } }));
    await sleep(SETTLE_MS);
    const scanned: (string | undefined)[] = [];
    const next = worker(db, area, 'restore', { scanPii: (obs) => { scanned.push(obs.body); return []; } });
    await next.observer.replayed;
    await sleep(SETTLE_MS);
    await next.recorder.flush();
    expect(scanned).toHaveLength(1);
    expect(scanned[0]).toMatch(/^\{"email":"ann@example\.org"/);
    expect(scanned[0]).toHaveLength(MAX_JOURNALED_BODY);
  });

  it('crosses off a request that is never recorded (its tab has no page) instead of replaying it forever', async () => {
    const db = newDb();
    const area = memoryArea();
    const w = worker(db, area, Promise.resolve());
    w.before(request('x1', 'https://ads.example/x', { tabId: 99 }));
    await sleep(SETTLE_MS);
    await w.recorder.flush();
    await sleep(SETTLE_MS);
    expect(area.map.size).toBe(0);
    expect(await db.hostStats.count()).toBe(0);
  });

  it('drops an entry older than MAX_AGE_MS instead of charging it to whatever page is open now', async () => {
    const area = memoryArea();
    let t = 1_000;
    const old = storageJournal(area, () => undefined, { now: () => t });
    old.add({ requestId: 'f9', url: 'https://fonts.gstatic.com/x.woff2', type: 'font', tabId: 7, frameId: 0, timeStamp: 1 });
    await sleep(0);
    t += MAX_AGE_MS + 1;
    expect(await storageJournal(area, () => undefined, { now: () => t }).leftByEarlierWorkers()).toEqual([]);
    expect(area.map.size).toBe(0);
  });

  it('reports a failing storage area once, not once per request, and the request is still recorded', async () => {
    const db = newDb();
    const logged: string[] = [];
    const area = { ...memoryArea(), set: async () => { throw new Error('QUOTA_BYTES quota exceeded'); } };
    const journal = storageJournal(area, (m) => logged.push(m));
    const tracker = new VisitTracker(db);
    const recorder = new Recorder(db, { flushDelayMs: 60_000 }); // writes after the journal tried to keep them
    const observer = new RequestObserver(tracker, recorder, { classify, journal }, Promise.resolve());
    let before: Listener = () => undefined;
    observer.attach({ onBeforeRequest: { addListener: (fn: Listener) => { before = fn; } } } as unknown as typeof Browser.webRequest, false);
    const page = await tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/a', timeStamp: 1, documentId: 'docA' });
    // 150 requests leave in two storage calls (the first at once, the rest coalesced behind it); both fail, one line is logged.
    for (let i = 0; i < 150; i++) before(request(`q${i}`, `https://static.criteo.net/${i}.js`, { type: 'script', documentId: 'docA' }));
    await sleep(SETTLE_MS);
    await recorder.flush();
    expect(logged).toEqual(['[journal] Error: QUOTA_BYTES quota exceeded']);
    expect((await hostCounts(db, page!.visitId)).get('static.criteo.net')).toBe(150);
  });

  it('sends a request at once, coalesces those that arrive while a storage call is in flight, and sends nothing for one already written', async () => {
    const area = memoryArea();
    const calls: string[][] = [];
    const counted = { ...area, set: async (items: Record<string, unknown>) => { calls.push(Object.keys(items)); await area.set(items); } };
    const journal = storageJournal(counted, () => undefined);
    const sub = (i: number) => journal.add({ requestId: `r${i}`, url: `https://static.criteo.net/${i}.js`, type: 'script', tabId: 7, frameId: 0, timeStamp: i });
    const k0 = sub(0);
    expect(calls).toEqual([[`request:${k0}`]]); // left the worker at once
    const k1 = sub(1);
    const k2 = sub(2);
    const k3 = sub(3);
    expect(calls).toHaveLength(1); // waiting behind the call in flight
    void journal.done([k2]); // recorded before it left: it never reaches storage
    await sleep(5);
    expect(calls).toEqual([[`request:${k0}`], [`request:${k1}`, `request:${k3}`]]);
    expect([...area.map.keys()]).toEqual([`request:${k0}`, `request:${k1}`, `request:${k3}`]);
  });
});
