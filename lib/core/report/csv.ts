/**
 * CSV export: one row per site × organization (sites with no third party get one row with empty
 * organization cells, so every site in the report appears). RFC 4180: CRLF line ends, fields with
 * a quote, comma or line break are quoted and quotes doubled.
 *
 * Spreadsheet formula injection (OWASP "CSV Injection"): a page title or policy sentence starting with
 * = + - @ (or a tab / carriage return, which some spreadsheets strip before evaluating) would run as
 * a formula when the file is opened, so such cells get a leading apostrophe.
 */
import { localizeNames } from './localize';
import type { CategoryKey, PolicyStatus } from '../types';
import type { ReportModel, ReportOrganization, VerdictKey } from './types';

/**
 * No organization-key column: a reader sees companies by name (lib/core/names); the JSON export keeps the
 * keys for machines. `other_evidence` is what is not the policy (the cookie banner's vendor list).
 */
export const CSV_COLUMNS = [
  'site', 'title', 'first_visit', 'last_visit', 'visits', 'policy_url', 'policy_status', 'policy_hash',
  'organization', 'category', 'requests', 'hosts', 'verdict', 'evidence', 'evidence_start', 'evidence_end', 'reason', 'other_evidence',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * The reader's words for the cells that would otherwise hold codes, injected by the caller
 * (components/report/csv-words.ts builds them from messages.json), so the core writes no sentence and
 * a Chinese export reads Chinese. Without them the CSV holds the codes (the CLI and the benchmark).
 */
export interface CsvWords {
  /** UI language tag: companies are named in it (lib/core/names). */
  lang: string;
  column(c: CsvColumn): string;
  verdict(v: VerdictKey): string;
  category(c: CategoryKey): string;
  policyStatus(s: PolicyStatus): string;
  /** The verdict's reason (components/site/why.ts whyText). */
  reason(o: ReportOrganization): string;
  /** Evidence that is not the policy, or '' (components/site/why.ts otherEvidenceText). */
  otherEvidence(o: ReportOrganization): string;
}

export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = neutraliseFormula(String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const iso = (t: number | null | undefined) => (t == null ? '' : new Date(t).toISOString());

export function exportCsv(model: ReportModel, words?: CsvWords): string {
  const lang = words?.lang ?? 'en';
  const lines: string[] = [CSV_COLUMNS.map((c) => words?.column(c) ?? c).map(csvCell).join(',')];
  for (const s of model.sites) {
    const status = s.policy?.status;
    const siteCells = [s.site, s.title, iso(s.firstVisit), iso(s.lastVisit), s.visits.length, s.policy?.url,
      status && words ? words.policyStatus(status) : status, s.policy?.hash];
    if (s.organizations.length === 0) {
      lines.push([...siteCells, ...Array<string>(CSV_COLUMNS.length - siteCells.length).fill('')].map(csvCell).join(','));
      continue;
    }
    for (const o of localizeNames(s.organizations, lang)) {
      const verdict = o.verdict ?? 'unjudged';
      const tcf = o.other?.tcfVendor;
      lines.push([
        ...siteCells, o.name, words ? words.category(o.category) : o.category, o.requests, o.hosts.join(' '),
        words ? words.verdict(verdict) : verdict, o.evidence?.text, o.evidence?.start, o.evidence?.end,
        words ? words.reason(o) : o.why?.code,
        words ? words.otherEvidence(o) : tcf !== undefined ? `tcf-vendor:${tcf}` : '',
      ].map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** RFC 4180 parser (CRLF or bare LF rows; the tests, the benchmark and the eval's annotation files use it). */
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
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } // bare LF (other tools' files)
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
