/**
 * Fetches a privacy policy from the background — the ONLY network traffic Fineprint makes, and only
 * for sites the person visited: credentials omitted (no cookies, no auth), no referrer, 5 MB cap read as a
 * stream (a huge or endless response is cut off, not buffered), one timeout for the whole chain.
 * PDFs and other non-text formats get a clear "unsupported format" status, never a crash.
 *
 * The fence (lib/core/policy/fence.ts) is asked before every request, and again for every redirect hop:
 * redirects are never followed by the browser (`redirect: 'manual'`). Node's fetch shows the 3xx and its
 * Location; a browser hides both (an "opaqueredirect" response), so the extension learns the target from
 * webRequest.onBeforeRedirect (lib/browser/redirect-witness.ts) — and refuses when it cannot.
 */
import { decodePolicyBytes } from '../core/policy/decode';
import { checkPolicyUrl, type FenceContext } from '../core/policy/fence';

export const MAX_POLICY_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 5;

export type FetchedDocument =
  | { ok: true; url: string; kind: 'html' | 'text'; body: string; contentType: string }
  | { ok: false; url: string; status: 'unsupported-format' | 'fetch-failed' | 'too-large' | 'empty' | 'refused'; reason: string };

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface PolicyFetchOptions {
  /** The visited page and what its site links to: what the fence decides with. */
  fence: FenceContext;
  fetchImpl?: FetchLike;
  /** Where a redirect the browser hid pointed to (null when unknown: the chain is refused). */
  redirectTarget?: (url: string) => Promise<string | null>;
  timeoutMs?: number;
}

export function kindOf(contentType: string, url: string): 'html' | 'text' | null {
  const ct = contentType.toLowerCase();
  if (ct.includes('html') || ct.includes('xml')) return 'html';
  if (ct.startsWith('text/')) return 'text';
  if (!ct && /\.(html?|php|aspx?)?$/i.test(new URL(url).pathname)) return 'html';
  return null;
}

async function readCapped(response: Response, cap: number): Promise<Uint8Array | null> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer()).slice(0, cap + 1);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) { await reader.cancel().catch(() => undefined); return null; }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) { out.set(c, offset); offset += c.byteLength; }
  return out;
}

export async function fetchPolicyDocument(url: string, opts: PolicyFetchOptions): Promise<FetchedDocument> {
  const { fence, fetchImpl = fetch, redirectTarget, timeoutMs = FETCH_TIMEOUT_MS } = opts;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let current = url;
  let previous: string | undefined;
  try {
    for (let hop = 0; ; hop++) {
      const decision = checkPolicyUrl(current, fence, previous);
      if (!decision.ok) return { ok: false, url: current, status: 'refused', reason: `refused by the fetch fence: ${decision.reason}` };
      current = decision.url;
      const response = await fetchImpl(current, {
        credentials: 'omit', redirect: 'manual', referrerPolicy: 'no-referrer', cache: 'no-store',
        signal: controller.signal, headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' },
      });
      const redirected = response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.headers.has('location'));
      if (redirected) {
        await response.body?.cancel().catch(() => undefined);
        if (hop >= MAX_REDIRECTS) return { ok: false, url: current, status: 'fetch-failed', reason: `more than ${MAX_REDIRECTS} redirects` };
        const location = response.headers.get('location') ?? (await redirectTarget?.(current)) ?? null;
        if (!location) return { ok: false, url: current, status: 'refused', reason: 'refused by the fetch fence: redirect to an unknown place' };
        previous = current;
        try { current = new URL(location, current).href; } catch { return { ok: false, url: previous, status: 'fetch-failed', reason: 'redirect to a malformed URL' }; }
        continue;
      }
      return await readDocument(current, response);
    }
  } catch (error) {
    const aborted = (error as Error).name === 'AbortError';
    return { ok: false, url: current, status: 'fetch-failed', reason: aborted ? `timed out after ${timeoutMs} ms` : String((error as Error).message ?? error) };
  } finally {
    clearTimeout(timer);
  }
}

async function readDocument(url: string, response: Response): Promise<FetchedDocument> {
  if (!response.ok) return { ok: false, url, status: 'fetch-failed', reason: `HTTP ${response.status}` };
  const contentType = response.headers.get('content-type') ?? '';
  const kind = kindOf(contentType, url);
  if (!kind) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, url, status: 'unsupported-format', reason: `unsupported format (${contentType.split(';')[0] || 'unknown'})` };
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_POLICY_BYTES) return { ok: false, url, status: 'too-large', reason: `larger than ${MAX_POLICY_BYTES} bytes` };
  const bytes = await readCapped(response, MAX_POLICY_BYTES);
  if (!bytes) return { ok: false, url, status: 'too-large', reason: `larger than ${MAX_POLICY_BYTES} bytes` };
  if (bytes.byteLength === 0) return { ok: false, url, status: 'empty', reason: 'empty response' };
  try {
    return { ok: true, url, kind, body: decodePolicyBytes(bytes, contentType), contentType };
  } catch (error) {
    return { ok: false, url, status: 'unsupported-format', reason: (error as Error).message };
  }
}
