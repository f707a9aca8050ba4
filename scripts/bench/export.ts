/**
 * export-2000: building the history report model for 2,000 sites and exporting it as JSON, CSV and
 * HTML (lib/core/report/: generateHistory → buildReportModel → exportJson / exportCsv / exportHtml).
 * The figure is the median of the total (model + all three formats); each part is reported too.
 * Budget: ≤ 2 s.
 *
 * The export modules are loaded dynamically and looked up by name, so this measure reports
 * `{ error: 'not available yet' }` instead of breaking the bench (or the typecheck) while
 * lib/core/report/ is still being written.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, round, timeMs } from './stats.ts';

const REPORT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lib', 'core', 'report');
const MODULES = ['fixtures.ts', 'model.ts', 'json.ts', 'csv.ts', 'html.tsx', 'html.ts', 'index.ts', 'export.ts'];
const NEEDED = ['generateHistory', 'buildReportModel', 'exportJson', 'exportCsv', 'exportHtml'] as const;

type Fn = (...args: unknown[]) => unknown;
type Api = Record<(typeof NEEDED)[number], Fn>;

export type ExportBenchResult =
  | { name: 'export-2000'; ms: number; model_ms: number; json_ms: number; csv_ms: number; html_ms: number; sites: number; bytes: { json: number; csv: number; html: number }; runs: number }
  | { name: 'export-2000'; error: string };

async function loadApi(): Promise<Api | string> {
  const found: Partial<Record<string, Fn>> = {};
  for (const file of MODULES) {
    const full = join(REPORT_DIR, file);
    if (!existsSync(full)) continue;
    const mod = (await import(/* @vite-ignore */ pathToFileURL(full).href)) as Record<string, unknown>;
    for (const name of NEEDED) if (typeof mod[name] === 'function' && !found[name]) found[name] = mod[name] as Fn;
  }
  const missing = NEEDED.filter((n) => !found[n]);
  return missing.length ? `not available yet (missing ${missing.join(', ')})` : (found as Api);
}

const size = (x: unknown): number => (typeof x === 'string' ? Buffer.byteLength(x) : x instanceof Uint8Array ? x.byteLength : JSON.stringify(x ?? null).length);

export async function benchExport(opts: { sites?: number; runs?: number } = {}): Promise<ExportBenchResult> {
  const { sites = 2000, runs = 5 } = opts;
  const api = await loadApi();
  if (typeof api === 'string') return { name: 'export-2000', error: api };
  // The history is input data (what the database holds), built once outside the timed region.
  const history = api.generateHistory(sites);
  const parts = { total: [] as number[], model: [] as number[], json: [] as number[], csv: [] as number[], html: [] as number[] };
  const bytes = { json: 0, csv: 0, html: 0 };
  for (let i = 0; i < runs + 1; i++) {
    let model: unknown;
    const m = await timeMs(() => { model = api.buildReportModel(history); });
    const j = await timeMs(async () => { bytes.json = size(await api.exportJson(model)); });
    const c = await timeMs(async () => { bytes.csv = size(await api.exportCsv(model)); });
    const h = await timeMs(async () => { bytes.html = size(await api.exportHtml(model)); });
    if (i === 0) continue; // first pass warms the JIT
    parts.model.push(m); parts.json.push(j); parts.csv.push(c); parts.html.push(h); parts.total.push(m + j + c + h);
  }
  return {
    name: 'export-2000',
    ms: round(median(parts.total)),
    model_ms: round(median(parts.model)),
    json_ms: round(median(parts.json)),
    csv_ms: round(median(parts.csv)),
    html_ms: round(median(parts.html)),
    sites,
    bytes,
    runs,
  };
}
