/**
 * Detectors for personal data that needs no seed: email addresses, phone numbers and coordinates.
 * False positives are expensive (a wrong "your phone number was sent to X" destroys trust), so every
 * detector is conservative: explicit delimiters around the value, range and precision checks, and a
 * denylist of contexts (file names, ids, timestamps) that look like data but are not.
 * All regexes are linear: fixed or bounded quantifiers, no nested repetition.
 */
import { parse } from 'tldts';

export interface Hit {
  kind: 'email' | 'phone' | 'geo';
  start: number;
  end: number;
  /** The value as found (never stored: only used for dedup and masking). */
  value: string;
  masked: string;
}

const LOCAL_CHAR = /[A-Za-z0-9._%+\-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.\-]/;
// ICANN TLDs that are also file extensions, plus common extensions, seen after '@' in asset names
// ("logo@2x.png", "icon@3x.app"): never an email there.
const FILE_EXTENSIONS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'ico', 'bmp', 'js', 'mjs', 'css', 'json', 'html',
  'htm', 'map', 'woff', 'woff2', 'ttf', 'zip', 'mov', 'mp4', 'txt', 'xml', 'pdf', 'app', 'dev',
]);

export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return `${email[0]}***@${domain[0]}***${domain.slice(dot)}`;
}

/** Emails around every '@' (expanded by hand instead of a regex: linear and cheap when '@' is rare). */
export function findEmails(text: string, limit = 20): Hit[] {
  const hits: Hit[] = [];
  for (let at = text.indexOf('@'); at !== -1 && hits.length < limit; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL_CHAR.test(text[s - 1])) s--;
    let e = at + 1;
    while (e < text.length && e - at < 254 && DOMAIN_CHAR.test(text[e])) e++;
    // Trailing dots/hyphens belong to the sentence, not the address.
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    while (s < at && (text[s] === '.' || text[s] === '%')) s++;
    if (s === at || e <= at + 3) continue;
    const local = text.slice(s, at);
    const domain = text.slice(at + 1, e).toLowerCase();
    if (local.endsWith('.') || local.includes('..') || /^%[0-9a-f]{2}/i.test(local)) continue;
    const labels = domain.split('.');
    const tld = labels[labels.length - 1];
    if (labels.length < 2 || !/^[a-z]{2,24}$/.test(tld) || FILE_EXTENSIONS.has(tld)) continue;
    if (labels.some((l) => l === '' || l.startsWith('-') || l.endsWith('-'))) continue;
    if (/^\d+x$/.test(labels[0])) continue; // retina asset suffix "@2x."
    const p = parse(domain, { allowPrivateDomains: false, extractHostname: false });
    if (!p.isIcann || !p.domain) continue;
    const value = `${local}@${domain}`;
    hits.push({ kind: 'email', start: s, end: e, value, masked: maskEmail(value) });
  }
  return hits;
}

// ---------------------------------------------------------------------------- phones
// The key in front of a value ("ts=", "orderId":) tells ids and timestamps apart from phone numbers.
const ID_KEY = /(?:^|[_\-.])(?:id|ids|ts|t|time|timestamp|date|cb|rnd|rand|random|order|orderid|seq|nonce|cachebuster|v|ver|version|sid|uid|cid|tid|pid|gclid|fbclid|hash|_)$/i;
const PHONE_KEY = /(?:phone|mobile|tel|msisdn|cell|shouji|手机|电话)/i;

/** Name of the key in front of a value in `k=v`, `"k": v` or `k: v`; '' when there is none. */
export function keyBefore(text: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && (text[i] === '"' || text[i] === "'" || text[i] === ' ')) i--;
  if (i < 0 || (text[i] !== '=' && text[i] !== ':')) return '';
  i--;
  while (i >= 0 && (text[i] === '"' || text[i] === "'" || text[i] === ' ')) i--;
  const end = i + 1;
  while (i >= 0 && i > end - 40 && /[\w\-.\u4e00-\u9fff]/.test(text[i])) i--;
  return text.slice(i + 1, end);
}

function maskDigits(value: string, keepStart: number): string {
  let seen = 0;
  const total = value.replace(/\D/g, '').length;
  let out = '';
  for (const ch of value) {
    if (/\d/.test(ch)) {
      seen++;
      out += seen <= keepStart || seen > total - 2 ? ch : '*';
    } else out += ch;
  }
  return out;
}

// +CC then digits with single separators: "+447911123456", "+44 20 7946 0958", "+1 (555) 555-5555".
const E164 = /(?<![\w+])\+[1-9][\d \-.()]{6,22}/g;
// North American Numbering Plan: area and exchange codes start with 2-9.
const US = /(?<![\w.\-])(?:\([2-9]\d{2}\) ?|[2-9]\d{2}([-.]))[2-9]\d{2}[-.]\d{4}(?![\w.\-])/g;
// Mainland China mobile numbers: 11 digits, 1[3-9] prefix, standing alone (not inside a longer number).
const CN = /(?<![\w.\-])1[3-9]\d{9}(?![\w.])/g;
// Cheap prechecks (no lookbehind, first match exits) so digit-heavy bodies skip the detectors above.
const US_HINT = /\d{3}(?:[-.]|\) ?)\d{3}[-.]\d{4}/;
const CN_HINT = /(?:^|\D)1[3-9]\d{9}(?:\D|$)/;

export function findPhones(text: string, limit = 20): Hit[] {
  const hits: Hit[] = [];
  const add = (start: number, raw: string, keep: number) => {
    if (hits.length >= limit || hits.some((h) => start < h.end && start + raw.length > h.start)) return;
    hits.push({ kind: 'phone', start, end: start + raw.length, value: raw.replace(/[^\d+]/g, ''), masked: maskDigits(raw, keep) });
  };
  if (text.includes('+')) {
    for (const m of text.matchAll(E164)) {
      let raw = m[0];
      while (/[ \-.(]$/.test(raw)) raw = raw.slice(0, -1);
      const after = text[m.index + raw.length];
      if (after !== undefined && /[\w]/.test(after)) continue;
      const digits = raw.replace(/\D/g, '').length;
      // Doubled separators or dots ("+1.2.3") are versions and decimals, not phone numbers.
      // Dots mean versions and decimals ("+1.2.3", "+0.5"); three separators in a row mean prose.
      if (digits < 8 || digits > 15 || raw.includes('.') || /[ \-()]{3}/.test(raw)) continue;
      if ((raw.match(/\(/g)?.length ?? 0) !== (raw.match(/\)/g)?.length ?? 0)) continue;
      add(m.index, raw, 3);
    }
  }
  for (const re of [US, CN]) {
    if (!(re === US ? US_HINT : CN_HINT).test(text)) continue;
    for (const m of text.matchAll(re)) {
      if (re === US && m[1] && m[0].split(m[1]).length !== 3) continue; // "555-555.5555" mixes separators
      const key = keyBefore(text, m.index);
      if (key && ID_KEY.test(key) && !PHONE_KEY.test(key)) continue;
      add(m.index, m[0], 3);
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------- coordinates
const LAT_KV = /(?<![A-Za-z0-9_])(?:lat|latitude)["']?\s{0,2}[:=]\s{0,2}["']?(-?\d{1,2}(?:\.\d{1,15})?)(?![\d.])/gi;
const LON_KV = /(?<![A-Za-z0-9_])(?:lng|lon|long|longitude)["']?\s{0,2}[:=]\s{0,2}["']?(-?\d{1,3}(?:\.\d{1,15})?)(?![\d.])/gi;
// A bare "lat,lon" value must stand alone between delimiters (never whitespace: SVG paths and number
// lists in minified code are full of "12.3456,78.9012").
// Parentheses are not delimiters: "translate(12.3456, 45.6789)" is code.
const PAIR_HINT = /\d\.\d{4,15}, ?-?\d{1,3}\.\d{4}/;
const PAIR = /(?<=^|[=:"'/@\[])(-?\d{1,3}\.\d{4,15}),(?:%20| )?(-?\d{1,3}\.\d{4,15})(?=$|[&"'\]#/;])/g;

function decimals(n: string): number {
  const dot = n.indexOf('.');
  return dot === -1 ? 0 : n.length - dot - 1;
}
const isLat = (v: number) => Math.abs(v) <= 90;
const isLon = (v: number) => Math.abs(v) <= 180;
const maskCoord = (n: string) => n.replace(/(\.\d)\d+/, '$1***');

export function findCoordinates(text: string, limit = 5): Hit[] {
  const hits: Hit[] = [];
  if (/lat/i.test(text)) {
    const lons = [...text.matchAll(LON_KV)];
    for (const lat of text.matchAll(LAT_KV)) {
      if (hits.length >= limit) break;
      // Pair each latitude with the nearest longitude key (query strings and JSON objects keep them close).
      let best: RegExpExecArray | RegExpMatchArray | undefined;
      for (const lon of lons) {
        if (Math.abs(lon.index! - lat.index!) <= 200 && (!best || Math.abs(lon.index! - lat.index!) < Math.abs(best.index! - lat.index!))) best = lon;
      }
      if (!best) continue;
      const a = Number(lat[1]);
      const b = Number(best[1]);
      if (!isLat(a) || !isLon(b) || (a === 0 && b === 0)) continue;
      // Two decimals (~1 km) is the least precision that locates a person rather than a region/default.
      if (decimals(lat[1]) < 2 || decimals(best[1]) < 2) continue;
      const start = Math.min(lat.index!, best.index!);
      const end = Math.max(lat.index! + lat[0].length, best.index! + best[0].length);
      const masked = text.slice(start, end).replace(lat[1], maskCoord(lat[1])).replace(best[1], maskCoord(best[1]));
      hits.push({ kind: 'geo', start, end, value: `${lat[1]},${best[1]}`, masked });
    }
  }
  if (PAIR_HINT.test(text)) {
    for (const m of text.matchAll(PAIR)) {
      if (hits.length >= limit) break;
      const a = Number(m[1]);
      const b = Number(m[2]);
      // Either order: GeoJSON writes [lon, lat].
      if (!((isLat(a) && isLon(b)) || (isLon(a) && isLat(b))) || (a === 0 && b === 0)) continue;
      if (hits.some((h) => m.index! < h.end && m.index! + m[0].length > h.start)) continue;
      hits.push({ kind: 'geo', start: m.index!, end: m.index! + m[0].length, value: `${m[1]},${m[2]}`, masked: `${maskCoord(m[1])},${maskCoord(m[2])}` });
    }
  }
  return hits;
}
