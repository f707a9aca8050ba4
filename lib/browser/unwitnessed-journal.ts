/**
 * Requests the page never witnesses (fonts loaded by a cross-origin stylesheet, WebSockets — web-request.ts
 * UNWITNESSED_TYPES) wait outside the worker from the moment their event arrives until the write that records them
 * has committed: in `browser.storage.session`, one key per request. A worker killed in between — while it starts,
 * while a frame look-up or a not-yet-committed document holds the request, or during the write itself — leaves the
 * entry there, and the next worker records it. The cost of the guarantee: a request written just before a kill and
 * not yet crossed off is counted twice — over-counting one font, never losing it.
 */

/** What a journal keeps of a request: enough to charge it to its page again (fonts and sockets carry no body). */
export interface JournalEntry {
  requestId: string; url: string; type: string; tabId: number; frameId: number; timeStamp: number;
  initiator?: string; documentUrl?: string; documentId?: string; parentDocumentId?: string; documentLifecycle?: string;
}

export interface UnwitnessedJournal {
  add(d: JournalEntry): void;
  /** The write that recorded these requests committed. */
  done(requestIds: readonly string[]): void;
  /** Entries an earlier worker left behind (younger than MAX_AGE_MS; older ones are removed, not replayed). */
  leftByEarlierWorkers(): Promise<JournalEntry[]>;
}

/** The part of `storage.session` (or a test's map) the journal uses. */
export interface JournalArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const PREFIX = 'unwitnessed:';
/** An entry this old is a request whose page is long gone (or was never recorded on purpose): dropped. */
export const MAX_AGE_MS = 120_000;

interface Stored { entry: JournalEntry; worker: string; at: number }

export function journalEntry(d: JournalEntry): JournalEntry {
  const { requestId, url, type, tabId, frameId, timeStamp, initiator, documentUrl, documentId, parentDocumentId, documentLifecycle } = d;
  return { requestId, url, type, tabId, frameId, timeStamp, initiator, documentUrl, documentId, parentDocumentId, documentLifecycle };
}

export function storageJournal(area: JournalArea, log: (m: string) => void, now: () => number = Date.now): UnwitnessedJournal {
  // This worker's entries are its own to record: only an earlier worker's are replayed.
  const worker = `${now()}-${Math.random().toString(36).slice(2)}`;
  const fail = (e: unknown) => log(`[journal] ${String(e)}`);
  return {
    add(d) {
      const stored: Stored = { entry: journalEntry(d), worker, at: now() };
      void area.set({ [PREFIX + d.requestId]: stored }).catch(fail);
    },
    done(requestIds) {
      if (requestIds.length) void area.remove(requestIds.map((id) => PREFIX + id)).catch(fail);
    },
    async leftByEarlierWorkers() {
      const all = await area.get(null);
      const left: JournalEntry[] = [];
      const stale: string[] = [];
      for (const [key, value] of Object.entries(all)) {
        if (!key.startsWith(PREFIX)) continue;
        const s = value as Stored;
        if (!s?.entry || now() - s.at > MAX_AGE_MS) stale.push(key);
        else if (s.worker !== worker) left.push(s.entry);
      }
      if (stale.length) void area.remove(stale).catch(fail);
      return left;
    },
  };
}
