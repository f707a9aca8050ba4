/**
 * The write-ahead journal of requests: every request a page makes waits outside the worker, in
 * `browser.storage.session` (one key per request), from the moment its event arrives until the IndexedDB write that
 * records it has committed. A worker killed in between — while it starts, while a frame look-up or a not-yet-committed
 * document holds the request, while the recorder waits for a quiet moment (up to a second on a busy browse), or during
 * the write itself — leaves the entry there, and the next worker records it.
 *
 * Why every request and not only what the page cannot witness: the page's own Resource Timing report
 * (reconcile.ts) tops a lost batch up, but that report is itself a message a stopped worker can miss, and a page the
 * person leaves before it is answered cannot send it again. Seen under load in the killed-worker test: a whole page,
 * its document included, recorded 0 (docs/security.md).
 *
 * Why nothing is counted twice: the write that records journaled requests also stores their keys (a "written" mark,
 * lib/store/journal-marks.ts) in the same IndexedDB transaction. A worker killed after that commit but before it
 * crossed the entries off leaves entries whose mark says they are recorded; the next worker crosses them off instead
 * of replaying them.
 *
 * Why writes are coalesced: one storage.session call per request was measured at +5 % load time on the 300-request
 * bench page (docs/performance.md). A request leaves the worker at once when no journal write is in flight;
 * requests arriving while one is leave together as soon as it completes. A fixed 16 ms gathering window was tried
 * first and cost pages in the killed-worker test: requests waiting in it died with the worker.
 */

/** What a journal keeps of a request: enough to charge it to its page again and to scan its body. */
export interface JournalEntry {
  requestId: string; url: string; type: string; tabId: number; frameId: number; timeStamp: number; method?: string;
  initiator?: string; documentUrl?: string; documentId?: string; parentDocumentId?: string; documentLifecycle?: string;
  /** Firefox: the URL of the top-level document that made the request (web-request.ts). */
  topDocumentUrl?: string;
  /** The request body as text (bodyText in web-request.ts), cut to MAX_JOURNALED_BODY. */
  bodyText?: string;
  /** The journal key (set by the journal: add() returns it, replayed entries carry it). */
  journalKey?: string;
}

export interface RequestJournal {
  /** Keep a request outside the worker; returns the key to cross it off with. */
  add(d: JournalEntry): string;
  /** These requests are recorded (their write committed) or were decided not to be recorded. */
  done(keys: readonly string[]): Promise<void>;
  /** Entries an earlier worker left unrecorded (younger than MAX_AGE_MS; older and already-written ones are removed). */
  leftByEarlierWorkers(): Promise<JournalEntry[]>;
}

/** The part of `storage.session` (or a test's map) the journal uses. */
export interface JournalArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** The "written" marks the recorder keeps beside what it wrote (lib/store/journal-marks.ts). */
export interface WrittenMarks {
  /** Keys of journaled requests whose write committed, with the marks that say so (not this worker's own). */
  read(exceptWorker: string): Promise<{ keys: Set<string>; marks: string[] }>;
  forget(marks: string[]): Promise<void>;
}

const PREFIX = 'request:';
/** An entry this old is a request whose page is long gone (or was never recorded on purpose): dropped. */
export const MAX_AGE_MS = 120_000;
/** Bodies are scanned for personal data up to 64 KB; the journal keeps the first 16 KB (storage.session holds 10 MB). */
export const MAX_JOURNALED_BODY = 16 * 1024;
/** A failing storage area (quota) is reported once per this many ms, not once per request. */
const LOG_EVERY_MS = 10_000;

interface Stored { entry: JournalEntry; worker: string; at: number }

export function journalEntry(d: JournalEntry): JournalEntry {
  const { requestId, url, type, tabId, frameId, timeStamp, method, initiator, documentUrl, documentId, parentDocumentId, documentLifecycle, topDocumentUrl, bodyText } = d;
  return {
    requestId, url, type, tabId, frameId, timeStamp, method, initiator, documentUrl, documentId, parentDocumentId, documentLifecycle, topDocumentUrl,
    ...(bodyText ? { bodyText: bodyText.slice(0, MAX_JOURNALED_BODY) } : {}),
  };
}

/** The worker a journal key was written by (keys are `<worker>.<n>`). */
export function workerOfKey(key: string): string {
  return key.slice(0, key.lastIndexOf('.'));
}

export function storageJournal(
  area: JournalArea, log: (m: string) => void, opts: { now?: () => number; written?: WrittenMarks } = {},
): RequestJournal & { worker: string } {
  const now = opts.now ?? Date.now;
  // This worker's entries are its own to record: only an earlier worker's are replayed.
  const worker = `${now()}-${Math.random().toString(36).slice(2)}`;
  let n = 0;
  let lastLog = -Infinity;
  const fail = (e: unknown) => {
    if (now() - lastLog < LOG_EVERY_MS) return;
    lastLog = now();
    log(`[journal] ${String(e)}`);
  };
  // Entries waiting for the journal write in flight to complete (one storage call at a time leaves the worker).
  let waiting: Record<string, Stored> = {};
  let waitingCount = 0;
  let inFlight = false;
  const send = () => {
    const items = waiting;
    waiting = {};
    waitingCount = 0;
    inFlight = true;
    // A storage call that left the worker completes even if the worker is stopped right after.
    void area.set(items).catch(fail).finally(() => {
      inFlight = false;
      if (waitingCount) send();
    });
  };
  return {
    worker,
    add(d) {
      const key = `${worker}.${n++}`;
      waiting[PREFIX + key] = { entry: journalEntry(d), worker, at: now() };
      waitingCount++;
      if (!inFlight) send();
      return key;
    },
    async done(keys) {
      // Still waiting: never sent, so there is nothing to remove from storage.
      const sent = keys.map((k) => PREFIX + k).filter((k) => {
        if (!(k in waiting)) return true;
        delete waiting[k];
        waitingCount--;
        return false;
      });
      if (sent.length) await area.remove(sent).catch(fail);
    },
    async leftByEarlierWorkers() {
      const [all, written] = await Promise.all([
        area.get(null),
        opts.written?.read(worker) ?? Promise.resolve({ keys: new Set<string>(), marks: [] }),
      ]);
      const left: JournalEntry[] = [];
      const remove: string[] = [];
      for (const [stored, value] of Object.entries(all)) {
        if (!stored.startsWith(PREFIX)) continue;
        const key = stored.slice(PREFIX.length);
        const s = value as Stored;
        if (!s?.entry || now() - s.at > MAX_AGE_MS || written.keys.has(key)) remove.push(stored);
        else if (s.worker !== worker) left.push({ ...s.entry, journalKey: key });
      }
      // Crossed off before the marks go: killed in between, the marks still say "written" to the next worker.
      if (remove.length) await area.remove(remove).catch(fail);
      if (written.marks.length) await opts.written?.forget(written.marks).catch(fail);
      return left.sort((a, b) => a.timeStamp - b.timeStamp);
    },
  };
}
