import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { generateHistory } from '../../tests/support/generate-history';
import { freshDb, seedDb, tableCounts } from '../../tests/adapters/report-seed';
import { handleDataMessage, sanitizeFilter, type DataHandlerDeps } from './export-handlers';
import { DataControls } from './data-controls';
import { updateSettings } from './settings';
import type { Replies } from '../messaging/protocol';
import type { FineprintDb } from '../store/db';

const NOW = Date.UTC(2026, 0, 31);
let db: FineprintDb;
let flushed: number;
let deps: DataHandlerDeps;

beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  await seedDb(db, generateHistory(12));
  flushed = 0;
  deps = { db, recorder: { flush: async () => { flushed++; return 0; } }, ready: Promise.resolve(), now: () => NOW, lang: 'en' };
});

describe('handleDataMessage', { timeout: 60_000 }, () => {
  it('exports the requested formats of the filtered history, after flushing the recorder', async () => {
    const reply = await handleDataMessage(deps, { type: 'export-report', filter: { sites: ['site1.example', 'site2.example'] }, formats: ['json', 'csv'] }) as Replies['export-report'];
    expect(flushed).toBe(1);
    expect(reply.filenameBase).toBe('fineprint-report-2026-01-31');
    expect(reply.sites).toBe(2);
    expect(reply.html).toBeUndefined();
    expect(JSON.parse(reply.json!).sites.map((s: { site: string }) => s.site).sort()).toEqual(['site1.example', 'site2.example']);
    // Headers in the reader's words (English here: the fake browser has no i18n), no organization-key column.
    expect(reply.csv!.split('\r\n')[0]).toMatch(/^Site,Page title,.*,Organization,What it does,.*,Why,Outside the privacy policy$/);
    const all = await handleDataMessage(deps, { type: 'export-report' }) as Replies['export-report'];
    expect(all.sites).toBe(12);
    expect(all.html).toContain('<!doctype html>');
  });

  it('imports idempotently, deletes a site, deletes everything', async () => {
    const { json } = await handleDataMessage(deps, { type: 'export-report', formats: ['json'] }) as Replies['export-report'];
    const other = freshDb();
    const d2 = { ...deps, db: other };
    const first = await handleDataMessage(d2, { type: 'import-report', json: json! }) as Replies['import-report'];
    expect(first.ok && first.result.sites).toBe(12);
    const counts = await tableCounts(other);
    await handleDataMessage(d2, { type: 'import-report', json: json! });
    expect(await tableCounts(other)).toEqual(counts);
    expect(await handleDataMessage(d2, { type: 'import-report', json: 'nope' })).toEqual({ ok: false, error: 'not JSON', code: 'not-json' });

    await handleDataMessage(deps, { type: 'delete-site', site: 'site3.example' });
    expect(await db.visits.where('site').equals('site3.example').count()).toBe(0);
    expect(await handleDataMessage(deps, { type: 'delete-all' })).toEqual({ ok: true });
    expect(await db.visits.count()).toBe(0);
  });

  it('prunes with the retention setting', async () => {
    await updateSettings({ retentionDays: 30 });
    const r = await handleDataMessage(deps, { type: 'prune-now' }) as Replies['prune-now'];
    expect(r.visits).toBeGreaterThan(0);
    expect(await db.visits.where('startedAt').below(NOW - 30 * 86_400_000).count()).toBe(0);
  });

  it('sanitises filters from the page', () => {
    expect(sanitizeFilter({ from: 'x', to: 5, sites: ['a', 3, 'b'] })).toEqual({ from: null, to: 5, sites: ['a', 'b'] });
    expect(sanitizeFilter(null)).toEqual({ from: null, to: null, sites: null });
  });
});

describe('DataControls', () => {
  it('excludes every site while paused and never-record sites always, following settings changes', async () => {
    const controls = new DataControls(db, () => NOW);
    await controls.start();
    expect(controls.isExcluded('a.example')).toBe(false);
    await updateSettings({ neverRecord: ['A.example'] });
    await expect.poll(() => controls.isExcluded('a.example')).toBe(true);
    expect(controls.isExcluded('b.example')).toBe(false);
    await updateSettings({ paused: true });
    await expect.poll(() => controls.isExcluded('b.example')).toBe(true);
  });

  it('prunes on start and then at most once a day', async () => {
    let now = NOW;
    await updateSettings({ retentionDays: 30 });
    const controls = new DataControls(db, () => now);
    await controls.start();
    await controls.maybePrune();
    expect((await db.kv.get('retention:lastPruneAt'))?.value).toBe(NOW);
    expect(controls.maybePrune()).toBeNull(); // asked again within the hour: not even a store read
    expect(await db.visits.where('startedAt').below(NOW - 30 * 86_400_000).count()).toBe(0);
    now += 2 * 3_600_000;
    await db.visits.put({ id: 'old', tabId: 1, url: 'https://x.example/', site: 'x.example', startedAt: 0, lastAt: 0 });
    // Within the day: the kv timestamp keeps the old visit until tomorrow's prune.
    await controls.maybePrune();
    expect(await db.visits.get('old')).toBeDefined();
    now += 86_400_000;
    await controls.maybePrune();
    expect(await db.visits.get('old')).toBeUndefined();
  });
});
