/**
 * page-load and page-load-realistic: what observing requests costs a page, side by side in one run.
 *
 * The same local page (/load?n=300 on the demo server: 300 image requests to 10 tracker hosts) is loaded in
 * several persistent Chromium instances launched with the same flags:
 *  - `none`: no extension;
 *  - `own`: an extension registering exactly Fineprint's listener set, doing nothing in it
 *    (listener-variants.ts, from the constant the observer's attach() uses);
 *  - `fineprint`: the built extension;
 *  - the listener matrix (each listener alone, with and without its options; the previous design), for the
 *    table in docs/performance.md.
 * The realistic page is the same page with seeded response latencies (demo-server.ts `lat=`), loaded by
 * `none`, `own` and `fineprint`.
 *
 * Every round loads each (instance, page) pair once, in an order shuffled per round (seeded, so a re-run
 * meets the same orders). Each load is a fresh navigation with the HTTP cache disabled (CDP) and a unique
 * ?s=; its time is the page's own Navigation Timing (loadEventEnd − startTime). After each load the tab goes
 * to about:blank and we wait until that instance's processes are quiet (proc-cpu.ts), so its after-load work
 * (the observer's idle step, the recorder's writes) is charged to it — as CPU time — and never lands in the
 * next instance's measurement. Figures: medians and p90 over the rounds, ratios of medians.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, ensureChromium } from '../browsers.ts';
import { CHROME_BUILD } from '../harness.ts';
import { startDemoServer } from '../demo-server.ts';
import { LISTENER_MATRIX, ownListeners, unknownThirdPartiesOfLoadPage, writeVariantExtension, type ListenerVariant } from './listener-variants.ts';
import { browserPid, treeCpuByKind, waitQuiet, type CpuByKind } from './proc-cpu.ts';
import { log, median, quantile, round, seededShuffle } from './stats.ts';

export interface SideFigures {
  label: string; ms: number; p90_ms: number; ratio: number; cpu_ms: number; cpu_p90_ms: number;
  /** Median CPU ms per load by kind of process ('other' includes renderers that exited, via their zygote). */
  cpu_by_kind: Partial<CpuByKind>;
}

export interface PageLoadBenchResult {
  name: 'page-load';
  /** median(Fineprint) ÷ median(no extension). */
  ratio: number;
  /** median(Fineprint) ÷ median(Fineprint's listener set doing nothing): what our own work costs. */
  ratio_vs_own_listeners: number;
  /** median(Fineprint's listener set doing nothing) ÷ median(no extension): what Chromium charges. */
  listener_floor_ratio: number;
  /**
   * median(a second, identical instance of Fineprint) ÷ median(Fineprint): the noise control. Two copies of the
   * same build differ by this much in this run, so a ratio closer to its budget than this is not a verdict.
   */
  control_ratio?: number;
  with_ms: number; with_p90_ms: number;
  without_ms: number; without_p90_ms: number;
  own_listeners_ms: number; own_listeners_p90_ms: number;
  /** CPU of the whole Chromium instance per load, until it is quiet again (ms, median). */
  with_cpu_ms: number; without_cpu_ms: number; own_listeners_cpu_ms: number;
  /** Every variant of the matrix (key → figures), ratios against `none`. */
  variants: Record<string, SideFigures>;
  requests: number;
  runs: number;
}

export interface RealisticBenchResult {
  name: 'page-load-realistic';
  ratio: number;
  ratio_vs_own_listeners: number;
  with_ms: number; with_p90_ms: number;
  without_ms: number; without_p90_ms: number;
  own_listeners_ms: number; own_listeners_p90_ms: number;
  /** The floor on this page: an extension holding webRequest with no listener, and with one on every request. */
  empty_extension_ratio?: number;
  /** An extension holding no permission at all, no listener: what having any MV3 extension costs. */
  bare_extension_ratio?: number;
  one_listener_ratio?: number;
  /** The identical second Fineprint instance ÷ Fineprint, on this page (see PageLoadBenchResult). */
  control_ratio?: number;
  /** Other builds side by side (`--builds`), on this page too. */
  builds?: Record<string, { ms: number; p90_ms: number; ratio: number }>;
  latency_seed: string;
  requests: number;
  runs: number;
}

export interface PageLoadOptions {
  runs?: number;
  warmup?: number;
  requests?: number;
  /** Run the listener matrix too (default true); false measures only none / own / fineprint. */
  matrix?: boolean;
  /** Only these keys of the matrix (default: all). */
  variants?: string[];
  /** Other extension builds loaded side by side (key → unpacked folder), for A/B comparisons of a change. */
  builds?: Record<string, string>;
  /** Also the realistic-latency page (default true). */
  realistic?: boolean;
  /** A second, identical Fineprint instance whose ratio to the first shows this run's noise (default true). */
  control?: boolean;
  latencySeed?: string;
  /** Shuffle seed of the round orders. */
  seed?: number;
}

interface Instance { key: string; label: string; context: BrowserContext; page: Page; pid: number | null; close(): Promise<void> }

/** A Chromium instance with the harness's flags, with no extension or with `extension` (its worker waited for). */
async function launch(key: string, label: string, hostResolverRules: string, extension: string | null, removeAfter: boolean): Promise<Instance> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fineprint-bench-ctx-'));
  let args = chromiumArgs(extension ?? CHROME_BUILD, hostResolverRules, true);
  if (!extension) args = args.filter((a) => !a.startsWith('--load-extension=') && !a.startsWith('--disable-extensions-except='));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: ensureChromium(), headless: true, args, ignoreHTTPSErrors: true, viewport: { width: 1100, height: 800 },
  });
  // Listeners are registered when the worker has run: measuring before that would flatter the variant.
  if (extension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const page = context.pages()[0] ?? await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return {
    key, label, context, page, pid: browserPid(dir),
    async close() {
      await context.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
      if (extension && removeAfter) rmSync(extension, { recursive: true, force: true });
    },
  };
}

const KINDS = ['browser', 'renderer', 'extension', 'network', 'storage', 'other'] as const;
const sum = (c: CpuByKind) => KINDS.reduce((t, k) => t + c[k], 0);

/** One fresh navigation: load time from Navigation Timing, and the instance's CPU until it is quiet again. */
async function loadOnce(inst: Instance, url: string): Promise<{ ms: number; cpu: CpuByKind | null }> {
  const cpu0 = inst.pid ? treeCpuByKind(inst.pid) : null;
  await inst.page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  // loadEventEnd is filled in just after the load handlers return: wait for it.
  await inst.page.waitForFunction(() => ((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0) > 0, undefined, { polling: 10 });
  const ms = await inst.page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  await inst.page.goto('about:blank');
  await waitQuiet(inst.pid);
  if (!inst.pid || !cpu0) return { ms, cpu: null };
  const cpu1 = treeCpuByKind(inst.pid);
  return { ms, cpu: Object.fromEntries(KINDS.map((k) => [k, cpu1[k] - cpu0[k]])) as CpuByKind };
}

export async function benchPageLoad(opts: PageLoadOptions = {}): Promise<[PageLoadBenchResult, RealisticBenchResult | null]> {
  const { runs = 10, warmup = 1, requests = 300, matrix = true, realistic = true, control = true, latencySeed = 'fineprint-cdn-1', seed = 13 } = opts;
  const server = await startDemoServer();
  const instances: Instance[] = [];
  try {
    const chosen = matrix ? LISTENER_MATRIX.filter((v) => !opts.variants || opts.variants.includes(v.key)) : [];
    const variants: ListenerVariant[] = [ownListeners(await unknownThirdPartiesOfLoadPage()), ...chosen];
    instances.push(await launch('none', 'no extension', server.hostResolverRules, null, false));
    instances.push(await launch('fineprint', 'Fineprint', server.hostResolverRules, CHROME_BUILD, false));
    if (control) instances.push(await launch('control', 'Fineprint, a second identical instance (noise control)', server.hostResolverRules, CHROME_BUILD, false));
    for (const v of variants) instances.push(await launch(v.key, v.label, server.hostResolverRules, writeVariantExtension(v, CHROME_BUILD), true));
    for (const [key, dir] of Object.entries(opts.builds ?? {})) instances.push(await launch(key, `build ${dir}`, server.hostResolverRules, path.resolve(dir), false));
    const byKey = new Map(instances.map((i) => [i.key, i]));
    type Slot = { inst: Instance; page: 'zero' | 'real' };
    const slots: Slot[] = instances.map((inst) => ({ inst, page: 'zero' as const }));
    // On the realistic page too: the floor of any extension at all (bare), of one holding webRequest (empty) and of
    // one listener.
    // Other builds (`--builds`, an A/B of a change) are loaded on the realistic page as well.
    const realisticKeys = ['none', 'own', 'fineprint', 'control', 'bare', 'empty', 'obr+body', ...Object.keys(opts.builds ?? {})];
    if (realistic) for (const key of realisticKeys) if (byKey.has(key)) slots.push({ inst: byKey.get(key)!, page: 'real' });
    const times = new Map<string, number[]>();
    const cpus = new Map<string, number[]>();
    const cpuKinds = new Map<string, number[]>();
    const push = (m: Map<string, number[]>, k: string, v: number) => { const l = m.get(k); if (l) l.push(v); else m.set(k, [v]); };
    const url = (s: Slot, i: number) => `https://www.dailyglobe.example/load?n=${requests}&s=${s.inst.key}-${s.page}-${i}-${Date.now().toString(36)}${s.page === 'real' ? `&lat=${encodeURIComponent(latencySeed)}` : ''}`;
    const t0 = Date.now();
    for (let i = -warmup; i < runs; i++) {
      for (const s of seededShuffle(slots, seed * 1000 + i)) {
        const r = await loadOnce(s.inst, url(s, i));
        if (i < 0) continue;
        push(times, `${s.page}:${s.inst.key}`, r.ms);
        push(cpus, `${s.page}:${s.inst.key}`, r.cpu ? sum(r.cpu) : NaN);
        for (const k of KINDS) if (r.cpu) push(cpuKinds, `${s.page}:${s.inst.key}:${k}`, r.cpu[k]);
      }
      if (i >= 0) {
        const last = (k: string) => times.get(k)?.at(-1)?.toFixed(0);
        log(`page-load round ${i + 1}/${runs} (${((Date.now() - t0) / 1000).toFixed(0)} s): fineprint ${last('zero:fineprint')} ms, own listeners ${last('zero:own')} ms, none ${last('zero:none')} ms${realistic ? `; realistic ${last('real:fineprint')} / ${last('real:own')} / ${last('real:none')} ms` : ''}`);
      }
    }
    const med = (k: string) => median(times.get(k) ?? []);
    const p90 = (k: string) => round(quantile(times.get(k) ?? [], 0.9), 1);
    const cpu = (k: string) => round(median(cpus.get(k) ?? []), 0);
    const base = med('zero:none');
    const figures: Record<string, SideFigures> = {};
    for (const inst of instances) {
      const k = `zero:${inst.key}`;
      const byKind = Object.fromEntries(KINDS.map((kind) => [kind, round(median(cpuKinds.get(`${k}:${kind}`) ?? []), 0)]).filter(([, v]) => Number(v) > 0));
      figures[inst.key] = { label: inst.label, ms: round(med(k), 1), p90_ms: p90(k), ratio: round(med(k) / base), cpu_ms: cpu(k), cpu_p90_ms: round(quantile(cpus.get(k) ?? [], 0.9), 0), cpu_by_kind: byKind };
    }
    const pageLoad: PageLoadBenchResult = {
      name: 'page-load',
      ratio: round(med('zero:fineprint') / base),
      ratio_vs_own_listeners: round(med('zero:fineprint') / med('zero:own')),
      listener_floor_ratio: round(med('zero:own') / base),
      ...(control ? { control_ratio: round(med('zero:control') / med('zero:fineprint')) } : {}),
      with_ms: round(med('zero:fineprint'), 1), with_p90_ms: p90('zero:fineprint'),
      without_ms: round(base, 1), without_p90_ms: p90('zero:none'),
      own_listeners_ms: round(med('zero:own'), 1), own_listeners_p90_ms: p90('zero:own'),
      with_cpu_ms: cpu('zero:fineprint'), without_cpu_ms: cpu('zero:none'), own_listeners_cpu_ms: cpu('zero:own'),
      variants: figures,
      requests,
      runs,
    };
    const real: RealisticBenchResult | null = realistic ? {
      name: 'page-load-realistic',
      ratio: round(med('real:fineprint') / med('real:none')),
      ratio_vs_own_listeners: round(med('real:fineprint') / med('real:own')),
      with_ms: round(med('real:fineprint'), 1), with_p90_ms: p90('real:fineprint'),
      without_ms: round(med('real:none'), 1), without_p90_ms: p90('real:none'),
      own_listeners_ms: round(med('real:own'), 1), own_listeners_p90_ms: p90('real:own'),
      ...(times.has('real:bare') ? { bare_extension_ratio: round(med('real:bare') / med('real:none')) } : {}),
      ...(times.has('real:empty') ? { empty_extension_ratio: round(med('real:empty') / med('real:none')) } : {}),
      ...(times.has('real:control') ? { control_ratio: round(med('real:control') / med('real:fineprint')) } : {}),
      ...(times.has('real:obr+body') ? { one_listener_ratio: round(med('real:obr+body') / med('real:none')) } : {}),
      ...(opts.builds ? { builds: Object.fromEntries(Object.keys(opts.builds).map((k) => [k, { ms: round(med(`real:${k}`), 1), p90_ms: p90(`real:${k}`), ratio: round(med(`real:${k}`) / med('real:none')) }])) } : {}),
      latency_seed: latencySeed,
      requests,
      runs,
    } : null;
    return [pageLoad, real];
  } finally {
    for (const inst of instances) await inst.close();
    await server.close();
  }
}

/** The matrix as a markdown table (docs/performance.md), ratios against no extension. */
export function variantTable(r: PageLoadBenchResult): string {
  const rows = Object.entries(r.variants).sort(([, a], [, b]) => a.ms - b.ms)
    .map(([key, f]) => `| ${f.label} (\`${key}\`) | ${f.ms} | ${f.p90_ms} | ${f.ratio.toFixed(3)} | ${f.cpu_ms} | ${f.cpu_p90_ms} | ${KINDS.map((k) => f.cpu_by_kind[k] ?? 0).join(' / ')} |`);
  return [
    '| variant | load median ms | p90 ms | ratio vs no extension | CPU ms / load (median) | CPU p90 | CPU by process: browser / renderer / extension / network / storage / other |',
    '| --- | --- | --- | --- | --- | --- | --- |', ...rows,
  ].join('\n');
}
