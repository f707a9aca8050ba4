/**
 * Domains a policy names as recipients ("we use ScorecardResearch (scorecardresearch.com)", "data is
 * sent to tracksy-metrics.example"). A domain names its registrable domain only: the verdicts match
 * it against the hosts a company's requests went to, so "google.com" never covers doubleclick.net.
 * The sentence must pass the same naming decision as a company name; a domain inside an e-mail
 * address, the policy's own domain, or a URL to a help, settings or opt-out page is not a disclosure.
 */
import { parse } from 'tldts';
import type { ThirdPartyStatement } from '../types.ts';
import { negatedBefore, negatedInZhClause } from './negation.ts';
import { aliasesOf } from './lexicon/matcher.ts';
import { sendsToMentioned, sentenceFacts } from './naming.ts';
import { shapeRejection } from './naming-shapes.ts';
import type { OwnerInfo } from './owner.ts';
import type { Sentence } from './text.ts';

const HOST = /(?<![\p{L}\p{N}_@.-])(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.){1,8}[a-z]{2,24})(?![\p{L}\p{N}_-]|\.[a-z0-9])(\/[^\s)"'<>\]]*)?/giu;
const HELP_PATH = /\/(?:[^/?#]*[-_/])?(?:help|support|settings|preferences|opt-?out|optout|choices|ads?settings|adpolicy|answer|faq|kb)\b/i;
const MAX_PER_SENTENCE = 20;
export const MAX_DOMAINS = 200;

/** RFC 2606/6761 names used by test and demo pages: treated like any public suffix. */
const RESERVED_TLDS = /\.(?:example|test)$/;

export function registrable(host: string): string | null {
  const p = parse(host.toLowerCase(), { allowPrivateDomains: false });
  if (!p.domain || !p.publicSuffix) return null;
  return p.isIcann !== false || RESERVED_TLDS.test(p.domain) ? p.domain : null;
}

export function extractDomainMentions(sentences: readonly Sentence[], owner: OwnerInfo): ThirdPartyStatement[] {
  const out: ThirdPartyStatement[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (out.length >= MAX_DOMAINS) break;
    if (!/\.[a-z]{2}/i.test(s.text)) continue;
    let facts: ReturnType<typeof sentenceFacts> | undefined;
    let n = 0;
    HOST.lastIndex = 0;
    for (let m = HOST.exec(s.text); m && n < MAX_PER_SENTENCE; m = HOST.exec(s.text), n++) {
      const domain = registrable(m[1]);
      if (!domain || seen.has(domain)) continue;
      // "Amazon.com, Inc. holds a shareholding …": a name the lexicon knows is decided by the naming decision, which
      // has already read it (and may have rejected it); the domain reading must not bring it back.
      const at = m.index + m[0].indexOf(m[1]);
      if (aliasesOf(s).some((a) => a.entry && a.start < at + m[1].length && at < a.end)) continue;
      const label = domain.split('.')[0];
      if (owner.names.has(label) || [...owner.names].some((o) => o.replace(/[^a-z0-9]/g, '') === label)) continue;
      // A link to a page (help, settings, opt-out, a policy) is where the reader goes; only a bare
      // domain ("tracksy-metrics.example", "www.example.com/") names a recipient.
      if (m[2] && m[2] !== '/' && (HELP_PATH.test(m[2]) || m[2].length > 1)) continue;
      // A bare word with a dot ("e.g.", "Inc.com") has no letters after the last dot worth trusting
      // unless the suffix is real — tldts checked that; file names ("index.html") are not ICANN.
      facts ??= sentenceFacts(s, sentences, i);
      if (facts.reject && facts.reject !== 'fragment') continue;
      if (negatedBefore(s.text, m.index)) continue;
      // "不再从 Google Fonts（fonts.googleapis.com）加载", "instead of cdn.segment.com": the shapes that reject a company's
      // name around it (former, compared, denied, an example) reject the domain too — one decision for both.
      const end = at + m[1].length;
      if (negatedInZhClause(s.text, at, end) || shapeRejection(s, s.text.slice(Math.max(0, at - 160), at), s.text.slice(end, end + 80), sendsToMentioned(s) || facts.sentBack)) continue;
      seen.add(domain);
      out.push({ org: null, name: domain, domain, evidence: { text: s.text, start: s.start, end: s.end } });
    }
  }
  return out;
}
