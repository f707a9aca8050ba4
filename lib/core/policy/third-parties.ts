/**
 * Named third parties and recipient categories, sentence by sentence. A lexicon hit becomes a
 * disclosure only after the rejection rules: blocked product names (matcher), generic words
 * without context, the policy's owner, trademark boilerplate, and negation (→ a Claim instead).
 */
import type { CategoryKey, CategoryStatement, Claim, Evidence, ThirdPartyStatement } from '../types.ts';
import { CONTEXT_CUES } from './lexicon/aliases.ts';
import { findAliases, normalizeAlias } from './lexicon/matcher.ts';
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
  }
  return false;
}

export function extractThirdParties(sentences: Sentence[], owner: OwnerInfo): ThirdPartyResult {
  const thirdParties: ThirdPartyStatement[] = [];
  const claims: Claim[] = [];
  const perOrg = new Map<string, number>();
  for (const s of sentences) {
    const matches = findAliases(s.text);
    if (matches.length === 0) continue;
    const trademark = TRADEMARK.test(s.text);
    const hasContext = CONTEXT_CUES.test(s.text);
    const seenHere = new Set<string>();
    for (const m of matches) {
      const e = m.entry;
      if (!e) continue; // browser / OS / card brand
      if (seenHere.has(e.org)) continue;
      if (e.requiresContext && (!hasContext || m.start === 0)) continue;
      if (isOwner(e.org, m.text, owner)) continue;
      if (trademark && s.kind !== 'table') continue;
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

const COMPILED_CATEGORIES = CATEGORY_TERMS.map((c) => ({ category: c.category, re: new RegExp(c.pattern, 'iu') }));

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
