/**
 * The page's own Resource Timing report, kept outside the worker by the content script itself.
 *
 * Why: the report is the second witness of a page's requests (reconcile.ts), and the only one when the worker that
 * received the page's webRequest events was busy and then stopped before it ran them (seen in the killed-worker test
 * on a slow machine: a page's commit, its document and its images all queued in a worker that was stopped, then a
 * restart that took longer than the page lived, so its report message never reached a worker either). A content
 * script can write `storage.local` without any worker running, so it writes each report there *before* sending it;
 * the worker that reconciles the report removes it. What no worker removed is reconciled later by a sweep.
 *
 * Safe to do twice: reconciling is idempotent (per URL, the larger of the two witnesses' counts).
 * Not readable by the page: the content script's isolated world and the extension's storage are not the page's.
 */
import type { TimingEntry } from './reconcile';

export const PAGE_REPORT_PREFIX = 'page-report:';
/** A report younger than this may still be on its way as a message (the message path handles it). */
export const SWEEP_AFTER_MS = 3_000;
/** A report this old is dropped, not charged (its page is long gone, and so is any visit of its worker's making). */
export const MAX_REPORT_AGE_MS = 10 * 60_000;
const MAX_ENTRIES = 2_000;

export interface StoredPageReport { pageUrl: string; urls: TimingEntry[]; calls: TimingEntry[]; at: number }

/** The part of `storage.local` the reports use (a test's map in unit tests). */
export interface ReportArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export function newReportKey(now: number, random: string): string {
  return `${PAGE_REPORT_PREFIX}${now.toString(36)}-${random}`;
}

export function isReportKey(key: unknown): key is string {
  return typeof key === 'string' && key.startsWith(PAGE_REPORT_PREFIX) && key.length <= 64;
}

const isEntry = (e: unknown): e is TimingEntry =>
  typeof e === 'object' && e !== null && typeof (e as TimingEntry).url === 'string' && typeof (e as TimingEntry).initiatorType === 'string';

/** A stored value read back: anything malformed is null (and removed by the sweep). */
export function parseStoredReport(value: unknown): StoredPageReport | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<StoredPageReport>;
  if (typeof v.pageUrl !== 'string' || typeof v.at !== 'number' || !Array.isArray(v.urls)) return null;
  return {
    pageUrl: v.pageUrl, at: v.at,
    urls: v.urls.filter(isEntry).slice(0, MAX_ENTRIES),
    calls: Array.isArray(v.calls) ? v.calls.filter(isEntry).slice(0, MAX_ENTRIES) : [],
  };
}

/** Reconciled reports are removed in batches this size: a worker stopped mid-sweep redoes at most one batch (idempotent). */
const REMOVE_EVERY = 20;

/**
 * Reconcile every report no worker removed (older than `minAgeMs`: SWEEP_AFTER_MS on the timer; 0 when someone asks for
 * everything written now — a young report's message may have died with a stopped worker too, and reconciling tops a
 * visit up to what the page saw, so a report also delivered as a message counts once), then remove it. `reconcile` finds or makes
 * the page's visit and tops it up; a report it cannot place (a failing database) stays for the next sweep. Removed as
 * it goes, not at the end: seen in the killed-worker test, a sweep of hundreds of reports never reached its end before
 * the next stop, so nothing was ever removed and every sweep started over.
 */
export async function sweepPageReports(
  area: ReportArea, now: number, reconcile: (report: StoredPageReport) => Promise<unknown>, log: (m: string) => void,
  minAgeMs = SWEEP_AFTER_MS,
): Promise<number> {
  const all = await area.get(null);
  let done: string[] = [];
  let reconciled = 0;
  const removeDone = async () => {
    if (done.length) await area.remove(done);
    done = [];
  };
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PAGE_REPORT_PREFIX)) continue;
    const report = parseStoredReport(value);
    if (!report || now - report.at > MAX_REPORT_AGE_MS) { done.push(key); continue; }
    if (now - report.at < minAgeMs) continue;
    try {
      await reconcile(report);
      reconciled++;
      done.push(key);
    } catch (e) {
      log(`[page-reports] ${String(e)}`);
    }
    if (done.length >= REMOVE_EVERY) await removeDone();
  }
  await removeDone();
  return reconciled;
}

/**
 * "Delete this site" / "delete everything": the copies still waiting for a sweep go too — reconciled later, they made the
 * deleted pages' visits again (seen in the dashboard test once `flush` swept). Every report is removed unless `keep` says
 * otherwise (malformed ones always).
 */
export async function discardPageReports(area: ReportArea, keep: (report: StoredPageReport) => boolean = () => false): Promise<number> {
  const all = await area.get(null);
  const gone = Object.entries(all).filter(([key, value]) => {
    if (!key.startsWith(PAGE_REPORT_PREFIX)) return false;
    const report = parseStoredReport(value);
    return !report || !keep(report);
  }).map(([key]) => key);
  if (gone.length) await area.remove(gone);
  return gone.length;
}

/** One sweep at a time: a timer's sweep that finds one still running waits for it instead of starting a second. */
export function sweeper(sweep: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () => {
    running ??= sweep().then(() => undefined, () => undefined).finally(() => { running = null; });
    return running;
  };
}
