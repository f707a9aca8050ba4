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
    await sleep(5);
    expect(await hostCounts(db, page!.visitId)).toEqual(new Map());
    expect(area.map.size).toBe(3);

    const next = worker(db, area, Promise.resolve());
    await next.observer.replayed;
    // The new worker's own request is recorded once, not again as "left behind".
    next.before(request('f2', 'https://fonts.gstatic.com/s/b.woff2', { type: 'font', documentId: 'docA' }));
    await sleep(20);
    await next.recorder.flush();
    await sleep(5);
    const counts = await hostCounts(db, page!.visitId);
    expect(Object.fromEntries(counts)).toEqual({ 'static.criteo.net': 1, 'www.google-analytics.com': 1, 'fonts.gstatic.com': 2 });
    expect([...area.map.keys()]).toEqual([]);
  });

  it('replays nothing a killed worker wrote but had not crossed off yet (its write left a mark)', async () => {
    const db = newDb();
    const area = memoryArea();
    const first = worker(db, area, Promise.resolve());
    const page = await first.tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/a', timeStamp: 1, documentId: 'docA' });
    area.lostRemovals = true; // the worker stops right after its commit: the cross-off never reaches storage
    first.before(request('s1', 'https://static.criteo.net/js/ld.js', { type: 'script', documentId: 'docA' }));
    first.before(request('s2', 'https://static.criteo.net/js/ld2.js', { type: 'script', documentId: 'docA' }));
    await first.recorder.flush();
    await sleep(5);
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
    await sleep(5);
    expect(area.map.size).toBe(0);
    expect((await marks(db)).map((m) => workerOfKey(m.key.slice('journal-written:'.length)))).toEqual([w.journal.worker]);
    w.before(request('s2', 'https://static.criteo.net/js/ld2.js', { type: 'script', documentId: 'docA' }));
    await w.recorder.flush();
    await sleep(5);
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
    await sleep(5);

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
    await sleep(5);
    expect(area.map.size).toBe(0);
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
    await sleep(5);
    expect(area.map.size).toBe(0);
  });

  it('keeps a body as text, so a replayed request is still scanned for personal data', async () => {
    const db = newDb();
    const area = memoryArea();
    const first = worker(db, area, new Promise<void>(() => undefined));
    await first.tracker.commit({ tabId: 7, frameId: 0, url: 'https://shop.example/', timeStamp: 1, documentId: 'docA' });
    const bytes = new TextEncoder().encode(`{"email":"ann@example.org","pad":"${'x'.repeat(MAX_JOURNALED_BODY)}"}`).buffer;
    first.before(request('b1', 'https://api.segment.io/v1/t', { type: 'xmlhttprequest', method: 'POST', documentId: 'docA', requestBody: { raw: [{ bytes }] } }));
    await sleep(5);
    const scanned: (string | undefined)[] = [];
    const next = worker(db, area, 'restore', { scanPii: (obs) => { scanned.push(obs.body); return []; } });
    await next.observer.replayed;
    await sleep(5);
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
    await sleep(5);
    await w.recorder.flush();
    await sleep(5);
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
    const recorder = new Recorder(db, { flushDelayMs: 1 });
    const observer = new RequestObserver(tracker, recorder, { classify, journal }, Promise.resolve());
    let before: Listener = () => undefined;
    observer.attach({ onBeforeRequest: { addListener: (fn: Listener) => { before = fn; } } } as unknown as typeof Browser.webRequest, false);
    const page = await tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/a', timeStamp: 1, documentId: 'docA' });
    for (let i = 0; i < 50; i++) before(request(`q${i}`, `https://static.criteo.net/${i}.js`, { type: 'script', documentId: 'docA' }));
    await sleep(5);
    await recorder.flush();
    expect(logged).toEqual(['[journal] Error: QUOTA_BYTES quota exceeded']);
    expect((await hostCounts(db, page!.visitId)).get('static.criteo.net')).toBe(50);
  });
});
