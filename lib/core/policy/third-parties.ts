/**
 * Named third parties, sentence by sentence: every alias the lexicon finds (company or product
 * names) and every domain the text mentions goes through the one naming decision (naming.ts).
 * Accepted mentions become ThirdPartyStatements (with the product they name, if any); a negated
 * mention with a denial becomes a Claim the verdicts can hold against that company.
 */
import type { Aside, AsideKind, Claim, Evidence, ThirdPartyStatement } from '../types.ts';
import { parseDenial } from './denial.ts';
import { footnoteTakesBack } from './footnotes.ts';
import { sectionNaming } from './heading-labels.ts';
import { aliasesOf } from './lexicon/matcher.ts';
import { judgeNaming, productOf, sendsToMentioned, sentenceFacts, type NamingRejection } from './naming.ts';
import { deniedEverything } from './naming-shapes.ts';
import { denyingPointerAt, lastClauseStart, nextLineOf, roleDenialSpan } from './naming-context.ts';
import type { OwnerInfo } from './owner.ts';
import type { Sentence } from './text.ts';

export const evidenceOf = (s: Sentence): Evidence => ({ text: s.text, start: s.start, end: s.end });

/** Keep a few pieces of evidence per key: enough to show, bounded for huge policies. */
export const MAX_EVIDENCE_PER_KEY = 3;

export interface ThirdPartyResult {
  thirdParties: ThirdPartyStatement[];
  claims: Claim[];
  /** Why mentions were not counted (org → reasons seen), for diagnostics and the eval. */
  rejected: Map<string, Set<NamingRejection>>;
  /** The first telling mention of each company a rejected mention was found for (named ones included). */
  asides: Aside[];
}

/**
 * Which rejections tell the reader something true about the mention. Not: page code, a bare heading, a sentence
 * without context or an ordinary word — there the policy may not be speaking of the company at all.
 */
const ASIDE: Partial<Record<NamingRejection, AsideKind>> = {
  'sign-in-button': 'sign-in', 'data-source': 'sign-in',
  'platform-brand': 'your-product', 'user-product': 'your-product', 'example-of-user-provider': 'your-product',
  link: 'reference', 'help-or-opt-out': 'reference', 'outbound-link': 'reference', 'social-follow': 'reference', 'search-engine': 'reference',
  citation: 'reference', certification: 'reference', 'about-the-policy': 'reference', 'not-covered': 'reference', trademark: 'reference',
  comparison: 'reference', 'about-the-company': 'reference',
  negated: 'denied', former: 'former-or-possible', hypothetical: 'former-or-possible',
};

/** Readings that belong to a position in the sentence, and so to every item of a list standing there. */
const LIST_SHARED = new Set<NamingRejection>(['citation', 'comparison', 'former', 'hypothetical', 'help-or-opt-out', 'platform-brand', 'data-source', 'negated', 'example-of-user-provider', 'trademark', 'corporate-family', 'outbound-link', 'about-the-policy']);
/**
 * Between two items of one list: ", ", " and ", " or ", "、" — naming.ts's list glue, plus a corporate suffix or an
 * "ID"/"account" word closing the item before ("your Apple ID, Google account").
 */
const BETWEEN_LIST_ITEMS = /^(?:[\s,]*(?:Inc\.?|LLC|Ltd\.?|Corp\.?|GmbH|S\.A\.|IDs?|accounts?)?)?\s*(?:,|、|，|;|\/)?\s*(?:and|or|&|及|和|或)?\s*$/i;

/** "Facebook receives a record …": the company as the subject of a receiving verb. */
// …and "the Adjust SDK in the Game collects your advertising ID", "您在WeGame内的充值由腾讯处理".
const RECEIVES_AFTER = /^\s+(?:(?:SDK|SDKs|pixel|tag|script|library|kit)\s+)?(?:(?:in|on) (?:the|our|this) [\w-]+\s+)?(?:also\s+)?(?:receives?|collects?|gets?|records?|stores?|processes)\b/i;
const ZH_HANDLED_BY = { before: /由\s*$/, after: /^\s*(?:负责)?(?:处理|收取|代收|接收|收集)/ };
/** The company receives at this mention, though an earlier mention in the paragraph was where data came from. */
function receivesHere(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  return RECEIVES_AFTER.test(after) || (ZH_HANDLED_BY.before.test(text.slice(Math.max(0, start - 4), start)) && ZH_HANDLED_BY.after.test(after));
}
/** ", Dropbox or ": items between that the lexicon does not know (capitalised names, up to three words each). */
const UNKNOWN_ITEMS_BETWEEN = /^(?:\s*(?:,|、|，)?\s*(?:and |or |& )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2}){1,3}\s*(?:,|、|，)?\s*(?:and|or|&)?\s*$/;
/**
 * "移除友盟+统计SDK和神策数据SDK": the first item's product words before the next item. Only a list the sentence takes back
 * (removed, denied, planned) shares its reading this way: "微信支付和支付宝" must not pass 微信's platform reading on.
 */
const ZH_PRODUCT_WORDS_BETWEEN = /^[\u4e00-\u9fff]{0,6}\s*(?:SDK)?\s*(?:、|和|及|与|或)\s*$/;
const TAKEN_BACK = new Set<NamingRejection>(['former', 'negated', 'hypothetical']);
/**
 * A mention the policy retires in so many words, right at the name: "Klarna was withdrawn as a payment option", "The exception
 * is Omnisend: we switched it off in 2024", "Omnisend no longer receives …", "Removed: Heap", "移除：个推", "个推已停用".
 * Not a name a retirement sentence only passes ("We replaced Riskified with Signifyd": Signifyd is the new one).
 */
const RETIRED_AFTER = /^[^.;:,]{0,20}?\b(?:was|were|has been|have been|is|are)\s+(?:now\s+)?(?:no longer\b|removed|replaced|withdrawn|discontinued|retired|switched off|turned off|terminated)|^\s*[:：]\s*we (?:switched|turned) (?:it|them) off\b|^[^.;,]{0,30}?\bno longer (?:receives?|gets?|is used|used|in use)\b|^[^，。；：:]{0,12}?(?:已(?:[于自从在][^，。；]{0,16})?(?:停用|移除|下线|删除|终止合作)|不再(?:接收|获取|使用|接入))/i;
const RETIRED_BEFORE = /(?:^|[-–•*·:：]\s*)(?:removed|deleted|discontinued|retired)\s*[:：]\s*$|(?:^|[:：]\s*)(?:移除|停用|下线|删除)(?:了)?\s*[:：]?\s*$/i;
// Not a retirement under a condition ("If our age screen tells us a player is under 13, … Adjust is switched off").
const CONDITION_BEFORE = /\b(?:if|when|whenever|unless|while|for (?:users|players|children|visitors))\b|如果|若|当|如您/i;
const retiredAt = (text: string, start: number, end: number): boolean => !CONDITION_BEFORE.test(text.slice(0, start))
  && (RETIRED_AFTER.test(text.slice(end, end + 80)) || RETIRED_BEFORE.test(text.slice(Math.max(0, start - 40), start)));

/** The companies a sentence says get nothing at all ("Oracle has no access to it", "神策数据公司无法访问或获取这些数据"). */
function deniedOrgs(s: Sentence): string[] {
  return aliasesOf(s)
    .filter((m) => m.entry && deniedEverything(s.text.slice(Math.max(0, m.start - 60), m.start), s.text.slice(m.end, m.end + 80).replace(/^[®™]+/, '')))
    .map((m) => m.entry!.org);
}

/** The next lines that still continue this one (naming-context.ts), at most three. */
function followingLines(sentences: readonly Sentence[], i: number): number[] {
  const out: number[] = [];
  for (let k = i; out.length < 3 && nextLineOf(sentences, k) !== undefined; k++) out.push(k + 1);
  return out;
}

export function extractThirdParties(sentences: Sentence[], owner: OwnerInfo): ThirdPartyResult {
  const thirdParties: ThirdPartyStatement[] = [];
  const claims: Claim[] = [];
  const rejected = new Map<string, Set<NamingRejection>>();
  const asides = new Map<string, Aside>();
  // Evidence is capped per (organization, product): a policy naming Google Fonts ten times must
  // still keep the one sentence that names Google Analytics.
  const perKey = new Map<string, number>();
  const ownerNames = owner.name ? [owner.name] : [];
  // Where each company was last read as a data SOURCE (its paragraph): the later sentences of the same
  // paragraph that speak of it without sending anything to it continue that reading.
  const sourceIn = new Map<string, number>();
  // Names the policy says it stopped using ("The exception is Omnisend: we switched it off in 2024", "*Klarna was withdrawn
  // as a payment option", "Removed: Heap"): the same name elsewhere in the policy — a list row, a table cell — is that
  // former vendor too. By the name as written, not the company: retiring Google Optimize says nothing of Google Analytics.
  const retired = new Map<string, number>();
  const aliasOfStatement = new Map<ThirdPartyStatement, { key: string; at: number; cookie: boolean }>();
  const retiredCookies = new Set<string>();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const matches = aliasesOf(s);
    if (matches.length === 0) continue;
    const facts = sentenceFacts(s, sentences, i);
    const seenHere = new Set<string>();
    // What the previous mention of this sentence was rejected for, and where it ended: a list ("sponsored by
    // Microsoft, Atlassian and Datadog", "featured in The New York Times, The Guardian") shares one reading.
    let previous: { why: NamingRejection; end: number } | null = null;
    // A company this sentence or one of the next few lines of its section denies everything ("Oracle has no access to
    // it"; "…by Google reCAPTCHA and hCaptcha.\n…\nNeither Google nor hCaptcha receives anything") is denied at each of
    // its mentions.
    const deniedHere = new Set(deniedOrgs(s));
    for (const k of followingLines(sentences, i)) for (const org of deniedOrgs(sentences[k])) deniedHere.add(org);
    // "…brands such as Samsung or Disney. These advertisers do not receive your personal data": every company this
    // sentence names before a pointer that gets nothing, here or at the start of the next line.
    const pointerHere = denyingPointerAt(s);
    const next = nextLineOf(sentences, i);
    const pointerNext = next ? denyingPointerAt(next) : -1;
    const pointsBackAt = pointerHere >= 0 ? pointerHere : pointerNext >= 0 && aliasesOf(next!).every((m) => m.start > pointerNext) ? Infinity : -1;
    for (const m of matches) if (m.entry && m.end <= pointsBackAt) deniedHere.add(m.entry.org);
    // A role noun denying everything ("硬件供应商不会接收…") covers the clause before it: here, or this line's last clause.
    const role = roleDenialSpan(s);
    const roleNext = next ? roleDenialSpan(next) : null;
    const span = role && role[1] > 0 ? role : roleNext && roleNext[1] === 0 ? [lastClauseStart(s.text), s.text.length] : null;
    if (span) for (const m of matches) if (m.entry && m.start >= span[0] && m.end <= span[1]) deniedHere.add(m.entry.org);
    for (const m of matches) {
      const e = m.entry;
      if (!e) continue; // browser / OS / card brand: swallowed by the matcher on purpose
      const product = productOf(s, m);
      const key = `${e.org}|${product ?? ''}`;
      if (seenHere.has(key)) continue;
      let d = judgeNaming(s, m, matches, facts, owner);
      // "## Criteo" over "Shows you ads …": a heading that is only the name is the subject of its section's first sentence.
      let evidence = evidenceOf(s);
      const body = !d.ok && (d.why === 'fragment' || d.why === 'no-context') ? sectionNaming(sentences, i, m, owner) : null;
      if (body) { d = { ok: true }; evidence = { text: `${s.text}: ${body.text}`, start: s.start, end: body.end }; }
      // "Microsoft Clarity²" over "² 已于2023年6月停用": the footnote takes the name back.
      if (d.ok && footnoteTakesBack(sentences, i, m.end)) d = { ok: false, why: 'former' };
      if (d.ok && deniedHere.has(e.org)) d = { ok: false, why: 'negated' };
      const between = previous ? s.text.slice(previous.end, m.start) : '';
      if (d.ok && previous && LIST_SHARED.has(previous.why)
        && (BETWEEN_LIST_ITEMS.test(between) || UNKNOWN_ITEMS_BETWEEN.test(between) || (TAKEN_BACK.has(previous.why) && ZH_PRODUCT_WORDS_BETWEEN.test(between)))) d = { ok: false, why: previous.why };
      previous = d.ok ? null : { why: d.why, end: m.end };
      // Not a mention that has the company receive ("Facebook sends us your name, and Facebook receives a record that you
      // signed in"; "Adjust tells us which campaign … . For this, the Adjust SDK in the Game collects your advertising ID");
      // other mentions of the paragraph share the reading ("…, in which case Google shares your name with us").
      if (d.ok && s.block !== undefined && sourceIn.get(e.org) === s.block && !receivesHere(s.text, m.start, m.end) && !sendsToMentioned(s)) d = { ok: false, why: 'data-source' };
      if (!d.ok && d.why === 'data-source' && s.block !== undefined) sourceIn.set(e.org, s.block);
      if (!d.ok && (d.why === 'former' || d.why === 'negated') && retiredAt(s.text, m.start, m.end)) {
        const k = `${e.org}|${m.text.toLowerCase()}`;
        if (!retired.has(k)) retired.set(k, s.start + m.start);
        // A cookie of the same company in the retiring sentence goes with it ("此前使用的 Hotjar 已停用，残留的 _hjid Cookie …").
        for (const o of matches) if (o.entry?.org === e.org && o.entry.source === 'cookie') retiredCookies.add(`${e.org}|${s.start}`);
      }
      if (!d.ok) {
        const set = rejected.get(e.org) ?? new Set<NamingRejection>();
        set.add(d.why);
        rejected.set(e.org, set);
        const as = ASIDE[d.why];
        // A denial says most; otherwise the first telling mention.
        if (as && (!asides.has(e.org) || (as === 'denied' && asides.get(e.org)!.as !== 'denied'))) asides.set(e.org, { org: e.org, name: m.text, as, evidence: evidenceOf(s) });
        if (d.why === 'negated') {
          const denial = parseDenial(s.text, ownerNames, { namedRecipient: true });
          if (denial && denial.kind !== 'no-session-recording') {
            claims.push({ kind: denial.kind, dataType: denial.dataType, recipient: e.org, evidence: evidenceOf(s) });
          }
        }
        continue;
      }
      seenHere.add(key);
      const n = perKey.get(key) ?? 0;
      if (n >= MAX_EVIDENCE_PER_KEY) continue;
      perKey.set(key, n + 1);
      // A cookie name says whose it is: "_fbp (Meta Pixel cookie)".
      const t: ThirdPartyStatement = { org: e.org, name: e.setBy ? `${m.text} (${e.setBy} cookie)` : m.text, evidence };
      if (product) t.product = product;
      thirdParties.push(t);
      aliasOfStatement.set(t, { key: `${e.org}|${m.text.toLowerCase()}`, at: s.start + m.start, cookie: e.source === 'cookie' });
    }
  }
  if (retired.size) {
    // Only the mentions before it (in the sentence too: "由 Adjust 切换而来，Adjust 不再接收新数据"): a change log that removes a kit and later adds it back ("V3.1：移除GrowingIO SDK",
    // "V3.4：重新接入GrowingIO SDK") ends with it in use.
    const gone = (t: ThirdPartyStatement): boolean => {
      const a = aliasOfStatement.get(t);
      if (!a) return false;
      return a.at < (retired.get(a.key) ?? -1) || (a.cookie && retiredCookies.has(`${t.org}|${t.evidence.start}`));
    };
    const kept = thirdParties.filter((t) => !gone(t));
    thirdParties.splice(0, thirdParties.length, ...kept);
  }
  // analyzePolicy drops the asides of companies named after all (here, by an SDK row or by a domain).
  return { thirdParties, claims, rejected, asides: [...asides.values()] };
}
