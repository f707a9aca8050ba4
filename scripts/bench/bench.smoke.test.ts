import { describe, expect, it } from 'vitest';
import { benchExport } from './export.ts';
import { fillScript } from './fill.ts';
import { BUDGETS, formatTable, verdict, type Measure } from './index.ts';
import { benchPolicy, buildPolicyText } from './policy.ts';
import { median, quantile } from './stats.ts';

// Shape only: the bench is not part of `npm test`, this keeps it from rotting. No timing asserts.
describe('bench measures (smoke, tiny sizes)', () => {
  it('policy-100kb: builds real text of the asked size and reports the documented shape', async () => {
    expect(Buffer.byteLength(buildPolicyText(100 * 1024))).toBeGreaterThanOrEqual(100 * 1024);
    const r = await benchPolicy({ bytes: 4 * 1024, runs: 2, warmup: 0 });
    expect(r).toEqual({ name: 'policy-100kb', median_ms: expect.any(Number), p90_ms: expect.any(Number), bytes: expect.any(Number), sentences: expect.any(Number), runs: 2 });
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

  it('table and verdicts: every budgeted measure has a row, errors are n/a', () => {
    const ms: Measure[] = [
      { name: 'policy-100kb', median_ms: 50 }, { name: 'page-load', ratio: 1.2 }, { name: 'export-2000', error: 'not available yet' },
    ];
    expect(ms.map(verdict)).toEqual(['pass', 'FAIL', 'n/a']);
    const table = formatTable(ms);
    for (const m of ms) expect(table).toContain(m.name);
    expect(Object.keys(BUDGETS).sort()).toEqual(['classify', 'dashboard-2000', 'engine-load', 'export-2000', 'page-load', 'policy-100kb', 'popup-render', 'store-query-1m']);
  });

  it('stats helpers', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
  });
});
