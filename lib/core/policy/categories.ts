/**
 * Category disclosures: does the policy tell the reader that a KIND of company gets their data?
 * Real policies say it in many words ("advertising partners", "third parties … to measure traffic",
 * "companies that serve ads", "the companies behind our sharing buttons", "我们会向第三方合作方提供…
 * 用于广告推送"), so a sentence counts in either of two ways:
 *   1. it names the kind with a noun phrase (CATEGORY_TERMS.pattern);
 *   2. an unnamed recipient (third parties, partners, companies …), a data action (share, collect,
 *      place cookies, help us …) and the purpose of that kind (CATEGORY_TERMS.purpose) stand in the
 *      same sentence — or in a list item whose section heading or lead-in sentence supplies the
 *      recipient (e.g. "Service providers: … analytics …").
 * Negated actions ("we do not share with advertisers") never disclose anything.
 */
import type { CategoryKey, CategoryStatement } from '../types.ts';
import { aliasesOf, isOrdinaryWord } from './lexicon/matcher.ts';
import { CATEGORY_TERMS, DATA_ACTION, DEFINITE_OUTSIDE_RECIPIENT } from './lexicon/terms.ts';
import { headingIsRow, rowAnsweredNo, rowRetired, sectionTitles } from './category-rows.ts';
import { notInUseRow } from './table-columns.ts';
import { recordRecipient, type RecordRecipient } from './record-recipient.ts';
import { rowFootnotedAway } from './footnotes.ts';
import { announcesList, lineAboveList, listLeadIn, purposePointerAbove, questionsAbove, rowUnderDenyingLeadIn } from './lead-ins.ts';
import { outsideObserver } from './category-observers.ts';
import { affirmedAfterChoice, affirmedUnderChoice, negatedBefore, negatedInZhClause, withoutDenyingLead } from './negation.ts';
import { ANSWER_YES, recordFields, recordProvisionEnded } from './line-kinds.ts';
import type { Sentence } from './text.ts';
import { DEFINITE_BACK, DEFINITE_BACK_ZH, DEMONSTRATIVE_BACK, adjacentBefore, continuedFrom, continuesBefore, pointsBack, sameHeadAsBefore } from './continuation.ts';
import { literalGate, mayMatch } from './literal-gate.ts';
import { notOutsideAds, cookiesServeUs, keptWithUs, measuresAdsOnly, liabilityOnly, notSiteAnalytics, ownCookiesInSection, ownCookiesOnly, selfRunBefore, HYPOTHETICAL, SECURITY_ONLY, securityPurposeOnly, aboutTheLaw, formerOnly, nothingUsedSpans, selfRunNear, siteUsesItself } from './category-cues.ts';
import { definesTheTechnology, saysThereAreNone, statesItsPurpose } from './category-silent.ts';
import { liveTrackingTech, tracksOnSite } from './tracking-on-site.ts';
import { ONLY_AFFILIATES, RECIPIENT, mentionsGroup, SINGLE_RECIPIENT, THIRD_PARTY_CELL, forgetRecipients, otherKindOnly, reportsToUs, sharedWithSomeone } from './outside-party.ts';
import { PARTIAL_DENIAL_AFTER, deniedInItsLine, objectDenied } from './recipient-denied.ts';
import { CONSENT_CONDITION, EN_SUBJECT_DENIED, NO_BEFORE, onlyGetsTheRest, SOLD_DIRECTLY, THEIR_PLACE_AFTER, TRACKING_WORDS, ZH_NOTHING_TO_THEM, ZH_SUBJECT_DENIED, deniedInText, deniedLater, firstDisclosingNoun, liveAction, optOutDenied } from './category-denied.ts';

export const MAX_CATEGORY_EVIDENCE = 3;

const COMPILED = CATEGORY_TERMS.map((c) => ({
  category: c.category,
  noun: new RegExp(c.pattern, 'gi'),
  purpose: c.purpose ? new RegExp(c.purpose, 'gi') : null,
  // Most sentences hold none of a kind's words: the literal gate answers that before the long expression runs.
  nounGate: literalGate(c.pattern),
  purposeGate: c.purpose ? literalGate(c.purpose) : null,
}));
const DEFINITE_RECIPIENT = new RegExp(DEFINITE_OUTSIDE_RECIPIENT);
const ACTION = new RegExp(DATA_ACTION, 'i');

/** "A statistics cookie, which we set and read ourselves, counts visits": a first-party cookie. */
const SET_OURSELVES = /\b(?:we|which we|that we) (?:set|place|read|run)\w*(?: and (?:set|place|read|run)\w*)? (?:\w+ )?ourselves\b|\b(?:are|is) (?:only |all )?(?:set|placed|read|stored) (?:only )?by us\b|\bour (?:[\w-]+ )?(?:e-?mails?|newsletters?|messages) (?:contain|include|carry|use)\b(?![^.]*\b(?:third|3rd)[- ]?part|[^.]*\b(?:provider|service|platform|partner|vendor)s?\b)/i;

/** Kinds of outside tool that say what a tracker in the same sentence is for (not "service providers" at large). */
const FUNCTIONAL_KIND = new Set<CategoryKey>(['customer_interaction', 'hosting', 'consent', 'audio_video_player']);

/** "We will email you our newsletter": the site's own marketing. The verbs only — "your email address", "contact details". */
const FIRST_PARTY_ONLY = /^(?:we|our)\b(?:(?!\b(?:who|which|they|(?:third|3rd)[- ]?part\w*|partners|companies)\b)[^.])*\b(?:send|(?<!\b(?:an|the|each|every|this|that|our|your|any|an?other) )(?<!,\s)email|contact)\b(?!\s+(?:address(?:es)?|details|information|info|data|lists?|preferences|forms?|delivery|service|services|provider|providers|platform|platforms|tool|tools|program|software|vendor)\b)(?![^.]*\bto (?:the|a|an|that|this|those|these|its|their) )[^.]*\byou\b/i;


/**
 * "我们不会向儿童展示个性化广告": the ads are not shown — a purpose that is absent. Not a naming negation ("不会通过穿山甲向您展示
 * 个性化广告" still says 穿山甲 is used elsewhere), so kept here rather than in negation.ts.
 */
const ZH_NOT_SHOWN_BEFORE = /(?:不会|不得|并不|从不|绝不|不)[^，。；]{0,12}?(?:展示|投放|推送|给(?:你|您)看)[^，。；]{0,8}$/;
/**
 * "不得将其用于任何其他目的，包括广告", "禁止…用于营销推广或任何数据分析" and "not for any other purpose, including advertising": an
 * item of what the sentence forbids.
 */
const NEGATED_LIST_BEFORE = /(?:不得|不会|禁止|不可|不能|严禁)(?:(?!除|但|否则)[^。；]){0,50}?[，,、]\s*(?:包括|包含|例如|比如|尤其是)(?:但不限于)?[^，。；]{0,16}$|\b(?:not|never|no)\b(?:(?!\b(?:except|unless|but|other than)\b)[^.;]){0,60},\s*(?:including|such as|e\.g\.,?)(?: but not limited to)?\s+(?:[\w-]+,?\s+){0,4}$/i;
/** "由我们自行统计分析", "基于我们自有的数据": the site does it itself. */
const ZH_SELF_BEFORE = /(?:自行|自主|自有的?|内部)[\u4e00-\u9fff]{0,3}$/;

/** "our own analytics software", "in-house", "self-hosted": the site runs the tool itself. */
/** "analytics software that we run on our own servers": the same, after the noun. */
const OWN_TOOL_AFTER = /^\s*,?\s*(?:that|which) (?:we (?:run|host|operate|built|develop|set)\w*|runs?) (?:\w+ ){0,3}?(?:on our own|ourselves|in-house)\b/i;
const OWN_TOOL_BEFORE = /\b(?:our own|in-house|self-hosted|home-grown|proprietary)\s+(?:[\w-]+\s+){0,2}$|(?:自有|自建|自研|自行(?:开发|部署|搭建|设置)|内部|自己)的?[\u4e00-\u9fff]{0,4}$/i;


interface Hit { category: CategoryKey; at: number; weak: boolean; agentless?: true; record?: RecordRecipient }

/**
 * A purpose cue that counts: not negated ("we do not use your data for advertising"), not part of a
 * proper name ("Zacks Investment Research").
 */
function purposeAt(re: RegExp, text: string, skip?: (at: number, cue: string) => boolean): number {
  const conditional = CONSENT_CONDITION.test(text);
  const none = nothingUsedSpans(text);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!conditional && (negatedBefore(text, m.index) || negatedInZhClause(text, m.index, m.index + m[0].length))) continue;
    if (none.some(([a, b]) => m!.index >= a && m!.index < b) || ZH_SELF_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (ZH_NOT_SHOWN_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) || NEGATED_LIST_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index))) continue;
    // The cue as the subject of a denied verb: "advertisers do not receive …", "广告主无法获取…".
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (EN_SUBJECT_DENIED.test(after) || ZH_SUBJECT_DENIED.test(after) || NO_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (/^\p{Lu}/u.test(m[0]) && m.index > 0 && /\p{Lu}[\p{L}&.]*\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (skip?.(m.index, m[0])) continue;
    return m.index;
  }
  return -1;
}

/** The cues of a kind that do not count in a text: measuring the ads is not analytics, the site's own ad server is no ad company. */
const cueFilter = (category: CategoryKey, t: string) => category === 'site_analytics' ? notSiteAnalytics(t) : category === 'advertising' ? notOutsideAds(t) : undefined;

function recipientText(s: Sentence, sentences: readonly Sentence[], index: number): string {
  if (s.kind !== 'list' && s.kind !== 'table') {
    const fields = recordFields(s, sentences, index);
    if (fields.length) return [s.text, ...fields, ...sectionTitles(s, sentences)].join(' \u2029 ');
    const prev = sentences[index - 1];
    // Same paragraph only: the previous sentence ends where this one starts (no blank line between).
    const continues = continuesBefore(s.text) || /^[^.;]{0,40}\balso\b/i.test(s.text)
      || (DEFINITE_BACK.test(s.text) && !!prev && SINGLE_RECIPIENT.test(prev.text))
      // "…supplied by the companies behind them. … your browser contacts that company": a demonstrative picks one of several.
      || (DEMONSTRATIVE_BACK.test(s.text) && !!prev && RECIPIENT.test(prev.text))
      || ((DEFINITE_BACK_ZH.test(s.text) || (!!prev && sameHeadAsBefore(s.text, prev.text))) && !!prev && (RECIPIENT.test(prev.text) || SINGLE_RECIPIENT.test(prev.text)));
    if (continues) {
      const before = continuedFrom(sentences, index);
      if (before.length) return [...before, s.text].join(' \u2029 ');
    }
    // A section titled by its recipients ("Third-party advertising partners", "第三方共享") supplies
    // the recipient of the sentences under it.
    // …or the section above it ("接入第三方SDK说明" over "（一）广告类" over the sentence).
    for (const h of sectionTitles(s, sentences)) {
      if (h.length <= 80 && RECIPIENT.test(h) && !ONLY_AFFILIATES.test(h)) return `${h} \u2029 ${s.text}`;
    }
    return s.text;
  }
  // A list item inherits its section heading and the lead-in sentence that opened the list — and a sentence that
  // continues one before it in the same item ("2. Your browser loads code from a handful of other companies. One counts …").
  const parts = [s.text];
  if (s.kind === 'list' && continuesBefore(s.text)) parts.push(...continuedFrom(sentences, index));
  // A table row reads with the table's header row ("Reasons we can share … | Do we share?" over "For nonaffiliates to market to you | Yes").
  if (s.kind === 'table') {
    let j = index - 1;
    while (j > 0 && index - j < 30 && sentences[j - 1].kind === 'table') j--;
    if (j >= 0 && j < index && sentences[j].kind === 'table') parts.push(sentences[j].text);
  }
  // A field of a record ("共享目的：广告效果监测") belongs with the fields above it ("共享对象：营销及数据服务商").
  parts.push(...recordFields(s, sentences, index));
  parts.push(...sectionTitles(s, sentences));
  for (let j = index - 1; j >= 0 && j > s.heading && index - j <= 30; j--) {
    if (sentences[j].kind === 'list' || sentences[j].kind === 'table') continue;
    parts.push(sentences[j].text);
    break;
  }
  // A pointer that denies its own giving ("… is never passed to external companies") lends the rows nothing.
  const pointer = purposePointerAbove(sentences, index);
  if (pointer && liveAction(pointer)) parts.push(pointer);
  return parts.join(' \u2029 ');
}

/**
 * In a sentence that names a company, a category phrase usually describes THAT company ("We use
 * Google Analytics, a web analytics service"; an SDK-table row "友盟 | 统计分析"): it discloses the
 * kind only when it speaks of several unnamed ones ("analytics providers such as Google Analytics").
 */
const GENERAL = /\b(?:partners|providers|companies|services|tools|networks|vendors|firms|advertisers|platforms|plug-?ins|buttons|widgets|servers|exchanges|agencies|brokers)\b|\b(?:third|3rd)[- ]?part|第三方|合作(?:伙伴|方)|服务商|提供方/i;


/** "Will we share your data with advertisers?": a question (a heading, usually); its answer says what happens — a yes makes it say so. */
const QUESTION = /[?？]\s*$/;
/** "Unlike most analytics services, it sends no data …": the kind compared with, not used. */
const UNLIKE_BEFORE = /\b(?:unlike|in contrast to|compared (?:with|to))\s+(?:most|many|other|typical|the usual|some)?\s*$/i;
/** "We are not a data broker." */
const COPULA_NOT = /\b(?:are|is|am)\s+not\s+(?:(?:registered|licensed|considered|acting)\s+as\s+)?(?:an?\s+)?$/i;

/**
 * Whether a noun phrase naming the kind ("advertising partners") says the kind is there. Negation is checked at both
 * ends — a noun is negated before it, a verb phrase ("participate in interest-based advertising") inside it — and so
 * are the shapes that say it is absent or the site's own: "no advertising cookies are ever placed", "our own analytics
 * software", "advertisers do not receive …", "广告主不会接触…", "we are not a data broker".
 */
function nounDiscloses(text: string, m: RegExpExecArray, none: ReadonlyArray<[number, number]>): boolean {
  const end = m.index + m[0].length;
  // "Although California law gives you the right to opt out of the sale or sharing …, we do not engage in either activity".
  if (optOutDenied(m[0], text)) return false;
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  const after = text.slice(end, end + 60);
  // "未经您的许可，我们不会将…提供给广告合作伙伴" and "…不会向广告合作方提供您的姓名…，仅会提供经去标识化处理的设备信息": sharing
  // with consent, or of other data, is still sharing with that kind.
  if (CONSENT_CONDITION.test(text) || PARTIAL_DENIAL_AFTER.test(text.slice(end)) || onlyGetsTheRest(text.slice(end))) return !ZH_NOTHING_TO_THEM.test(text.slice(end)) && !none.some(([a, b]) => m.index >= a && m.index < b);
  // A link's name that is itself a request not to ("不出售或共享我的个人信息") carries its own "不": not the site denying.
  const named = /^(?:请勿|不要|不)/.test(m[0]);
  return !negatedBefore(text, m.index) && (named || (!negatedBefore(text, end) && !negatedInZhClause(text, m.index, end)))
    && !COPULA_NOT.test(before.slice(-40)) && !UNLIKE_BEFORE.test(before) && !OWN_TOOL_BEFORE.test(before) && !OWN_TOOL_AFTER.test(after) && !NO_BEFORE.test(before) && !none.some(([a, b]) => m.index >= a && m.index < b)
    && !ZH_SUBJECT_DENIED.test(after) && !EN_SUBJECT_DENIED.test(after) && !deniedLater(text, m[0], end)
    // "…行业自律组织提供的统一退出页面": the page of an opt-out is where the visitor says no, not an advertiser's page.
    && !(THEIR_PLACE_AFTER.test(after) && !/(?:退出|拒绝)$/.test(m[0]));
}

const OWN_AGENT = /\bby (?:our own|our in-house|us)\b|\b(?:within|on|in) our own (?:[\w-]+ ){0,2}?(?:platform|servers?|systems?|infrastructure|database)\b|\bour own (?:[\w-]+ ){0,2}?(?:team|staff|employees)\b|\bin-house\b|由我们(?:自己|自行)|我们(?:自己|自行)的?[\u4e00-\u9fff]{0,4}(?:团队|系统|平台|服务器)/i;
const SERVICES_TITLE = /^\s*(?:(?:our\s+)?(?:third[- ]party|outside|external)\s+(?:services|tools|providers|service providers)|service providers we use|第三方(?:服务|工具|SDK|服务商|信息共享)(?:清单|列表|说明|目录|名单|一览表?)?(?:[（(][^）)]{0,8}[）)])?|(?:我们)?(?:使用|接入)的第三方(?:服务|工具|SDK)(?:清单|列表|目录)?|(?:third[- ]party|outside) (?:SDKs?|services|tools)(?: list| directory| we use)?(?: \([^)]{0,12}\))?)\s*[:：]?\s*$/i;

/** "本站的广告位由我们的商务团队直接与广告主签约": the advertiser here buys the space the site sells itself — no data goes to it. */
const buysSpaceOnly = (noun: string, text: string): boolean => /^(?:广告主|广告商|廣告主|廣告商)$/.test(noun) && SOLD_DIRECTLY.test(text) && !TRACKING_WORDS.test(text);

/** Every category a sentence discloses, with where in the sentence the cue stands. */
export function categoriesIn(s: Sentence, sentences: readonly Sentence[] = [s], index = 0, ownNames: ReadonlySet<string> = new Set(), depth = 0): Hit[] {
  const asked = affirmedUnderChoice(withoutDenyingLead(affirmedAfterChoice(s.text)), () => [...sectionTitles(s, sentences), listLeadIn(sentences, index), ...questionsAbove(sentences, index)]);
  // "For our marketing purposes … | Does the credit union share?" over "Yes | …": a question is read with the yes that answers it.
  const text = QUESTION.test(asked) && ANSWER_YES.test(sentences[index + 1]?.text ?? '') ? `${asked} Yes` : asked;
  const hits: Hit[] = [];
  // A generated name that opens a longer proper name ("Global Privacy Control") is a word of that name, not the company.
  // Nor does a name that is also a word ("Retargeting", "Cloud") opening the sentence or a cell: capitalised by where it stands.
  const namesCompany = aliasesOf(s).some((m) => m.entry !== null && !isOrdinaryWord(m) && !(m.entry.source === 'generated' && /^ \p{Lu}/u.test(text.slice(m.end, m.end + 2)))
    && !(m.entry.context !== undefined && m.entry.context !== 'cues' && /(?:^|[|｜])\s*$/.test(s.text.slice(0, m.start))));
  if ((namesCompany && s.kind === 'table') || announcesList(text) || saysThereAreNone(text) || QUESTION.test(text) || HYPOTHETICAL.test(text) || formerOnly(text) || aboutTheLaw(text) || liabilityOnly(text) || keptWithUs(text)) return hits;
  let structural: { recipient: boolean; action: boolean; recipientHere: boolean } | undefined;
  let record: RecordRecipient | null = null;
  const none = nothingUsedSpans(text);
  const lower = text.toLowerCase();
  for (const c of COMPILED) {
    // Every mention of the kind, not only the first: "We never share your health data with advertisers or analytics
    // companies; on our website we work with an audience-measurement service that counts visits" discloses the second.
    const m = !mayMatch(c.nounGate, lower) ? null : firstDisclosingNoun(c.noun, text, (x) => nounDiscloses(text, x, none) && (!namesCompany || GENERAL.test(x[0])) && !(c.category === 'site_analytics' && (selfRunNear(text, x.index) || measuresAdsOnly(text, x.index, x[0]))) && !buysSpaceOnly(x[0], text));
    if (m) {
      hits.push({ category: c.category, at: m.index, weak: false });
      continue;
    }
    if (!c.purpose) continue;
    if (!structural) {
      const context = recipientText(s, sentences, index);
      const recipient = RECIPIENT.exec(context) ?? (namesCompany ? null : SINGLE_RECIPIENT.exec(context) ?? DEFINITE_RECIPIENT.exec(context) ?? sharedWithSomeone(context) ?? reportsToUs(context));
      // "These data are not shared with third parties" after a sentence about the site's own statistics: a recipient
      // this sentence denies is denied, whatever the sentence before lends it.
      const here = context === text ? null : RECIPIENT.exec(text);
      structural = {
        recipient: recipient !== null && !(mentionsGroup(context) && !/(?:third|3rd)[- ]?part|第三方/i.test(context)) && !deniedInText(recipient, context, text) && !objectDenied(recipient, context, text) && !deniedInItsLine(recipient, context)
          && !(here && (deniedInText(here, text, text) || objectDenied(here, text, text)))
          // "Questions about how the app is used are answered by our own data team" under "Partners and vendors": the sentence
          // names its own agent, the site — the title's recipients are not its.
          && !(context !== text && !RECIPIENT.test(text) && OWN_AGENT.test(text)),
        // An action of its own that the sentence denies is not made good by one in the sentence before.
        action: liveAction(text) || (context !== text && !ACTION.test(text) && ACTION.test(context))
          // "第三方服务\n• 网站统计：了解访问量": an item of a list titled as the outside services the site uses is one of them.
          || (s.kind === 'list' && !ACTION.test(text) && [...sectionTitles(s, sentences), listLeadIn(sentences, index), lineAboveList(sentences, index)].some((h) => SERVICES_TITLE.test(h))),
        // The recipient stands in this sentence itself (not only in the one before or in a title).
        recipientHere: RECIPIENT.test(text) || (!namesCompany && (SINGLE_RECIPIENT.test(text) || DEFINITE_RECIPIENT.test(text) || sharedWithSomeone(text) !== null || reportsToUs(text) !== null)),
      };
      // "Recipient: partner insurance company" / "Retargeting | advertising networks" under "Recipients": the field's
      // title is the action; the purpose is read from the whole record.
      if (!namesCompany && (record = recordRecipient(sentences, index))) structural = { recipient: true, action: true, recipientHere: true };
    }
    // "analytics cookies", "we use cookies to measure traffic": tracking technology on a web page
    // with that purpose is what third-party tools do, so it discloses the kind without a recipient.
    // Not when the site says it uses the cookies itself ("We use cookies to compile aggregate data
    // about site traffic"): that is first-party work.
    const cookiePurpose = !namesCompany && (c.category === 'site_analytics' || c.category === 'advertising') && s.kind !== 'table'
      && liveTrackingTech(text) && !siteUsesItself(text, ownNames) && !SET_OURSELVES.test(text) && !ownCookiesOnly(text) && !ownCookiesInSection(sentences, index)
      && !(c.category === 'site_analytics' && cookiesServeUs(text)) && !definesTheTechnology(text);
    // "Analytics | third-party | 2 years": a cookie table's row whose type cell says another company sets it.
    const structuralHit = ((structural.recipient && structural.action) || THIRD_PARTY_CELL.test(text)) && !FIRST_PARTY_ONLY.test(text) && !(SOLD_DIRECTLY.test(text) && !TRACKING_WORDS.test(text));
    if (!structuralHit && !cookiePurpose) continue;
    // "…evaluates how you interact with the page … only to tell humans from bots": a security check, not analytics.
    const securityOnly = (t: string) => c.category === 'site_analytics' && ((SECURITY_ONLY.test(t) && !/\banaly|\bstatistic|\bmeasur/i.test(t)) || securityPurposeOnly(t));
    if (securityOnly(text)) continue;
    // Measuring ads is advertising's, not analytics' ("统计投放效果", "measure our campaigns").
    // …and so is a sentence about the tool the sentence before says the site built itself.
    if (c.category === 'site_analytics' && adjacentBefore(sentences, index) && selfRunBefore(text, sentences[index - 1].text)) continue;
    const skip = (t: string) => cueFilter(c.category, t);
    let at = !mayMatch(c.purposeGate, lower) ? -1 : purposeAt(c.purpose, text, skip(text));
    // "We want to know how visitors find us … A specialist provider gathers this information for us": the purpose is
    // in the sentence before, which this one points back to.
    // Not when the recipient too comes from the sentence before: then this one says nothing of its own.
    // Neither borrows a purpose for a sentence whose only outside party is of another kind ("Subscriber payments are
    // taken by a payment service provider" under "Advertising and measurement").
    const borrows = structuralHit && !otherKindOnly(text);
    if (at < 0 && borrows && structural.recipientHere && pointsBack(s, sentences, index) && !rowAnsweredNo(sentences[index - 1].text) && purposeAt(c.purpose, sentences[index - 1].text, skip(sentences[index - 1].text)) >= 0) at = 0;
    // …or in the title of its section ("Visitor statistics", "Ads in our episodes", "Reaching supporters online").
    if (at < 0 && borrows && sectionTitles(s, sentences).some((h) => h.length <= 80 && purposeAt(c.purpose!, h, skip(h)) >= 0)) at = 0;
    if (at < 0 && record && record.purpose !== text && !securityOnly(record.purpose) && purposeAt(c.purpose, record.purpose, skip(record.purpose)) >= 0) at = 0;
    // Read from the cookies' purpose alone, the sentence names no party that runs them: said so in the verdict.
    if (at >= 0) hits.push({ category: c.category, at, weak: true, ...(structuralHit ? {} : { agentless: true as const }), ...(record && structuralHit ? { record } : {}) });
  }
  // Tracking without a stated purpose discloses both kinds; with a purpose, only that one — and a record whose purpose
  // field says something else ("分享SDK 使用目的：支持将内容分享至第三方社交平台") neither.
  // Nor does a sentence that names another kind for it ("使用环信作为第三方客服工具…SDK": a customer-support tool).
  if (!namesCompany && !hits.some((h) => h.category === 'advertising' || h.category === 'site_analytics' || FUNCTIONAL_KIND.has(h.category)) && !statesItsPurpose(text) && !definesTheTechnology(text) && tracksOnSite(s)) {
    const kinds = anaphoraPurposes(s, sentences, index, ownNames, depth) ?? purposesAfter(s, sentences, index) ?? ['advertising', 'site_analytics'];
    for (const category of kinds) hits.push({ category, at: 0, weak: true });
  }
  if (!namesCompany && !hits.some((h) => h.category === 'site_analytics') && outsideObserver(s, sentences[index - 1])) hits.push({ category: 'site_analytics', at: 0, weak: true });
  // An item under the App Store label "Data Used to Track You": tracking, by the label's own definition, links the data
  // with other companies' apps and sites for advertising, or shares it with data brokers.
  if (s.kind === 'list' && !hits.some((h) => h.category === 'advertising') && sectionTitles(s, sentences).some((h) => /^\s*data used to track you\s*$/i.test(h))) hits.push({ category: 'advertising', at: 0, weak: true });
  return hits;
}

/**
 * "We allow third-party companies to serve ads … These companies typically use a cookie or web beacon to collect
 * this information": "these companies" are the ones the sentence before spoke of, so their tracking has that
 * sentence's purpose — not both kinds. Null when the sentence does not continue one that states a purpose.
 */
function anaphoraPurposes(s: Sentence, sentences: readonly Sentence[], index: number, ownNames: ReadonlySet<string>, depth: number): CategoryKey[] | null {
  const prev = sentences[index - 1];
  // A few sentences back at most: a chain of "These companies …" sentences must not cost quadratic time.
  if (!prev || depth >= 3 || !continuesBefore(s.text) || prev.kind !== s.kind || s.start - prev.end > 2 || rowAnsweredNo(prev.text)) return null;
  const kinds = new Set(categoriesIn(prev, sentences, index - 1, ownNames, depth + 1).map((h) => h.category).filter((c) => c === 'advertising' || c === 'site_analytics'));
  // "We want to show you our products while you browse elsewhere online. To do this, we work with other companies
  // that place cookies …": the sentence before names the purpose without a recipient of its own.
  if (!kinds.size) for (const c of COMPILED) if ((c.category === 'advertising' || c.category === 'site_analytics') && c.purpose && purposeAt(c.purpose, prev.text, cueFilter(c.category, prev.text)) >= 0) kinds.add(c.category);
  return kinds.size ? [...kinds] : null;
}

/**
 * "We permit certain third parties to place cookies on our website. These third parties collect information … so that they
 * can show you ads": the sentence after, which continues this one, says what the tracking is for — that purpose, not both
 * kinds. Null when the next sentence does not continue this one or names no purpose of either kind.
 */
const SAME_PARTIES = /^\s*(?:these|those|such|they|it|each of (?:these|them)|the (?:companies|partners|third parties|parties|providers|vendors|networks))\b|^\s*(?:这些|该等?|上述|其|它们|他们)/i;
function purposesAfter(s: Sentence, sentences: readonly Sentence[], index: number): CategoryKey[] | null {
  const next = sentences[index + 1];
  // The same parties ("These companies", "They"), not others beside them ("Others use cookies to show our adverts").
  if (!next || next.kind !== s.kind || next.start - s.end > 2 || !continuesBefore(next.text) || !SAME_PARTIES.test(next.text)) return null;
  const kinds: CategoryKey[] = [];
  for (const c of COMPILED) if ((c.category === 'advertising' || c.category === 'site_analytics') && c.purpose && purposeAt(c.purpose, next.text, cueFilter(c.category, next.text)) >= 0) kinds.push(c.category);
  return kinds.length ? kinds : null;
}

const WEAK_OBJECT = /\baggregate|\banonymi[sz]ed|\banonymous|\bde-identified|\bnon-personal/i;

/**
 * Category statements for the whole policy: up to MAX_CATEGORY_EVIDENCE sentences per category,
 * sentences that name the kind first, and among those, sentences about personal data before ones
 * about aggregate/anonymous data (the reader learns more from them).
 */
export function extractCategories(sentences: readonly Sentence[], ownNames: ReadonlySet<string> = new Set()): CategoryStatement[] {
  // One policy at a time: what another policy's sentences matched is no use here (and must not flatter the benchmark).
  forgetRecipients();
  const found = new Map<CategoryKey, Array<{ s: Sentence; rank: number; agentless?: true; record?: RecordRecipient }>>();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    // A table row without its leading pipe ("第三方Cookie | 有效期：2年 | 用于统计…") is read as a short title line; read it as the row it is.
    // So is a record flattened with commas ("广告SDK，用于信息流广告的展示，收集设备品牌…，第三方SDK").
    // So is a run of "item — value" lines ("Personalised advertising by our advertising partners — consent").
    // So is a recipient field the splitter took for a title ("送信目的地：广告配信事业者" over its record's other fields).
    if (s.kind === 'heading' && !headingIsRow(sentences, i) && !recordRecipient(sentences, i)) continue;
    // "For joint marketing with other financial companies — No": a row whose answer is no discloses nothing; nor does a
    // row whose "Status" / "Used on this site?" column says the service is not on ("Not used on this site", "已移除").
    // Nor a row that finishes a lead-in saying the site does not ("We never:\n- let ad networks place cookies"), nor a
    // change log's "Removed: …", nor a row whose footnote says it has ended, nor a recipient field whose record says so.
    if (rowAnsweredNo(s.text) || rowRetired(s.text) || notInUseRow(sentences, i) || rowUnderDenyingLeadIn(sentences, i) || rowFootnotedAway(sentences, i) || recordProvisionEnded(sentences, i)) continue;
    const read = s.kind === 'heading' ? { ...s, kind: 'table' as const } : s;
    for (const h of categoriesIn(read, sentences, i, ownNames)) {
      const list = found.get(h.category) ?? [];
      if (list.length >= 40) continue;
      list.push({ s, rank: (h.agentless ? 4 : h.weak ? 2 : 0) + (WEAK_OBJECT.test(s.text) ? 1 : 0), ...(h.agentless ? { agentless: true as const } : {}), ...(h.record ? { record: h.record } : {}) });
      found.set(h.category, list);
    }
  }
  const out: CategoryStatement[] = [];
  for (const [category, list] of found) {
    list.sort((a, b) => a.rank - b.rank || a.s.start - b.s.start);
    for (const { s, agentless, record } of list.slice(0, MAX_CATEGORY_EVIDENCE)) {
      // A record's fields are quoted together: the recipient line alone does not say what for.
      const quoted = record ?? s;
      out.push({ category, evidence: { text: quoted.text, start: quoted.start, end: quoted.end }, ...(agentless ? { agentless } : {}) });
    }
  }
  return out.sort((a, b) => a.evidence.start - b.evidence.start);
}
