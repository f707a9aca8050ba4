/**
 * export-2000: building the history report model for 2,000 sites and exporting it as JSON, CSV and
 * HTML (tests/support generateHistory → lib/core/report buildReportModel → exportJson / exportCsv →
 * components/report/render-html exportHtml).
 * The figure is the median of the total (model + all three formats); each part is reported too.
 * Budget: ≤ 2 s.
 */
import { buildReportModel, exportCsv, exportJson } from '../../lib/core/report/index.ts';
import { exportHtml } from '../../components/report/render-html.tsx';
import { generateHistory } from '../../tests/support/generate-history.ts';
import { median, quantile, round, timeMs } from './stats.ts';

export interface ExportBenchResult {
  name: 'export-2000'; ms: number; p90_ms: number; model_ms: number; json_ms: number; csv_ms: number; html_ms: number;
  sites: number; bytes: { json: number; csv: number; html: number }; runs: number;
}

const size = (x: string): number => Buffer.byteLength(x);

export async function benchExport(opts: { sites?: number; runs?: number } = {}): Promise<ExportBenchResult> {
  const { sites = 2000, runs = 5 } = opts;
  // The history is input data (what the database holds), built once outside the timed region.
  const history = generateHistory(sites);
  const parts = { total: [] as number[], model: [] as number[], json: [] as number[], csv: [] as number[], html: [] as number[] };
  const bytes = { json: 0, csv: 0, html: 0 };
  for (let i = 0; i < runs + 1; i++) {
    let model!: ReturnType<typeof buildReportModel>;
    const m = await timeMs(() => { model = buildReportModel(history); });
    const j = await timeMs(() => { bytes.json = size(exportJson(model)); });
    const c = await timeMs(() => { bytes.csv = size(exportCsv(model)); });
    const h = await timeMs(() => { bytes.html = size(exportHtml(model)); });
    if (i === 0) continue; // first pass warms the JIT
    parts.model.push(m); parts.json.push(j); parts.csv.push(c); parts.html.push(h); parts.total.push(m + j + c + h);
  }
  return {
    name: 'export-2000',
    ms: round(median(parts.total)),
    p90_ms: round(quantile(parts.total, 0.9)),
    model_ms: round(median(parts.model)),
    json_ms: round(median(parts.json)),
    csv_ms: round(median(parts.csv)),
    html_ms: round(median(parts.html)),
    sites,
    bytes,
    runs,
  };
}
