/**
 * webRequest adapter: turns browser request events into classified records.
 *
 * One listener, onBeforeRequest (+ requestBody, for the personal-data scan of bodies), is all the observer
 * registers (docs/performance.md has the measured cost of each listener and option). What the two header
 * listeners with `extraHeaders` used to give comes from elsewhere, at idle:
 *  - Sec-GPC: Fineprint sets it itself (a DNR rule, lib/core/optouts/rules.ts), so whether it went with a
 *    request is known from the settings (`deps.gpcSent`), exactly as the rule decides;
 *  - cookies: the cookie jar is asked once per visit × third-party host (lib/browser/cookie-jar.ts), which
 *    also feeds the "likely tracker" heuristic;
 *  - the document of a request Chrome sent without a documentId (a restarting worker): webNavigation.getFrame.
 *
 * The listener itself only decides which visit a request belongs to (that must be judged at the moment the
 * request happens: the tab's page changes) and queues it. Classification, the personal-data scan, the badge
 * and the aggregation run in one batch when the recorder writes (Recorder.addSource: the "idle step"),
 * i.e. after a burst of requests, not inside it. Until that write commits, every request also waits in the
 * request journal (storage.session, lib/browser/request-journal.ts): a worker killed before the step leaves it
 * there and the next worker records it. The page's own witness (Resource Timing + fetch probe,
 * lib/browser/reconcile.ts) is a second line behind that.
 *
 * Listeners are attached by `attach()` (called synchronously at the top of the background script so a
 * request that wakes the worker is not missed); until `ready` (the visit map restored from IndexedDB) has
 * resolved, events wait for it in arrival order, so a request arriving during restart is charged to the
 * right visit.
 */
import type Browser from 'webextension-polyfill';
import type { Classification, CookieSeen, DataFlow, Observation, RequestType } from '../core/types';
import type { Recorder } from '../store/recorder';
import { isRecordablePage, withoutFragment, type VisitRef, type VisitTracker } from './visit-tracker';
import { ArrivingPages, pageKey, topDocumentUrl, type FirefoxRequestFrames } from './page-of-request';
import type { HeadersDetails } from './set-cookie-watch';
import type { JournalEntry, RequestJournal } from './request-journal';
import { bodyText, type RequestBody } from './request-body';

type WebRequest = typeof Browser.webRequest;

/**
 * Every webRequest listener the observer registers, with its options (Chrome). attach() registers exactly
 * these, and the bench (scripts/bench/listener-variants.ts) measures the same set doing nothing.
 */
export const OBSERVER_LISTENERS: readonly { event: 'onBeforeRequest'; extraInfoSpec: readonly string[] }[] = [
  { event: 'onBeforeRequest', extraInfoSpec: ['requestBody'] },
];

export interface FrameDocument { documentId?: string; parentDocumentId?: string; documentLifecycle?: string }

export interface ObserverDeps {
  classify(obs: Observation): Classification;
  /** Personal data found in the request (URL or body). */
  scanPii?(obs: Observation, cls: Classification, visit: VisitRef, tabId: number): DataFlow[];
  /** Whether `Sec-GPC: 1` went with this request (our own DNR rule applies it: known from the settings). */
  gpcSent?(type: RequestType, url: string, initiator: string | undefined): boolean;
  /** A third-party request was recorded for a visit (its cookies are looked up in the jar at idle). */
  onThirdParty?(visit: VisitRef, cls: Classification, url: string, time: number): void;
  /** A response set cookies (a watched unknown third party, set-cookie-watch.ts): the likely-tracker heuristic. */
  onCookieSet?(cls: Classification, cookie: CookieSeen): void;
  /** Called for each recorded request (badge updates). */
  onRecorded?(visit: VisitRef, cls: Classification, obs: Observation, tabId: number): void;
  /** Where every request waits until its write commits (request-journal.ts): a killed worker loses none. */
  journal?: RequestJournal;
  /**
   * Whether a visit's record already holds its document request. A worker that saw a commit but not its request
   * records the document from the commit alone (committed()); that request's journal entry, written by the worker
   * before, must then not be replayed as a second document.
   */
  documentRecorded?(visitId: string): Promise<boolean>;
  /** The document a frame shows now (Chrome: webNavigation.getFrame), or null when the frame is unknown. */
  frameDocument?(tabId: number, frameId: number): Promise<FrameDocument | null>;
  log?: (msg: string) => void;
  /** Recording paused, or a site the person never wants recorded: drop, even for tabs already open. */
  isExcluded?(site: string): boolean;
}

interface Details extends FirefoxRequestFrames {
  requestId: string; url: string; type: string; tabId: number; frameId: number; timeStamp: number; method?: string;
  initiator?: string; documentUrl?: string; documentId?: string; parentDocumentId?: string; documentLifecycle?: string;
  requestBody?: RequestBody | null;
  /** Firefox: the URL of the tab's top-level document that made the request (computed when it arrives; journaled). */
  topDocumentUrl?: string;
  /** The body as text, read when the request was journaled (a replayed request has only this). */
  bodyText?: string;
  /** Its key in the request journal, crossed off once the request is recorded or dropped. */
  journalKey?: string;
}

/** Bounds on requests held for documents whose commit is not known yet (a hostile page cannot grow them). */
const MAX_HELD_DOCUMENTS = 100;
const MAX_HELD_PER_DOCUMENT = 5000;
/**
 * A held document whose visit is still unknown after this long (no commit, no visit row, no content script —
 * e.g. a fenced frame) has its requests charged as Firefox would: to the tab's page. Better than dropping them.
 */
const HELD_DOCUMENT_WAIT_MS = 10_000;
/** The journal entry type of a top-level commit (every other entry is a request). */
const COMMIT = 'commit';
/** Frame look-ups in flight for requests without a documentId (beyond this, they are charged at once). */
const MAX_FRAME_LOOKUPS = 4096;
/** Requests queued for the idle step; beyond this the step runs at once (a page cannot grow memory). */
const MAX_PENDING = 20_000;

export function normaliseType(type: string): RequestType {
  if (type === 'beacon') return 'ping';
  return type as RequestType;
}

export class RequestObserver {
  /** Main-frame requests wait for their navigation to commit (they belong to the new visit). */
  private pendingMainFrames = new Map<number, Details[]>();
  /** Requests whose visit is known, waiting for the idle step (drain) that classifies and records them. */
  private pending: { d: Details; visit: VisitRef }[] = [];
  /**
   * Requests (and header annotations) of top-level documents whose commit this worker has not seen, by
   * documentId. Charging them to the tab's current visit would put a page's requests on the page before it
   * whenever onCommitted is lost with a killed worker. They are released when the document's visit becomes
   * known: its commit, its visit found in the database (committed under an earlier worker), or its content
   * script adopting it (VisitTracker.visitForSender).
   */
  private held = new Map<string, { d: Details; then: (visit: VisitRef) => void }[]>();
  /** Firefox: a request of one of these pages, or of one its tab was not seen showing, waits in `held` (page-of-request.ts). */
  private arriving = new ArrivingPages();
  /**
   * Chrome requests whose onBeforeRequest came without a documentId, while we ask which document their frame
   * shows. Seen in Chromium while a stopped worker restarts: the first requests of a freshly committed page
   * arrive with no documentId, and charging them to "the tab's current visit" put them on the page *before* —
   * counted twice, and lost from their own page when its report also died with the worker.
   */
  private frameLookups = 0;
  /** Chrome gives every frame request a documentId; Firefox has none (there a request names its page by URL). */
  private documentIds = false;
  /** `ready` has resolved: events are handled at once instead of waiting for it. */
  private started = false;
  /**
   * Visits whose document this worker has queued: a commit event arriving after the page was adopted from its content
   * script (whose document request was then charged) must not record the document a second time.
   */
  private documented = new Set<string>();
  /** Journal keys of requests decided not to be recorded, crossed off with the next write. */
  private settled: string[] = [];
  /** The journal a killed predecessor left has been replayed (the navigation listener waits for it). */
  readonly replayed: Promise<void>;

  constructor(
    private readonly tracker: VisitTracker,
    private readonly recorder: Recorder,
    private readonly deps: ObserverDeps,
    private readonly ready: Promise<void>,
  ) {
    tracker.onDocumentVisit((documentId, visit) => this.release(documentId, visit));
    // A page adopted because its commit event died with a killed worker: its document request waits here as for a commit.
    tracker.onAdopted((tabId, visit) => this.committed(tabId, visit));
    // Registered before any event can arrive, so it runs before every event's own wait for `ready`.
    ready.then(() => { this.started = true; }, () => undefined);
    this.replayed = ready.then(() => this.replayJournal(), () => undefined);
    recorder.addSource(() => this.drain(), async (keys) => { await this.deps.journal?.done(keys); });
  }

  /** The visit for a request, or null; requests of a not-yet-known top-level document are held instead. */
  private visitOrHold(d: Details, then: (visit: VisitRef) => void): void {
    const documentId = this.documentIds ? this.tracker.unknownTopDocument(d) : this.unknownPage(d);
    if (!documentId) {
      const visit = this.tracker.visitFor(d);
      if (visit) then(visit);
      else this.settle(d);
      return;
    }
    let list = this.held.get(documentId);
    if (!list) {
      if (this.held.size >= MAX_HELD_DOCUMENTS) {
        const oldest = this.held.keys().next().value as string;
        this.deps.log?.(`[web-request] dropping ${this.held.get(oldest)?.length ?? 0} requests of a document that never committed`);
        for (const { d: dropped } of this.held.get(oldest) ?? []) this.settle(dropped);
        this.held.delete(oldest);
      }
      list = [];
      this.held.set(documentId, list);
      if (this.documentIds) void this.tracker.lookupDocument(documentId).catch((e) => this.deps.log?.(`[web-request] ${String(e)}`));
      setTimeout(() => this.giveUpOn(documentId), HELD_DOCUMENT_WAIT_MS);
    }
    if (list.length < MAX_HELD_PER_DOCUMENT) list.push({ d, then });
    else this.settle(d);
  }

  /** A journaled request that will not be recorded: crossed off with the next write. */
  private settle(d: Details): void {
    if (d.journalKey) this.settled.push(d.journalKey);
  }

  /** Record a request for its page's visit (now, or once a not-yet-known document's visit is known). */
  private charge(d: Details): void {
    this.visitOrHold(d, (visit) => this.enqueue(d, visit));
  }

  private giveUpOn(documentId: string): void {
    const list = this.held.get(documentId);
    if (!list) return;
    this.held.delete(documentId);
    for (const { d, then } of list) {
      const visit = this.tracker.visitFor(d);
      if (visit) then(visit);
      else this.settle(d);
    }
  }

  private release(documentId: string, visit: VisitRef | null): void {
    const list = this.held.get(documentId);
    if (!list) return;
    this.held.delete(documentId);
    for (const { d, then } of list) {
      if (visit) then(visit);
      else this.settle(d);
    }
  }

  /** Firefox: the held-request key of a request whose page's navigation is still to be handled, or null. */
  private unknownPage(d: Details): string | null {
    const url = d.topDocumentUrl;
    if (d.tabId < 0 || !url || !isRecordablePage(url)) return null;
    const key = pageKey(d.tabId, url);
    if (this.arriving.has(key)) return key;
    return this.tracker.pageShown(d.tabId, url) === undefined ? key : null;
  }

  /** Firefox: a top-level navigation event arrived (called at once, before it waits for start-up). */
  navigationArrived(tabId: number, url: string): void {
    if (!this.documentIds && tabId >= 0) this.arriving.arrived(tabId, url);
  }

  /**
   * Firefox: that navigation is handled; its page's held requests go to its visit (null: the page is not recorded).
   * Undefined: handling it failed (the database) — they are charged as before, to the tab's page, not dropped.
   */
  navigationHandled(tabId: number, url: string, visit: VisitRef | null | undefined): void {
    if (this.documentIds || tabId < 0) return;
    const key = this.arriving.handled(tabId, url);
    if (visit === undefined) this.giveUpOn(key);
    else this.release(key, visit);
  }

  attach(webRequest: WebRequest, isFirefox: boolean): void {
    this.documentIds = !isFirefox;
    const filter = { urls: ['<all_urls>'] };
    const [before] = OBSERVER_LISTENERS;
    webRequest.onBeforeRequest.addListener((d) => { this.event(d as unknown as Details); return undefined; }, filter, [...before.extraInfoSpec] as never);
  }

  /** Handle at once when ready; before that, wait for `ready` in arrival order (as the navigation events do). */
  private event(d: Details): void {
    // Journaled first, before anything that can die with the worker (start-up, frame look-ups, held documents, the
    // wait for a quiet moment, the write). The body is read now: the journal keeps it as text.
    if (!this.documentIds) d.topDocumentUrl = topDocumentUrl(d);
    if (this.deps.journal && d.tabId >= 0) {
      if (d.requestBody) d.bodyText = bodyText(d.requestBody);
      d.journalKey = this.deps.journal.add(d);
    }
    if (this.started) this.safely(d);
    else void this.ready.then(() => this.safely(d), () => undefined);
  }

  private safely(d: Details): void {
    try { this.onBeforeRequest(d); } catch (error) { this.deps.log?.(`[web-request] ${String(error)}`); }
  }

  /**
   * Records what a killed predecessor journaled and never wrote. The navigation listener waits for this
   * (`replayed`), so a replayed document request is in place before this worker sees its page commit.
   */
  private async replayJournal(): Promise<void> {
    const left = await this.deps.journal?.leftByEarlierWorkers().catch((e: unknown) => { this.deps.log?.(`[web-request] ${String(e)}`); return []; }) ?? [];
    for (const entry of left) {
      try { await this.replay(entry); } catch (e) { this.deps.log?.(`[web-request] ${String(e)}`); }
    }
  }

  /**
   * Keep a top-level commit outside the worker until its visit and document are written (the key goes to committed()):
   * a worker killed while the commit waited for start-up or for its write lost the whole page (no visit, every
   * request dropped) when the page's own report was lost too (seen in the killed-worker test on a busy machine).
   */
  journalCommit(d: { tabId: number; frameId: number; url: string; timeStamp: number; documentId?: string; documentLifecycle?: string }): string | undefined {
    if (!this.deps.journal || d.frameId !== 0 || d.tabId < 0) return undefined;
    return this.deps.journal.add({ ...d, requestId: 'commit', type: COMMIT });
  }

  /**
   * A commit a killed worker journaled: its visit is made now if it was never stored, and its document is recorded
   * (its request, waiting here, or from the commit alone) unless it already is.
   */
  private async replayCommit(d: JournalEntry): Promise<void> {
    const known = d.documentId ? await this.tracker.lookupDocument(d.documentId) : null;
    const visit = known ?? await this.tracker.commit(d);
    if (visit && known && await this.deps.documentRecorded?.(visit.visitId).catch(() => false)) this.settle(d);
    else this.committed(d.tabId, visit, d.journalKey);
  }

  private async replay(d: JournalEntry): Promise<void> {
    if (d.type === COMMIT) { await this.replayCommit(d); return; }
    // A document whose commit the killed worker already handled: its visit is the tab's first of that URL after it.
    const visit = d.type === 'main_frame' ? await this.tracker.visitCommittedAfter(d.tabId, d.url, d.timeStamp).catch(() => null) : null;
    if (!visit) { this.safely(d); return; }
    const recorded = this.documented.has(visit.visitId) || await this.deps.documentRecorded?.(visit.visitId).catch(() => false);
    if (recorded) this.settle(d);
    else this.enqueue(d, visit);
  }

  /**
   * Called by the navigation listener once a top-level navigation committed. `commitKey` is the commit's journal key:
   * crossed off with the next write, or — when the document is recorded from the commit alone — with that document.
   */
  committed(tabId: number, visit: VisitRef | null, commitKey?: string): void {
    const pending = this.pendingMainFrames.get(tabId) ?? [];
    this.pendingMainFrames.delete(tabId);
    const fromCommit = commitKey ? { journalKey: commitKey } : {};
    if (commitKey && (!visit || this.documented.has(visit.visitId))) this.settled.push(commitKey);
    if (!visit) { pending.forEach((d) => this.settle(d)); return; }
    if (this.documented.has(visit.visitId)) {
      // Its document is already queued (adopted before this late commit): a request of the same page is not another.
      const page = withoutFragment(visit.pageUrl);
      const later = pending.filter((d) => withoutFragment(d.url) !== page);
      pending.filter((d) => withoutFragment(d.url) === page).forEach((d) => this.settle(d));
      if (later.length) this.pendingMainFrames.set(tabId, later);
      return;
    }
    // Only the request chain (redirect hops share a requestId) that led to this document. Main-frame requests of
    // navigations that never committed here (downloads, 204s, aborted clicks, or a commit lost with a killed
    // worker) are not this page's: charging them to it counted one document twice.
    const page = withoutFragment(visit.pageUrl);
    const last = [...pending].reverse().find((d) => withoutFragment(d.url) === page);
    if (!last) {
      // The worker may have started after the main-frame request: record the document itself (journaled as its commit).
      this.enqueue({ requestId: 'commit', url: visit.pageUrl, type: 'main_frame', tabId, frameId: 0, timeStamp: Date.now(), ...fromCommit }, visit);
      return;
    }
    if (commitKey) this.settled.push(commitKey);
    for (const d of pending) {
      if (d.requestId === last.requestId) this.enqueue(d, visit);
      else this.settle(d);
    }
  }

  onBeforeRequest(d: Details): void {
    if (d.tabId < 0) return;
    if (d.type === 'main_frame') {
      const list = this.pendingMainFrames.get(d.tabId) ?? [];
      if (list.length < 20) list.push(d);
      else this.settle(d);
      this.pendingMainFrames.set(d.tabId, list);
      return;
    }
    if (this.documentIds && !d.documentId && d.frameId >= 0 && this.deps.frameDocument && this.frameLookups < MAX_FRAME_LOOKUPS) {
      this.nameDocument(d, this.deps.frameDocument);
      return;
    }
    this.charge(d);
  }

  /** A request without its documentId: charge it to the document its frame shows (or, unknown, the tab's page). */
  private nameDocument(d: Details, frameDocument: NonNullable<ObserverDeps['frameDocument']>): void {
    this.frameLookups++;
    void frameDocument(d.tabId, d.frameId).catch(() => null).then((frame) => {
      this.frameLookups--;
      this.charge(frame?.documentId
        ? { ...d, documentId: frame.documentId, parentDocumentId: frame.parentDocumentId, documentLifecycle: frame.documentLifecycle }
        : d);
    });
  }

  /** Queue a request for the idle step; only the visit is decided now. */
  private enqueue(d: Details, visit: VisitRef): void {
    if (d.type === 'main_frame') {
      this.documented.add(visit.visitId);
      // Bounded: only a commit arriving soon after its page's adoption needs the memory.
      if (this.documented.size > 500) this.documented.delete(this.documented.values().next().value as string);
    }
    this.pending.push({ d, visit });
    if (this.pending.length >= MAX_PENDING) void this.recorder.flush().catch(() => undefined);
    else this.recorder.poke();
  }

  /**
   * The idle step (called by the recorder before it writes): classify, scan and record every queued request.
   * Returns the journal keys of what it recorded and of what was dropped since: the recorder marks them written in
   * the same transaction and crosses them off the journal after it committed.
   */
  drain(): string[] {
    const batch = this.pending;
    this.pending = [];
    const keys = this.settled;
    this.settled = [];
    for (const { d, visit } of batch) {
      if (d.journalKey) keys.push(d.journalKey);
      try { this.record(d, visit); } catch (error) { this.deps.log?.(`[web-request] ${String(error)}`); }
    }
    return keys;
  }

  /** Set-Cookie on a watched response: the heuristic, and the cookie names on the host's record. */
  cookiesSet(d: HeadersDetails, cookies: CookieSeen[]): void {
    if (d.tabId < 0 || d.type === 'main_frame' || !this.started) return;
    this.visitOrHold(d, (visit) => {
      if (this.deps.isExcluded?.(visit.site)) return;
      const cls = this.deps.classify(this.observation(d, visit));
      for (const cookie of cookies) this.deps.onCookieSet?.(cls, cookie);
      this.recorder.addRequest({ visitId: visit.visitId, site: visit.site, url: d.url, type: normaliseType(d.type), time: d.timeStamp, cls, cookiesSet: cookies.map((c) => c.name), count: 0 });
    });
  }

  private observation(d: Details, visit: VisitRef): Observation {
    return {
      url: d.url, type: normaliseType(d.type), pageUrl: visit.pageUrl, initiator: d.initiator ?? d.documentUrl,
      time: d.timeStamp, method: d.method, body: d.bodyText ?? bodyText(d.requestBody),
    };
  }

  private record(d: Details, visit: VisitRef): void {
    if (this.deps.isExcluded?.(visit.site)) return;
    const obs = this.observation(d, visit);
    const cls = this.deps.classify(obs);
    const withGpc = this.deps.gpcSent?.(obs.type, d.url, obs.initiator) ?? false;
    this.recorder.addRequest({ visitId: visit.visitId, site: visit.site, url: d.url, type: obs.type, time: d.timeStamp, cls, ...(withGpc ? { withGpc } : {}) });
    if (cls.thirdParty) {
      if (this.deps.scanPii) {
        for (const flow of this.deps.scanPii(obs, cls, visit, d.tabId)) {
          this.recorder.addDataFlow({ ...flow, visitId: visit.visitId, site: visit.site });
        }
      }
      this.deps.onThirdParty?.(visit, cls, d.url, d.timeStamp);
    }
    this.deps.onRecorded?.(visit, cls, obs, d.tabId);
  }
}
