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
import type { FineprintDb, TabRow, VisitRow } from '../store/db';

export interface VisitRef { visitId: string; site: string; pageUrl: string }

export interface RequestOrigin {
  tabId: number;
  frameId?: number;
  type?: string;
  documentId?: string;
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
      const ref = { visitId: v.id, site: v.site, pageUrl: v.url };
      this.current.set(t.tabId, ref);
      if (t.documentId) this.byDocument.set(t.documentId, ref);
    });
  }

  /** A top-level navigation committed: a new visit starts (unless the page is not recordable). */
  async commit(d: CommitDetails, title?: string): Promise<VisitRef | null> {
    if (d.frameId !== 0 || d.tabId < 0) return null;
    if (!isRecordablePage(d.url)) { this.current.delete(d.tabId); await this.db.tabs.delete(d.tabId); return null; }
    const site = siteOf(d.url);
    if (this.isExcluded(site)) { this.current.delete(d.tabId); await this.db.tabs.delete(d.tabId); return null; }
    const ref: VisitRef = { visitId: `${d.tabId}:${Math.round(d.timeStamp)}:${Math.random().toString(36).slice(2, 7)}`, site, pageUrl: d.url };
    const row: VisitRow = { id: ref.visitId, tabId: d.tabId, url: d.url, site, title, startedAt: d.timeStamp, lastAt: d.timeStamp };
    if (d.documentId) this.rememberDocument(d.documentId, ref);
    const prerender = d.documentLifecycle === 'prerender';
    if (!prerender) this.current.set(d.tabId, ref);
    const tab: TabRow = { tabId: d.tabId, visitId: ref.visitId, documentId: d.documentId };
    await this.db.transaction('rw', [this.db.visits, this.db.tabs, this.db.sites], async () => {
      await this.db.visits.put(row);
      if (!prerender) await this.db.tabs.put(tab);
      const existing = await this.db.sites.get(site);
      if (existing) await this.db.sites.update(site, { lastVisit: d.timeStamp });
      else await this.db.sites.put({ site, policyStatus: 'pending', lastVisit: d.timeStamp });
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
    return this.current.get(o.tabId) ?? null;
  }

  currentVisit(tabId: number): VisitRef | null {
    return this.current.get(tabId) ?? null;
  }

  async tabClosed(tabId: number): Promise<void> {
    this.current.delete(tabId);
    await this.db.tabs.delete(tabId);
  }

  private rememberDocument(documentId: string, ref: VisitRef): void {
    this.byDocument.set(documentId, ref);
    if (this.byDocument.size > MAX_DOCS) {
      const oldest = this.byDocument.keys().next().value;
      if (oldest !== undefined) this.byDocument.delete(oldest);
    }
  }
}
