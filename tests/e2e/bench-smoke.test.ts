/**
 * Smoke run of the Chromium bench measures (scripts/bench) at tiny sizes so they cannot rot:
 * shape only, never timings (a shared 2-core machine makes timing asserts flaky).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchPageLoad } from '../../scripts/bench/page-load';
import { benchPopupRender, benchStoreQuery, openOrgsFixture, type OrgsFixture } from '../../scripts/bench/orgs';
import { benchDashboard } from '../../scripts/bench/dashboard';
import { benchBrowse } from '../../scripts/bench/browse';

describe('bench (smoke)', () => {
  it('page-load: with ÷ without the extension, ÷ its own listeners; the realistic page', async () => {
    const [r, real] = await benchPageLoad({ runs: 1, warmup: 0, requests: 10, matrix: false });
    expect(r).toMatchObject({ name: 'page-load', ratio: expect.any(Number), with_ms: expect.any(Number), without_ms: expect.any(Number), requests: 10, runs: 1 });
    expect(r.with_ms).toBeGreaterThan(0);
    expect(r.without_ms).toBeGreaterThan(0);
    expect(r.own_listeners_ms).toBeGreaterThan(0);
    expect(r.listener_floor_ratio).toBeGreaterThan(0);
    expect(r.ratio_vs_own_listeners).toBeGreaterThan(0);
    // The noise control: a second, identical Fineprint instance, on both pages.
    expect(Object.keys(r.variants).sort()).toEqual(['control', 'fineprint', 'none', 'own']);
    expect(r.control_ratio).toBeGreaterThan(0);
    expect(real).toMatchObject({ name: 'page-load-realistic', ratio: expect.any(Number), with_ms: expect.any(Number), without_ms: expect.any(Number) });
    expect(real?.control_ratio).toBeGreaterThan(0);
  });

  it('worker-heap and store: a small browse, the worker\'s heap and bytes per recorded request', async () => {
    const [heap, store] = await benchBrowse({ pages: 6, tabs: 2 });
    expect(heap).toMatchObject({ name: 'worker-heap', mb: expect.any(Number), mb_at_start: expect.any(Number), pages: 6 });
    expect(heap.mb).toBeGreaterThan(0);
    expect(store).toMatchObject({ name: 'store', bytes_per_request: expect.any(Number), json_bytes_per_request: expect.any(Number), pages: 6 });
    expect(store.requests).toBeGreaterThan(6 * 10);
    expect(store.json_bytes_per_request).toBeGreaterThan(0);
  });

  describe('a tab with 5 organizations', () => {
    let fx: OrgsFixture;
    beforeAll(async () => { fx = await openOrgsFixture(5); });
    afterAll(async () => { await fx?.close(); });

    it('popup-render: all rows show', async () => {
      const r = await benchPopupRender(fx, { runs: 1, warmup: 0 });
      expect(r).toMatchObject({ name: 'popup-render', median_ms: expect.any(Number), orgs: 5, rendered: 5, runs: 1 });
    });

    it('store-query-1m: fill 1,000 requests, query the tab, bytes per request', async () => {
      const r = await benchStoreQuery(fx, { requests: 1000, runs: 1 });
      expect(r).toMatchObject({ name: 'store-query-1m', median_ms: expect.any(Number), bytes_per_request: expect.any(Number), requests: 1000, runs: 1 });
      expect(r.rows).toBeGreaterThan(0);
      expect(r.tab_rows).toBeGreaterThanOrEqual(5);
    });

    it('dashboard-2000: the first view lists sites from the filled database', async () => {
      const r = await benchDashboard(fx, { runs: 1, warmup: 0 });
      expect(r).toMatchObject({ name: 'dashboard-2000', median_ms: expect.any(Number), first_rows_median_ms: expect.any(Number), runs: 1 });
      expect(r.sites).toBeGreaterThanOrEqual(2);
      expect(r.rows_shown).toBeGreaterThan(0);
    });
  });
});
