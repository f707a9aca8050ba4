/**
 * Schema upgrade from the first released schema (SCHEMA_V1) to the current one, on a populated database:
 * 100,000 records written by a v1-only Dexie, the database closed, then opened with today's openDb() — as a
 * browser does when the extension updates. Nothing may be lost, the v2 migration must have run and v3's dropped
 * indexes must be gone from IndexedDB itself.
 */
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { dayOf, openDb, SCHEMA_V1, type HostStatRow, type VisitRow } from './db';
import { buildSiteIndex } from '../core/report/model';
import { loadSiteIndex } from './history';

const VISITS = 10_000;
const HOST_ROWS_PER_VISIT = 8;
const TABS = 50;
const POLICIES = 500;
const SITES = 1000;
const PROBES = 4_450;
// 10,000 visits + 80,000 host rows + 50 tabs + 500 policies + 1,000 sites + 4,450 probe events + 4,000 data flows = 100,000.
const FLOWS = 100_000 - VISITS - VISITS * HOST_ROWS_PER_VISIT - TABS - POLICIES - SITES - PROBES;
const T0 = Date.UTC(2025, 0, 1, 12);

function visit(i: number): VisitRow {
  return { id: `v${i}`, tabId: i % TABS, url: `https://site${i % SITES}.example/p${i}`, site: `site${i % SITES}.example`, startedAt: T0 + i * 3_600_000, lastAt: T0 + i * 3_600_000 + 5000 };
}

function hostRow(i: number, h: number): HostStatRow {
  return {
    key: `v${i}|h${h}.example|p${h}`, visitId: `v${i}`, site: `site${i % SITES}.example`, host: `h${h}.example`, domain: `h${h}.example`, thirdParty: true,
    org: h % 2 ? `org${h}` : null, orgName: `Org ${h}`, category: 'advertising', pattern: `p${h}`, count: i + h, first: 1, last: 2,
    sampleUrls: [`https://h${h}.example/x?i=${i}`], types: { image: i + h }, withCookies: h, withGpc: 0, cookiesSet: [],
  };
}

describe('schema upgrade v1 → current', () => {
  it('keeps all 100,000 records of a v1 database and runs the v2 migration', async () => {
    const indexedDB = new IDBFactory();
    const name = `upgrade-${Math.random()}`;

    // The first released extension: only version(1), exactly SCHEMA_V1.
    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    const CHUNK = 10_000;
    for (let start = 0; start < VISITS; start += CHUNK) {
      const ids = Array.from({ length: Math.min(CHUNK, VISITS - start) }, (_, k) => start + k);
      await v1.table('visits').bulkAdd(ids.map(visit));
      await v1.table('hostStats').bulkAdd(ids.flatMap((i) => Array.from({ length: HOST_ROWS_PER_VISIT }, (_, h) => hostRow(i, h))));
    }
    // The tabs table knows the documentId of each tab's current visit (the last visit of each tab).
    await v1.table('tabs').bulkAdd(Array.from({ length: TABS }, (_, t) => ({ tabId: t, visitId: `v${VISITS - TABS + t}`, documentId: `doc${t}` })));
    await v1.table('sites').bulkAdd(Array.from({ length: SITES }, (_, s) => ({ site: `site${s}.example`, policyStatus: 'found', lastVisit: T0 })));
    await v1.table('policies').bulkAdd(Array.from({ length: POLICIES }, (_, p) => ({ key: `site${p}.example|h${p}`, site: `site${p}.example`, hash: `h${p}`, url: 'https://x/', fetchedAt: T0, text: `policy ${p}`, analysis: { sentenceCount: p } })));
    await v1.table('probeEvents').bulkAdd(Array.from({ length: PROBES }, (_, p) => ({ visitId: `v${p}`, site: 'site0.example', kind: 'canvas-fingerprint', time: p })));
    await v1.table('dataFlows').bulkAdd(Array.from({ length: FLOWS }, (_, f) => ({ visitId: `v${f}`, site: 'site0.example', type: 'Contact', kind: 'email', encoding: 'sha256', recipientDomain: 'x.example', recipientOrg: null, evidence: '[email]', time: f })));
    const before: Record<string, number> = {};
    for (const t of v1.tables) before[t.name] = await t.count();
    expect(Object.values(before).reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(v1.verno).toBe(1);
    v1.close();

    // The updated extension opens the same database.
    const db = openDb(name, indexedDB, IDBKeyRange);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    for (const t of db.tables) if (t.name in before) expect(await t.count(), t.name).toBe(before[t.name]);

    // Every visit and host row is unchanged (besides the fields v2 adds).
    const visits = await db.visits.orderBy('id').toArray();
    const byId = new Map(visits.map((v) => [v.id, v]));
    for (let i = 0; i < VISITS; i++) {
      const { day, documentId, ...rest } = byId.get(`v${i}`)!;
      expect(rest).toEqual(visit(i));
      // The migration ran: the derived day for every visit, the documentId where the tabs table knew it.
      expect(day).toBe(dayOf(visit(i).startedAt));
      expect(documentId).toBe(i >= VISITS - TABS ? `doc${i - (VISITS - TABS)}` : undefined);
    }
    const rows = await db.hostStats.where('visitId').equals('v1234').sortBy('key');
    expect(rows).toEqual(Array.from({ length: HOST_ROWS_PER_VISIT }, (_, h) => hostRow(1234, h)).sort((a, b) => a.key.localeCompare(b.key)));
    expect((await db.hostStats.toArray()).reduce((s, r) => s + r.count, 0)).toBe(
      Array.from({ length: VISITS }, (_, i) => Array.from({ length: HOST_ROWS_PER_VISIT }, (_, h) => i + h).reduce((a, b) => a + b, 0)).reduce((a, b) => a + b, 0));

    // The new indexes answer the queries they were added for.
    expect((await db.visits.where('documentId').equals('doc7').first())?.id).toBe(`v${VISITS - TABS + 7}`);
    const site = 'site42.example';
    const from = T0 + 2000 * 3_600_000;
    const to = T0 + 6000 * 3_600_000;
    const ranged = await db.visits.where('[site+startedAt]').between([site, from], [site, to], true, true).toArray();
    expect(ranged.map((v) => v.id)).toEqual(visits.filter((v) => v.site === site && v.startedAt >= from && v.startedAt <= to).sort((a, b) => a.startedAt - b.startedAt).map((v) => v.id));
    expect(ranged.length).toBe(4);
    expect(await db.visits.where('day').equals(dayOf(T0)).count()).toBe(visits.filter((v) => v.day === dayOf(T0)).length);
    // v3 dropped the indexes nothing queried; the rows above were read through the ones that stay.
    expect(db.verno).toBe(4);
    const indexNames = (store: string) => [...db.backendDB().transaction(store).objectStore(store).indexNames].sort();
    expect(indexNames('hostStats')).toEqual(['visitId']);
    expect(indexNames('visits')).toEqual(['[site+startedAt]', 'day', 'documentId', 'site', 'startedAt']);
    // v4 added the per-site summaries, empty; the first list read derives them from the visits (the same index).
    expect(await db.siteSummaries.count()).toBe(0);
    const expected = buildSiteIndex(visits, await db.sites.toArray());
    expect(await loadSiteIndex(db)).toEqual(expected);
    expect(await db.siteSummaries.count()).toBe(SITES);
    expect(await loadSiteIndex(db)).toEqual(expected); // now from the summaries alone
    db.close();
  }, 300_000);
});
