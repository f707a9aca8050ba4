import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type Browser from 'webextension-polyfill';
import { openDb } from '../store/db';
import { hostCounts } from '../store/queries';
import { Recorder } from '../store/recorder';
import type { Classification, Observation } from '../core/types';
import { VisitTracker } from './visit-tracker';
import { RequestObserver, type ObserverDeps } from './web-request';

type Listener = (d: Record<string, unknown>) => void;

const classify = (obs: Observation): Classification => {
  const host = new URL(obs.url).hostname;
  return { host, domain: host, siteDomain: 'news.example', thirdParty: true, org: null, orgName: host, category: 'advertising', pattern: null };
};

/** A real tracker, recorder and (fake-)IndexedDB; only the browser's webRequest events are played by hand. */
async function setUp(deps: Partial<ObserverDeps> = {}) {
  const db = openDb(`wr-${Math.random()}`, new IDBFactory(), IDBKeyRange);
  const tracker = new VisitTracker(db);
  const recorder = new Recorder(db, { flushDelayMs: 1 });
  const observer = new RequestObserver(tracker, recorder, { classify, ...deps }, Promise.resolve());
  const listeners: Record<string, Listener> = {};
  const registered: string[] = [];
  const event = (name: string) => ({ addListener: (fn: Listener) => { listeners[name] = fn; registered.push(name); } });
  observer.attach({ onBeforeRequest: event('before'), onSendHeaders: event('send'), onHeadersReceived: event('headers') } as unknown as typeof Browser.webRequest, false);
  const settle = async () => { await new Promise((r) => setTimeout(r, 5)); await recorder.flush(); };
  return { db, tracker, recorder, listeners, registered, settle };
}

const request = (id: string, url: string, extra: Record<string, unknown> = {}) => ({
  requestId: id, url, type: 'image', tabId: 7, frameId: 0, timeStamp: 10, requestHeaders: [], ...extra,
});

afterEach(() => { vi.useRealTimers(); });

/**
 * For the fallback timers: the visit's counts just before `ms` (nothing charged yet) and just after (the fake clock
 * fired the fallback; the recorder's write then lands on real timers).
 */
async function countsAroundTimeout(db: Awaited<ReturnType<typeof setUp>>['db'], visitId: string, ms: number) {
  await vi.advanceTimersByTimeAsync(ms - 500);
  const before = await hostCounts(db, visitId);
  await vi.advanceTimersByTimeAsync(1000);
  vi.useRealTimers();
  await new Promise((r) => setTimeout(r, 30));
  return { before, after: await hostCounts(db, visitId) };
}

describe('RequestObserver: which page a request is charged to (Chrome)', () => {
  it('registers onBeforeRequest only: no header listener, no extraHeaders on every request', async () => {
    const { registered } = await setUp();
    expect(registered).toEqual(['before']);
  });

  it('asks which document the frame shows when onBeforeRequest came without a documentId, and charges that page', async () => {
    const asked: [number, number][] = [];
    const { db, tracker, listeners, settle } = await setUp({
      frameDocument: async (tabId, frameId) => { asked.push([tabId, frameId]); return { documentId: 'docB', documentLifecycle: 'active' }; },
    });
    const before = await tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/a', timeStamp: 1, documentId: 'docA' });
    // A restarting worker: the new page's first request arrives with no documentId, before its commit is seen.
    listeners.before(request('r1', 'https://www.google-analytics.com/p.gif?i=0'));
    await settle();
    expect(asked).toEqual([[7, 0]]);
    expect(await hostCounts(db, before!.visitId)).toEqual(new Map());
    const page = await tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/b', timeStamp: 2, documentId: 'docB' });
    await settle();
    expect((await hostCounts(db, page!.visitId)).get('www.google-analytics.com')).toBe(1);
    expect((await hostCounts(db, before!.visitId)).get('www.google-analytics.com')).toBeUndefined();
  });

  it('charges a request without a documentId whose frame is unknown to the tab\'s page, once', async () => {
    const { db, tracker, listeners, settle } = await setUp({ frameDocument: async () => null });
    const page = await tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/a', timeStamp: 1, documentId: 'docA' });
    listeners.before(request('r2', 'https://bidder.criteo.com/cdb'));
    await settle();
    await settle();
    expect((await hostCounts(db, page!.visitId)).get('bidder.criteo.com')).toBe(1);
  });

  it('records a request that names its document right away', async () => {
    const { db, tracker, listeners, settle } = await setUp();
    const page = await tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/a', timeStamp: 1, documentId: 'docA' });
    listeners.before(request('r3', 'https://connect.facebook.net/sdk.js', { documentId: 'docA', documentLifecycle: 'active' }));
    await settle();
    expect((await hostCounts(db, page!.visitId)).get('connect.facebook.net')).toBe(1);
  });

  it('holds the first requests of a page Chromium reports with a new frame id until the page commits', async () => {
    const { db, tracker, listeners, settle } = await setUp();
    const before = await tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/a', timeStamp: 1, documentId: 'docA' });
    // Seen in Chromium under load: frameId 7 (the new RenderFrameHost), the new documentId, no lifecycle yet.
    listeners.before(request('r4', 'https://www.facebook.com/p.gif?i=1', { frameId: 7, documentId: 'docB' }));
    await settle();
    expect(await hostCounts(db, before!.visitId)).toEqual(new Map());
    const page = await tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/b', timeStamp: 2, documentId: 'docB' });
    await settle();
    expect((await hostCounts(db, page!.visitId)).get('www.facebook.com')).toBe(1);
    expect(await hostCounts(db, before!.visitId)).toEqual(new Map());
  });

  it('charges an iframe\'s request to the page that embeds it at once', async () => {
    const { db, tracker, listeners, settle } = await setUp();
    const page = await tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/a', timeStamp: 1, documentId: 'docA' });
    listeners.before(request('r5', 'https://tpc.googlesyndication.com/ad.js', { frameId: 3, documentId: 'docFrame', parentDocumentId: 'docA' }));
    await settle();
    expect((await hostCounts(db, page!.visitId)).get('tpc.googlesyndication.com')).toBe(1);
  });

  it('charges a held document that never becomes known to the tab\'s page after 10 s instead of dropping it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { db, tracker, listeners } = await setUp();
    const page = await tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/a', timeStamp: 1, documentId: 'docA' });
    listeners.before(request('r6', 'https://ads.example/x', { frameId: 9, documentId: 'docNever' }));
    const { before, after } = await countsAroundTimeout(db, page!.visitId, 10_000);
    expect(before).toEqual(new Map());
    expect(after.get('ads.example')).toBe(1);
  });

  it('only queues in the listener: classification, scan and GPC happen at the idle step, before the write', async () => {
    const classified: string[] = [];
    const gpcAsked: [string, string | undefined][] = [];
    const { db, tracker, recorder, listeners } = await setUp({
      classify: (obs) => { classified.push(obs.url); return classify(obs); },
      gpcSent: (type, _url, initiator) => { gpcAsked.push([type, initiator]); return true; },
    });
    const page = await tracker.commit({ tabId: 7, frameId: 0, url: 'https://news.example/a', timeStamp: 1, documentId: 'docA' });
    listeners.before(request('r7', 'https://www.google-analytics.com/p.gif', { documentId: 'docA', initiator: 'https://news.example' }));
    listeners.before(request('r8', 'https://www.google-analytics.com/p.gif?2', { documentId: 'docA', initiator: 'https://news.example' }));
    expect(classified).toEqual([]);
    expect(recorder.pending).toBe(0);
    await recorder.flush();
    expect(classified).toHaveLength(2);
    expect(gpcAsked).toEqual([['image', 'https://news.example'], ['image', 'https://news.example']]);
    const row = (await db.hostStats.toArray()).find((r) => r.visitId === page!.visitId && r.host === 'www.google-analytics.com');
    expect(row).toMatchObject({ count: 2, withGpc: 2 });
  });
});

