import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type Browser from 'webextension-polyfill';
import { openDb } from '../store/db';
import { hostCounts } from '../store/queries';
import { Recorder } from '../store/recorder';
import type { Classification, Observation } from '../core/types';
import { VisitTracker } from './visit-tracker';
import { RequestObserver, type ObserverDeps } from './web-request';
import { topDocumentUrl } from './page-of-request';

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


/** Firefox: no documentId; the request names the document that made it (documentUrl, frameAncestors). */
async function setUpFirefox() {
  const db = openDb(`wr-ff-${Math.random()}`, new IDBFactory(), IDBKeyRange);
  const tracker = new VisitTracker(db, (site) => site === 'bank.example');
  const recorder = new Recorder(db, { flushDelayMs: 1 });
  const observer = new RequestObserver(tracker, recorder, { classify }, Promise.resolve());
  let before: Listener = () => undefined;
  observer.attach({ onBeforeRequest: { addListener: (fn: Listener) => { before = fn; } } } as unknown as typeof Browser.webRequest, true);
  const settle = async () => { await new Promise((r) => setTimeout(r, 5)); await recorder.flush(); };
  /** What the background's navigation listener does: announce at once, handle later. */
  const navigate = (url: string, timeStamp: number) => {
    observer.navigationArrived(7, url);
    return async () => {
      const visit = await tracker.commit({ tabId: 7, frameId: 0, url, timeStamp });
      observer.navigationHandled(7, url, visit);
      return visit;
    };
  };
  return { db, tracker, observer, settle, navigate, before: (d: Record<string, unknown>) => before(d) };
}

describe('RequestObserver: which page a request is charged to (Firefox)', () => {
  const A = 'https://news.example/a';
  const B = 'https://news.example/b';

  it('holds the requests of a page whose navigation has arrived but is not handled, then charges them to it', async () => {
    const { db, settle, navigate, before } = await setUpFirefox();
    const a = await navigate(A, 1)();
    // A suspended event page wakes: the commit of B waits for start-up while B's requests are already here.
    const handleB = navigate(B, 2);
    before(request('f1', 'https://www.google-analytics.com/p.gif', { documentUrl: B }));
    await settle();
    expect(await hostCounts(db, a!.visitId)).toEqual(new Map());
    const b = await handleB();
    await settle();
    expect((await hostCounts(db, b!.visitId)).get('www.google-analytics.com')).toBe(1);
    expect(await hostCounts(db, a!.visitId)).toEqual(new Map());
  });

  it('holds a request of a page the tab was never seen showing, also when its navigation event comes after it', async () => {
    const { db, settle, tracker, observer, before } = await setUpFirefox();
    const a = await tracker.commit({ tabId: 7, frameId: 0, url: A, timeStamp: 1 });
    before(request('f2', 'https://bidder.criteo.com/cdb', { documentUrl: B }));
    await settle();
    expect(await hostCounts(db, a!.visitId)).toEqual(new Map());
    observer.navigationArrived(7, B);
    const b = await tracker.commit({ tabId: 7, frameId: 0, url: B, timeStamp: 2 });
    observer.navigationHandled(7, B, b);
    await settle();
    expect((await hostCounts(db, b!.visitId)).get('bidder.criteo.com')).toBe(1);
  });

  it('charges a late request of the page just left to that page, and an iframe\'s to the top-level page above it', async () => {
    const { db, settle, navigate, before } = await setUpFirefox();
    const a = await navigate(A, 1)();
    const b = await navigate(B, 2)();
    before(request('f3', 'https://www.facebook.com/tr?ev=unload', { documentUrl: `${A}#comments` }));
    before(request('f4', 'https://tpc.googlesyndication.com/ad.js', { frameId: 5, documentUrl: 'https://ads.example/frame', frameAncestors: [{ url: B, frameId: 0 }] }));
    await settle();
    expect((await hostCounts(db, a!.visitId)).get('www.facebook.com')).toBe(1);
    expect((await hostCounts(db, b!.visitId)).get('tpc.googlesyndication.com')).toBe(1);
    expect((await hostCounts(db, b!.visitId)).get('www.facebook.com')).toBeUndefined();
  });

  it('drops the held requests of a page that is not recorded (an excluded site), and charges the tab\'s page when handling failed', async () => {
    const { db, settle, navigate, observer, before } = await setUpFirefox();
    const a = await navigate(A, 1)();
    // Handling B's navigation failed (the database): its requests are charged as before, to the tab's page, not lost.
    observer.navigationArrived(7, B);
    before(request('f6', 'https://bidder.criteo.com/cdb', { documentUrl: B }));
    observer.navigationHandled(7, B, undefined);
    await settle();
    expect(await hostCounts(db, a!.visitId)).toEqual(new Map([['bidder.criteo.com', 1]]));
    const bank = 'https://www.bank.example/login';
    const handleBank = navigate(bank, 2);
    before(request('f5', 'https://www.google-analytics.com/p.gif', { documentUrl: bank }));
    expect(await handleBank()).toBeNull();
    await settle();
    expect((await db.hostStats.toArray()).some((r) => r.host === 'www.google-analytics.com')).toBe(false);
  });

  it('charges a request that names no document (an old Firefox, a worker) to the tab\'s page at once', async () => {
    const { db, settle, navigate, before } = await setUpFirefox();
    const a = await navigate(A, 1)();
    before(request('f7', 'https://www.google-analytics.com/collect', { frameId: 0 }));
    await settle();
    expect((await hostCounts(db, a!.visitId)).get('www.google-analytics.com')).toBe(1);
  });
});

describe('topDocumentUrl', () => {
  it('is the last frame ancestor, else the requesting document when it is the top-level one, else unknown', () => {
    expect(topDocumentUrl({ frameId: 4, documentUrl: 'https://f.example/', frameAncestors: [{ url: 'https://mid.example/', frameId: 2 }, { url: 'https://top.example/', frameId: 0 }] })).toBe('https://top.example/');
    expect(topDocumentUrl({ frameId: 0, documentUrl: 'https://top.example/x', frameAncestors: [] })).toBe('https://top.example/x');
    expect(topDocumentUrl({ frameId: 3, documentUrl: 'https://f.example/' })).toBeUndefined();
    expect(topDocumentUrl({ frameId: 0 })).toBeUndefined();
  });
});
