/**
 * webRequest adapter: turns browser request events into classified records.
 *
 * Listeners are attached by `attach()` (called synchronously at the top of the background script so a
 * request that wakes the worker is not missed) but each handler first awaits `ready` — the visit map
 * restored from IndexedDB — so a request arriving during restart is charged to the right visit.
 */
import type Browser from 'webextension-polyfill';
import type { Classification, CookieSeen, DataFlow, Observation, RequestType } from '../core/types';
import type { Recorder } from '../store/recorder';
import { parseSetCookie } from '../core/classify/har';
import type { VisitRef, VisitTracker } from './visit-tracker';

type WebRequest = typeof Browser.webRequest;

export interface ObserverDeps {
  classify(obs: Observation): Classification;
  /** Personal data found in the request (URL or body). */
  scanPii?(obs: Observation, cls: Classification, visit: VisitRef, tabId: number): DataFlow[];
  /** A response set a cookie (feeds the "likely tracker" heuristic). */
  onCookieSet?(cls: Classification, cookie: CookieSeen): void;
  /** Called for each recorded request (badge updates, consent timing). */
  onRecorded?(visit: VisitRef, cls: Classification, obs: Observation, tabId: number): void;
  log?: (msg: string) => void;
  /** Recording paused, or a site the person never wants recorded: drop, even for tabs already open. */
  isExcluded?(site: string): boolean;
}

interface Details {
  requestId: string; url: string; type: string; tabId: number; frameId: number; timeStamp: number; method?: string;
  initiator?: string; documentUrl?: string; documentId?: string; parentDocumentId?: string; documentLifecycle?: string;
  requestHeaders?: { name: string; value?: string }[];
  responseHeaders?: { name: string; value?: string }[];
  requestBody?: { formData?: Record<string, string[]>; raw?: { bytes?: ArrayBuffer }[] } | null;
}

const MAX_BODY = 64 * 1024;
/** Bounds on requests held for documents whose commit is not known yet (a hostile page cannot grow them). */
const MAX_HELD_DOCUMENTS = 100;
const MAX_HELD_PER_DOCUMENT = 5000;
/**
 * A held document whose visit is still unknown after this long (no commit, no visit row, no content script —
 * e.g. a fenced frame) has its requests charged as Firefox would: to the tab's page. Better than dropping them.
 */
const HELD_DOCUMENT_WAIT_MS = 10_000;

export function normaliseType(type: string): RequestType {
  if (type === 'beacon') return 'ping';
  return type as RequestType;
}

export function bodyText(body: Details['requestBody']): string | undefined {
  if (!body) return undefined;
  if (body.formData) {
    return Object.entries(body.formData).map(([k, v]) => `${k}=${v.join(',')}`).join('&').slice(0, MAX_BODY);
  }
  if (body.raw?.length) {
    const parts: string[] = [];
    let size = 0;
    const decoder = new TextDecoder('utf-8', { fatal: false });
    for (const chunk of body.raw) {
      if (!chunk.bytes || size >= MAX_BODY) continue;
      const bytes = new Uint8Array(chunk.bytes, 0, Math.min(chunk.bytes.byteLength, MAX_BODY - size));
      size += bytes.byteLength;
      parts.push(decoder.decode(bytes));
    }
    return parts.join('') || undefined;
  }
  return undefined;
}

function header(headers: Details['requestHeaders'], name: string): string | undefined {
  return headers?.find((h) => h.name.toLowerCase() === name)?.value;
}

/** Requests in flight whose classification is kept for their header events (bounded; oldest dropped). */
const MAX_IN_FLIGHT = 4096;
/** How long a request without a documentId waits for its onSendHeaders (which carries one) before it is charged anyway. */
const DOCUMENT_WAIT_MS = 3000;

export class RequestObserver {
  /** Main-frame requests wait for their navigation to commit (they belong to the new visit). */
  private pendingMainFrames = new Map<number, Details[]>();
  /**
   * Classification from onBeforeRequest, reused by onSendHeaders/onHeadersReceived of the same request:
   * classifying each request three times was a measurable share of the extension's page-load cost.
   */
  private inFlight = new Map<string, Classification>();
  /**
   * Requests (and header annotations) of top-level documents whose commit this worker has not seen, by
   * documentId. Charging them to the tab's current visit would put a page's requests on the page before it
   * whenever onCommitted is lost with a killed worker. They are released when the document's visit becomes
   * known: its commit, its visit found in the database (committed under an earlier worker), or its content
   * script adopting it (VisitTracker.visitForSender).
   */
  private held = new Map<string, { d: Details; then: (visit: VisitRef) => void }[]>();
  /**
   * Chrome requests whose onBeforeRequest came without a documentId, waiting for their onSendHeaders. Seen in
   * Chromium while a stopped worker restarts: the first requests of a freshly committed page arrive with no
   * documentId (their onSendHeaders has it), and charging them to "the tab's current visit" put them on the
   * page *before* — counted twice, and lost from their own page when its report also died with the worker.
   */
  private awaitingDocument = new Map<string, { d: Details; timer: ReturnType<typeof setTimeout> }>();
  /** Chrome gives every frame request a documentId; Firefox has none (there the tab's visit is all there is). */
  private documentIds = false;

  constructor(
    private readonly tracker: VisitTracker,
    private readonly recorder: Recorder,
    private readonly deps: ObserverDeps,
    private readonly ready: Promise<void>,
  ) {
    tracker.onDocumentVisit((documentId, visit) => this.release(documentId, visit));
  }

  /** The visit for a request, or null; requests of a not-yet-known top-level document are held instead. */
  private visitOrHold(d: Details, then: (visit: VisitRef) => void): void {
    const documentId = this.tracker.unknownTopDocument(d);
    if (!documentId) {
      const visit = this.tracker.visitFor(d);
      if (visit) then(visit);
      return;
    }
    let list = this.held.get(documentId);
    if (!list) {
      if (this.held.size >= MAX_HELD_DOCUMENTS) {
        const oldest = this.held.keys().next().value as string;
        this.deps.log?.(`[web-request] dropping ${this.held.get(oldest)?.length ?? 0} requests of a document that never committed`);
        this.held.delete(oldest);
      }
      list = [];
      this.held.set(documentId, list);
      void this.tracker.lookupDocument(documentId).catch((e) => this.deps.log?.(`[web-request] ${String(e)}`));
      setTimeout(() => this.giveUpOn(documentId), HELD_DOCUMENT_WAIT_MS);
    }
    if (list.length < MAX_HELD_PER_DOCUMENT) list.push({ d, then });
  }

  /** Record a request for its page's visit (now, or once a not-yet-known document's visit is known). */
  private charge(d: Details): void {
    this.visitOrHold(d, (visit) => this.record(d, visit));
  }

  private giveUpOn(documentId: string): void {
    const list = this.held.get(documentId);
    if (!list) return;
    this.held.delete(documentId);
    for (const { d, then } of list) {
      const visit = this.tracker.visitFor(d);
      if (visit) then(visit);
    }
  }

  private release(documentId: string, visit: VisitRef): void {
    const list = this.held.get(documentId);
    if (!list) return;
    this.held.delete(documentId);
    for (const { then } of list) then(visit);
  }

  attach(webRequest: WebRequest, isFirefox: boolean): void {
    const filter = { urls: ['<all_urls>'] };
    const extra = isFirefox ? [] : ['extraHeaders'];
    this.documentIds = !isFirefox;
    webRequest.onBeforeRequest.addListener((d) => { void this.guard(() => this.onBeforeRequest(d as unknown as Details)); return undefined; }, filter, ['requestBody']);
    webRequest.onSendHeaders.addListener((d) => { void this.guard(() => this.onSendHeaders(d as unknown as Details)); }, filter, ['requestHeaders', ...extra] as never);
    webRequest.onHeadersReceived.addListener((d) => { void this.guard(() => this.onHeadersReceived(d as unknown as Details)); return undefined; }, filter, ['responseHeaders', ...extra] as never);
  }

  private async guard(fn: () => Promise<void> | void): Promise<void> {
    try { await this.ready; await fn(); } catch (error) { this.deps.log?.(`[web-request] ${String(error)}`); }
  }

  /** Called by the navigation listener once a top-level navigation committed. */
  committed(tabId: number, visit: VisitRef | null): void {
    const pending = this.pendingMainFrames.get(tabId) ?? [];
    this.pendingMainFrames.delete(tabId);
    if (!visit) return;
    // Only the request chain (redirect hops share a requestId) that led to this document. Main-frame requests of
    // navigations that never committed here (downloads, 204s, aborted clicks, or a commit lost with a killed
    // worker) are not this page's: charging them to it counted one document twice.
    const page = withoutFragment(visit.pageUrl);
    const last = [...pending].reverse().find((d) => withoutFragment(d.url) === page);
    if (!last) {
      // The worker may have started after the main-frame request: record the document itself.
      this.record({ requestId: 'commit', url: visit.pageUrl, type: 'main_frame', tabId, frameId: 0, timeStamp: Date.now() }, visit);
      return;
    }
    for (const d of pending) if (d.requestId === last.requestId) this.record(d, visit);
  }

  onBeforeRequest(d: Details): void {
    if (d.tabId < 0) return;
    if (d.type === 'main_frame') {
      const list = this.pendingMainFrames.get(d.tabId) ?? [];
      if (list.length < 20) list.push(d);
      this.pendingMainFrames.set(d.tabId, list);
      return;
    }
    if (this.documentIds && !d.documentId && d.frameId >= 0) {
      this.waitForDocument(d);
      return;
    }
    this.charge(d);
  }

  /** Hold a request that came without its documentId until onSendHeaders names it (or a timeout: charge it anyway). */
  private waitForDocument(d: Details): void {
    if (this.awaitingDocument.size >= MAX_IN_FLIGHT) {
      this.charge(d);
      return;
    }
    const timer = setTimeout(() => {
      if (this.awaitingDocument.delete(d.requestId)) this.charge(d);
    }, DOCUMENT_WAIT_MS);
    this.awaitingDocument.set(d.requestId, { d, timer });
  }

  /** onSendHeaders of a request waiting for its document: record it now, with the document this event names. */
  private documentNamed(d: Details): void {
    const waiting = this.awaitingDocument.get(d.requestId);
    if (!waiting) return;
    clearTimeout(waiting.timer);
    this.awaitingDocument.delete(d.requestId);
    const named: Details = {
      ...waiting.d, documentId: d.documentId, parentDocumentId: d.parentDocumentId, documentLifecycle: d.documentLifecycle,
    };
    this.charge(named);
  }

  private observation(d: Details, visit: VisitRef): Observation {
    return {
      url: d.url, type: normaliseType(d.type), pageUrl: visit.pageUrl, initiator: d.initiator ?? d.documentUrl,
      time: d.timeStamp, method: d.method, body: bodyText(d.requestBody),
    };
  }

  private record(d: Details, visit: VisitRef): void {
    if (this.deps.isExcluded?.(visit.site)) return;
    const obs = this.observation(d, visit);
    const cls = this.deps.classify(obs);
    this.remember(d.requestId, cls);
    this.recorder.addRequest({ visitId: visit.visitId, site: visit.site, url: d.url, type: obs.type, time: d.timeStamp, cls });
    if (cls.thirdParty && this.deps.scanPii) {
      for (const flow of this.deps.scanPii(obs, cls, visit, d.tabId)) {
        this.recorder.addDataFlow({ ...flow, visitId: visit.visitId, site: visit.site });
      }
    }
    this.deps.onRecorded?.(visit, cls, obs, d.tabId);
  }

  private remember(requestId: string, cls: Classification): void {
    this.inFlight.set(requestId, cls);
    if (this.inFlight.size > MAX_IN_FLIGHT) {
      const oldest = this.inFlight.keys().next().value;
      if (oldest !== undefined) this.inFlight.delete(oldest);
    }
  }

  /** The request's classification: from onBeforeRequest when we saw it, else computed now. */
  private classified(d: Details, visit: VisitRef): Classification {
    return this.inFlight.get(d.requestId) ?? this.deps.classify(this.observation(d, visit));
  }

  onSendHeaders(d: Details): void {
    if (d.tabId < 0 || d.type === 'main_frame') return;
    this.documentNamed(d);
    const withCookies = Boolean(header(d.requestHeaders, 'cookie'));
    const withGpc = header(d.requestHeaders, 'sec-gpc') === '1';
    if (!withCookies && !withGpc) return;
    this.visitOrHold(d, (visit) => {
      const cls = this.classified(d, visit);
      this.recorder.addRequest({ visitId: visit.visitId, site: visit.site, url: d.url, type: normaliseType(d.type), time: d.timeStamp, cls, withCookies, withGpc, count: 0 });
    });
  }

  onHeadersReceived(d: Details): void {
    if (d.tabId < 0) return;
    const cookies = (d.responseHeaders ?? []).filter((h) => h.name.toLowerCase() === 'set-cookie' && h.value)
      .flatMap((h) => (h.value ?? '').split('\n')).filter((line) => line.includes('=')).map((line) => parseSetCookie(line, d.timeStamp));
    if (cookies.length === 0 || d.type === 'main_frame') return;
    this.visitOrHold(d, (visit) => {
      const cls = this.classified(d, visit);
      this.inFlight.delete(d.requestId);
      for (const c of cookies) this.deps.onCookieSet?.(cls, c);
      this.recorder.addRequest({ visitId: visit.visitId, site: visit.site, url: d.url, type: normaliseType(d.type), time: d.timeStamp, cls, cookiesSet: cookies.map((c) => c.name), count: 0 });
    });
  }
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
