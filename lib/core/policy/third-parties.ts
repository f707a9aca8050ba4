/**
 * Named third parties and recipient categories, sentence by sentence. A lexicon hit becomes a
 * disclosure only after the rejection rules: blocked product names (matcher), generic words
 * without context, the policy's owner, trademark boilerplate, and negation (→ a Claim instead).
 */
import type { CategoryKey, CategoryStatement, Claim, Evidence, ThirdPartyStatement } from '../types.ts';
import { CONTEXT_CUES } from './lexicon/aliases.ts';
import { aliasesOf, normalizeAlias } from './lexicon/matcher.ts';
import { CATEGORY_TERMS } from './lexicon/terms.ts';
import { negatedBefore } from './negation.ts';
import type { OwnerInfo } from './owner.ts';
import type { Sentence } from './text.ts';

export const evidenceOf = (s: Sentence): Evidence => ({ text: s.text, start: s.start, end: s.end });

/** Keep a few pieces of evidence per key: enough to show, bounded for huge policies. */
export const MAX_EVIDENCE_PER_KEY = 3;

const TRADEMARK = /\b(?:trademarks?|registered marks?|service marks?|™|®)\b|商标/i;
const SHARE_VERB = /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|sell(?:s|ing)?|rent|transfer|provide|pass|send|trade)\b|共享|出售|提供|转让|披露/i;
// "Visit us on Facebook" names where the company *is*, not who receives data — still a party the
// page may embed, so it counts; but "as reported by Nielsen" style citations do not.
const CITATION = /\b(?:according to|as reported by|ranked by|award(?:ed)? by|featured (?:in|on)|as seen (?:in|on))\s+$/i;

// Page chrome and scripts that ended up in the extracted text: not the policy's words.
const CODE_LIKE = /\bfunction\s*\(|\)\s*\{|\b(?:var|const|let)\s+[\w$]+\s*=|\bwindow\.|\bdocument\.|_gaq|dataLayer|\w\(\[|'\);/;
const SOCIAL_CHROME = /\b(?:follow|find|join|like|subscribe to|connect with|visit)\s+us\b|\bclick to (?:share|email|print)|\(opens in new window\)|^share (?:on|via|to)\b|^[\w.]+ on (?:Facebook|Twitter|LinkedIn|Instagram|YouTube|Pinterest|Google\+)$/i;
const FRAGMENT_CONTEXT = /cookie|third|partner|analytic|advertis|opt[- ]?out|provider|service|sdk|vendor|tool|recipient|processor|第三方|合作/i;

/** A hit inside a URL or e-mail ("windows.microsoft.com/…") names a host, not a recipient. */
function inUrl(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 300 && !/\s/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < 300 && !/\s/.test(text[b])) b++;
  if (a === start && b === end) return false;
  return /:\/\/|www\.|\/|@/.test(text.slice(a, b));
}

// Search engines index public pages and users' own mailbox providers are not recipients of the site.
const NOT_A_RECIPIENT = /\bsearch engines?\b|\b(?:e-?mail|webmail) (?:providers?|services?|accounts?),? (?:like|such as)\b/i;

/** A menu entry or label: no sentence punctuation and only a few words (or CJK characters). */
function isShortFragment(s: Sentence): boolean {
  if (s.kind === 'table' || /[.!?。！？；;:：]$/.test(s.text)) return false;
  if (/[\u3400-\u9fff]/.test(s.text)) return s.text.length <= 8;
  return (s.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 4;
}

/** Very short items (menu entries, "Facebook") count only inside a section about third parties. */
function fragmentInContext(s: Sentence, sentences: Sentence[]): boolean {
  const h = s.heading >= 0 ? sentences[s.heading].text : '';
  return FRAGMENT_CONTEXT.test(h);
}

export interface ThirdPartyResult {
  thirdParties: ThirdPartyStatement[];
  claims: Claim[];
}

/** True when this alias hit is the owner itself (by org key or by name/domain label). */
function isOwner(org: string, written: string, owner: OwnerInfo): boolean {
  if (owner.orgs.has(org)) return true;
  const w = normalizeAlias(written);
  for (const n of owner.names) {
    if (n === w || n.startsWith(w + ' ') || n.startsWith(w + ',') || n.startsWith(w + '.')) return true;
    // "Apple Inc." / "Apple Maps" when the owner is "Apple" (too generic to be an alias itself).
    if (n.length >= 3 && (w.startsWith(n + ' ') || w.startsWith(n + ','))) return true;
  }
  return false;
}

export function extractThirdParties(sentences: Sentence[], owner: OwnerInfo): ThirdPartyResult {
  const thirdParties: ThirdPartyStatement[] = [];
  const claims: Claim[] = [];
  const perOrg = new Map<string, number>();
  for (const s of sentences) {
    const matches = aliasesOf(s);
    if (matches.length === 0) continue;
    if (CODE_LIKE.test(s.text) || SOCIAL_CHROME.test(s.text) || NOT_A_RECIPIENT.test(s.text)) continue;
    const fragment = isShortFragment(s);
    if (fragment && !fragmentInContext(s, sentences)) continue;
    const trademark = TRADEMARK.test(s.text);
    const hasContext = CONTEXT_CUES.test(s.text);
    // A sentence that never mentions services, data, partners or tools is not a disclosure
    // ("we keep old versions on GitHub"); list rows and tables inherit context from their section.
    if (!hasContext && !fragment && s.kind !== 'table') continue;
    const seenHere = new Set<string>();
    for (const m of matches) {
      const e = m.entry;
      if (!e) continue; // browser / OS / card brand
      if (seenHere.has(e.org)) continue;
      if (e.requiresContext && (!hasContext || m.start === 0)) continue;
      if (isOwner(e.org, m.text, owner)) continue;
      if (trademark && s.kind !== 'table') continue;
      if (inUrl(s.text, m.start, m.end)) continue;
      // Flash help links name Adobe as the maker of the user's plug-in, not as a recipient.
      if (e.org === 'adobe' && /\bFlash\b/.test(s.text)) continue;
      if (CITATION.test(s.text.slice(Math.max(0, m.start - 40), m.start))) continue;
      if (negatedBefore(s.text, m.start)) {
        if (SHARE_VERB.test(s.text)) {
          claims.push({ kind: 'no-sharing', dataType: 'any', recipient: e.org, evidence: evidenceOf(s) });
        }
        continue;
      }
      seenHere.add(e.org);
      const n = perOrg.get(e.org) ?? 0;
      if (n >= MAX_EVIDENCE_PER_KEY) continue;
      perOrg.set(e.org, n + 1);
      thirdParties.push({ org: e.org, name: m.text, evidence: evidenceOf(s) });
    }
  }
  return { thirdParties, claims };
}

const COMPILED_CATEGORIES = CATEGORY_TERMS.map((c) => ({ category: c.category, re: new RegExp(c.pattern, 'i') }));

export function extractCategories(sentences: Sentence[]): CategoryStatement[] {
  const out: CategoryStatement[] = [];
  const perCat = new Map<CategoryKey, number>();
  for (const s of sentences) {
    for (const { category, re } of COMPILED_CATEGORIES) {
      const m = re.exec(s.text);
      if (!m) continue;
      if (negatedBefore(s.text, m.index)) continue;
      const n = perCat.get(category) ?? 0;
      if (n >= MAX_EVIDENCE_PER_KEY) continue;
      perCat.set(category, n + 1);
      out.push({ category, evidence: evidenceOf(s) });
    }
  }
  return out;
}
