/**
 * The page's witness for the requests its scripts make with fetch().
 *
 * Why: the background's record of a request can die with a killed MV3 service worker (the event was
 * queued, not yet written). The content script's Resource Timing report tops the record up again, but
 * Chromium only adds a fetch() to Resource Timing once the page has *read the response body* — a tracker
 * pixel fired with `fetch(url, { method: 'POST', body })` and never read leaves no entry at all (XHR and
 * sendBeacon do appear; checked in Chromium). So the MAIN-world probe notes each fetch whose promise
 * resolved — a response came back, so the request really left the browser; one blocked by a rule, a
 * content blocker or CSP rejects and is never noted — and the content script adds these to its report.
 * The background counts, per URL, the larger of the two witnesses. Only the URL is noted, never a body.
 *
 * Runs in the page's world, so a page can forge these events: the receiver validates and caps them
 * (lib/probe/intake.ts), and they can only ever top up the sender's own page.
 */
export const NETWORK_EVENT_NAME = 'fineprint-net';

/** `initiatorType` is Resource Timing's name for the same kind of request, so both witnesses speak one language. */
export interface NetworkCall { url: string; initiatorType: 'fetch' }

/** A page that makes more calls than this is hostile or broken; the first ones are enough of a witness. */
export const MAX_WITNESSED_CALLS = 2000;

type WitnessWindow = Pick<Window & typeof globalThis, 'location'> & { fetch?: typeof fetch };

/** The absolute http(s) URL a fetch() argument (string, URL or Request) names, or null. */
export function callUrl(input: unknown, base: string): string | null {
  let raw: string;
  if (typeof input === 'string') raw = input;
  else if (input && typeof input === 'object' && typeof (input as { url?: unknown }).url === 'string') raw = (input as { url: string }).url;
  else if (input && typeof input === 'object' && typeof (input as { href?: unknown }).href === 'string') raw = (input as { href: string }).href;
  else return null;
  try {
    const u = new URL(raw, base);
    return /^https?:$/.test(u.protocol) ? u.href.slice(0, 2048) : null;
  } catch {
    return null;
  }
}

/**
 * Wrap fetch so each call that gets a response is reported, and otherwise behaves exactly as before: same
 * arguments, same `this`, the same promise (the report hangs off it and never changes its outcome).
 */
export function installNetworkWitness(win: WitnessWindow, emit: (call: NetworkCall) => void): void {
  const originalFetch = win.fetch;
  if (typeof originalFetch !== 'function') return;
  let count = 0;
  win.fetch = function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    const result = originalFetch.call(this ?? win, input, init);
    const url = count < MAX_WITNESSED_CALLS ? callUrl(input, win.location.href) : null;
    if (url) {
      count++;
      result.then(() => {
        try { emit({ url, initiatorType: 'fetch' }); } catch { /* never break the page */ }
      }, () => undefined);
    }
    return result;
  } as typeof fetch;
}
