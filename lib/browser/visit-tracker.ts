/**
 * Which page visit does a request belong to?
 *
 * A visit is a tab + a committed top-level navigation. Chrome tells us the `documentId` of the
 * document that made each request, so a late beacon from the page being left is charged to that
 * page, not the next one. Firefox has no documentId: there the request's top-level page URL is looked up among the
 * tab's last pages (pageShown; page-of-request.ts), and the tab's current visit is used only when it names none.
 * SPA history navigations start a new visit for the same document; prerendered documents get a
 * visit of their own that becomes the tab's current one once a request shows it active.
 *
 * The tab → visit map is persisted (tabs table) so a restarted service worker picks up where the
 * killed one stopped.
 */
import { getDomain } from 'tldts';
import { dayOf, type FineprintDb, type TabRow, type VisitRow } from '../store/db';
import { noteVisit } from '../store/site-summary';

export interface VisitRef {
  visitId: string; site: string; pageUrl: string;
  /** When the visit's page committed (where known): a replayed document request belongs to a visit started after it. */
  startedAt?: number;
}

export interface RequestOrigin {
  tabId: number;
  frameId?: number;
  type?: string;
  documentId?: string;
  /** Chrome: the document of the frame's parent (a first-level iframe's request → the page's document). */
  parentDocumentId?: string;
  documentLifecycle?: string;
  initiator?: string;
  documentUrl?: string;
  /** Firefox: the URL of the tab's top-level document that made the request (topDocumentUrl in web-request.ts). */
  topDocumentUrl?: string;
}

export interface CommitDetails {
  tabId: number;
  frameId: number;
  url: string;
  timeStamp: number;
  documentId?: string;
  documentLifecycle?: string;
}

const MAX_DOCS = 2000;
const SESSION_GAP_MS = 30 * 60 * 1000;

export function siteOf(url: string): string {
  try {
    const u = new URL(url);
    return getDomain(u.hostname, { allowPrivateDomains: false }) ?? u.hostname;
  } catch {
    return '';
  }
}

export function isRecordablePage(url: string): boolean {
  return /^https?:/i.test(url);
}

/** The page a URL shows: the same page with another fragment is the same page. */
export const withoutFragment = (url: string): string => {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
};

/** Firefox: how many of a tab's last top-level pages are remembered by URL (late requests of a page just left). */
const SHOWN_PER_TAB = 4;

/** A stored visit as the tracker hands it out. */
const refOf = (v: VisitRow): VisitRef => ({ visitId: v.id, site: v.site, pageUrl: v.url, startedAt: v.startedAt });

export class VisitTracker {
  private current = new Map<number, VisitRef>();
  private byDocument = new Map<string, VisitRef>();
  private documentListeners: ((documentId: string, ref: VisitRef) => void)[] = [];
  private adoptionListeners: ((tabId: number, ref: VisitRef) => void)[] = [];
  private lookups = new Map<string, Promise<VisitRef | null>>();
  /**
   * Firefox gives no documentId, only the URL of the document that made a request: the tab's last few pages by URL
   * (oldest first; `ref` null for a page not recorded — excluded or not a web page), so a request is charged to the
   * page that made it, not to whichever page the tab shows when the event is handled (docs/firefox.md, row 2a).
   */
  private shown = new Map<number, { url: string; ref: VisitRef | null }[]>();
  /** Visits created when a request arrived for a tab we had never seen commit (e.g. after install). */
  constructor(private readonly db: FineprintDb, private readonly isExcluded: (site: string) => boolean = () => false) {}

  async restore(): Promise<void> {
    const [tabs, visits] = await Promise.all([this.db.tabs.toArray(), Promise.resolve(null)]);
    void visits;
    const ids = tabs.map((t) => t.visitId);
    const rows = await this.db.visits.bulkGet(ids);
    tabs.forEach((t, i) => {
      const v = rows[i];
      if (!v) return;
      const ref = refOf(v);
      this.current.set(t.tabId, ref);
      this.remember(t.tabId, ref.pageUrl, ref, true);
      if (t.documentId) this.byDocument.set(t.documentId, ref);
    });
  }

  /** Called whenever the visit of a document becomes known (commit, adoption, lookup): held requests are released. */
  onDocumentVisit(listener: (documentId: string, ref: VisitRef) => void): void {
    this.documentListeners.push(listener);
  }

  /**
   * The documentId of a top-level document whose commit this worker has not processed (Chrome only), or null.
   * Its requests must not go to the tab's current visit: that is the *previous* page when the commit event was
   * lost with a killed worker (or is still queued behind a worker restart).
   */
  unknownTopDocument(o: RequestOrigin): string | null {
    if (o.tabId < 0 || !o.documentId || this.byDocument.has(o.documentId)) return null;
    // Not `frameId === 0` alone: Chromium reports the first requests of a freshly committed top-level document
    // with the frame id of its new RenderFrameHost (e.g. 7) and no documentLifecycle until the commit is
    // processed (seen in the killed-worker test). An iframe's request always names its parent document.
    if (o.frameId !== 0 && o.parentDocumentId) return null;
    return o.documentId;
  }

  /** The visit of a document committed under an earlier worker (only the tabs' current ones are restored). */
  lookupDocument(documentId: string): Promise<VisitRef | null> {
    const known = this.byDocument.get(documentId);
    if (known) return Promise.resolve(known);
    let running = this.lookups.get(documentId);
    if (!running) {
      running = this.db.visits.where('documentId').equals(documentId).first().then((v) => {
        if (!v) return null;
        const ref = this.byDocument.get(documentId) ?? refOf(v);
        this.rememberDocument(documentId, ref);
        return ref;
      }).finally(() => this.lookups.delete(documentId));
      this.lookups.set(documentId, running);
    }
    return running;
  }

  /** Called when a page nobody saw commit is adopted from its content script: its document request is still waiting. */
  onAdopted(listener: (tabId: number, ref: VisitRef) => void): void {
    this.adoptionListeners.push(listener);
  }

  /**
   * The visit a content script's message is about: its own document's visit. A top-level document nobody saw
   * commit (the onCommitted event died with a killed worker) is adopted here — the content script is the second
   * witness that the page exists. Without documentId (Firefox) the top frame's page is found by its URL among the tab's
   * last pages (a report sent as the page is left goes to that page, not the next), else it is the tab's current visit.
   */
  async visitForSender(s: { tabId: number; frameId: number; url: string; documentId?: string }): Promise<VisitRef | null> {
    if (!s.documentId || s.frameId !== 0) {
      const byPage = s.frameId === 0 ? this.pageShown(s.tabId, s.url) : undefined;
      return byPage !== undefined ? byPage : this.current.get(s.tabId) ?? null;
    }
    const known = await this.lookupDocument(s.documentId);
    if (known) return known;
    let adopting = this.lookups.get(`adopt:${s.documentId}`);
    if (!adopting) {
      adopting = this.claimReportVisit(s as Required<typeof s>).then((claimed) => claimed ?? this.commit({ tabId: s.tabId, frameId: 0, url: s.url, timeStamp: Date.now(), documentId: s.documentId }))
        .then((ref) => {
          if (ref) for (const listener of this.adoptionListeners) listener(s.tabId, ref);
          return ref;
        })
        .finally(() => this.lookups.delete(`adopt:${s.documentId}`));
      this.lookups.set(`adopt:${s.documentId}`, adopting);
    }
    return adopting;
  }

  /** A top-level navigation committed: a new visit starts (unless the page is not recordable). */
  async commit(d: CommitDetails, title?: string): Promise<VisitRef | null> {
    if (d.frameId !== 0 || d.tabId < 0) return null;
    // The same document already has its visit (adopted from its content script before this late event).
    const adopted = d.documentId ? this.byDocument.get(d.documentId) : undefined;
    if (adopted && adopted.pageUrl === d.url) {
      if (d.documentLifecycle !== 'prerender') this.current.set(d.tabId, adopted);
      return adopted;
    }
    // A commit older than the tab's current page (a killed worker's, replayed from the journal) is a past page.
    const past = (this.current.get(d.tabId)?.startedAt ?? -Infinity) > d.timeStamp;
    const site = isRecordablePage(d.url) ? siteOf(d.url) : '';
    if (!site || this.isExcluded(site)) {
      this.remember(d.tabId, d.url, null, !past);
      // A new tab's about:blank, replayed after its page committed, must not end that page's visit: the tab then had
      // no current visit, and its popup showed nothing (seen in the suspended-background journey on a busy machine).
      if (past) return null;
      this.current.delete(d.tabId);
      await this.db.tabs.delete(d.tabId);
      return null;
    }
    const ref: VisitRef = { visitId: `${d.tabId}:${Math.round(d.timeStamp)}:${Math.random().toString(36).slice(2, 7)}`, site, pageUrl: d.url, startedAt: d.timeStamp };
    const row: VisitRow = {
      id: ref.visitId, tabId: d.tabId, url: d.url, site, title, startedAt: d.timeStamp, lastAt: d.timeStamp, documentId: d.documentId, day: dayOf(d.timeStamp),
    };
    if (d.documentId) this.rememberDocument(d.documentId, ref);
    const prerender = d.documentLifecycle === 'prerender' || past;
    if (!prerender) this.current.set(d.tabId, ref);
    if (d.documentLifecycle !== 'prerender') this.remember(d.tabId, d.url, ref, !prerender);
    const tab: TabRow = { tabId: d.tabId, visitId: ref.visitId, documentId: d.documentId };
    await this.db.transaction('rw', [this.db.visits, this.db.tabs, this.db.sites, this.db.siteSummaries], async () => {
      await this.db.visits.put(row);
      if (!prerender) await this.db.tabs.put(tab);
      const existing = await this.db.sites.get(site);
      // "Changed since your last visit": remember the policy version known when a new session on the
      // site starts (30 min without a visit), so a re-read that finds a new version can say so.
      const newSession = existing !== undefined && d.timeStamp - existing.lastVisit > SESSION_GAP_MS;
      if (existing) await this.db.sites.update(site, { lastVisit: d.timeStamp, ...(newSession ? { seenPolicyHash: existing.policyHash ?? existing.seenPolicyHash } : {}) });
      else await this.db.sites.put({ site, policyStatus: 'pending', lastVisit: d.timeStamp });
      await noteVisit(this.db, row, existing !== undefined);
    });
    return ref;
  }

  /** SPA navigation (history.pushState): same document, new visit. */
  async historyUpdate(d: CommitDetails): Promise<VisitRef | null> {
    const before = this.current.get(d.tabId);
    if (before && before.pageUrl === d.url) return before;
    return this.commit(d);
  }

  /** The visit a request belongs to, or null when it must not be charged to any site. */
  visitFor(o: RequestOrigin): VisitRef | null {
    if (o.tabId < 0) return null; // the browser's own requests are never charged to a site
    if (o.documentId) {
      const byDoc = this.byDocument.get(o.documentId);
      if (byDoc) {
        if (o.documentLifecycle === 'active' && o.frameId === 0 && this.current.get(o.tabId)?.visitId !== byDoc.visitId) {
          this.current.set(o.tabId, byDoc); // a prerendered page was activated
          void this.db.tabs.put({ tabId: o.tabId, visitId: byDoc.visitId, documentId: o.documentId });
        }
        return byDoc;
      }
    }
    // An iframe's request belongs to the page that embeds it, also when that page is being left.
    const byParent = o.parentDocumentId ? this.byDocument.get(o.parentDocumentId) : undefined;
    if (byParent) return byParent;
    const byPage = o.topDocumentUrl ? this.pageShown(o.tabId, o.topDocumentUrl) : undefined;
    if (byPage !== undefined) return byPage;
    return this.current.get(o.tabId) ?? null;
  }

  /**
   * Firefox: the visit of the page at `url` among the tab's last pages (null: a page not recorded), or undefined when
   * the tab has not been seen showing it — its navigation is still to be handled (web-request.ts holds its requests).
   */
  pageShown(tabId: number, url: string): VisitRef | null | undefined {
    const page = withoutFragment(url);
    const list = this.shown.get(tabId) ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (list[i].url === page) return list[i].ref;
    return undefined;
  }

  private remember(tabId: number, url: string, ref: VisitRef | null, newest: boolean): void {
    const list = this.shown.get(tabId) ?? [];
    const entry = { url: withoutFragment(url), ref };
    if (newest) list.push(entry); else list.unshift(entry);
    if (list.length > SHOWN_PER_TAB) list.shift();
    this.shown.set(tabId, list);
  }

  /** After "delete everything": open tabs start recording again at their next navigation. */
  forgetAll(): void {
    this.current.clear();
    this.byDocument.clear();
    this.shown.clear();
  }

  /** Tabs whose current page belongs to `site`. */
  tabsOfSite(site: string): number[] {
    return [...this.current].filter(([, v]) => v.site === site).map(([tabId]) => tabId);
  }

  currentVisit(tabId: number): VisitRef | null {
    return this.current.get(tabId) ?? null;
  }

  /**
   * The visit a document request (made at `requestTime`) led to: the tab's first visit of that URL committed after
   * the request. A replayed document request whose commit a killed worker already handled belongs there; one whose
   * commit is still to come (a reload of the same URL) does not. Not only the tab's current visit: on a busy browse
   * the killed worker may also have handled the *next* page's commit before its write (seen in the killed-worker
   * test: documents lost while their pages' other requests were recorded).
   */
  async visitCommittedAfter(tabId: number, url: string, requestTime: number): Promise<VisitRef | null> {
    const bare = withoutFragment;
    const current = this.current.get(tabId);
    if (current?.startedAt !== undefined && current.startedAt >= requestTime && bare(current.pageUrl) === bare(url)) return current;
    // A commit follows its request within the page's load; a minute is far beyond any and keeps the scan short.
    const rows = await this.db.visits.where('startedAt').between(requestTime, requestTime + 60_000, true, true).toArray();
    const v = rows.filter((r) => r.tabId === tabId && bare(r.url) === bare(url)).sort((a, b) => a.startedAt - b.startedAt)[0];
    return v ? refOf(v) : null;
  }

  /** A visit made from a page's stored report (no document known) becomes that document's visit when it speaks again. */
  private async claimReportVisit(s: { tabId: number; url: string; documentId: string }): Promise<VisitRef | null> {
    const rows = await this.db.visits.where('startedAt').above(Date.now() - 10 * 60_000).toArray();
    const v = rows.find((r) => r.tabId === -1 && !r.documentId && r.url === s.url);
    if (!v) return null;
    const ref = refOf(v);
    this.rememberDocument(s.documentId, ref);
    this.current.set(s.tabId, ref);
    await this.db.transaction('rw', [this.db.visits, this.db.tabs], async () => {
      await this.db.visits.update(v.id, { tabId: s.tabId, documentId: s.documentId });
      await this.db.tabs.put({ tabId: s.tabId, visitId: v.id, documentId: s.documentId });
    });
    return ref;
  }

  /**
   * The visit of a page known only from its own report (page-reports.ts): the latest visit of that URL started before
   * the report, or — when no worker ever saw the page commit — a visit made for it now, in no tab.
   */
  async visitOfReport(pageUrl: string, at: number): Promise<VisitRef | null> {
    // Also a visit started a little after the report: adopted from the page's next report, or replayed from a journal.
    const rows = await this.db.visits.where('startedAt').between(at - 10 * 60_000, at + 60_000, true, true).toArray();
    const v = rows.filter((r) => r.url === pageUrl).sort((a, b) => Math.abs(a.startedAt - at) - Math.abs(b.startedAt - at))[0];
    if (v) return refOf(v);
    if (!isRecordablePage(pageUrl) || this.isExcluded(siteOf(pageUrl))) return null;
    const site = siteOf(pageUrl);
    const ref: VisitRef = { visitId: `report:${Math.round(at)}:${Math.random().toString(36).slice(2, 7)}`, site, pageUrl, startedAt: at };
    const row: VisitRow = { id: ref.visitId, tabId: -1, url: pageUrl, site, startedAt: at, lastAt: at, day: dayOf(at) };
    await this.db.transaction('rw', [this.db.visits, this.db.sites, this.db.siteSummaries], async () => {
      await this.db.visits.put(row);
      const existing = await this.db.sites.get(site);
      if (!existing) await this.db.sites.put({ site, policyStatus: 'pending', lastVisit: at });
      await noteVisit(this.db, row, existing !== undefined);
    });
    return ref;
  }

  async tabClosed(tabId: number): Promise<void> {
    this.current.delete(tabId);
    this.shown.delete(tabId);
    await this.db.tabs.delete(tabId);
  }

  private rememberDocument(documentId: string, ref: VisitRef): void {
    this.byDocument.set(documentId, ref);
    for (const listener of this.documentListeners) listener(documentId, ref);
    if (this.byDocument.size > MAX_DOCS) {
      const oldest = this.byDocument.keys().next().value;
      if (oldest !== undefined) this.byDocument.delete(oldest);
    }
  }
}
