/**
 * "A report in the reader's words", as a check the unit and e2e tests share: what an exported report must
 * not contain — a TrackerDB organization key (amazon_associates, id5_technology_ltd, qq.com) where a company
 * name belongs, a `domain:` row key, a message key that was never translated (why_named), or, in a
 * Chinese report, one of our own English sentences or labels.
 *
 * A key is only looked for when it is not also a plain word of the name the reader is shown ("google" in a
 * report that says "Google" proves nothing), and only as a whole token: www.google-analytics.com is a host,
 * not a key.
 */
import { readFileSync } from 'node:fs';
import { displayName } from '../../lib/core/names';

type Messages = Record<string, { message: string }>;
const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;

const ORGS = readJson<{ organizations: Record<string, { name: string }> }>('node_modules/@ghostery/trackerdb/dist/trackerdb.json').organizations;
const EN = readJson<Messages>('public/_locales/en/messages.json');

const nameWords = (name: string) => new Set(name.toLowerCase().split(/[\s,()（）/&+!'"]+/).filter(Boolean));
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every TrackerDB organization key that would be a leak if a reader of `lang` saw it. */
export function leakableKeys(lang: string): string[] {
  return Object.entries(ORGS)
    .filter(([key, o]) => !nameWords(displayName(key, o.name, lang)).has(key.toLowerCase()))
    .map(([key]) => key);
}

/**
 * One regex per language: a key as a whole token — not inside a host name or a longer identifier
 * (no letter, digit, '_', '-' or '.' around it, though a sentence's full stop may follow).
 */
const keyPatterns = new Map<string, RegExp>();
function keyPattern(lang: string): RegExp {
  let re = keyPatterns.get(lang);
  if (!re) {
    const alternatives = leakableKeys(lang).sort((a, b) => b.length - a.length).map(escapeRe).join('|');
    re = new RegExp(`(?<![\\w.\\-:])(?:${alternatives})(?![\\w\\-]|\\.\\w)`, 'g');
    keyPatterns.set(lang, re);
  }
  return re;
}

const MESSAGE_KEY = new RegExp(`(?<![\\w-])(?:${Object.keys(EN).filter((k) => k.includes('_')).sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\\w-])`, 'g');

/** Our English labels and reasons (3+ words between placeholders) — none may show in a Chinese report. */
const ENGLISH_FRAGMENTS: string[] = Object.entries(EN)
  .filter(([k]) => /^(why|other|flow|consent|report|popup|verdict|category|datatype|csv|optout|dash)_/.test(k))
  .flatMap(([, v]) => v.message.split(/\$\w+\$|\$\d/))
  .map((f) => f.trim().replace(/^[,.:;()]+|[,.:;()]+$/g, '').trim())
  .filter((f) => (f.match(/[A-Za-z]{2,}/g) ?? []).length >= 3);

/** OPP-115 type names of three words or more (a Chinese report says 联系方式, not "Contact"). */
const ENGLISH_DATA_TYPES = ['Cookies and tracking elements', 'IP address and device IDs', 'User online activities', 'Generic personal information', 'Social media data'];

/** Codes a reader never needs: a data flow as the detector wrote it, category and verdict keys. */
const CODES = /\b(?:email|phone|geo|typed-value), (?:plain|urlencoded|base64|md5|sha1|sha256|sha512)\b|(?<![\w-])(?:site_analytics|customer_interaction|audio_video_player|adult_advertising|social_media|unjudged)(?![\w-])/g;

export interface Leak { kind: 'trackerdb-key' | 'row-key' | 'message-key' | 'code' | 'english'; text: string }

/** What in `text` is not in the reader's words; [] when the report speaks the reader's language. */
export function internalWords(text: string, lang: 'en' | 'zh'): Leak[] {
  const leaks: Leak[] = [];
  for (const m of text.matchAll(keyPattern(lang))) leaks.push({ kind: 'trackerdb-key', text: m[0] });
  for (const m of text.matchAll(/domain:[\w.-]+/g)) leaks.push({ kind: 'row-key', text: m[0] });
  for (const m of text.matchAll(MESSAGE_KEY)) leaks.push({ kind: 'message-key', text: m[0] });
  for (const m of text.matchAll(CODES)) leaks.push({ kind: 'code', text: m[0] });
  if (lang === 'zh') for (const f of [...ENGLISH_FRAGMENTS, ...ENGLISH_DATA_TYPES]) if (text.includes(f)) leaks.push({ kind: 'english', text: f });
  return leaks;
}

/** The text a person reads in an exported HTML file: no <style>, no tags, entities decoded; attribute values kept apart. */
export function htmlReadable(html: string): { text: string; attributes: string } {
  const body = html.replace(/<style[\s\S]*?<\/style>/gi, ' ');
  const attributes = [...body.matchAll(/\s[\w-]+="([^"]*)"/g)].map((m) => decodeEntities(m[1])).join('\n');
  const text = decodeEntities(body.replace(/<[^>]*>/g, ' '));
  return { text, attributes };
}

/**
 * The words an exported HTML report speaks itself: without the policy's quoted sentences (<blockquote>, the
 * site's own words, deliberately untranslated) and the request excerpts (<code>). An English policy may well
 * say "browser add-on"; our labels may not, in a Chinese report.
 */
export function htmlOwnWords(html: string): string {
  return htmlReadable(html.replace(/<blockquote[\s\S]*?<\/blockquote>/gi, ' ').replace(/<code>[\s\S]*?<\/code>/gi, ' ')).text;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|apos|nbsp);/gi, (_m, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[lower];
  });
}
