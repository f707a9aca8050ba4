/**
 * JSON export: the report model itself, tagged with its format and schema version and documented by
 * docs/report-schema.json (validated in json.test.ts). It is also the import format: visit ids,
 * site names and policy hashes are stable keys, so importing the same file twice changes nothing.
 */
import type { ReportModel } from './types';

export const REPORT_FORMAT = 'fineprint-report';
export const REPORT_SCHEMA_ID = 'https://fineprint.local/schemas/report-1.json';

export interface ReportJson extends ReportModel { format: typeof REPORT_FORMAT; $schema: typeof REPORT_SCHEMA_ID }

export function exportJson(model: ReportModel): string {
  const doc: ReportJson = { $schema: REPORT_SCHEMA_ID, format: REPORT_FORMAT, ...model };
  return JSON.stringify(doc, null, 1);
}

/** Why a file is not importable, as a code: the dashboard says it in the reader's language. */
export type ReportParseErrorCode = 'not-json' | 'not-fineprint' | 'unsupported-version' | 'no-sites';

/** A one-line English message for the CLI and logs, and a `code` for the UI. */
export class ReportParseError extends Error {
  constructor(readonly code: ReportParseErrorCode, message: string) {
    super(message);
    this.name = 'ReportParseError';
  }
}

/** Parses an export; throws a ReportParseError for anything that is not a Fineprint report. */
export function parseReportJson(text: string): ReportJson {
  let doc: unknown;
  try { doc = JSON.parse(text); } catch { throw new ReportParseError('not-json', 'not JSON'); }
  const d = doc as Partial<ReportJson> | null;
  if (!d || typeof d !== 'object' || d.format !== REPORT_FORMAT) throw new ReportParseError('not-fineprint', 'not a Fineprint report');
  if (d.schemaVersion !== 1) throw new ReportParseError('unsupported-version', `unsupported report version ${String(d.schemaVersion)}`);
  if (!Array.isArray(d.sites)) throw new ReportParseError('no-sites', 'report has no sites');
  return d as ReportJson;
}
