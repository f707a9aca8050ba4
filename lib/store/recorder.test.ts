import { describe, expect, it, beforeEach, vi, afterEach } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb, type FineprintDb } from './db';
import { LAST_AT_STEP_MS, Recorder, hostStatKey } from './recorder';
import type { Classification } from '../core/types';

const cls = (host: string, org: string | null = 'google'): Classification => ({
  host, domain: host.split('.').slice(-2).join('.'), siteDomain: 'site.example', thirdParty: true, org, orgName: org ?? host, category: 'advertising', pattern: org ? 'p' : null,
});

let db: FineprintDb;
beforeEach(async () => {
  db = openDb(`t-${Math.random()}`, new IDBFactory(), IDBKeyRange);
  await db.visits.put({ id: 'v1', tabId: 1, url: 'https://site.example/', site: 'site.example', startedAt: 1, lastAt: 1 });
});

describe('Recorder', () => {
  it('aggregates requests per visit × host × pattern with counts, times and samples', async () => {
    const rec = new Recorder(db, { flushDelayMs: 1 });
    for (let i = 0; i < 7; i++) rec.addRequest({ visitId: 'v1', site: 'site.example', url: `https://a.g.com/x?i=${i}`, type: 'image', time: 10 + i, cls: cls('a.g.com') });
    rec.addRequest({ visitId: 'v1', site: 'site.example', url: 'https://a.g.com/s', type: 'script', time: 5, cls: cls('a.g.com'), withCookies: true, count: 0 });
    expect(await rec.flush()).toBe(7);
    const row = await db.hostStats.get(hostStatKey('v1', 'a.g.com', 'p'));
    expect(row).toMatchObject({ count: 7, first: 5, last: 16, withCookies: 1, types: { image: 7 } });
    expect(row?.sampleUrls).toHaveLength(5);
    expect((await db.visits.get('v1'))?.lastAt).toBe(16);
  });

  it('re-writes a visit\'s lastAt only when it moved by a second or more (not on every batch of a page load)', async () => {
    const rec = new Recorder(db, { flushDelayMs: 60_000 });
    const add = (time: number) => rec.addRequest({ visitId: 'v1', site: 'site.example', url: `https://a.g.com/${time}`, type: 'image', time, cls: cls('a.g.com') });
    add(1000); await rec.flush();
    expect((await db.visits.get('v1'))?.lastAt).toBe(1000);
    add(1000 + LAST_AT_STEP_MS - 1); await rec.flush();
    expect((await db.visits.get('v1'))?.lastAt).toBe(1000);
    add(1000 + LAST_AT_STEP_MS); await rec.flush();
    expect((await db.visits.get('v1'))?.lastAt).toBe(1000 + LAST_AT_STEP_MS);
    expect((await db.hostStats.get(hostStatKey('v1', 'a.g.com', 'p')))?.count).toBe(3);
  });

  it('keeps a failed batch and writes it on retry — nothing is lost', async () => {
    // A long delay so only the explicit flushes below write (no timer racing them).
    const rec = new Recorder(db, { flushDelayMs: 60_000 });
    const original = db.hostStats.bulkPut.bind(db.hostStats);
    let fail = true;
    (db.hostStats as unknown as { bulkPut: typeof original }).bulkPut = ((rows: never) => {
      if (fail) { fail = false; const e = new Error('quota'); e.name = 'QuotaExceededError'; return Promise.reject(e); }
      return original(rows);
    }) as typeof original;
    rec.addRequest({ visitId: 'v1', site: 'site.example', url: 'https://a.g.com/1', type: 'image', time: 1, cls: cls('a.g.com') });
    await expect(rec.flush()).rejects.toThrow();
    expect(rec.pending).toBe(1);
    expect(await rec.flush()).toBe(1);
    expect((await db.hostStats.toArray())[0].count).toBe(1);
  });

  it('calls the quota handler when storage is full', async () => {
    let asked = 0;
    const rec = new Recorder(db, { flushDelayMs: 60_000, onQuotaExceeded: async () => { asked++; return true; } });
    const original = db.probeEvents.bulkAdd.bind(db.probeEvents);
    let fail = true;
    (db.probeEvents as unknown as { bulkAdd: typeof original }).bulkAdd = ((rows: never) => {
      if (fail) { fail = false; const e = new Error('full'); e.name = 'QuotaExceededError'; return Promise.reject(e); }
      return original(rows);
    }) as typeof original;
    rec.addProbe({ visitId: 'v1', site: 'site.example', kind: 'geolocation', time: 1 });
    await expect(rec.flush()).rejects.toThrow();
    expect(asked).toBe(1);
    await rec.flush();
    expect(await db.probeEvents.count()).toBe(1);
  });

  describe('when it writes', () => {
    afterEach(() => { vi.useRealTimers(); });
    const add = (rec: Recorder, i: number) => rec.addRequest({ visitId: 'v1', site: 'site.example', url: `https://a.g.com/${i}`, type: 'image', time: i, cls: cls('a.g.com') });

    it('after a burst, once nothing was added for the quiet time — not during it', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const rec = new Recorder(db, { flushDelayMs: 80, maxDelayMs: 1000 });
      for (let i = 0; i < 10; i++) { add(rec, i); await vi.advanceTimersByTimeAsync(50); }
      expect(rec.pending).toBe(10); // a request every 50 ms: never quiet for 80 ms yet
      await vi.advanceTimersByTimeAsync(100);
      expect(rec.pending).toBe(0); // taken by the write the timer started
      vi.useRealTimers();
      expect(await rec.flush()).toBe(0); // waits for that write; nothing was left for this one
      expect(rec.written).toBe(10);
    });

    it('at the latest maxDelayMs after the first record, for a page that never stops', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const rec = new Recorder(db, { flushDelayMs: 80, maxDelayMs: 500 });
      let i = 0;
      for (; i < 9; i++) { add(rec, i); await vi.advanceTimersByTimeAsync(50); }
      expect(rec.pending).toBe(9);
      for (; i < 14; i++) { add(rec, i); await vi.advanceTimersByTimeAsync(50); }
      expect(rec.pending).toBeLessThan(5); // the first ten went at 500 ms although requests kept coming
      vi.useRealTimers();
      await rec.flush();
      expect(rec.written).toBe(14);
    });

    it('runs its sources first, so what they queued is in the same write', async () => {
      const rec = new Recorder(db, { flushDelayMs: 60_000 });
      let queued = 3;
      rec.addSource(() => { for (; queued > 0; queued--) add(rec, queued); });
      expect(rec.pending).toBe(0);
      expect(await rec.flush()).toBe(3);
      expect((await db.hostStats.get(hostStatKey('v1', 'a.g.com', 'p')))?.count).toBe(3);
    });
  });
});

