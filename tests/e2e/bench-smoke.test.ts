/**
 * Smoke run of the Chromium bench measures (scripts/bench) at tiny sizes so they cannot rot:
 * shape only, never timings (a shared 2-core machine makes timing asserts flaky).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchPageLoad } from '../../scripts/bench/page-load';
import { benchPopupRender, benchStoreQuery, openOrgsFixture, type OrgsFixture } from '../../scripts/bench/orgs';
import { benchDashboard } from '../../scripts/bench/dashboard';

describe('bench (smoke)', () => {
  it('page-load: with ÷ without the extension', async () => {
    const r = await benchPageLoad({ runs: 1, warmup: 0, requests: 10, settleMs: 100 });
    expect(r).toMatchObject({ name: 'page-load', ratio: expect.any(Number), with_ms: expect.any(Number), without_ms: expect.any(Number), requests: 10, runs: 1 });
    expect(r.with_ms).toBeGreaterThan(0);
    expect(r.without_ms).toBeGreaterThan(0);
    expect(r.listener_floor_ms).toBeGreaterThan(0);
    expect(r.listener_floor_ratio).toBeGreaterThan(0);
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
      expect(r).toMatchObject({ name: 'dashboard-2000', median_ms: expect.any(Number), runs: 1 });
      expect(r.sites).toBeGreaterThanOrEqual(2);
      expect(r.rows_shown).toBeGreaterThan(0);
    });
  });
});
