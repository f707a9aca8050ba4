/**
 * Batches observations into Dexie.
 *
 * When it writes: once activity has been quiet for `flushDelayMs` (default 80 ms) — i.e. after a burst of
 * requests, not during it — and at the latest `maxDelayMs` (default 1 s) after the first queued record, so a
 * page that never stops requesting is still written every second. Before writing it runs its sources
 * (`addSource`: the request observer's idle step, which classifies and scans what it queued), so every
 * reader that flushes first (popup, dashboard, exports, reconciliation) sees everything observed so far.
 * One write per burst instead of one per 20 ms was most of the page-load cost (docs/performance.md).
 *
 * Why this is safe against a killed MV3 service worker:
 *   1. A flush writes the whole queue in ONE IndexedDB transaction, so an aggregate is either fully counted
 *      or not.
 *   2. The queue is only dropped after the transaction commits. A failed write (quota, abort) keeps the
 *      batch and retries, after asking the owner to free space.
 *   3. What a worker killed before its write never wrote waits in the request journal (storage.session,
 *      lib/browser/request-journal.ts) and the next worker records it. A source's drain returns the journal keys
 *      of what it queued; the write stores them as a "written" mark in the same transaction (journal-marks.ts),
 *      and they are crossed off the journal only after the commit — so a kill between the two replays nothing
 *      twice.
 *   4. The page itself is a second witness: the content script reports its Resource Timing list (and the
 *      probe's fetch() witness) and `reconcile()` tops each host up to what the page saw
 *      (lib/browser/reconcile.ts). So the record is max(webRequest, page) per host.
 */
import type { FineprintDb, HostStatRow, ProbeRow, DataFlowRow, ConsentRow, ConsentFindingRow } from './db';
import { SAMPLE_URLS } from './db';
import { markKey } from './journal-marks';
import type { Classification, RequestType } from '../core/types';

export interface RequestRecord {
  visitId: string;
  site: string;
  url: string;
  type: RequestType;
  time: number;
  cls: Classification;
  withCookies?: boolean;
  withGpc?: boolean;
  cookiesSet?: string[];
  /** How many requests this record stands for (reconciliation may add several at once). */
  count?: number;
  /**
   * A reconciliation top-up: requests the page saw that webRequest had not (yet) reported. Kept in a row of its
   * own per visit × host (`…|~page`) that later webRequest records of that host consume instead of adding to —
   * so a webRequest event that arrives after the page's report (a restarting worker delivers events late) is not
   * counted twice: the total stays max(webRequest, page).
   */
  topUp?: boolean;
  /**
   * For a top-up: how many requests to this host the page itself saw. The top-up is re-checked when it is written
   * and only brings the host's total up to this (webRequest records queued since reconcile read the counts are
   * not counted twice).
   */
  pageCount?: number;
}

export interface RecorderOptions {
  /** Write once nothing was added for this long (ms). */
  flushDelayMs?: number;
  /** …but at the latest this long after the first record waiting (ms; default max(1000, flushDelayMs)). */
  maxDelayMs?: number;
  /** Called when a write fails with a quota error; should free space. Returns true if it did. */
  onQuotaExceeded?: () => Promise<boolean>;
  log?: (msg: string) => void;
}

const MAX_SAMPLE_URL = 300;
/**
 * A visit's `lastAt` is re-written only when it moved by at least this much (it is shown and exported to the
 * second): while a page loads, every 20 ms batch would otherwise re-write the visit row and its indexes.
 */
export const LAST_AT_STEP_MS = 1000;
const MAX_LAST_AT_MEMORY = 1000;

export function hostStatKey(visitId: string, host: string, pattern: string | null): string {
  return `${visitId}|${host}|${pattern ?? ''}`;
}

/** Key of a visit × host's reconciliation top-up row ('~' never starts a TrackerDB pattern key). */
export function topUpKey(visitId: string, host: string): string {
  return `${visitId}|${host}|~page`;
}

const recordKey = (r: RequestRecord) => (r.topUp ? topUpKey(r.visitId, r.cls.host) : hostStatKey(r.visitId, r.cls.host, r.cls.pattern));

interface Source { drain: () => readonly string[] | void; written?: (keys: readonly string[]) => Promise<void> }

export class Recorder {
  private requests: RequestRecord[] = [];
  private probes: ProbeRow[] = [];
  private flows: DataFlowRow[] = [];
  private consents: ConsentRow[] = [];
  private findings: ConsentFindingRow[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly delay: number;
  private readonly maxDelay: number;
  /** When the oldest unwritten record / the latest activity arrived (for the quiet-or-max schedule). */
  private firstAt = 0;
  private lastAt = 0;
  private sources: Source[] = [];
  /** Journal keys of what the sources queued, per source, until their write commits. */
  private journaled: { keys: readonly string[]; written: (keys: readonly string[]) => Promise<void> }[] = [];
  /** Marks whose journal entries are crossed off: deleted with the next write. */
  private settledMarks: string[] = [];
  private draining = false;
  /** Total requests durably written since start (for tests and the handshake). */
  written = 0;
  /** The `lastAt` this worker last wrote per visit (forgotten on restart: the next batch simply writes it again). */
  private lastAtWritten = new Map<string, number>();

  constructor(private readonly db: FineprintDb, private readonly opts: RecorderOptions = {}) {
    this.delay = opts.flushDelayMs ?? 80;
    this.maxDelay = opts.maxDelayMs ?? Math.max(1000, this.delay);
  }

  /**
   * Work to run right before each write (it may add records); see the module comment. A drain that returns journal
   * keys has them marked in the write and handed to `written` once it committed (point 3 above).
   */
  addSource(drain: () => readonly string[] | void, written?: (keys: readonly string[]) => Promise<void>): void {
    this.sources.push({ drain, written });
  }

  /** A source has queued work of its own: schedule a write as if a record had been added. */
  poke(): void { this.schedule(); }

  addRequest(r: RequestRecord): void { this.requests.push(r); this.schedule(); }
  addProbe(p: ProbeRow): void { this.probes.push(p); this.schedule(); }
  addDataFlow(f: DataFlowRow): void { this.flows.push(f); this.schedule(); }
  addConsentEvent(c: ConsentRow): void { this.consents.push(c); this.schedule(); }
  addConsentFinding(c: ConsentFindingRow): void { this.findings.push(c); this.schedule(); }

  get pending(): number {
    return this.requests.length + this.probes.length + this.flows.length + this.consents.length + this.findings.length;
  }

  private schedule(): void {
    if (this.draining) return;
    const now = Date.now();
    this.lastAt = now;
    if (this.timer !== null) return;
    this.firstAt = now;
    this.timer = setTimeout(() => this.tick(), this.delay);
  }

  /** Write when quiet for `delay`, or when the oldest record waited `maxDelay`; otherwise look again later. */
  private tick(): void {
    const now = Date.now();
    const quietFor = now - this.lastAt;
    const waited = now - this.firstAt;
    if (quietFor < this.delay && waited < this.maxDelay) {
      this.timer = setTimeout(() => this.tick(), Math.min(this.delay - quietFor, this.maxDelay - waited));
      return;
    }
    this.timer = null;
    void this.flush().catch(() => undefined);
  }

  /** Run the sources (the observer's idle step); what they add goes into this batch. */
  private drainSources(): void {
    this.draining = true;
    try {
      for (const { drain, written } of this.sources) {
        const keys = drain();
        if (keys?.length && written) this.journaled.push({ keys, written });
      }
    } catch (error) {
      this.opts.log?.(`[recorder] ${String(error)}`);
    } finally {
      this.draining = false;
    }
  }

  /** Write everything queued so far; resolves with the number of requests written. */
  flush(): Promise<number> {
    const next = this.chain.then(() => this.flushOnce());
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async flushOnce(): Promise<number> {
    this.drainSources();
    const journaled = this.journaled;
    this.journaled = [];
    if (this.pending === 0) {
      // Journaled requests that recorded nothing (an excluded site, a page that never became a visit): cross off.
      for (const { keys, written } of journaled) void written(keys).catch(() => undefined);
      return 0;
    }
    const batch = { requests: this.requests, probes: this.probes, flows: this.flows, consents: this.consents, findings: this.findings };
    this.requests = []; this.probes = []; this.flows = []; this.consents = []; this.findings = [];
    const keys = journaled.flatMap((j) => j.keys);
    const settled = this.settledMarks;
    this.settledMarks = [];
    const lastAtUpdates = new Map<string, number>();
    try {
      await this.write(batch, lastAtUpdates, keys, settled);
    } catch (error) {
      // Nothing is lost: put the batch back in front of anything queued meanwhile, then retry.
      this.journaled = journaled.concat(this.journaled);
      this.settledMarks = settled.concat(this.settledMarks);
      this.requests = batch.requests.concat(this.requests);
      this.probes = batch.probes.concat(this.probes);
      this.flows = batch.flows.concat(this.flows);
      this.consents = batch.consents.concat(this.consents);
      this.findings = batch.findings.concat(this.findings);
      const quota = isQuotaError(error);
      this.opts.log?.(`[recorder] write failed (${quota ? 'quota' : String(error)}); will retry`);
      const freed = quota && this.opts.onQuotaExceeded ? await this.opts.onQuotaExceeded() : false;
      setTimeout(() => this.schedule(), freed ? 0 : 1000);
      throw error;
    }
    if (keys.length) {
      const mark = markKey(keys);
      void Promise.all(journaled.map(({ keys: k, written }) => written(k)))
        .then(() => { this.settledMarks.push(mark); }, () => undefined);
    }
    for (const [visitId, last] of lastAtUpdates) {
      this.lastAtWritten.delete(visitId);
      this.lastAtWritten.set(visitId, last);
    }
    while (this.lastAtWritten.size > MAX_LAST_AT_MEMORY) this.lastAtWritten.delete(this.lastAtWritten.keys().next().value as string);
    const n = batch.requests.reduce((sum, r) => sum + (r.count ?? 1), 0);
    this.written += n;
    return n;
  }

  private async write(batch: {
    requests: RequestRecord[]; probes: ProbeRow[]; flows: DataFlowRow[]; consents: ConsentRow[]; findings: ConsentFindingRow[];
  }, lastAtUpdates: Map<string, number>, journalKeys: readonly string[], settledMarks: string[]): Promise<void> {
    const db = this.db;
    await db.transaction('rw', [db.hostStats, db.visits, db.probeEvents, db.dataFlows, db.consentEvents, db.consentFindings, db.kv], async () => {
      if (journalKeys.length) await db.kv.put({ key: markKey(journalKeys), value: [...journalKeys] });
      if (settledMarks.length) await db.kv.bulkDelete(settledMarks);
      const merged = new Map<string, HostStatRow>();
      const keys = [...new Set(batch.requests.flatMap((r) => [recordKey(r), topUpKey(r.visitId, r.cls.host)]))];
      const existing = keys.length ? await db.hostStats.bulkGet(keys) : [];
      existing.forEach((row) => { if (row) merged.set(row.key, row); });
      // Top-ups are judged against the visit's whole record as it will be after this batch's own requests.
      const topUps = batch.requests.filter((r) => r.topUp);
      for (const visitId of new Set(topUps.map((r) => r.visitId))) {
        for (const row of await db.hostStats.where('visitId').equals(visitId).toArray()) if (!merged.has(row.key)) merged.set(row.key, row);
      }
      const lastByVisit = new Map<string, number>();
      for (const r of batch.requests) if (!r.topUp) mergeRequest(merged, r, lastByVisit);
      for (const r of topUps) mergeRequest(merged, r, lastByVisit);
      if (merged.size) await db.hostStats.bulkPut([...merged.values()]);
      for (const [visitId, last] of lastByVisit) {
        const written = this.lastAtWritten.get(visitId);
        if (written !== undefined && last - written < LAST_AT_STEP_MS) continue;
        await db.visits.where('id').equals(visitId).modify((v) => { if (v.lastAt < last) v.lastAt = last; });
        lastAtUpdates.set(visitId, last);
      }
      if (batch.probes.length) await db.probeEvents.bulkAdd(batch.probes);
      if (batch.flows.length) await db.dataFlows.bulkAdd(batch.flows);
      if (batch.consents.length) await db.consentEvents.bulkAdd(batch.consents);
      if (batch.findings.length) await db.consentFindings.bulkAdd(batch.findings);
    });
  }
}

function mergeRequest(merged: Map<string, HostStatRow>, r: RequestRecord, lastByVisit: Map<string, number>): void {
  const key = recordKey(r);
  let n = r.count ?? 1;
  if (r.topUp && r.pageCount !== undefined) {
    let total = 0;
    for (const row of merged.values()) if (row.visitId === r.visitId && row.host === r.cls.host) total += row.count;
    n = Math.max(0, r.pageCount - total);
    if (n === 0) return;
  }
  const topUp = r.topUp ? undefined : merged.get(topUpKey(r.visitId, r.cls.host));
  if (topUp && topUp.count > 0 && n > 0) {
    // These requests were already counted from the page's own list: move them to their real row, don't add.
    const absorbed = Math.min(topUp.count, n);
    topUp.count -= absorbed;
    n -= absorbed;
    mergeInto(merged, r, key, absorbed, lastByVisit, false);
  }
  mergeInto(merged, r, key, n, lastByVisit, true);
}

function mergeInto(merged: Map<string, HostStatRow>, r: RequestRecord, key: string, n: number, lastByVisit: Map<string, number>, annotate: boolean): void {
  let row = merged.get(key);
  if (!row) {
    row = {
      key, visitId: r.visitId, site: r.site, host: r.cls.host, domain: r.cls.domain, thirdParty: r.cls.thirdParty,
      org: r.cls.org, orgName: r.cls.orgName, category: r.cls.category, pattern: r.cls.pattern,
      count: 0, first: r.time, last: r.time, sampleUrls: [], types: {}, withCookies: 0, withGpc: 0, cookiesSet: [],
    };
    merged.set(key, row);
  }
  row.count += n;
  row.first = Math.min(row.first, r.time);
  row.last = Math.max(row.last, r.time);
  if (n > 0) row.types[r.type] = (row.types[r.type] ?? 0) + n;
  // Header annotations arrive as count-0 records for a request already counted.
  if (annotate && r.withCookies) row.withCookies += Math.max(n, 1);
  if (annotate && r.withGpc) row.withGpc += Math.max(n, 1);
  if (row.sampleUrls.length < SAMPLE_URLS) {
    const url = r.url.slice(0, MAX_SAMPLE_URL);
    if (!row.sampleUrls.includes(url)) row.sampleUrls.push(url);
  }
  for (const name of r.cookiesSet ?? []) if (!row.cookiesSet.includes(name) && row.cookiesSet.length < 50) row.cookiesSet.push(name);
  lastByVisit.set(r.visitId, Math.max(lastByVisit.get(r.visitId) ?? 0, r.time));
}

export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}
