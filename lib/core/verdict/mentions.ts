/**
 * The safety net under the analyzer: direct look-ups of an organization's names and domains in the
 * policy text. The analyzer's thirdParties list is tuned for precision; a verdict of `undisclosed`
 * for a company the policy does name is the worst mistake after a false accusation, so before we
 * say "not mentioned" we search the text ourselves for every alias of the organization, its
 * TrackerDB name and its domains — rejecting only mentions the author negated ("we do not share
 * with Google") or that sit in trademark boilerplate.
 */
import type { Evidence } from '../types.ts';
import { CONTEXT_CUES } from '../policy/lexicon/aliases.ts';
import { findAliases } from '../policy/lexicon/matcher.ts';
import { negatedBefore } from '../policy/negation.ts';

const TRADEMARK = /\b(?:trademarks?|registered marks?|service marks?)\b|™|®|商标/i;
/** Sentence ends: CJK full stops anywhere, Latin ones only before a space; line breaks always. */
const END = /[。！？；\n]|[.!?](?=\s)/g;

/** The sentence of `text` that contains `pos`, as Evidence with offsets into `text`. */
export function sentenceAt(text: string, pos: number): Evidence {
  // Bounded both ways so a policy without punctuation cannot make evidence the whole text.
  const from = Math.max(0, pos - 600);
  let start = from;
  END.lastIndex = from;
  for (let m = END.exec(text); m && m.index < pos; m = END.exec(text)) start = m.index + m[0].length;
  END.lastIndex = pos;
  const m = END.exec(text);
  let end = m ? m.index + (m[0] === '\n' ? 0 : m[0].length) : text.length;
  end = Math.min(end, pos + 600, text.length);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { text: text.slice(start, end), start, end };
}

/** True when the mention at `pos` counts as a disclosure (not negated, not a trademark notice). */
function acceptable(text: string, pos: number, needsContext: boolean, blockCheck = false): Evidence | null {
  const ev = sentenceAt(text, pos);
  // "Amazon" inside "Amazon Alexa" is the person's device, not a recipient: the lexicon's blocked
  // phrases (browsers, devices, card brands) veto name look-ups the same way they veto aliases.
  if (blockCheck && findAliases(ev.text).some((m) => m.entry === null && m.start <= pos - ev.start && m.end > pos - ev.start)) return null;
  if (TRADEMARK.test(ev.text)) return null;
  if (needsContext && !CONTEXT_CUES.test(ev.text)) return null;
  if (negatedBefore(ev.text, pos - ev.start)) return null;
  return ev;
}

export interface Mention { name: string; evidence: Evidence }

/** Mentions kept per organization: enough to find one that also names a data type. */
const MAX_MENTIONS = 12;

/** Every organization the alias lexicon finds in `text` → its acceptable mentions, in text order. */
export function aliasMentions(text: string): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const m of findAliases(text)) {
    if (!m.entry) continue;
    const list = out.get(m.entry.org) ?? [];
    if (list.length >= MAX_MENTIONS) continue;
    const ev = acceptable(text, m.start, m.entry.requiresContext === true);
    if (!ev || list.some((x) => x.evidence.start === ev.start)) continue;
    list.push({ name: m.text, evidence: ev });
    out.set(m.entry.org, list);
  }
  return out;
}

const CORPORATE = /(?:,?\s+(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|GmbH|AG|S\.?A\.?S?|B\.V\.|N\.V\.|Corp\.?|Corporation|Co\.|Company|Holdings|Group|plc|PLC|Technologies|Technology|Software|Media|Labs))+\s*$/;

const escapeRe = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** Ways a policy may write a TrackerDB organization name ("Steel House, Inc." → "Steel House", "SteelHouse"). */
export function nameVariants(name: string): string[] {
  const out = new Set<string>();
  const base = name.trim();
  if (base.length >= 3) out.add(base);
  const stripped = base.replace(CORPORATE, '').trim();
  if (stripped.length >= 4) out.add(stripped);
  if (/\s/.test(stripped) && stripped.replace(/\s+/g, '').length >= 6) out.add(stripped.replace(/\s+/g, ''));
  return [...out];
}

/**
 * First acceptable mention of any of `names` (case-sensitive: company names are capitalised, and
 * "meta"/"answers" in lower case are ordinary words). One-word names also need a sentence about
 * services, partners or data, for the same reason the lexicon marks "Segment" requiresContext.
 */
export function nameMention(text: string, names: readonly string[]): Mention | null {
  for (const n of names) {
    // Exact (case-sensitive) prefilter: judging 300 organizations must not compile and run 300+
    // Unicode look-behind regexes over a 100 KB policy when the name is not in it at all.
    if (!text.includes(n)) continue;
    const oneWord = !/[\s.]/.test(n);
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRe(n)}(?![\\p{L}\\p{N}_])`, 'gu');
    let tries = 0;
    for (let m = re.exec(text); m && tries < 50; m = re.exec(text), tries++) {
      const ev = acceptable(text, m.index, oneWord, true);
      if (ev) return { name: m[0], evidence: ev };
    }
  }
  return null;
}

const HOST_LIKE = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)+$/;
const LABELS = /[a-z0-9_-]+(?:\.[a-z0-9_-]+)+/g;
let lastText = '';
let lastPairs = new Set<string>();

/**
 * Every pair of adjacent host labels ("org-bench-1.example") in `text`, lower-cased, computed once
 * per policy: the verdict engine asks about each organization's domains against the same text, and
 * 300 Unicode regex scans of a 100 KB policy cost the popup ~30 ms. A prefilter only — it must never
 * reject a domain the regex below would find: any such match starts and ends at label boundaries, so
 * its first two labels are adjacent in the text. 'ſ' (U+017F) is folded by hand: it is the one
 * character whose /iu case fold is an ASCII letter that toLowerCase does not produce.
 */
function labelPairs(text: string): Set<string> {
  if (text === lastText) return lastPairs;
  const pairs = new Set<string>();
  for (const m of text.toLowerCase().replace(/\u017f/g, 's').matchAll(LABELS)) {
    const labels = m[0].split('.');
    for (let i = 0; i + 1 < labels.length; i++) pairs.add(`${labels[i]}.${labels[i + 1]}`);
  }
  lastText = text;
  lastPairs = pairs;
  return pairs;
}

/** First acceptable mention of a registrable domain ("tracksy-metrics.example"), case-insensitive. */
export function domainMention(text: string, domain: string): Mention | null {
  if (!domain || !domain.includes('.')) return null;
  const lower = domain.toLowerCase();
  if (HOST_LIKE.test(lower)) {
    const [a, b] = lower.split('.');
    if (!labelPairs(text).has(`${a}.${b}`)) return null;
  }
  const re = new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRe(domain)}(?![\\p{L}\\p{N}_-])`, 'giu');
  let tries = 0;
  for (let m = re.exec(text); m && tries < 50; m = re.exec(text), tries++) {
    const ev = acceptable(text, m.index, false);
    if (ev) return { name: m[0], evidence: ev };
  }
  return null;
}
