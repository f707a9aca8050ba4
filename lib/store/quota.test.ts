/**
 * Full storage, simulated below IndexedDB's API the way a real disk quota behaves: a Dexie DBCore middleware
 * rejects any write into hostStats with a QuotaExceededError while the table holds more than LIMIT rows.
 * The real Recorder, the real quota handler and retention's real deletion run on fake-indexeddb.
 */
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { openDb, type FineprintDb } from './db';
import { Recorder } from './recorder';
import { createQuotaHandler, STORAGE_WARNING_KEY, type StorageWarning } from './quota';
import type { Classification } from '../core/types';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);
const LIMIT = 1000;

const cls = (host: string): Classification => ({
  host, domain: host, siteDomain: 'site.example', thirdParty: true, org: null, orgName: host, category: 'unknown', pattern: null,
});

function quotaError(): Error {
  const e = new Error('The quota has been exceeded.');
  e.name = 'QuotaExceededError';
  return e;
}

/** A disk that holds LIMIT hostStats rows: writes beyond it fail like IndexedDB's do. */
function withQuota(db: FineprintDb, state: { failures: number }): void {
  db.use({
    stack: 'dbcore',
    name: 'simulated-quota',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          if (name !== 'hostStats') return table;
          return {
            ...table,
            async mutate(req: DBCoreMutateRequest) {
              if (req.type === 'put' || req.type === 'add') {
                const rows = await table.count({ trans: req.trans, query: { index: table.schema.primaryKey, range: { type: 3 } as never } });
                if (rows + req.values.length > LIMIT) { state.failures++; throw quotaError(); }
              }
              return table.mutate(req);
            },
          };
        },
      };
    },
  });
}

async function fill(db: FineprintDb): Promise<void> {
  // 200 visits, one a day, 5 host rows each: the disk is exactly full.
  for (let i = 0; i < 200; i++) {
    const id = `old${i}`;
    await db.visits.put({ id, tabId: 1, url: `https://s${i % 20}.example/`, site: `s${i % 20}.example`, startedAt: NOW - (200 - i) * DAY, lastAt: NOW - (200 - i) * DAY });
    await db.sites.put({ site: `s${i % 20}.example`, policyStatus: 'not-found', lastVisit: NOW - (200 - i) * DAY });
    await db.hostStats.bulkPut(Array.from({ length: 5 }, (_, h) => ({
      key: `${id}|h${h}.example|`, visitId: id, site: `s${i % 20}.example`, host: `h${h}.example`, domain: `h${h}.example`, thirdParty: true,
      org: null, orgName: `h${h}.example`, category: 'unknown' as const, pattern: null, count: 1, first: 0, last: 0, sampleUrls: [], types: {},
      withCookies: 0, withGpc: 0, cookiesSet: [],
    })));
  }
}

async function until(check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`condition not reached: ${String(check)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('full storage', () => {
  it('prunes the oldest visits until the write succeeds, records a storage warning, and keeps recording', async () => {
    const db = openDb(`quota-${Math.random()}`, new IDBFactory(), IDBKeyRange);
    const state = { failures: 0 };
    withQuota(db, state);
    await fill(db);
    expect(await db.hostStats.count()).toBe(LIMIT);
    const logs: string[] = [];
    const recorder = new Recorder(db, { flushDelayMs: 1, onQuotaExceeded: createQuotaHandler(db, { now: () => NOW, log: (m) => logs.push(m) }) });

    // Today's page: 120 requests to 60 new hosts = 60 new rows that do not fit.
    await db.visits.put({ id: 'today', tabId: 2, url: 'https://news.example/', site: 'news.example', startedAt: NOW, lastAt: NOW });
    for (let i = 0; i < 120; i++) recorder.addRequest({ visitId: 'today', site: 'news.example', url: `https://t${i % 60}.example/p`, type: 'image', time: NOW, cls: cls(`t${i % 60}.example`) });
    await until(() => recorder.pending === 0 && recorder.written === 120);

    // Nothing of today's page was lost.
    const today = await db.hostStats.where('visitId').equals('today').toArray();
    expect(today).toHaveLength(60);
    expect(today.reduce((s, r) => s + r.count, 0)).toBe(120);
    // Oldest first: every deleted visit started before every kept one, and deleted visits left no rows.
    const kept = (await db.visits.toArray()).filter((v) => v.id !== 'today');
    const keptIds = new Set(kept.map((v) => v.id));
    const deleted = Array.from({ length: 200 }, (_, i) => `old${i}`).filter((id) => !keptIds.has(id));
    expect(state.failures).toBeGreaterThan(0);
    expect(deleted.length).toBeGreaterThan(0);
    expect(deleted).toEqual(Array.from({ length: deleted.length }, (_, i) => `old${i}`));
    expect(await db.hostStats.where('visitId').anyOf(deleted).count()).toBe(0);
    // Only as much as needed: 60 rows = 12 visits of 5 rows; a batch is 5 % of the visits (11, then 10), so 2 batches.
    expect(deleted.length).toBeGreaterThanOrEqual(12);
    expect(deleted.length).toBeLessThanOrEqual(22);
    // The person is told, with when and what.
    const warning = (await db.kv.get(STORAGE_WARNING_KEY))?.value as StorageWarning;
    expect(warning).toMatchObject({ reason: 'quota', time: NOW, firstTime: NOW, prunedVisits: deleted.length });
    expect(warning.prunedBefore).toBeGreaterThan(NOW - (200 - deleted.length + 1) * DAY);
    expect(warning.prunedBefore).toBeLessThanOrEqual(Math.min(...kept.map((v) => v.startedAt)));
    expect(logs.some((l) => l.startsWith('[quota] storage full'))).toBe(true);

    // And it keeps working: the next page records too (pruning again as needed).
    await db.visits.put({ id: 'later', tabId: 2, url: 'https://news.example/b', site: 'news.example', startedAt: NOW + 1, lastAt: NOW + 1 });
    for (let i = 0; i < 30; i++) recorder.addRequest({ visitId: 'later', site: 'news.example', url: `https://u${i}.example/p`, type: 'image', time: NOW + 1, cls: cls(`u${i}.example`) });
    await until(() => recorder.pending === 0 && recorder.written === 150);
    expect(await db.hostStats.where('visitId').equals('later').count()).toBe(30);
    expect(await db.hostStats.count()).toBeLessThanOrEqual(LIMIT);
  }, 60_000);

  it('reports that nothing could be freed when there is no visit left', async () => {
    const db = openDb(`quota-${Math.random()}`, new IDBFactory(), IDBKeyRange);
    expect(await createQuotaHandler(db)()).toBe(false);
  });
});
