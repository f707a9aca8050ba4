/**
 * `npm run bench` — every performance measure, side by side in one run, as a readable table;
 * `npm run bench -- --json` prints ONLY a JSON array on stdout (one object per measure,
 * `{ name, ...figures }`); progress goes to stderr. Figures, budgets and causes: docs/performance.md.
 *
 * Options: --only a,b (measure names) · --quick (small sizes: a check that it runs, not figures)
 * The Chromium measures use the build in $FINEPRINT_OUT_DIR (default .output):
 *   FINEPRINT_OUT_DIR=.output-bench npm run build && FINEPRINT_OUT_DIR=.output-bench npm run bench
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchClassify, benchEngineLoad } from './classify.ts';
import { benchExport } from './export.ts';
import { openOrgsFixture, benchPopupRender, benchStoreQuery } from './orgs.ts';
import { benchDashboard } from './dashboard.ts';
import { benchPageLoad } from './page-load.ts';
import { benchPolicy } from './policy.ts';
import { log } from './stats.ts';

export type Measure = { name: string; error?: string } & Record<string, unknown>;

export interface Budget { key: string; max: number; unit: string }

/** Budgets from the issue ("Performance: a benchmark suite …"); a measure passes when every key is ≤ max. */
export const BUDGETS: Record<string, Budget[]> = {
  classify: [{ key: 'ratio_vs_engine', max: 1.3, unit: '×' }, { key: 'p99_ratio_vs_engine', max: 1.5, unit: '×' }],
  'engine-load': [{ key: 'ms', max: 20, unit: 'ms' }, { key: 'mb', max: 10, unit: 'MB' }],
  'page-load': [{ key: 'ratio', max: 1.03, unit: '×' }],
  'policy-100kb': [{ key: 'median_ms', max: 100, unit: 'ms' }],
  'popup-render': [{ key: 'median_ms', max: 150, unit: 'ms' }],
  'store-query-1m': [{ key: 'median_ms', max: 50, unit: 'ms' }],
  'export-2000': [{ key: 'ms', max: 2000, unit: 'ms' }],
  'dashboard-2000': [{ key: 'median_ms', max: 300, unit: 'ms' }],
};

export interface RunOptions { only?: string[]; quick?: boolean }

/** Runs the measures one after another (never in parallel: they would time each other). */
export async function runAll(opts: RunOptions = {}): Promise<Measure[]> {
  const q = opts.quick ?? false;
  const want = (name: string) => !opts.only || opts.only.includes(name);
  const out: Measure[] = [];
  const run = async (name: string, fn: () => Promise<object>) => {
    if (!want(name)) return;
    log(`${name}…`);
    const t = Date.now();
    try { out.push((await fn()) as Measure); } catch (error) { out.push({ name, error: String((error as Error)?.message ?? error).split('\n')[0] }); }
    log(`${name} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  await run('engine-load', () => benchEngineLoad(q ? { loads: 2 } : {}));
  await run('classify', () => benchClassify(q ? { maxRequests: 20, passes: 1, warmup: 1 } : {}));
  await run('policy-100kb', () => benchPolicy(q ? { bytes: 10 * 1024, runs: 2, warmup: 1 } : {}));
  await run('export-2000', () => benchExport(q ? { sites: 20, runs: 1 } : {}));
  await run('page-load', () => benchPageLoad(q ? { runs: 2, warmup: 0, requests: 20, settleMs: 200 } : {}));
  if (want('popup-render') || want('store-query-1m') || want('dashboard-2000')) {
    // One browser and one recorded 300-organization tab for both; the popup is timed before the fill.
    const orgs = q ? 10 : 300;
    let fx: Awaited<ReturnType<typeof openOrgsFixture>> | null = null;
    try {
      fx = await openOrgsFixture(orgs);
    } catch (error) {
      const msg = String((error as Error)?.message ?? error).split('\n')[0];
      for (const name of ['popup-render', 'store-query-1m']) if (want(name)) out.push({ name, error: msg });
    }
    if (fx) {
      const f = fx;
      try {
        await run('popup-render', () => benchPopupRender(f, q ? { runs: 2, warmup: 0 } : {}));
        // dashboard-2000 needs the database this measure fills, so it runs when either is asked for.
        if (want('dashboard-2000') && !want('store-query-1m')) await benchStoreQuery(f, q ? { requests: 1000, runs: 1 } : {});
        await run('store-query-1m', () => benchStoreQuery(f, q ? { requests: 1000, runs: 2 } : {}));
        // The fill above made 2,000 sites (one per 500 requests): the dashboard opens on that history.
        await run('dashboard-2000', () => benchDashboard(f, q ? { runs: 1, warmup: 0 } : {}));
      } finally {
        await f.close();
      }
    }
  }
  return out;
}

export function verdict(m: Measure): 'pass' | 'FAIL' | 'n/a' {
  const budgets = BUDGETS[m.name];
  if (!budgets || m.error) return 'n/a';
  return budgets.every((b) => typeof m[b.key] === 'number' && (m[b.key] as number) <= b.max) ? 'pass' : 'FAIL';
}

export function formatTable(measures: Measure[]): string {
  const rows = measures.map((m) => {
    const budgets = BUDGETS[m.name] ?? [];
    const figure = m.error ? `error: ${m.error}` : budgets.map((b) => `${b.key} ${m[b.key]}${b.unit === '×' ? '×' : ` ${b.unit}`}`).join(', ');
    const budget = budgets.map((b) => `≤ ${b.max}${b.unit === '×' ? '×' : ` ${b.unit}`}`).join(', ');
    const rest = Object.entries(m).filter(([k]) => k !== 'name' && k !== 'error' && !budgets.some((b) => b.key === k))
      .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : v}`).join(' ');
    return [m.name, figure, budget, verdict(m), rest];
  });
  const head = ['measure', 'figure', 'budget', 'result', 'details'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === 4 ? 0 : r[i].length))));
  const line = (r: string[]) => r.map((c, i) => (i === 4 ? c : c.padEnd(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w)).concat('-------')), ...rows.map(line)].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const onlyArg = args.indexOf('--only');
  const only = onlyArg >= 0 ? args[onlyArg + 1]?.split(',') : undefined;
  const [load1] = loadavg();
  const t = Date.now();
  const measures = await runAll({ only, quick: args.includes('--quick') });
  log(`all measures in ${((Date.now() - t) / 1000).toFixed(0)} s; load average ${load1.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(measures, null, 2)}\n`);
  } else {
    console.log(formatTable(measures));
    console.log(`\nmachine: ${process.env.FINEPRINT_BENCH_MACHINE ?? 'see docs/performance.md'}; load average ${load1.toFixed(1)} → ${loadavg()[0].toFixed(1)} (1 min)`);
  }
}
