/**
 * Where did the extension's own policy request get redirected to? A browser answers a `redirect: 'manual'`
 * fetch with an opaque response (no status, no Location — Fetch standard, "atomic HTTP redirect handling"),
 * so lib/browser/policy-fetch.ts cannot re-check the next hop from the response. webRequest still sees the
 * redirect (onBeforeRedirect, an observing listener MV3 keeps): this records the targets of requests the
 * extension itself made (tabId -1, initiator = our origin) for the fetcher to ask for, briefly.
 */
export interface RedirectDetails {
  url: string;
  redirectUrl: string;
  tabId: number;
  /** Chrome: the origin that made the request. */
  initiator?: string;
  /** Firefox: the document that made the request. */
  originUrl?: string;
  documentUrl?: string;
}

export interface RedirectEvents {
  onBeforeRedirect: {
    addListener(cb: (d: RedirectDetails) => void, filter: { urls: string[]; tabId?: number }): void;
    removeListener(cb: (d: RedirectDetails) => void): void;
  };
}

const KEEP_MS = 30_000;
const MAX_KEPT = 200;
export const REDIRECT_WAIT_MS = 3_000;

export class RedirectWitness {
  private seen = new Map<string, { to: string; at: number }>();
  private waiters = new Map<string, ((to: string) => void)[]>();

  constructor(private readonly extensionOrigin: string, private readonly now: () => number = Date.now) {
    this.extensionOrigin = extensionOrigin.replace(/\/+$/, '');
  }

  /** onBeforeRedirect listener body: only our own requests count (a page's redirects are none of ours). */
  observe(d: RedirectDetails): void {
    if (d.tabId !== -1 || typeof d.url !== 'string' || typeof d.redirectUrl !== 'string') return;
    const from = d.initiator ?? d.originUrl ?? d.documentUrl ?? '';
    if (from !== this.extensionOrigin && !from.startsWith(`${this.extensionOrigin}/`)) return;
    const waiting = this.waiters.get(d.url);
    if (waiting?.length) {
      const resolve = waiting.shift()!;
      if (waiting.length === 0) this.waiters.delete(d.url);
      resolve(d.redirectUrl);
      return;
    }
    this.prune();
    this.seen.set(d.url, { to: d.redirectUrl, at: this.now() });
  }

  /** The redirect target of our request to `url`: already seen, or seen within `waitMs`; else null. */
  target(url: string, waitMs = REDIRECT_WAIT_MS): Promise<string | null> {
    const hit = this.seen.get(url);
    if (hit && this.now() - hit.at < KEEP_MS) {
      this.seen.delete(url);
      return Promise.resolve(hit.to);
    }
    return new Promise((resolve) => {
      const settle = (to: string | null) => { clearTimeout(timer); resolve(to); };
      const timer = setTimeout(() => {
        const list = this.waiters.get(url)?.filter((w) => w !== settle) ?? [];
        if (list.length) this.waiters.set(url, list); else this.waiters.delete(url);
        resolve(null);
      }, waitMs);
      this.waiters.set(url, [...(this.waiters.get(url) ?? []), settle]);
    });
  }

  private prune(): void {
    const cutoff = this.now() - KEEP_MS;
    for (const [url, v] of this.seen) if (v.at < cutoff || this.seen.size >= MAX_KEPT) this.seen.delete(url); else break;
  }
}

/**
 * The witness, listening on webRequest only while one of our own policy fetches is in flight: every
 * registered webRequest listener costs every page some load time (docs/performance.md), and redirects
 * of our own fetches are all this one is for.
 */
export interface ListeningWitness {
  witness: RedirectWitness;
  /** Runs `fetch` with the listener attached (attached once for overlapping fetches). */
  during<T>(fetch: () => Promise<T>): Promise<T>;
  target(url: string): Promise<string | null>;
}

export function attachRedirectWitness(events: RedirectEvents, extensionOrigin: string): ListeningWitness {
  const witness = new RedirectWitness(extensionOrigin);
  const listener = (d: RedirectDetails) => witness.observe(d);
  let inFlight = 0;
  return {
    witness,
    target: (url) => witness.target(url),
    async during(fetch) {
      if (inFlight++ === 0) events.onBeforeRedirect.addListener(listener, { urls: ['<all_urls>'], tabId: -1 });
      try {
        return await fetch();
      } finally {
        if (--inFlight === 0) events.onBeforeRedirect.removeListener(listener);
      }
    },
  };
}
