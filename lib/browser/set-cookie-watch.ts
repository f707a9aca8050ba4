/**
 * Set-Cookie of unknown third parties, through a listener that sees only their requests.
 *
 * Chromium hands `Set-Cookie` to an extension only with `extraHeaders`, and `extraHeaders` on every request
 * routes each one through the network service's header client — the most expensive option measured
 * (docs/performance.md). Chromium decides that per request, from the listeners whose filter matches it, so a
 * narrow `urls` filter costs only the requests it matches.
 *
 * Who needs it: the "likely tracker" heuristic, shown only for third parties the tracker database does NOT
 * know. Its main input is the cookie jar (lib/browser/cookie-jar.ts: the identifier cookie a third party
 * really holds), but a browser that blocks third-party cookies (Chromium profiles set so, Brave, …) never
 * stores them, while the attempt itself is the sign of tracking Privacy Badger counts. So once an unknown
 * third-party domain has been seen, its responses are watched for Set-Cookie — from its next request on: the
 * very first response of a domain nobody watched yet is not seen (Chromium decides on the header client when
 * the request starts, before any listener could add it). Domains watched are the most recently seen
 * (bounded), kept across worker restarts by the owner (`save` / `restore`).
 */
import { parseSetCookie } from '../core/classify/har';
import type { CookieSeen } from '../core/types';

export interface HeadersDetails {
  requestId: string; url: string; type: string; tabId: number; frameId: number; timeStamp: number;
  initiator?: string; documentUrl?: string; documentId?: string; parentDocumentId?: string; documentLifecycle?: string;
  responseHeaders?: { name: string; value?: string }[];
}

type Listener = (d: HeadersDetails) => undefined;

/** The part of webRequest.onHeadersReceived we use. */
export interface HeadersReceivedEvent {
  addListener(cb: Listener, filter: { urls: string[] }, extraInfoSpec: string[]): void;
  removeListener(cb: Listener): void;
}

export interface SetCookieWatchDeps {
  /** Set-Cookie lines of a watched response (already parsed; values never kept). */
  onSetCookie(d: HeadersDetails, cookies: CookieSeen[]): void;
  /** The watched domains changed (the owner persists them). */
  save?(domains: string[]): void;
  log?: (msg: string) => void;
}

/** Domains watched at once: a filter of this many patterns is matched per request in C++, in microseconds. */
export const MAX_WATCHED_DOMAINS = 300;

/** The listener's options: Chrome needs `extraHeaders` for Set-Cookie, Firefox has no such option. */
export function setCookieSpec(isFirefox: boolean): string[] {
  return isFirefox ? ['responseHeaders'] : ['responseHeaders', 'extraHeaders'];
}

/** A registrable domain a match pattern can name (no IP literals, ports, wildcards or odd characters). */
export function watchableDomain(domain: string): boolean {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) && !/^[\d.]+$/.test(domain);
}

export class SetCookieWatch {
  /** Insertion order = least recently added first (a re-seen domain is not moved: no churn per request). */
  private domains = new Set<string>();
  private listener: Listener | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly event: HeadersReceivedEvent, private readonly isFirefox: boolean, private readonly deps: SetCookieWatchDeps) {}

  get watched(): string[] { return [...this.domains]; }

  /** Domains kept by an earlier worker: watched again at once. */
  restore(domains: readonly string[]): void {
    for (const d of domains.slice(-MAX_WATCHED_DOMAINS)) if (watchableDomain(d)) this.domains.add(d);
    if (this.domains.size) this.apply();
  }

  /** An unknown third-party domain was recorded: watch its responses from now on. */
  watch(domain: string): void {
    if (this.domains.has(domain) || !watchableDomain(domain)) return;
    this.domains.add(domain);
    if (this.domains.size > MAX_WATCHED_DOMAINS) this.domains.delete(this.domains.values().next().value as string);
    // Re-registered once per burst of new domains, not once per domain.
    this.timer ??= setTimeout(() => { this.timer = null; this.apply(); this.deps.save?.(this.watched); }, 0);
  }

  /** Register the listener for the current domains (new first, then the old one removed: no gap). */
  private apply(): void {
    const urls = [...this.domains].map((d) => `*://*.${d}/*`);
    const next: Listener = (d) => { this.handle(d); return undefined; };
    try {
      if (urls.length) this.event.addListener(next, { urls }, setCookieSpec(this.isFirefox));
      if (this.listener) this.event.removeListener(this.listener);
      this.listener = urls.length ? next : null;
    } catch (error) {
      this.deps.log?.(`[set-cookie] ${String(error)}`);
    }
  }

  private handle(d: HeadersDetails): void {
    if (d.tabId < 0 || d.type === 'main_frame') return;
    const cookies: CookieSeen[] = [];
    for (const h of d.responseHeaders ?? []) {
      if (h.name.toLowerCase() !== 'set-cookie' || !h.value) continue;
      for (const line of h.value.split('\n')) if (line.includes('=')) cookies.push(parseSetCookie(line, d.timeStamp));
    }
    if (cookies.length) this.deps.onSetCookie(d, cookies);
  }
}
