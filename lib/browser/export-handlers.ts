/**
 * The dashboard's data messages (export, import, delete, prune), answered by the background so the
 * dashboard, the CLI's `audit --report-dir` and the tests all get the extension's own exports — built
 * after the recorder's queue is flushed, from the same store the popup reads.
 */
import browser from 'webextension-polyfill';
import type { Translate } from '../../components/common/i18n';
import { englishT, exportHtml } from '../../components/report/render-html';
import { csvWords } from '../../components/report/csv-words';
import { exportCsv } from '../core/report/csv';
import { exportJson, ReportParseError } from '../core/report/json';
import { buildReportModel } from '../core/report/model';
import type { ReportFilter } from '../core/report/types';
import type { DataMessage, Replies } from '../messaging/protocol';
import type { FineprintDb } from '../store/db';
import { loadHistory } from '../store/history';
import { importReportJson } from '../store/import-export';
import { deleteAll, deleteSite, pruneOlderThan, retentionCutoff } from '../store/retention';
import type { Recorder } from '../store/recorder';
import { readSettings } from './settings';

export interface DataHandlerDeps {
  db: FineprintDb;
  recorder: Pick<Recorder, 'flush'>;
  ready: Promise<void>;
  now?: () => number;
  t?: Translate;
  lang?: string;
}

export type ExportFormat = 'html' | 'json' | 'csv';
const FORMATS: ExportFormat[] = ['html', 'json', 'csv'];
/** An import file bigger than this is refused (a year of heavy browsing exports to ~50 MB). */
const MAX_IMPORT_CHARS = 200 * 1024 * 1024;

/** browser.i18n in the extension, English from messages.json where a key is missing. */
export function extensionT(): Translate {
  return (key, subs) => {
    try {
      const s = browser.i18n.getMessage(key, subs as string | string[] | undefined);
      if (s) return s;
    } catch { /* i18n unavailable (tests): fall back */ }
    return englishT(key, subs);
  };
}

export function sanitizeFilter(raw: unknown): ReportFilter {
  const f = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const time = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const sites = Array.isArray(f.sites) ? f.sites.filter((s): s is string => typeof s === 'string' && s.length < 256).slice(0, 10_000) : null;
  return { from: time(f.from), to: time(f.to), sites: sites?.length ? sites : null };
}

export async function handleDataMessage(deps: DataHandlerDeps, msg: DataMessage): Promise<unknown> {
  await deps.ready;
  const now = deps.now?.() ?? Date.now();
  switch (msg.type) {
    case 'export-report': {
      await deps.recorder.flush();
      const formats = Array.isArray(msg.formats) ? FORMATS.filter((f) => msg.formats?.includes(f)) : FORMATS;
      const filter = sanitizeFilter(msg.filter);
      const model = buildReportModel(await loadHistory(deps.db, filter), filter, now);
      const t = deps.t ?? extensionT();
      const reply: Replies['export-report'] = {
        filenameBase: `fineprint-report-${new Date(now).toISOString().slice(0, 10)}`,
        sites: model.sites.length,
        html: formats.includes('html') ? exportHtml(model, t, deps.lang ?? uiLanguage()) : undefined,
        json: formats.includes('json') ? exportJson(model) : undefined,
        csv: formats.includes('csv') ? exportCsv(model, csvWords(t)) : undefined,
      };
      return reply;
    }
    case 'import-report': {
      if (typeof msg.json !== 'string') return { ok: false, error: 'not a Fineprint report', code: 'not-fineprint' } satisfies Replies['import-report'];
      if (msg.json.length > MAX_IMPORT_CHARS) return { ok: false, error: 'file too large', code: 'too-large' } satisfies Replies['import-report'];
      await deps.recorder.flush();
      try {
        return { ok: true, result: await importReportJson(deps.db, msg.json) } satisfies Replies['import-report'];
      } catch (e) {
        const code = e instanceof ReportParseError ? e.code : 'other';
        return { ok: false, error: (e as Error).message, code } satisfies Replies['import-report'];
      }
    }
    case 'delete-site': {
      if (typeof msg.site !== 'string' || !msg.site) return { deleted: 0 };
      await deps.recorder.flush();
      return { deleted: await deleteSite(deps.db, msg.site) } satisfies Replies['delete-site'];
    }
    case 'delete-all': {
      await deps.recorder.flush();
      await deleteAll(deps.db);
      return { ok: true } satisfies Replies['delete-all'];
    }
    case 'prune-now': {
      await deps.recorder.flush();
      const { retentionDays } = await readSettings();
      return pruneOlderThan(deps.db, retentionCutoff(now, retentionDays));
    }
    default:
      return undefined;
  }
}

function uiLanguage(): string {
  try { return browser.i18n.getUILanguage() || 'en'; } catch { return 'en'; }
}
