/**
 * `npm run bench` — every performance measure, side by side in one run, as a readable table;
 * `npm run bench -- --json` prints ONLY a JSON array on stdout (one object per measure,
 * `{ name, ...figures }`); progress goes to stderr. Figures, budgets and causes: docs/performance.md.
 *
 * Exit status: 0 only when every measure ran and met its budget; otherwise 1, after naming each measure that
 * failed (error) or missed a budget (which key, figure and limit).
 *
 * Options: --only a,b (measure names) · --quick (small sizes: a check that it runs, not figures)
 *          --rounds N (page-load rounds, default 10) · --no-matrix (page-load without the listener matrix)
 *          --variants a,b (only these keys of the listener matrix)
 *          --builds key=dir,… (other unpacked builds side by side, e.g. before=.output-before/chrome-mv3)
 * The Chromium measures use the build in $FINEPRINT_OUT_DIR (default .output):
 *   FINEPRINT_OUT_DIR=.output-bench npm run build && FINEPRINT_OUT_DIR=.output-bench npm run bench
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchClassify, benchEngineLoad } from './classify.ts';
import { benchExport } from './export.ts';
import { openOrgsFixture, benchPopupRender, benchStoreQuery } from './orgs.ts';
import { benchDashboard } from './dashboard.ts';
import { benchBrowse } from './browse.ts';
import { benchPageLoad, variantTable, type PageLoadBenchResult } from './page-load.ts';
import { benchPolicy } from './policy.ts';
import { log } from './stats.ts';

export type Measure = { name: string; error?: string } & Record<string, unknown>;

export interface Budget { key: string; max: number; unit: string }

/** Budgets from the issue ("Performance: a benchmark suite …"); a measure passes when every key is ≤ max. */
export const BUDGETS: Record<string, Budget[]> = {
  // Like for like (classification + personal-data scan vs the engine's full match): warm median / p99, cold median.
  classify: [{ key: 'ratio_vs_engine', max: 1.3, unit: '×' }, { key: 'p99_ratio_vs_engine', max: 1.5, unit: '×' }, { key: 'cold_ratio_vs_engine', max: 1.5, unit: '×' }],
  'engine-load': [{ key: 'ms', max: 20, unit: 'ms' }, { key: 'mb', max: 10, unit: 'MB' }],
  // Issue 13: ≤ 1.15× no extension and ≤ 1.03× Fineprint's own listener set doing nothing (same run).
  'page-load': [{ key: 'ratio', max: 1.15, unit: '×' }, { key: 'ratio_vs_own_listeners', max: 1.03, unit: '×' }],
  'page-load-realistic': [{ key: 'ratio', max: 1.03, unit: '×' }],
  'policy-100kb': [{ key: 'median_ms', max: 100, unit: 'ms' }],
  'popup-render': [{ key: 'median_ms', max: 150, unit: 'ms' }],
  'store-query-1m': [{ key: 'median_ms', max: 50, unit: 'ms' }],
  'export-2000': [{ key: 'ms', max: 2000, unit: 'ms' }],
  'dashboard-2000': [{ key: 'median_ms', max: 300, unit: 'ms' }],
};

/** Measures with no budget: the figure the table shows first (issue 13 names them in the JSON too). */
const REPORTED: Record<string, { key: string; unit: string }[]> = {
  'worker-heap': [{ key: 'mb', unit: 'MB' }],
  store: [{ key: 'bytes_per_request', unit: 'bytes/request' }],
};

export interface RunOptions { only?: string[]; quick?: boolean; rounds?: number; matrix?: boolean; variants?: string[]; builds?: Record<string, string> }

/** Runs the measures one after another (never in parallel: they would time each other). */
export async function runAll(opts: RunOptions = {}): Promise<Measure[]> {
  const q = opts.quick ?? false;
  const want = (name: string) => !opts.only || opts.only.includes(name);
  const out: Measure[] = [];
  const run = async (name: string, fn: () => Promise<object | (object | null)[]>, also: string[] = []) => {
    if (!want(name) && !also.some(want)) return;
    log(`${name}…`);
    const t = Date.now();
    try {
      const r = await fn();
      for (const m of (Array.isArray(r) ? r : [r])) if (m) out.push(m as Measure);
    } catch (error) {
      const msg = String((error as Error)?.message ?? error).split('\n')[0];
      for (const n of [name, ...also]) if (want(n)) out.push({ name: n, error: msg });
    }
    log(`${name} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  await run('engine-load', () => benchEngineLoad(q ? { loads: 2 } : {}));
  await run('classify', () => benchClassify(q ? { maxRequests: 20, passes: 1, warmup: 1, coldPasses: 1 } : {}));
  await run('policy-100kb', () => benchPolicy(q ? { bytes: 10 * 1024, runs: 2, warmup: 1 } : {}));
  await run('export-2000', () => benchExport(q ? { sites: 20, runs: 1 } : {}));
  await run('page-load', () => benchPageLoad({
    ...(q ? { runs: 1, warmup: 0, requests: 20, matrix: false } : {}),
    ...(opts.rounds ? { runs: opts.rounds } : {}),
    ...(opts.matrix === false ? { matrix: false } : {}),
    ...(opts.variants ? { variants: opts.variants } : {}),
    ...(opts.builds ? { builds: opts.builds } : {}),
    realistic: want('page-load-realistic') || !opts.only,
  }), ['page-load-realistic']);
  await run('worker-heap', () => benchBrowse(q ? { pages: 8, tabs: 2 } : {}), ['store']);
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

export function verdict(m: Measure): 'pass' | 'FAIL' | 'error' | 'n/a' {
  if (m.error) return 'error';
  const budgets = BUDGETS[m.name];
  if (!budgets) return 'n/a';
  return budgets.every((b) => typeof m[b.key] === 'number' && (m[b.key] as number) <= b.max) ? 'pass' : 'FAIL';
}

/** One line per measure that errored or missed a budget (empty: the run passed). */
export function failures(measures: Measure[]): string[] {
  const out: string[] = [];
  for (const m of measures) {
    if (m.error) { out.push(`${m.name}: error: ${m.error}`); continue; }
    for (const b of BUDGETS[m.name] ?? []) {
      const v = m[b.key];
      // A failure is still a failure; the noise control says how much two identical instances differed.
      const noise = typeof m.control_ratio === 'number' ? ` (noise control: two identical instances differ ×${m.control_ratio} in this run)` : '';
      if (typeof v !== 'number' || !(v <= b.max)) out.push(`${m.name}: ${b.key} ${String(v)} > budget ${b.max}${b.unit === '×' ? '×' : ` ${b.unit}`}${noise}`);
    }
  }
  return out;
}

export function formatTable(measures: Measure[]): string {
  const rows = measures.map((m) => {
    const budgets = BUDGETS[m.name] ?? [];
    const shown = budgets.length ? budgets : REPORTED[m.name] ?? [];
    const figure = m.error ? `error: ${m.error}` : shown.map((b) => `${b.key} ${m[b.key]}${b.unit === '×' ? '×' : ` ${b.unit}`}`).join(', ');
    const budget = budgets.map((b) => `≤ ${b.max}${b.unit === '×' ? '×' : ` ${b.unit}`}`).join(', ');
    const rest = Object.entries(m).filter(([k]) => k !== 'name' && k !== 'error' && k !== 'variants' && !shown.some((b) => b.key === k))
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
  const roundsArg = args.indexOf('--rounds');
  const rounds = roundsArg >= 0 ? Number(args[roundsArg + 1]) : undefined;
  const variantsArg = args.indexOf('--variants');
  const variants = variantsArg >= 0 ? args[variantsArg + 1]?.split(',') : undefined;
  const buildsArg = args.indexOf('--builds');
  const builds = buildsArg >= 0 ? Object.fromEntries(args[buildsArg + 1].split(',').map((kv) => kv.split('=') as [string, string])) : undefined;
  const measures = await runAll({ only, quick: args.includes('--quick'), rounds, matrix: !args.includes('--no-matrix'), variants, builds });
  log(`all measures in ${((Date.now() - t) / 1000).toFixed(0)} s; load average ${load1.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(measures, null, 2)}\n`);
  } else {
    console.log(formatTable(measures));
    const pl = measures.find((m) => m.name === 'page-load' && !m.error) as PageLoadBenchResult | undefined;
    if (pl?.variants) console.log(`\npage-load, every instance (same rounds):\n${variantTable(pl)}`);
    console.log(`\nmachine: ${process.env.FINEPRINT_BENCH_MACHINE ?? 'see docs/performance.md'}; load average ${load1.toFixed(1)} → ${loadavg()[0].toFixed(1)} (1 min)`);
  }
  const failed = failures(measures);
  if (failed.length) {
    log(`FAILED (${failed.length}):`);
    for (const f of failed) log(`  ${f}`);
    process.exitCode = 1;
  }
}
