import { describe, expect, it } from 'vitest';
import { generateHistory } from '../../tests/support/generate-history';
import { buildReportModel } from '../core/report/model';
import { exportJson } from '../core/report/json';
import { freshDb, seedDb, tableCounts } from '../../tests/adapters/report-seed';
import { loadHistory, loadRecentSites, loadSiteIndex } from './history';
import { deleteAll, deleteSite, pruneIfDue, pruneOlderThan } from './retention';
import { importReportJson } from './import-export';

const NOW = Date.UTC(2026, 0, 31);
const DAY = 86_400_000;

describe('loadHistory', { timeout: 60_000 }, () => {
  it('reads back what the pure model expects, without policy texts', async () => {
    const h = generateHistory(30);
    const db = freshDb();
    await seedDb(db, h);
    const loaded = await loadHistory(db);
    const a = buildReportModel(h, {}, NOW);
    const b = buildReportModel(loaded, {}, NOW);
    expect(b.totals).toEqual(a.totals);
    expect(b.sites.map((s) => [s.site, s.organizations.map((o) => [o.key, o.requests, o.verdict])]))
      .toEqual(a.sites.map((s) => [s.site, s.organizations.map((o) => [o.key, o.requests, o.verdict])]));
    expect(b.policyChanges).toEqual(a.policyChanges);
    expect(JSON.stringify(loaded.policies)).not.toContain('xxxxxxxx');
  });

  it('narrows by date range and sites through the indexes', async () => {
    const h = generateHistory(20);
    const db = freshDb();
    await seedDb(db, h);
    const from = NOW - 30 * DAY;
    const loaded = await loadHistory(db, { from });
    expect(loaded.visits.every((v) => v.startedAt >= from)).toBe(true);
    expect(loaded.visits.length).toBe(h.visits.filter((v) => v.startedAt >= from).length);
    const one = await loadHistory(db, { sites: ['site3.example'] });
    expect(new Set(one.visits.map((v) => v.site))).toEqual(new Set(['site3.example']));
    expect(one.hostStats.every((r) => r.site === 'site3.example')).toBe(true);
    const index = await loadSiteIndex(db, { from });
    expect(index.map((e) => e.site).sort()).toEqual([...new Set(loaded.visits.map((v) => v.site))].sort());
  });

  it('reads the newest sites for the first screen exactly as the full index has them', async () => {
    const h = generateHistory(30);
    const db = freshDb();
    await seedDb(db, h);
    const full = await loadSiteIndex(db);
    const recent = await loadRecentSites(db, 10);
    expect(recent).toHaveLength(10);
    // Titles: the full index keeps the latest *titled* visit, the first screen the latest visit's title.
    const strip = (e: { title: unknown }) => ({ ...e, title: null });
    expect(recent.map(strip)).toEqual(full.slice(0, 10).map(strip));
  });
});

// fake-indexeddb is slow with thousands of rows on a loaded machine: generous timeouts, no timing asserted.
describe('retention', { timeout: 60_000 }, () => {
  it('prunes old visits with their rows; sites left without visits lose policies and verdicts', async () => {
    const h = generateHistory(40);
    const db = freshDb();
    await seedDb(db, h);
    const cutoff = NOW - 30 * DAY;
    const r = await pruneOlderThan(db, cutoff);
    expect(r.visits).toBe(h.visits.filter((v) => v.startedAt < cutoff).length);
    const left = await db.visits.toArray();
    expect(left.every((v) => v.startedAt >= cutoff)).toBe(true);
    const live = new Set(left.map((v) => v.id));
    expect((await db.hostStats.toArray()).every((s) => live.has(s.visitId))).toBe(true);
    const sitesLeft = new Set(left.map((v) => v.site));
    expect((await db.sites.toArray()).map((s) => s.site).sort()).toEqual([...sitesLeft].sort());
    expect((await db.verdicts.toArray()).every((v) => sitesLeft.has(v.site))).toBe(true);
    expect((await db.policies.toArray()).every((p) => sitesLeft.has(p.site))).toBe(true);
  });

  it('prunes at most once a day', async () => {
    const db = freshDb();
    await seedDb(db, generateHistory(5));
    expect(await pruneIfDue(db, NOW, 30)).not.toBeNull();
    expect(await pruneIfDue(db, NOW + DAY / 2, 30)).toBeNull();
    expect(await pruneIfDue(db, NOW + DAY + 1, 30)).not.toBeNull();
  });

  it('deletes one site everywhere, or everything', async () => {
    const db = freshDb();
    await seedDb(db, generateHistory(10));
    await db.tabs.put({ tabId: 7, visitId: (await db.visits.where('site').equals('site2.example').first())!.id });
    const hostRowsOf = async (site: string) => (await db.hostStats.toArray()).filter((r) => r.site === site).length;
    expect(await hostRowsOf('site2.example')).toBeGreaterThan(0);
    await deleteSite(db, 'site2.example');
    for (const t of ['visits', 'dataFlows', 'consentFindings', 'policies', 'verdicts', 'sites'] as const) {
      expect(await db[t].where('site').equals('site2.example').count(), t).toBe(0);
    }
    // hostStats has no site index since schema v3: its rows went with their visits.
    expect(await hostRowsOf('site2.example')).toBe(0);
    expect(await hostRowsOf('site1.example')).toBeGreaterThan(0);
    expect(await db.tabs.count()).toBe(0);
    expect(await db.visits.where('site').equals('site1.example').count()).toBeGreaterThan(0);
    await deleteAll(db);
    expect(Object.values(await tableCounts(db)).every((n) => n === 0)).toBe(true);
  });
});

describe('import', { timeout: 60_000 }, () => {
  it('imports a JSON export into another browser; importing twice changes nothing', async () => {
    const h = generateHistory(25);
    const source = freshDb();
    await seedDb(source, h);
    const json = exportJson(buildReportModel(await loadHistory(source), {}, NOW));

    const target = freshDb();
    const first = await importReportJson(target, json);
    expect(first.sites).toBe(25);
    const counts = await tableCounts(target);
    const again = await importReportJson(target, json);
    expect(await tableCounts(target)).toEqual(counts);
    expect(again).toMatchObject({ sites: 0, visits: 0, hostStats: 0, dataFlows: 0, consentFindings: 0, verdicts: 0 });

    // The imported history reports the same sites, organizations, requests and verdicts.
    const before = buildReportModel(await loadHistory(source), {}, NOW);
    const after = buildReportModel(await loadHistory(target), {}, NOW);
    expect(after.totals).toEqual(before.totals);
    const shape = (m: typeof before) => m.sites.map((s) => [s.site, s.visits.length, s.dataFlows.length, s.consent.length, s.policy?.hash,
      s.organizations.map((o) => [o.key, o.requests, o.verdict, o.evidence?.text ?? null, o.requestsByHost])]);
    expect(shape(after)).toEqual(shape(before));
  });

  it('does not double-count when an export is imported back into the browser it came from', async () => {
    const db = freshDb();
    await seedDb(db, generateHistory(8));
    const counts = await tableCounts(db);
    await importReportJson(db, exportJson(buildReportModel(await loadHistory(db))));
    expect(await tableCounts(db)).toEqual(counts);
  });

  it('rejects a file that is not a report and skips malformed sites', async () => {
    const db = freshDb();
    await expect(importReportJson(db, '{"hello":1}')).rejects.toThrow('not a Fineprint report');
    const doc = JSON.parse(exportJson(buildReportModel(generateHistory(3))));
    doc.sites[0].visits = 'nope';
    const r = await importReportJson(db, JSON.stringify(doc));
    expect(r.skipped).toBe(1);
    expect(r.sites).toBe(2);
  });
});
