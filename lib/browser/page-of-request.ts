/**
 * Firefox: which page a request belongs to, without a documentId.
 *
 * Chrome names the document of every request (documentId); Firefox names only its URL — `documentUrl`, and for a
 * frame's request `frameAncestors`, the top-level document last. The visit tracker remembers each tab's last pages by
 * URL (VisitTracker.pageShown); a request of a page the tab has not been seen showing waits until that page's
 * navigation is handled. Seen when a navigation wakes a suspended event page: its commit waits for start-up and the
 * journal's replay while the page's requests are already there — they were charged to the tab's previous page.
 */
import { withoutFragment } from './visit-tracker';

export interface FirefoxRequestFrames {
  frameId: number;
  documentUrl?: string;
  /** The documents above the requesting frame, the top-level one last (empty for the top-level document). */
  frameAncestors?: { url: string; frameId: number }[];
}

/**
 * The URL of the top-level document a request belongs to — the last of its frame's ancestors, or the document that
 * made it when that is the top-level one. Undefined when unknown (an old Firefox, a worker).
 */
export function topDocumentUrl(d: FirefoxRequestFrames): string | undefined {
  const ancestors = Array.isArray(d.frameAncestors) ? d.frameAncestors : [];
  const top = ancestors.length ? ancestors[ancestors.length - 1]?.url : d.frameId === 0 ? d.documentUrl : undefined;
  return typeof top === 'string' ? top : undefined;
}

/** The key under which a tab's page's requests wait (Chrome's keys are documentIds: the prefix keeps them apart). */
export const pageKey = (tabId: number, url: string): string => `page:${tabId} ${withoutFragment(url)}`;

/** Top-level navigations that have arrived and are not handled yet, by pageKey (the same page may arrive twice). */
export class ArrivingPages {
  private counts = new Map<string, number>();

  arrived(tabId: number, url: string): void {
    const key = pageKey(tabId, url);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** One navigation of that page is handled; returns its key. */
  handled(tabId: number, url: string): string {
    const key = pageKey(tabId, url);
    const left = (this.counts.get(key) ?? 1) - 1;
    if (left > 0) this.counts.set(key, left);
    else this.counts.delete(key);
    return key;
  }

  has(key: string): boolean {
    return this.counts.has(key);
  }
}
