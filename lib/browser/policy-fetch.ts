/**
 * Fetches a privacy policy from the background — the ONLY network traffic Fineprint makes, and only
 * for sites the person visited: credentials omitted (no cookies, no auth), no referrer, redirects
 * followed, 5 MB cap read as a stream (a huge or endless response is cut off, not buffered), timeout.
 * PDFs and other non-text formats get a clear "unsupported format" status, never a crash.
 */
import { decodePolicyBytes } from '../core/policy/decode';

export const MAX_POLICY_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

export type FetchedDocument =
  | { ok: true; url: string; kind: 'html' | 'text'; body: string; contentType: string }
  | { ok: false; url: string; status: 'unsupported-format' | 'fetch-failed' | 'too-large' | 'empty'; reason: string };

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

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

export async function fetchPolicyDocument(url: string, fetchImpl: FetchLike = fetch, timeoutMs = FETCH_TIMEOUT_MS): Promise<FetchedDocument> {
  if (!/^https?:\/\//i.test(url)) return { ok: false, url, status: 'fetch-failed', reason: 'not an http(s) URL' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, {
      credentials: 'omit', redirect: 'follow', referrerPolicy: 'no-referrer', cache: 'no-store',
      signal: controller.signal, headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' },
    });
    const finalUrl = response.url || url;
    if (!response.ok) return { ok: false, url: finalUrl, status: 'fetch-failed', reason: `HTTP ${response.status}` };
    const contentType = response.headers.get('content-type') ?? '';
    const kind = kindOf(contentType, finalUrl);
    if (!kind) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, url: finalUrl, status: 'unsupported-format', reason: `unsupported format (${contentType.split(';')[0] || 'unknown'})` };
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_POLICY_BYTES) return { ok: false, url: finalUrl, status: 'too-large', reason: `larger than ${MAX_POLICY_BYTES} bytes` };
    const bytes = await readCapped(response, MAX_POLICY_BYTES);
    if (!bytes) return { ok: false, url: finalUrl, status: 'too-large', reason: `larger than ${MAX_POLICY_BYTES} bytes` };
    if (bytes.byteLength === 0) return { ok: false, url: finalUrl, status: 'empty', reason: 'empty response' };
    let body: string;
    try {
      body = decodePolicyBytes(bytes, contentType);
    } catch (error) {
      return { ok: false, url: finalUrl, status: 'unsupported-format', reason: (error as Error).message };
    }
    return { ok: true, url: finalUrl, kind, body, contentType };
  } catch (error) {
    const aborted = (error as Error).name === 'AbortError';
    return { ok: false, url, status: 'fetch-failed', reason: aborted ? `timed out after ${timeoutMs} ms` : String((error as Error).message ?? error) };
  } finally {
    clearTimeout(timer);
  }
}
