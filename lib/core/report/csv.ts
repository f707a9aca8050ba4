/**
 * CSV export: one row per site × organization (sites with no third party get one row with empty
 * organization cells, so every site in the report appears). RFC 4180: CRLF line ends, fields with
 * a quote, comma or line break are quoted and quotes doubled.
 *
 * Spreadsheet formula injection (OWASP "CSV Injection"): a page title or policy sentence starting with
 * = + - @ (or a tab / carriage return, which some spreadsheets strip before evaluating) would run as
 * a formula when the file is opened, so such cells get a leading apostrophe.
 */
import type { ReportModel } from './types';

export const CSV_COLUMNS = [
  'site', 'title', 'first_visit', 'last_visit', 'visits', 'policy_url', 'policy_status', 'policy_hash',
  'organization', 'organization_key', 'category', 'requests', 'hosts', 'verdict', 'evidence', 'evidence_start', 'evidence_end', 'reason',
] as const;

export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = neutraliseFormula(String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const iso = (t: number | null | undefined) => (t == null ? '' : new Date(t).toISOString());

/**
 * `describe` renders an organization's reason in the reader's language (components/site/why.ts);
 * without it the column holds the reason's code, so the core never writes English sentences.
 */
export function exportCsv(model: ReportModel, describe?: (o: ReportModel['sites'][number]['organizations'][number]) => string): string {
  const lines: string[] = [CSV_COLUMNS.join(',')];
  for (const s of model.sites) {
    const siteCells = [s.site, s.title, iso(s.firstVisit), iso(s.lastVisit), s.visits.length, s.policy?.url, s.policy?.status, s.policy?.hash];
    if (s.organizations.length === 0) {
      lines.push([...siteCells, '', '', '', '', '', '', '', '', '', ''].map(csvCell).join(','));
      continue;
    }
    for (const o of s.organizations) {
      lines.push([
        ...siteCells, o.name, o.key, o.category, o.requests, o.hosts.join(' '), o.verdict ?? 'unjudged',
        o.evidence?.text, o.evidence?.start, o.evidence?.end, describe ? describe(o) : o.why?.code,
      ].map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** RFC 4180 parser (used by the tests and the benchmark to check the export reads back). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
