import { describe, expect, it } from 'vitest';
import { benchExport } from './export.ts';
import { fillScript } from './fill.ts';
import { BUDGETS, failures, formatTable, verdict, type Measure } from './index.ts';
import { benchPolicy, buildPolicyText } from './policy.ts';
import { median, quantile, seededShuffle } from './stats.ts';
import { responseLatencyMs } from '../demo-server.ts';

// Shape only: the bench is not part of `npm test`, this keeps it from rotting. No timing asserts.
describe('bench measures (smoke, tiny sizes)', () => {
  it('policy-100kb: builds real text of the asked size and reports the documented shape', async () => {
    expect(Buffer.byteLength(buildPolicyText(100 * 1024))).toBeGreaterThanOrEqual(100 * 1024);
    const r = await benchPolicy({ bytes: 4 * 1024, runs: 2, warmup: 0 });
    expect(r).toEqual({ name: 'policy-100kb', median_ms: expect.any(Number), p90_ms: expect.any(Number), bytes: expect.any(Number), sentences: expect.any(Number), runs: 2, learned_reader_ms: expect.any(Number) });
    expect(r.bytes).toBeGreaterThanOrEqual(4 * 1024);
    expect(r.sentences).toBeGreaterThan(0);
  });

  it('export-2000: model + JSON/CSV/HTML figures', async () => {
    const r = await benchExport({ sites: 3, runs: 1 });
    expect(r.name).toBe('export-2000');
    expect(r).toMatchObject({ ms: expect.any(Number), model_ms: expect.any(Number), json_ms: expect.any(Number), csv_ms: expect.any(Number), html_ms: expect.any(Number), sites: 3 });
    expect(r.bytes.html).toBeGreaterThan(0);
  });

  it('the in-page fill serialises into a self-contained script', () => {
    const src = fillScript({ requests: 1000, seed: 3 });
    expect(src).toContain('"requests":1000');
    expect(src).toContain('const __name = (f) => f;');
    expect(() => new Function(`return ${src}`)).not.toThrow(); // parses as JavaScript
  });

  it('table, verdicts and failures: a missed budget, a missing figure and an error each fail the run, by name', () => {
    const ms: Measure[] = [
      { name: 'policy-100kb', median_ms: 50 }, { name: 'page-load', ratio: 1.2, ratio_vs_own_listeners: 1.01 },
      { name: 'export-2000', error: 'not available yet' }, { name: 'page-load-realistic' }, { name: 'worker-heap', mb: 7 },
    ];
    expect(ms.map(verdict)).toEqual(['pass', 'FAIL', 'error', 'FAIL', 'n/a']);
    const table = formatTable(ms);
    for (const m of ms) expect(table).toContain(m.name);
    expect(failures(ms)).toEqual([
      'page-load: ratio 1.2 > budget 1.15×',
      'export-2000: error: not available yet',
      'page-load-realistic: ratio undefined > budget 1.03×',
    ]);
    expect(failures([{ name: 'policy-100kb', median_ms: 50 }])).toEqual([]);
    // A failed page-load budget names the run's noise control beside it (and still fails).
    expect(failures([{ name: 'page-load', ratio: 1.16, ratio_vs_own_listeners: 1.0, control_ratio: 1.045 }]))
      .toEqual(['page-load: ratio 1.16 > budget 1.15× (noise control: two identical instances differ ×1.045 in this run)']);
    expect(Object.keys(BUDGETS).sort()).toEqual(['classify', 'dashboard-2000', 'engine-load', 'export-2000', 'page-load', 'page-load-realistic', 'policy-100kb', 'popup-render', 'store-query-1m']);
  });

  it('the realistic page\'s latencies: tens of ms, the same for the same URL whatever its cache-buster', () => {
    const a = responseLatencyMs('seed', 'www.facebook.com', '/p.gif?i=3&s=run1&lat=seed');
    expect(responseLatencyMs('seed', 'www.facebook.com', '/p.gif?i=3&s=run2&lat=seed')).toBe(a);
    const all = Array.from({ length: 300 }, (_, i) => responseLatencyMs('seed', `h${i % 10}.example`, `/p.gif?i=${i}`));
    expect(Math.min(...all)).toBeGreaterThanOrEqual(15);
    expect(Math.max(...all)).toBeLessThanOrEqual(150);
    expect(median(all)).toBeGreaterThan(20);
    expect(median(all)).toBeLessThan(60);
    expect(new Set(all).size).toBeGreaterThan(20);
    expect(responseLatencyMs('other', 'www.facebook.com', '/p.gif?i=3')).not.toBe(undefined);
  });

  it('stats helpers', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(seededShuffle([1, 2, 3, 4, 5], 7)).toEqual(seededShuffle([1, 2, 3, 4, 5], 7));
    expect(seededShuffle([1, 2, 3, 4, 5], 7).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
