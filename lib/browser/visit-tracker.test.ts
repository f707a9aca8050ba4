import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb } from '../store/db';
import { VisitTracker } from './visit-tracker';

const fresh = () => openDb(`vt-${Math.random()}`, new IDBFactory(), IDBKeyRange);

describe('VisitTracker', () => {
  it('charges late requests of a left page to that page by documentId', async () => {
    const t = new VisitTracker(fresh());
    const a = await t.commit({ tabId: 1, frameId: 0, url: 'https://a.example/', timeStamp: 1, documentId: 'docA' });
    const b = await t.commit({ tabId: 1, frameId: 0, url: 'https://b.example/', timeStamp: 2, documentId: 'docB' });
    expect(t.visitFor({ tabId: 1, documentId: 'docA' })?.visitId).toBe(a?.visitId);
    expect(t.visitFor({ tabId: 1, documentId: 'docB' })?.visitId).toBe(b?.visitId);
    expect(t.visitFor({ tabId: 1 })?.site).toBe('b.example');
  });
  it('never charges browser requests (tabId -1) and skips non-web pages', async () => {
    const t = new VisitTracker(fresh());
    await t.commit({ tabId: 2, frameId: 0, url: 'https://a.example/', timeStamp: 1 });
    expect(t.visitFor({ tabId: -1 })).toBeNull();
    expect(await t.commit({ tabId: 2, frameId: 0, url: 'chrome://newtab/', timeStamp: 2 })).toBeNull();
    expect(t.visitFor({ tabId: 2 })).toBeNull();
  });
  it('survives a worker restart: the visit map is restored from the database', async () => {
    const db = fresh();
    const before = new VisitTracker(db);
    const v = await before.commit({ tabId: 5, frameId: 0, url: 'https://a.example/x', timeStamp: 1, documentId: 'd5' });
    const after = new VisitTracker(db);
    await after.restore();
    expect(after.visitFor({ tabId: 5 })?.visitId).toBe(v?.visitId);
    expect(after.visitFor({ tabId: 5, documentId: 'd5' })?.visitId).toBe(v?.visitId);
  });
  it('a replayed about:blank commit older than the tab\'s page does not end that page\'s visit, after a restart too', async () => {
    // A new tab's about:blank commit stays in a killed worker's journal; the next worker replays it after restoring
    // the tab's real page (committed later). Before, the tab was left with no current visit and its popup empty.
    const db = fresh();
    const before = new VisitTracker(db);
    const page = await before.commit({ tabId: 6, frameId: 0, url: 'https://a.example/load', timeStamp: 200, documentId: 'd6' });
    const after = new VisitTracker(db);
    await after.restore();
    expect(await after.commit({ tabId: 6, frameId: 0, url: 'about:blank', timeStamp: 100, documentId: 'blank6' })).toBeNull();
    expect(after.currentVisit(6)?.visitId).toBe(page?.visitId);
    const again = new VisitTracker(db);
    await again.restore();
    expect(again.currentVisit(6)?.visitId).toBe(page?.visitId);
    // A non-web page committed after it still ends the visit.
    expect(await again.commit({ tabId: 6, frameId: 0, url: 'chrome://newtab/', timeStamp: 300 })).toBeNull();
    expect(again.currentVisit(6)).toBeNull();
  });
  it('gives a prerendered page its own visit that becomes current once active', async () => {
    const t = new VisitTracker(fresh());
    const shown = await t.commit({ tabId: 3, frameId: 0, url: 'https://a.example/', timeStamp: 1, documentId: 'd1' });
    const pre = await t.commit({ tabId: 3, frameId: 0, url: 'https://a.example/next', timeStamp: 2, documentId: 'd2', documentLifecycle: 'prerender' });
    expect(t.currentVisit(3)?.visitId).toBe(shown?.visitId);
    expect(t.visitFor({ tabId: 3, documentId: 'd2', documentLifecycle: 'active', frameId: 0 })?.visitId).toBe(pre?.visitId);
    expect(t.currentVisit(3)?.visitId).toBe(pre?.visitId);
  });
  it('excludes sites the person never wants recorded', async () => {
    const t = new VisitTracker(fresh(), (site) => site === 'bank.example');
    expect(await t.commit({ tabId: 4, frameId: 0, url: 'https://www.bank.example/', timeStamp: 1 })).toBeNull();
  });
});
