/**
 * Classification benchmark (not a test): our full per-request work — classify (org + category) and the
 * PII scan with no seeds — against the raw adblocker engine the tracker database is built on
 * (`engine.match(Request.fromRawDetails(...))`), on the same requests, in the same run, interleaved.
 * Budgets: median ≤ 1.3× and p99 ≤ 1.5× the engine; engine load ≤ 20 ms and ≤ 10 MB.
 *
 * The baseline uses the adblocker bundled with @ghostery/trackerdb (re-exported as AdblockerRequest):
 * the serialized engine carries its ENGINE_VERSION and the top-level @ghostery/adblocker refuses it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import loadTrackerDBEngine, { AdblockerRequest } from '@ghostery/trackerdb';
import { observationsFromHar } from '../../lib/core/classify/har.ts';
import { createPiiScanner } from '../../lib/core/classify/pii.ts';
import { createTrackerClassifier } from '../../lib/core/classify/trackers.ts';
import type { Observation } from '../../lib/core/types.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENGINE_PATH = join(ROOT, 'node_modules/@ghostery/trackerdb/dist/trackerdb.engine');
const HAR_DIR = join(ROOT, 'tests/fixtures/har');

export interface ClassifyBenchResult {
  name: 'classify';
  median_ms: number;
  p99_ms: number;
  engine_median_ms: number;
  engine_p99_ms: number;
  ratio_vs_engine: number;
  p99_ratio_vs_engine: number;
  requests: number;
}

export interface EngineLoadBenchResult {
  name: 'engine-load';
  ms: number;
  mb: number;
}

export interface BenchOptions {
  /** Only the first N requests (the smoke test uses a handful). */
  maxRequests?: number;
  /** Timed passes over all requests, after `warmup` untimed ones. */
  passes?: number;
  warmup?: number;
  /** Engine loads for benchEngineLoad (median reported). */
  loads?: number;
}

function engineBytes(): Uint8Array {
  return new Uint8Array(readFileSync(ENGINE_PATH));
}

export function loadBenchRequests(maxRequests = Infinity): Observation[] {
  const out: Observation[] = [];
  for (const f of readdirSync(HAR_DIR).filter((x) => x.endsWith('.har')).sort()) {
    out.push(...observationsFromHar(JSON.parse(readFileSync(join(HAR_DIR, f), 'utf8'))));
  }
  return out.slice(0, maxRequests);
}

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const round = (x: number, digits = 5) => Number(x.toFixed(digits));

export async function benchClassify(options: BenchOptions = {}): Promise<ClassifyBenchResult> {
  const { maxRequests = Infinity, passes = 7, warmup = 3 } = options;
  const requests = loadBenchRequests(maxRequests);
  const bytes = engineBytes();
  const classifier = await createTrackerClassifier(bytes);
  const scanner = createPiiScanner([]);
  const { engine } = await loadTrackerDBEngine(bytes);

  const ours = (o: Observation) => {
    const c = classifier.classify(o);
    return scanner.scan(o, c).length + (c.org === null ? 0 : 1);
  };
  // Exactly what a plain adblocker integration does per request.
  const raw = (o: Observation) => engine.match(AdblockerRequest.fromRawDetails({ url: o.url, type: o.type as never, sourceUrl: o.pageUrl })).match;

  let sink = 0;
  for (let p = 0; p < warmup; p++) {
    for (const o of requests) {
      sink += ours(o);
      sink += raw(o) ? 1 : 0;
    }
  }

  const n = requests.length * passes;
  const oursT = new Float64Array(n);
  const rawT = new Float64Array(n);
  let k = 0;
  for (let p = 0; p < passes; p++) {
    for (const o of requests) {
      // Alternate who goes first so neither side systematically benefits from warm caches/branches.
      if ((p + k) % 2 === 0) {
        let t = process.hrtime.bigint();
        sink += ours(o);
        oursT[k] = Number(process.hrtime.bigint() - t) / 1e6;
        t = process.hrtime.bigint();
        sink += raw(o) ? 1 : 0;
        rawT[k] = Number(process.hrtime.bigint() - t) / 1e6;
      } else {
        let t = process.hrtime.bigint();
        sink += raw(o) ? 1 : 0;
        rawT[k] = Number(process.hrtime.bigint() - t) / 1e6;
        t = process.hrtime.bigint();
        sink += ours(o);
        oursT[k] = Number(process.hrtime.bigint() - t) / 1e6;
      }
      k++;
    }
  }
  if (sink < 0) console.error('[bench] impossible'); // keeps the work observable to the optimiser

  oursT.sort();
  rawT.sort();
  const median = quantile(oursT, 0.5);
  const p99 = quantile(oursT, 0.99);
  const eMedian = quantile(rawT, 0.5);
  const eP99 = quantile(rawT, 0.99);
  return {
    name: 'classify',
    median_ms: round(median),
    p99_ms: round(p99),
    engine_median_ms: round(eMedian),
    engine_p99_ms: round(eP99),
    ratio_vs_engine: round(median / eMedian, 3),
    p99_ratio_vs_engine: round(p99 / eP99, 3),
    requests: requests.length,
  };
}

function retainedBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

export async function benchEngineLoad(options: BenchOptions = {}): Promise<EngineLoadBenchResult> {
  const { loads = 9 } = options;
  const gc = (globalThis as { gc?: () => void }).gc;
  const times: number[] = [];
  const deltas: number[] = [];
  const keep: unknown[] = [];
  const file = engineBytes();
  for (let i = 0; i < loads; i++) {
    gc?.();
    gc?.();
    const before = retainedBytes();
    // A fresh copy of the bytes inside the measured region on purpose: the deserialized engine keeps
    // typed-array views on them, so they are part of what a loaded engine costs (only the load is timed).
    const bytes = file.slice();
    const t = process.hrtime.bigint();
    const classifier = await createTrackerClassifier(bytes);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    // Classify once so the structures the first request builds are counted too.
    classifier.classify({ url: 'https://www.google-analytics.com/collect', type: 'ping', pageUrl: 'https://example.com/', time: 0 });
    gc?.();
    gc?.();
    deltas.push(retainedBytes() - before);
    keep.push(classifier); // kept alive: a collected engine would make the delta meaningless

  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { name: 'engine-load', ms: round(med(times), 3), mb: round(Math.max(0, med(deltas)) / 2 ** 20, 2) };
}

// `tsx scripts/bench/classify.ts` prints both results.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await benchEngineLoad()));
  console.log(JSON.stringify(await benchClassify()));
}
