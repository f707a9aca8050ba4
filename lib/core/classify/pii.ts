/**
 * Personal data leaving the page: emails, phone numbers and coordinates in a request's URL or body, and
 * the values the person typed (seeds) found plain, url-encoded, base64 (standard and url-safe, also
 * inside longer payloads) or hashed with md5/sha1/sha256/sha512 — Blacklight's key-logging method: hash
 * the seeds once, then look for the digests in every request.
 *
 * Bounded work per request: at most URL_SCAN_LIMIT chars of URL and BODY_SCAN_LIMIT of body, linear
 * detectors, and a fast path that does nothing for the common request with no '@', '+', 'lat', ',' or
 * long digit run when there are no seeds.
 */
import type { Classification, DataFlow, DataType, Observation, PiiSeed } from '../types.ts';
import { md5, sha1, sha256, sha512 } from './hash.ts';
import { findCoordinates, findEmails, findPhones, maskEmail, type Hit } from './pii-detect.ts';

export const URL_SCAN_LIMIT = 8 * 1024;
export const BODY_SCAN_LIMIT = 64 * 1024;
/** Shorter typed values ("yes", a zip code) would match by chance; hashes are still looked for. */
export const MIN_SEED_LENGTH = 5;
const MAX_BASE64_TOKENS = 32;
const EXCERPT_MAX = 200;

export interface PiiScanner {
  scan(obs: Observation, recipient: Pick<Classification, 'domain' | 'org'>): DataFlow[];
}

interface Span { start: number; end: number; masked: string }
interface Unit {
  text: string;
  /** Lower-cased text, computed on first use (only seed matching needs it). */
  readonly lower: string;
  source: 'url' | 'body';
  encoding: 'plain' | 'urlencoded' | 'base64';
  spans: Span[];
  /** Run the seedless detectors on this text (see addSource for why not on every unit). */
  detect?: boolean;
  /** For a url-decoded unit: the raw text it was decoded from. */
  raw?: Unit;
  /** For base64-decoded text: where the token sits in the text it came from (evidence is shown there). */
  parent?: { unit: Unit; start: number; end: number };
}
interface Finding { type: DataType; kind: string; encoding: string; unit: Unit; span: Span; what: string }

interface CompiledSeed { id: number; type: DataType; label: string; plain: string[]; urlencoded: string[] }
interface Needle { seed: CompiledSeed; text: string; encoding: string }

const HASHES = { md5, sha1, sha256, sha512 } as const;

// ---------------------------------------------------------------------------- encodings

function base64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}
const urlSafe = (b64: string) => b64.replace(/\+/g, '-').replace(/\//g, '_');

/**
 * The part of base64(value) that is the same wherever the value sits in a longer payload: encode with
 * 0, 1 and 2 leading bytes and drop the characters that mix in bits of the neighbours.
 */
export function base64Needles(value: string): string[] {
  const bytes = new TextEncoder().encode(value);
  const out = new Set<string>();
  for (let k = 0; k < 3; k++) {
    const padded = new Uint8Array(k + bytes.length);
    padded.set(bytes, k);
    let enc = base64(padded).replace(/=+$/, '');
    enc = enc.slice(Math.ceil((k * 8) / 6));
    if ((k + bytes.length) % 3 !== 0) enc = enc.slice(0, -1);
    if (enc.length >= 8) {
      out.add(enc);
      out.add(urlSafe(enc));
    }
  }
  return [...out];
}

/** Percent-decoding that never throws (malformed escapes stay as they are); '+' is a space in forms. */
export function safeDecode(text: string, plusIsSpace: boolean): string {
  const t = plusIsSpace ? text.replace(/\+/g, ' ') : text;
  return t.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

function decodeBase64Token(token: string): string | null {
  let t = token.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (t.length % 4 === 1) return null;
  t += '='.repeat((4 - (t.length % 4)) % 4);
  let bin: string;
  try {
    bin = atob(t);
  } catch {
    return null;
  }
  // Only text-like payloads are worth searching: binary noise would just produce chance matches.
  let printable = 0;
  for (let i = 0; i < bin.length; i++) {
    const c = bin.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 9 || c === 10 || c === 13 || c >= 0xc2) printable++;
  }
  if (printable < bin.length * 0.9) return null;
  const bytes = Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

// ---------------------------------------------------------------------------- seeds

function seedLabel(seed: PiiSeed): string {
  if (seed.label) return seed.label;
  if (seed.value.includes('@')) return 'email';
  if (/^\+?[\d ()\-.]{7,}$/.test(seed.value)) return 'phone';
  return 'typed value';
}

function compileSeeds(seeds: readonly PiiSeed[]): { needles: Needle[]; hashes: Map<string, Needle> } {
  const needles: Needle[] = [];
  const hashes = new Map<string, Needle>();
  for (const [id, seed] of seeds.entries()) {
    const value = seed.value.trim();
    if (value === '') continue;
    const variants = new Set([value, value.toLowerCase()]);
    // Ad platforms hash phone numbers as bare digits (Meta/Google "advanced matching").
    if (/^\+?[\d ()\-.]{7,}$/.test(value)) variants.add(value.replace(/\D/g, ''));
    const compiled: CompiledSeed = {
      id,
      type: seed.type ?? 'User online activities',
      label: seedLabel(seed),
      plain: [],
      urlencoded: [],
    };
    for (const v of variants) {
      for (const [name, fn] of Object.entries(HASHES)) {
        const hex = fn(v);
        if (!hashes.has(hex)) hashes.set(hex, { seed: compiled, text: hex, encoding: name });
      }
      if (v.length < MIN_SEED_LENGTH) continue;
      const lower = v.toLowerCase();
      if (!compiled.plain.includes(lower)) compiled.plain.push(lower);
      for (const enc of [encodeURIComponent(v), encodeURIComponent(v).replace(/%20/g, '+')]) {
        const e = enc.toLowerCase();
        if (e !== lower && !compiled.urlencoded.includes(e)) compiled.urlencoded.push(e);
      }
      for (const b of base64Needles(v)) needles.push({ seed: compiled, text: b, encoding: 'base64' });
    }
    for (const p of compiled.plain) needles.push({ seed: compiled, text: p, encoding: 'plain' });
    for (const u of compiled.urlencoded) needles.push({ seed: compiled, text: u, encoding: 'urlencoded' });
  }
  return { needles, hashes };
}

// ---------------------------------------------------------------------------- evidence

/** ≤ 200 chars around the finding, every known value in the window replaced by its masked form. */
export function excerpt(text: string, spans: readonly Span[], focus: Span): string {
  const from = Math.max(0, focus.start - 80);
  const to = Math.min(text.length, focus.end + 80);
  let out = from > 0 ? '…' : '';
  let pos = from;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end <= pos || s.start >= to) continue;
    out += text.slice(pos, Math.max(pos, s.start)) + s.masked;
    pos = s.end;
  }
  if (pos < to) out += text.slice(pos, to);
  if (to < text.length) out += '…';
  return out.length > EXCERPT_MAX ? out.slice(0, EXCERPT_MAX - 1) + '…' : out;
}

// ---------------------------------------------------------------------------- scanner

// Anything the seedless detectors could match contains one of these ('@', '+digit', a "lat" key, an
// 11-digit 1[3-9] run, "ddd-ddd"/"(ddd) ddd", or "d.dddd,"); most requests contain none, and for them
// the scan is this one regex test.
const DETECTOR_HINT = /@|\+\d|(?:^|[^a-z])lat|(?:^|\D)1[3-9]\d{9}(?!\d)|\d{3}(?:[-.) ]|\) )\d{3}|\.\d{4}, ?-?\d/i;
const HEX_RUN = /(?<![0-9a-f])[0-9a-f]{32,128}(?![0-9a-f])/g;
const BASE64_TOKEN = /[A-Za-z0-9+/_\-]{16,}={0,2}/g;

function makeUnit(text: string, source: Unit['source'], encoding: Unit['encoding'], parent?: Unit['parent']): Unit {
  let lower: string | undefined;
  return {
    text, source, encoding, spans: [], parent,
    get lower() {
      return (lower ??= text.toLowerCase());
    },
  };
}

export function createPiiScanner(seeds: readonly PiiSeed[] = []): PiiScanner {
  const { needles, hashes } = compileSeeds(seeds);
  const hasSeeds = hashes.size > 0;

  function scan(obs: Observation, recipient: Pick<Classification, 'domain' | 'org'>): DataFlow[] {
    const url = obs.url.length > URL_SCAN_LIMIT ? obs.url.slice(0, URL_SCAN_LIMIT) : obs.url;
    const body = obs.body ? obs.body.slice(0, BODY_SCAN_LIMIT) : '';
    const urlHint = DETECTOR_HINT.test(url);
    const bodyHint = body !== '' && DETECTOR_HINT.test(body);
    if (!hasSeeds && !urlHint && !bodyHint && !url.includes('%') && !body.includes('%')) return [];

    const units: Unit[] = [];
    const addSource = (text: string, source: Unit['source'], hint: boolean) => {
      if (text === '') return;
      const raw = makeUnit(text, source, 'plain');
      raw.detect = hint;
      if (hasSeeds || hint) units.push(raw);
      if (text.includes('%') || (source === 'body' && text.includes('+'))) {
        const q = text.indexOf('?');
        const decoded = source === 'url'
          ? safeDecode(text.slice(0, q === -1 ? text.length : q), false) + (q === -1 ? '' : safeDecode(text.slice(q), true))
          : safeDecode(text, true);
        const decodedHint = decoded !== text && DETECTOR_HINT.test(decoded);
        if (decoded !== text && (hasSeeds || decodedHint)) {
          const unit = makeUnit(decoded, source, 'urlencoded');
          unit.raw = raw;
          unit.detect = decodedHint;
          units.push(unit);
          // Decoding keeps every visible character, so the detectors need to read the decoded text
          // only, not both (that doubled the cost of big beacon bodies). The exception is a literal '+'
          // before digits, which form decoding turns into a space: then the raw text is read too.
          if (decodedHint) raw.detect = hint && /\+\d/.test(text);
        }
      }
      if (hasSeeds) {
        let n = 0;
        for (const m of text.matchAll(BASE64_TOKEN)) {
          if (++n > MAX_BASE64_TOKENS) break;
          const decoded = decodeBase64Token(m[0]);
          if (decoded) units.push(makeUnit(decoded, source, 'base64', { unit: raw, start: m.index!, end: m.index! + m[0].length }));
        }
      }
    };
    addSource(url, 'url', urlHint);
    addSource(body, 'body', bodyHint);
    if (units.length === 0) return [];

    const findings: Finding[] = [];
    const seen = new Set<string>();
    const record = (unit: Unit, span: Span, f: Omit<Finding, 'unit' | 'span'>, dedupKey: string) => {
      unit.spans.push(span);
      if (seen.has(dedupKey)) return;
      seen.add(dedupKey);
      findings.push({ ...f, unit, span });
    };

    // Seeds first, so an email the person typed is reported as their typed value, not twice.
    if (hasSeeds) {
      for (const unit of units) {
        for (const needle of needles) {
          const hay = needle.encoding === 'base64' ? unit.text : unit.lower;
          for (let i = hay.indexOf(needle.text); i !== -1; i = hay.indexOf(needle.text, i + needle.text.length)) {
            const encoding = needle.encoding === 'plain' && unit.encoding !== 'plain' ? unit.encoding : needle.encoding;
            const masked = encoding === 'plain' || encoding === 'urlencoded'
              ? maskTyped(unit.text.slice(i, i + needle.text.length), needle.seed.label)
              : `[${encoding} of ${needle.seed.label}]`;
            record(unit, { start: i, end: i + needle.text.length, masked },
              { type: needle.seed.type, kind: 'typed-value', encoding, what: needle.seed.label }, `seed:${needle.seed.id}:${encoding}`);
            seen.add(`v:${needle.text}`);
          }
        }
        for (const m of unit.lower.matchAll(HEX_RUN)) {
          const needle = hashes.get(m[0]);
          if (!needle) continue;
          record(unit, { start: m.index!, end: m.index! + m[0].length, masked: `[${needle.encoding} of ${needle.seed.label}]` },
            { type: needle.seed.type, kind: 'typed-value', encoding: needle.encoding, what: needle.seed.label }, `seed:${needle.seed.id}:${needle.encoding}`);
        }
      }
    }

    for (const unit of units) {
      if (unit.encoding === 'base64' ? !DETECTOR_HINT.test(unit.text) : !unit.detect) continue;
      const hits: Hit[] = [
        ...(unit.text.includes('@') ? findEmails(unit.text) : []),
        ...findPhones(unit.text),
        ...findCoordinates(unit.text),
      ];
      for (const h of hits) {
        const norm = h.kind === 'email' ? h.value.toLowerCase() : h.value;
        const already = seen.has(`v:${norm}`) || unit.spans.some((s) => h.start < s.end && h.end > s.start);
        const span = { start: h.start, end: h.end, masked: h.masked };
        if (already) {
          unit.spans.push(span);
          continue;
        }
        // A value found in decoded text that was already readable in the raw text was sent plain.
        const encoding = unit.raw && unit.raw.text.includes(unit.text.slice(h.start, h.end)) ? 'plain' : unit.encoding;
        record(unit, span, { type: h.kind === 'geo' ? 'Location' : 'Contact', kind: h.kind, encoding, what: h.kind }, `v:${norm}`);
      }
    }

    return findings.map((f) => ({
      type: f.type,
      kind: f.kind,
      // What the typed value was (the seed's label), so the reader sees "the e-mail address you typed".
      ...(f.kind === 'typed-value' ? { label: f.what } : {}),
      encoding: f.encoding,
      recipientDomain: recipient.domain,
      recipientOrg: recipient.org,
      evidence: evidenceOf(f),
      time: obs.time,
      source: f.unit.source,
    }));
  }

  return { scan };
}

function maskTyped(found: string, label: string): string {
  if (label === 'email' && found.includes('@')) return maskEmail(found);
  return found.length <= 2 ? '***' : `${found[0]}***${found.length > 6 ? found[found.length - 1] : ''}`;
}

function evidenceOf(f: Finding): string {
  const { unit, span } = f;
  if (unit.parent) {
    // Show where the encoded value sits in the request, not the decoded bytes.
    const p = unit.parent;
    const masked = { start: p.start, end: p.end, masked: `[base64 of ${f.what}]` };
    return excerpt(p.unit.text, [...p.unit.spans, masked], masked);
  }
  // Spans of seed hits index the lower-cased text; it only differs in length for rare Unicode cases.
  return excerpt(unit.spans.length > 0 && unit.text.length !== unit.lower.length ? unit.lower : unit.text, unit.spans, span);
}

/** One-shot helper for callers that scan a single request. */
export function scanForPii(obs: Observation, recipient: Pick<Classification, 'domain' | 'org'>, seeds: readonly PiiSeed[] = []): DataFlow[] {
  return createPiiScanner(seeds).scan(obs, recipient);
}
