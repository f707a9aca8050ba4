/**
 * `audit --report-dir DIR`: asks the extension for its own exports (HTML, JSON, CSV) of the audited
 * sites — the very files the dashboard would download — and writes them into DIR. Nothing is
 * recomputed outside the extension.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserSession } from '../session';
import type { Replies } from '../../lib/messaging/protocol';

export const REPORT_FILES = { html: 'fineprint-report.html', json: 'fineprint-report.json', csv: 'fineprint-report.csv' } as const;

/** Returns the number of failures (0 or 1), reporting one line on `err`. */
export async function writeReports(session: Pick<BrowserSession, 'send'>, dir: string, sites: string[], err: (line: string) => void): Promise<number> {
  if (sites.length === 0) { err('fineprint: --report-dir: no site was audited, nothing to export'); return 1; }
  const reply = await session.send<Replies['export-report'] | undefined>({ type: 'export-report', filter: { sites }, formats: ['html', 'json', 'csv'] });
  if (!reply?.html || !reply.json || !reply.csv) { err('fineprint: --report-dir: the extension returned no export'); return 1; }
  await mkdir(dir, { recursive: true });
  await Promise.all((Object.keys(REPORT_FILES) as (keyof typeof REPORT_FILES)[])
    .map((k) => writeFile(path.join(dir, REPORT_FILES[k]), reply[k] as string, 'utf8')));
  return 0;
}
