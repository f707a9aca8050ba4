import { describe, expect, it } from 'vitest';
import { benchClassify, benchEngineLoad } from './classify.ts';

// Shape only: timings on a shared 2-core machine are not assertions.
describe('classification bench (smoke)', () => {
  it('benchClassify returns the documented shape', async () => {
    const r = await benchClassify({ maxRequests: 10, passes: 1, warmup: 1, coldPasses: 1 });
    expect(Object.keys(r).sort()).toEqual([
      'cold_engine_median_ms', 'cold_engine_p90_ms', 'cold_engine_p99_ms', 'cold_median_ms', 'cold_p90_ms', 'cold_p99_ms', 'cold_p99_ratio_vs_engine',
      'cold_passes', 'cold_ratio_vs_engine', 'engine_median_ms', 'engine_p90_ms', 'engine_p99_ms', 'median_ms', 'name', 'p90_ms', 'p99_ms',
      'p99_ratio_vs_engine', 'passes', 'ratio_vs_engine', 'requests',
    ]);
    expect(r.name).toBe('classify');
    expect(r.requests).toBe(10);
    for (const v of Object.values(r)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
  });

  it('benchEngineLoad returns the documented shape', async () => {
    const r = await benchEngineLoad({ loads: 1 });
    expect(r).toEqual({ name: 'engine-load', ms: expect.any(Number), p90_ms: expect.any(Number), mb: expect.any(Number), loads: 1 });
    expect(r.ms).toBeGreaterThan(0);
  });
});
