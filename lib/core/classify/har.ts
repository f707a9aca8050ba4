/**
 * HAR 1.2 → Observations, for `analyze --har`, the golden tests and the benchmark. Tolerant of the
 * dialects in the wild (Chrome DevTools/chrome-har `_resourceType`, WebPageTest `_initiator`/`_type`,
 * Firefox): when a field is missing we fall back to the next best one instead of failing. Only input
 * that is not a HAR at all throws, with a one-line HarInputError.
 */
import type { CookieSeen, Observation, RequestType } from '../types.ts';
import { isIdentifierLike } from './likely-tracker.ts';

export class HarInputError extends Error {
  override name = 'HarInputError';
}

/** Bodies larger than this are cut: the PII scanner reads 64 KB of them anyway. */
const BODY_LIMIT = 256 * 1024;

interface HarHeader { name?: unknown; value?: unknown }
interface HarCookie { name?: unknown; value?: unknown; expires?: unknown; domain?: unknown }
interface HarEntry {
  pageref?: unknown;
  startedDateTime?: unknown;
  request?: { url?: unknown; method?: unknown; headers?: HarHeader[]; cookies?: HarCookie[]; postData?: { text?: unknown; params?: unknown } };
  response?: { status?: unknown; headers?: HarHeader[]; cookies?: HarCookie[]; content?: { mimeType?: unknown } };
  _resourceType?: unknown;
  _initiator?: unknown;
}
interface HarPage { id?: unknown; title?: unknown; startedDateTime?: unknown }

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const isHttpUrl = (s: string) => /^(https?|wss?):\/\/[^\s/]+/i.test(s);

// chrome-har / DevTools resource types → webRequest types.
const RESOURCE_TYPES: Record<string, RequestType> = {
  stylesheet: 'stylesheet', script: 'script', image: 'image', font: 'font', media: 'media',
  xhr: 'xmlhttprequest', fetch: 'xmlhttprequest', eventsource: 'xmlhttprequest', websocket: 'websocket',
  ping: 'ping', cspviolationreport: 'csp_report', texttrack: 'media', manifest: 'other',
  signedexchange: 'other', preflight: 'other', prefetch: 'other', other: 'other', beacon: 'beacon',
};

function typeFromMime(mime: string, url: string, method: string): RequestType | 'document' | null {
  const m = mime.toLowerCase();
  if (m.includes('html')) return 'document';
  if (m.includes('css')) return 'stylesheet';
  if (m.includes('javascript') || m.includes('ecmascript')) return 'script';
  if (m.startsWith('image/')) return 'image';
  if (m.startsWith('font/') || m.includes('font-') || m.includes('woff')) return 'font';
  if (m.startsWith('video/') || m.startsWith('audio/')) return 'media';
  if (m.includes('json') || m.includes('xml') || m.startsWith('text/plain')) return 'xmlhttprequest';
  // No usable mime type (redirects, failed requests): guess from the path.
  const path = url.split(/[?#]/)[0].toLowerCase();
  if (/\.m?js$/.test(path)) return 'script';
  if (/\.css$/.test(path)) return 'stylesheet';
  if (/\.(png|jpe?g|gif|webp|svg|ico|avif|bmp)$/.test(path)) return 'image';
  if (/\.(woff2?|ttf|otf|eot)$/.test(path)) return 'font';
  if (/\.(mp4|webm|m3u8|mp3|ts)$/.test(path)) return 'media';
  if (method !== 'GET' && method !== '') return 'xmlhttprequest';
  return null;
}

function headerValues(headers: HarHeader[] | undefined, name: string): string[] {
  if (!Array.isArray(headers)) return [];
  return headers.filter((h) => str(h?.name).toLowerCase() === name).map((h) => str(h.value));
}

/** Set-Cookie → CookieSeen (the value itself is dropped; only its length and shape are kept). */
function cookiesSet(entry: HarEntry, time: number): CookieSeen[] {
  // Prefer the raw headers: chrome-har puts several cookies in one header joined with '\n'.
  const lines = headerValues(entry.response?.headers, 'set-cookie').flatMap((v) => v.split('\n')).filter((l) => l.includes('='));
  if (lines.length > 0) return lines.map((l) => parseSetCookie(l, time));
  const cookies = Array.isArray(entry.response?.cookies) ? entry.response.cookies : [];
  return cookies.filter((c) => str(c?.name) !== '').map((c) => {
    const value = str(c.value);
    const seen: CookieSeen = { name: str(c.name), valueLength: value.length, identifierLike: isIdentifierLike(value) };
    const expires = Date.parse(str(c.expires));
    if (!Number.isNaN(expires) && time > 0) seen.maxAgeSeconds = Math.round((expires - time) / 1000);
    if (str(c.domain)) seen.domain = str(c.domain);
    return seen;
  });
}

export function parseSetCookie(line: string, time = 0): CookieSeen {
  const [pair, ...attrs] = line.split(';');
  const eq = pair.indexOf('=');
  const value = pair.slice(eq + 1).trim();
  const seen: CookieSeen = { name: pair.slice(0, eq).trim(), valueLength: value.length, identifierLike: isIdentifierLike(value) };
  for (const attr of attrs) {
    const [k, ...rest] = attr.split('=');
    const key = k.trim().toLowerCase();
    const v = rest.join('=').trim();
    if (key === 'max-age' && /^-?\d+$/.test(v)) seen.maxAgeSeconds = Number(v);
    else if (key === 'expires' && seen.maxAgeSeconds === undefined && time > 0) {
      const t = Date.parse(v);
      if (!Number.isNaN(t)) seen.maxAgeSeconds = Math.round((t - time) / 1000);
    } else if (key === 'domain' && v) seen.domain = v.replace(/^\./, '');
  }
  return seen;
}

/** postData.text, or the form rebuilt from postData.params (some exporters write only those). */
function bodyOf(postData: { text?: unknown; params?: unknown } | undefined): string {
  const text = str(postData?.text);
  if (text !== '' || !postData) return text;
  const params = postData.params;
  if (typeof params === 'string') return params;
  if (!Array.isArray(params)) return '';
  return params
    .map((p: { name?: unknown; value?: unknown }) => {
      const v = typeof p?.value === 'string' ? p.value : JSON.stringify(p?.value ?? '');
      return `${encodeURIComponent(str(p?.name))}=${encodeURIComponent(v)}`;
    })
    .join('&');
}

function cookiesSent(entry: HarEntry): string[] | undefined {
  const fromArray = Array.isArray(entry.request?.cookies) ? entry.request.cookies.map((c) => str(c?.name)).filter(Boolean) : [];
  if (fromArray.length > 0) return fromArray;
  const header = headerValues(entry.request?.headers, 'cookie').join('; ');
  const names = header.split(';').map((p) => p.split('=')[0].trim()).filter(Boolean);
  return names.length > 0 ? names : undefined;
}

function initiatorOf(entry: HarEntry): string | undefined {
  const i = entry._initiator;
  if (typeof i === 'string' && isHttpUrl(i)) return i; // WebPageTest
  if (i && typeof i === 'object') {
    const o = i as { url?: unknown; stack?: { callFrames?: { url?: unknown }[] } };
    if (isHttpUrl(str(o.url))) return str(o.url);
    const frame = o.stack?.callFrames?.find((f) => isHttpUrl(str(f?.url)));
    if (frame) return str(frame.url);
  }
  return undefined;
}

/** The page URL of each page: its title when that is (or contains) a URL, else the URL of its first document entry */
function pageUrls(pages: HarPage[], entries: HarEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of pages) {
    const id = str(p?.id);
    const title = str(p?.title).trim();
    if (isHttpUrl(title) && !/\s/.test(title)) out.set(id, title);
    else {
      // WebPageTest: "Run 1, First View for http://x"; sitespeed: "https://x run 1".
      const m = /\b(https?:\/\/[^\s]+)/i.exec(title);
      if (m) out.set(id, m[1]);
    }
  }
  const firstDoc = new Map<string, string>();
  const firstAny = new Map<string, string>();
  for (const e of entries) {
    const ref = str(e.pageref);
    const url = str(e.request?.url);
    if (!firstAny.has(ref)) firstAny.set(ref, url);
    const status = Number(e.response?.status);
    const isDoc = str(e._resourceType) === 'document' || str(e.response?.content?.mimeType).toLowerCase().includes('html');
    if (isDoc && !(status >= 300 && status < 400) && !firstDoc.has(ref)) firstDoc.set(ref, url);
  }
  for (const ref of new Set([...firstAny.keys(), ...pages.map((p) => str(p?.id))])) {
    if (!out.has(ref)) {
      const u = firstDoc.get(ref) ?? firstAny.get(ref);
      if (u) out.set(ref, u);
    }
  }
  return out;
}

export function observationsFromHar(har: unknown): Observation[] {
  if (typeof har === 'string') {
    try {
      har = JSON.parse(har);
    } catch (e) {
      throw new HarInputError(`not a HAR file: invalid JSON (${(e as Error).message.split('\n')[0]})`);
    }
  }
  const log = (har as { log?: { entries?: unknown; pages?: unknown } } | null)?.log;
  if (!log || typeof log !== 'object') throw new HarInputError('not a HAR file: no "log" object');
  if (!Array.isArray(log.entries)) throw new HarInputError('not a HAR file: "log.entries" is not an array');
  // Every later step reads entry fields: a null/number entry must be an input error, not a TypeError.
  const notEntry = (log.entries as unknown[]).findIndex((e) => typeof e !== 'object' || e === null || Array.isArray(e));
  if (notEntry >= 0) throw new HarInputError(`not a HAR file: entry ${notEntry} is not an object`);
  const entries = log.entries as HarEntry[];
  const pages = Array.isArray(log.pages) ? (log.pages as HarPage[]) : [];
  const pageOf = pageUrls(pages, entries);
  // The navigation opens each page: its leading document entries and redirect hops are main_frame (as
  // webRequest reports every hop of a redirect chain); any later document is a frame.
  const navigationDone = new Set<string>();

  return entries.map((e, i) => {
    const url = str(e?.request?.url);
    if (url === '') throw new HarInputError(`HAR entry ${i} has no request.url`);
    const ref = str(e.pageref);
    const pageUrl = pageOf.get(ref) ?? url;
    const method = str(e.request?.method).toUpperCase();
    const time = Date.parse(str(e.startedDateTime));
    const status = Number(e.response?.status);
    const redirect = status >= 300 && status < 400;
    const rt = str(e._resourceType).toLowerCase();
    let type: RequestType | 'document' | null = rt === 'document' ? 'document' : RESOURCE_TYPES[rt] ?? null;
    if (type === null) type = typeFromMime(str(e.response?.content?.mimeType), url, method) ?? 'other';
    if (!navigationDone.has(ref) && (type === 'document' || (redirect && rt === ''))) {
      type = 'main_frame';
      if (!redirect) navigationDone.add(ref);
    } else {
      navigationDone.add(ref);
      if (type === 'document') type = 'sub_frame';
    }
    const obs: Observation = { url, type, pageUrl, time: Number.isNaN(time) ? 0 : time };
    if (method) obs.method = method;
    const initiator = initiatorOf(e);
    if (initiator) obs.initiator = initiator;
    const sent = cookiesSent(e);
    if (sent) obs.cookiesSent = sent;
    const set = cookiesSet(e, obs.time);
    if (set.length > 0) obs.cookiesSet = set;
    if (headerValues(e.request?.headers, 'sec-gpc').some((v) => v.trim() === '1')) obs.gpc = true;
    const body = bodyOf(e.request?.postData);
    if (body) obs.body = body.length > BODY_LIMIT ? body.slice(0, BODY_LIMIT) : body;
    return obs;
  });
}
