/**
 * Which page visit does a request belong to?
 *
 * A visit is a tab + a committed top-level navigation. Chrome tells us the `documentId` of the
 * document that made each request, so a late beacon from the page being left is charged to that
 * page, not the next one. Firefox has no documentId: there the tab's current visit is used.
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

export class VisitTracker {
  private current = new Map<number, VisitRef>();
  private byDocument = new Map<string, VisitRef>();
  private documentListeners: ((documentId: string, ref: VisitRef) => void)[] = [];
  private lookups = new Map<string, Promise<VisitRef | null>>();
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
      const ref = { visitId: v.id, site: v.site, pageUrl: v.url, startedAt: v.startedAt };
      this.current.set(t.tabId, ref);
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
        const ref = this.byDocument.get(documentId) ?? { visitId: v.id, site: v.site, pageUrl: v.url };
        this.rememberDocument(documentId, ref);
        return ref;
      }).finally(() => this.lookups.delete(documentId));
      this.lookups.set(documentId, running);
    }
    return running;
  }

  /**
   * The visit a content script's message is about: its own document's visit. A top-level document nobody saw
   * commit (the onCommitted event died with a killed worker) is adopted here — the content script is the second
   * witness that the page exists. Without documentId (Firefox) it is the tab's current visit, as before.
   */
  async visitForSender(s: { tabId: number; frameId: number; url: string; documentId?: string }): Promise<VisitRef | null> {
    if (!s.documentId || s.frameId !== 0) return this.current.get(s.tabId) ?? null;
    const known = await this.lookupDocument(s.documentId);
    if (known) return known;
    let adopting = this.lookups.get(`adopt:${s.documentId}`);
    if (!adopting) {
      adopting = this.commit({ tabId: s.tabId, frameId: 0, url: s.url, timeStamp: Date.now(), documentId: s.documentId })
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
    if (!isRecordablePage(d.url)) { this.current.delete(d.tabId); await this.db.tabs.delete(d.tabId); return null; }
    const site = siteOf(d.url);
    if (this.isExcluded(site)) { this.current.delete(d.tabId); await this.db.tabs.delete(d.tabId); return null; }
    const ref: VisitRef = { visitId: `${d.tabId}:${Math.round(d.timeStamp)}:${Math.random().toString(36).slice(2, 7)}`, site, pageUrl: d.url, startedAt: d.timeStamp };
    const row: VisitRow = {
      id: ref.visitId, tabId: d.tabId, url: d.url, site, title, startedAt: d.timeStamp, lastAt: d.timeStamp, documentId: d.documentId, day: dayOf(d.timeStamp),
    };
    if (d.documentId) this.rememberDocument(d.documentId, ref);
    const prerender = d.documentLifecycle === 'prerender';
    if (!prerender) this.current.set(d.tabId, ref);
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
    return this.current.get(o.tabId) ?? null;
  }

  /** After "delete everything": open tabs start recording again at their next navigation. */
  forgetAll(): void {
    this.current.clear();
    this.byDocument.clear();
  }

  /** Tabs whose current page belongs to `site`. */
  tabsOfSite(site: string): number[] {
    return [...this.current].filter(([, v]) => v.site === site).map(([tabId]) => tabId);
  }

  currentVisit(tabId: number): VisitRef | null {
    return this.current.get(tabId) ?? null;
  }

  /**
   * The tab's current visit if it is the page a document request (made at `requestTime`) led to: same URL, committed
   * after the request. A replayed document request whose commit a killed worker already handled belongs there; one
   * whose commit is still to come (a reload of the same URL) does not.
   */
  visitCommittedAfter(tabId: number, url: string, requestTime: number): VisitRef | null {
    const visit = this.current.get(tabId);
    if (!visit || visit.startedAt === undefined || visit.startedAt < requestTime) return null;
    const bare = (u: string) => u.split('#')[0];
    return bare(visit.pageUrl) === bare(url) ? visit : null;
  }

  async tabClosed(tabId: number): Promise<void> {
    this.current.delete(tabId);
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
