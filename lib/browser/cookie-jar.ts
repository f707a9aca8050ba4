/**
 * Identifier cookies from the cookie jar instead of every request's headers.
 *
 * Reading `Cookie` and `Set-Cookie` needed two more webRequest listeners with `extraHeaders` on every request
 * of every page — the largest part of what observing cost a page load (docs/performance.md). What the popup
 * and reports use them for is per visit × third-party host: does this tracker hold an identifier cookie it
 * receives as a third party (the "likely tracker" heuristic, and the stored `cookiesSet` / `withCookies`)?
 * The jar answers that directly, once per visit × host, after the page's burst of requests (the observer's
 * idle step calls `note`; the look-ups run right after it).
 *
 * Which cookies count: those a third-party request to the host carries — `SameSite=None` (Chromium treats an
 * unspecified SameSite as Lax, which stays home), unpartitioned (a partitioned / CHIPS cookie is keyed to the
 * top-level site and cannot link two sites; `getAll` without a partition key does not return them). A cookie
 * the host set during this very visit is in the jar by the time we look, so "set" and "sent" are both seen.
 */
import { isIdentifierLike } from '../core/classify/likely-tracker';
import type { Classification, CookieSeen } from '../core/types';
import type { VisitRef } from './visit-tracker';

/** The fields of a cookies.Cookie we read. */
export interface JarCookie { name: string; value: string; domain: string; sameSite?: string; expirationDate?: number; session?: boolean }

export interface CookieJarDeps {
  getAll(details: { url: string }): Promise<JarCookie[]>;
  /** The cookies a third-party host receives, seen on `visit` (feeds the heuristic and the record). */
  onCookies(visit: VisitRef, cls: Classification, request: { url: string; time: number }, cookies: CookieSeen[]): void;
  now?: () => number;
  log?: (msg: string) => void;
}

/** Visit × host pairs remembered as already looked up (oldest forgotten first). */
const MAX_SEEN = 20_000;
/** Look-ups per batch; the rest wait for the next one (a page with thousands of hosts cannot flood the IPC). */
const MAX_PER_BATCH = 500;

export class CookieJarLookups {
  private seen = new Set<string>();
  private queue: { visit: VisitRef; cls: Classification; url: string; time: number }[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly deps: CookieJarDeps) {}

  /** A third-party request of `visit` was recorded: look its host up once for this visit. */
  note(visit: VisitRef, cls: Classification, url: string, time: number): void {
    const key = `${visit.visitId}|${cls.host}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.seen.size > MAX_SEEN) this.seen.delete(this.seen.values().next().value as string);
    this.queue.push({ visit, cls, url, time });
    // After the current idle step returns: the look-ups are IPC round trips, never inside a listener.
    this.timer ??= setTimeout(() => { this.timer = null; this.running = this.running.then(() => this.run()); }, 0);
  }

  /** Resolves once every look-up queued so far has been answered (tests, flushing readers). */
  async settled(): Promise<void> {
    while (this.timer !== null || this.queue.length) {
      await new Promise((r) => setTimeout(r, 0));
      await this.running;
    }
    await this.running;
  }

  private async run(): Promise<void> {
    const batch = this.queue.splice(0, MAX_PER_BATCH);
    if (this.queue.length) this.timer ??= setTimeout(() => { this.timer = null; this.running = this.running.then(() => this.run()); }, 0);
    const now = this.deps.now?.() ?? Date.now();
    await Promise.all(batch.map(async ({ visit, cls, url, time }) => {
      let origin: string;
      try { origin = new URL(url).origin; } catch { return; }
      try {
        const cookies = (await this.deps.getAll({ url: `${origin}/` })).filter(sentAsThirdParty).map((c) => seen(c, now));
        if (cookies.length) this.deps.onCookies(visit, cls, { url, time }, cookies);
      } catch (error) {
        this.deps.log?.(`[cookie-jar] ${String(error)}`);
      }
    }));
  }
}

/** A cookie a cross-site request carries (Chromium: SameSite=None; Firefox reports unset as no_restriction). */
export function sentAsThirdParty(c: JarCookie): boolean {
  return c.sameSite === 'no_restriction' || c.sameSite === undefined;
}

function seen(c: JarCookie, now: number): CookieSeen {
  return {
    name: c.name, valueLength: c.value.length, identifierLike: isIdentifierLike(c.value), domain: c.domain.replace(/^\./, ''),
    ...(c.session || c.expirationDate === undefined ? {} : { maxAgeSeconds: Math.round(c.expirationDate - now / 1000) }),
  };
}
