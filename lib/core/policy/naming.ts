/**
 * The one decision "does this sentence name X as a company that receives or collects users' data?",
 * used by the analyzer for every alias and domain it finds — and therefore by every verdict, which
 * reads only the analyzer's list. Each rejection has a name, so tests (and the eval) can say why a
 * mention did not count. A mention is a disclosure unless one of these holds:
 *   sentence: page code, social "follow us" chrome, search-engine indexing, a trademark notice,
 *     a platform the policy says it does not cover, a short label outside any third-party section,
 *     or no word about services, partners or data at all;
 *   mention: a browser / OS / device / card brand, the policy's own author or its corporate family,
 *     inside a URL or e-mail address, a help or opt-out page or tool, a citation, a sign-in button,
 *     a platform brand ("Apple devices"), an example of the user's own provider ("Internet provider
 *     (e.g. Comcast)"), a place data comes FROM, or negated ("no data is shared with Facebook");
 *   ambiguous names ("Segment", "United", "Adjust") also need their context (aliases.ts, lexicon.ts).
 */
import { CONTEXT_CUES } from './lexicon/aliases.ts';
import { footnoteGivesContext } from './footnotes.ts';
import { COMPANY_STORE_AFTER, hostNamesProvider, inSettingsHost, insideAnotherName, inUrl, labelsItem } from './mention-position.ts';
import type { CategoryKey } from '../types.ts';
import type { AliasMatch } from './lexicon/matcher.ts';
import { isOrdinaryWord, normalizeAlias } from './lexicon/matcher.ts';
import { negatedBefore, negatedInZhClause } from './negation.ts';
import { clauseRejection, sentenceReadingHolds } from './naming-clauses.ts';
import { COLLECTS_NOTHING, NOT_COVERED, NOT_USED_AFTER, NO_SUCH_AS_BEFORE, OTHERS_PRACTICES, OUTBOUND_LINK, SHARES_DATA, shapeRejection } from './naming-shapes.ts';
import { readerPlatform } from './naming-platform.ts';
import { COMPANY_COLLECTS_AFTER, offeredSignIn, signInRejection } from './naming-sign-in.ts';
import { continuedWithContext, namesTheOnesBefore, nextSendsBack, nextTakesFromThem } from './naming-context.ts';
import { FRAGMENT_CONTEXT, SERVICE_TITLE, bareRowTitle, leadInIndices, leadInRejection, listLeadIns, rowsLeadIn, underNegatedLeadIn } from './lead-ins.ts';
import { cellAt, inFlattenedCookieTable, inToggleTable, notInUseRow, sourceColumnOf, tableHeaderText } from './table-columns.ts';
import type { OwnerInfo } from './owner.ts';
import { RECORD_FIELD, type Sentence } from './text.ts';
import { ADDED_LINE, ANSWER_YES, CONSENT_CATEGORY_LABEL, isNameRoleRow, RECIPIENT_FIELD, recordProvisionEnded, RETIRED_LINE, sdkCardCompany } from './line-kinds.ts';
import { CONSUMER_APP, platformReceives } from './naming-shapes-zh.ts';
import { SENT_WHEN_CONNECTED, readerSideRejection } from './reader-side.ts';
import { LOWER_CASE_SUFFIX, SHARE_TO, SUBJECT_OF_DATA_VERB, companyContext } from './company-context.ts';

export type NamingRejection =
  | 'user-product' | 'page-code' | 'social-follow' | 'search-engine' | 'trademark' | 'not-covered'
  | 'fragment' | 'no-context' | 'owner' | 'corporate-family' | 'link' | 'help-or-opt-out' | 'citation'
  | 'sign-in-button' | 'platform-brand' | 'example-of-user-provider' | 'data-source' | 'negated'
  | 'certification' | 'about-the-company' | 'common-word' | 'part-of-another-name' | 'outbound-link' | 'about-the-policy'
  | 'former' | 'comparison' | 'hypothetical';

export type NamingDecision = { ok: true } | { ok: false; why: NamingRejection };

const CODE_LIKE = /\bfunction\s*\(|\)\s*\{|\b(?:var|const|let)\s+[\w$]+\s*=|\bwindow\.|\bdocument\.|_gaq|dataLayer|\w\(\[|'\);/;
/**
 * Scripts, JSON and CSS scraped with a policy page ("title":"Oracle", ".twitter-feed-icon { … }"): quoted keys,
 * declarations between braces, or a density of code punctuation no prose has. (Table pipes do not count.)
 */
export function looksLikeCode(t: string): boolean {
  if (CODE_LIKE.test(t)) return true;
  if ((t.match(/"[\w$.-]+"\s*:/g)?.length ?? 0) >= 2) return true;
  if (/[{}]/.test(t) && /;\s*[\w-]+\s*:|!important|:{1,2}[\w-]+\s*\{|\}\s*[.#]?[\w-]+\s*\{|\{\s*[a-z-]+\s*:\s*[\w#"'(-]|\}\s*\.[\w-]+/.test(t)) return true;
  // Quotes and backslashes alone are a quoted list of names ("_ga", "\\_fbp"), not code.
  const structural = t.match(/[{}[\]=;<>]/g)?.length ?? 0;
  return t.length >= 40 && structural >= 2 && (structural + (t.match(/["\\]/g)?.length ?? 0)) / t.length > 0.08;
}

/** "we use Google Analytics, and …": the sentence names a service the site uses, whatever else it says about social pages. */
const WE_USE_NAMED = /\bwe (?:also )?use \p{Lu}/u;
const SOCIAL_CHROME = /(?:微信)?公众号|官方(?:微博|微信|账号|帐号)|关注我们|追踪我们|粉丝(?:专页|页|团)|(?:设有|开设)?(?:官方)?专页|\b(?:follow|find|join|like|subscribe to|connect with|friend)\s+us\b|\bfollow (?:our|the) (?:[\w-]+ ){0,2}?(?:store|shop|page|account|channel|team|brand)\s+on\b|\bjoin (?:our|the) (?:[\w-]+ ){0,2}?(?:community|conversation|server|group|forum)\s+on\b|\bvisit\s+us\s+(?:on|at|via|@)\b|^(?:please\s+)?visit\s+us\b|\bclick to (?:share|email|print)|\(opens in new window\)|^share (?:on|via|to)\b|^[\w.]+ on (?:Facebook|Twitter|LinkedIn|Instagram|YouTube|Pinterest|Google\+)$|\b(?:Twitter|Facebook|Instagram|LinkedIn|YouTube|Pinterest|TikTok)\s*[:：]\s*(?:@|https?:|www\.)|\b(?:on|via) (?:Twitter|Facebook|Instagram|LinkedIn|TikTok) (?:at )?@\w+/i;
/** "We also post service updates on Facebook, X and Nextdoor": the site's own posts there. */
const OWN_POSTS = /\b(?:we|I)\s+(?:also\s+|regularly\s+|sometimes\s+)?(?:post|publish|share)\s+(?:[\w-]+\s+){0,3}?(?:updates|news|announcements|photos|videos|stories|offers)\s+(?:on|to|via)\b/i;
/** "our Facebook page", "our Instagram feed": the site's own presence there — unless the sentence says data goes there. */
const OWN_SOCIAL_PAGE = /\b(?:our|my) (?:Facebook|Twitter|Instagram|LinkedIn|YouTube|Pinterest|TikTok) (?:page|account|channel|profile|feed)s?\b/i;
const SEARCH_ENGINE = /\bsearch engines?\b|\bSearch Console\b|\bWebmaster Tools\b|搜索引擎|\bindex(?:ed|ing)? by\b|\b(?:e-?mail|webmail) (?:providers?|services?|accounts?),? (?:like|such as)\b/i;
// Words of a trademark notice ("X is a registered trademark of …"); a ™ or ® sign alone is just how
// some policies write every product name they use ("Segment™ and Google® Analytics").
const TRADEMARK = /\b(?:trademarks?|registered marks?|service marks?)\b|商标/i;
/** "This promotion is in no way sponsored, endorsed or administered by, or associated with, Facebook": a disclaimer. */
const DISCLAIMER = /\bnot (?:in any way |at all )?(?:affiliated|associated|connected) with\b|\bin no way (?:sponsored|endorsed|administered|associated|affiliated)\b|\bnot (?:sponsored|endorsed|administered|approved) by\b|(?:并非|並非|不是)本(?:服务|服務|应用|應用|App|APP|网站|網站|平台)(?:之|的)?(?:提供者|提供方|运营者|營運者|开发者|開發者)/i;
/** "本应用未接入上述平台的分享SDK": a later clause denies every company the sentence listed. */
const DENIES_THE_ABOVE = /(?:未|没有|并未)(?:接入|集成|使用|调用|嵌入)(?:上述|以上|前述|这些)(?:平台|服务|公司|厂商|第三方)/;
/** "This policy is kept in a public repository hosted on GitHub": where the policy text lives, not user data. */
const ABOUT_THE_POLICY = /\b(?:this|our) (?:privacy )?(?:policy|notice|statement)\b[^.]{0,80}\b(?:repository|hosted|version history|revision)\b|\b(?:previous|prior|older|earlier|past|these|all) (?:versions|revisions)\b[^.]{0,80}\b(?:compare|changed|history)\b/i;

const PROCESSED_BY = /\b(?:processed|handled|stored|collected|received) by\b/i;
/** "Our payment processor Stripe, Inc. … is certified under the Data Privacy Framework": the certified company is introduced as the site's own provider. */
const OUR_ROLE_NAMED = /\b[Oo]ur (?:[\w-]+ ){0,2}?(?:processors?|providers?|vendors?|sub-?processors?|hosts?|platforms?)\s+(?=\p{Lu})/u;
const DEFINITION_SENTENCE = /^\s*["“][^"”]{2,40}["”]\s+(?:are|is|means|refers to)\b/i;

/** Privacy seals and dispute programmes: the company certifies the site, it does not receive data. */
const CERTIFICATION = /\b(?:privacy seal|seal program|trustmark|certif(?:ied|ication|ies)|accredit\w*|dispute resolution|watchdog|awarded)\b/i;
/** The company describing itself or its own rules ("TRUSTe's mission …", "Google's advertising principles"). */
const ABOUT_COMPANY_AFTER = /^\s*['’]s?\s+(?:\w+\s+){0,2}?(?:mission|requirements|principles|guidelines|terms of (?:service|use)|rules|program requirements)\b|^\s+is an? (?:independent|leading|global|non-?profit)\b/i;
/** "the Facebook Like button", "Google Fonts": a company name followed by what product of it is meant. */
const PRODUCT_NOUN: Array<[RegExp, CategoryKey]> = [
  [/^\s+(?:["“]?(?:like|share|tweet|follow|\+1|pin it)["”]?\s+)?(?:buttons?|widgets?|plug-?ins?|social plug-?ins?|share features?)\b/i, 'social_media'],
  [/^\s+(?:log-?in|sign-?in|sign[- ]on|connect|single sign-on|account log-?in)\b/i, 'utilities'],
  [/^\s+(?:fonts?|web fonts?)\b/i, 'hosting'],
  [/^\s+(?:maps?|map services?)\b/i, 'utilities'],
  [/^\s+(?:videos?|video player|player|embeds?)\b/i, 'audio_video_player'],
];

/** Help pages, settings and opt-out tools OF a company are where the reader goes, not who receives data. */
const HELP_AFTER = /^\s*['’]s\s+(?:[A-Z][\w-]*\s+(?:(?:and|&)\s+)?){1,4}(?:settings|preferences|center|centre|dashboard|checkup|controls|page)\b|^\s*['’]s?\s+(?:(?:own\s+)?(?:web ?site|site|help|support|settings|ad settings|ads settings|ad preferences|ads preferences|privacy settings|account settings|preferences|instructions|opt-?out (?:page|tool|program|mechanism)|browser add-?on))|^\s+(?:opt[- ]?out (?:page|tool|program|mechanism|browser add-?on)|help (?:center|centre|page)|settings)\b|^\s+support(?: (?:page|site|team))?(?: directly)?(?=[.,;]|$)|^\s+(?:at|via|on)\s+\S*(?:settings|preferences|opt-?out|choices)/i;
const HELP_BEFORE = /\b(?:visit(?:ing)?|(?<!\b(?:reports?|data|information|logs?|events?|requests?|messages?|traffic|details|address(?:es)?|numbers?|orders?|payments?|identifiers?|IDs|e-?mails?|files|photos|recordings?)\b[^.;]{0,40}\s)go(?:es)?(?:ing)? to|see|refer to|review|read|consult|found (?:at|on)|available (?:at|on|from)|learn (?:more )?(?:at|on|about)|instructions (?:from|at|on)|download(?:ed)? (?:from|at)|(?:guide|article|explanation|explainer|page|tutorial) (?:published|written|provided) by|(?:ad|ads|advertising|privacy) (?:settings|preferences) (?:for|with|on|at))\s+(?:the\s+)?$/i;
const OPT_OUT_TOOL = /^\s+(?:[\w-]+\s+){0,3}?(?:application|app|program(?:me)?|tool|page|plug-?in|add-?on|extension|icon|web ?site|site)\b/i;
const CITATION_BEFORE = /\bv\.?\s+$|\b(?:a|an|the|one)\s+(?:(?:19|20)\d\d\s+|recent\s+|new\s+)?(?:study|report|survey|analysis|paper) (?:by|from)\s+$|\b(?:appear|pretend|claim)\w* to (?:be|come)(?: from)?\b[^.;]{0,40}$|\baccording to (?:an?|the) (?:recent |new )?$|\b(?:sponsored|funded|organi[sz]ed) by\s+$|\b(?:cite|cites|cited|citing|quote|quotes|quoted|quoting)\s+(?:the\s+)?(?:reporting|research|work|findings|articles?|reports?|stud(?:y|ies)|analysis|data)\s+(?:by|from|of|in)\s+$|\b(?:press|news|media) (?:reports?|coverage|articles?|stories)\b[^.;]{0,30}?\b(?:in|by|from)\s+(?:the\s+)?$|\b(?:according to|as reported by|reported by|ranked by|award(?:ed)? by|featured (?:in|on)|as seen (?:in|on)|rated by|certified by|member of|powered by the)\s+(?:the\s+)?$/i;
/**
 * "When you log in with WeChat we obtain your nickname and avatar": the sign-in provider is where
 * data comes FROM. It counts as a recipient only when the sentence also sends something to it.
 */
const LOGIN_SOURCE = /\b(?:sign|log)[- ]?(?:in|on)\b|\blogin\b|\b(?:third|3rd)[- ]?party (?:connections?|connectors?|accounts?)\b|\buse (?:a|an|your) (?:third|3rd)[- ]?party (?:site|service|platform|account|social (?:network|media))|\baccess\w* (?:[\w-]+ ){0,3}social (?:networking )?(?:services?|sites?|networks?)\b|登录|登陆/i;
const WE_OBTAIN = /我们(?:仅|只)?(?:会|将|可能)?(?:仅|只)?(?:从[^，。；]{1,12}?)?(?:获取|获得|读取|收到|接收)[^，。；]{0,24}(?:昵称|头像|公开信息|账号信息|用户名|授权信息|唯一标识|OpenID|UnionID|邮箱)|\bwe (?:may |will |might |can |could )?(?:also |then |only )?(?:receive|obtain|get|access|collect|import)\b[^.]{0,100}\b(?:from|via|through)\b|\bwe (?:may |will |might |can |could )?(?:also |then |only )?(?:receive|obtain|get|access|collect)\b(?:[^.]|\b(?:e\.g|i\.e)\.){0,60}\b(?:user ?names?|passwords?|credentials|profile|friends? lists?|contacts)\b|^\s*from\b/i;
const SOURCE_BEFORE = /\b(?:extract\w*|import\w*|retriev\w*|pull\w*|scrap(?:e|ed|es|ing)|read)\b[^.]{0,80}\bfrom\b[^.]{0,60}$|\b(?:information|data|content)\s+(?:that\s+)?you\s+(?:submit|post|publish|share|make (?:publicly )?available)\w*\s+(?:to|on|via|in)\b[^.]{0,80}$/i;
/**
 * "create an account using your Facebook, LinkedIn or Google account", "sign in with your Apple ID, you give
 * Apple permission to share your personal data with us": the account data comes FROM (sharing "with us" is
 * the same direction).
 */
const ACCOUNT_WITH_BEFORE = /\b(?:(?:sign|log)[- ]?(?:in|on|up)|register|create an account|connect)\s+(?:with|using|via|through)\s+(?:your\s+)?(?:[\w&.'’-]+(?:,\s*|\s+or\s+|\s+and\s+)){0,4}$/i;
const TO_US = /\b(?:with|to) us\b/gi;
const SHARES_WITH_US = /\b(?:shar\w*|provid\w*|send\w*|giv\w*|transfer\w*|pass\w*)\b[^.]{0,60}\b(?:with|to) us\b/i;
/**
 * "from … publicly-available sources (e.g., data brokers, …); referral sources; social network sites (e.g.,
 * Facebook, Twitter)": a list of where data comes from, across its semicolons ("e.g." and "etc." have dots).
 */
const SOURCES_BEFORE = /\bsources\b(?:[^.]|\b(?:e\.g|i\.e|etc)\.){0,250}$|\bsources?\s+(?:such as|like|including|\((?:e\.g\.|such as|including))[^;]{0,160}$/i;
/** "Instagram had been acquired by Facebook", "Military.com is a property of Monster Worldwide". */
const CORPORATE_FAMILY = /\b(?:acquired by|acquisition of|merged with|a (?:wholly[- ]owned )?subsidiary of|(?:is |are )?(?:a )?(?:property|part|member|division|unit|brand) of|owned (?:and operated )?by|operated by|parent (?:company|corporation)|family of (?:companies|brands)|sister compan(?:y|ies)|affiliated compan(?:y|ies)|corporate affiliates?|an? [\w&.'’ -]{1,40} company)\b/i;

/** Software the site runs on its own servers ("Matomo, which we host on our own servers"). */
const SELF_HOSTED = /\b(?:on our own servers?|self-hosted|we (?:host|run) (?:it|them|the [\w ]{1,30}?) (?:ourselves|on our own)|(?:host|run) (?:the )?[\w ]{0,40}?on our own servers?)|自行部署|自建|私有化部署|本地化部署|部署在(?:我们|本[馆站院司])(?:自己|自有)?的服务器/i;
/** "…, was acquired by Spotify": the buyer of a company, right before its name. */
const ACQUIRED_BY_BEFORE = /\b(?:acquired|bought|purchased|taken over) by\s+(?:the\s+)?$/i;
/** ", the analytics provider we use": an appositive that says the company is the site's provider. */
const OUR_PROVIDER_AFTER = /^,\s*(?:the|our) (?:[\w-]+ ){0,3}?(?:provider|service|vendor|partner|processor|tool|platform)s? (?:that )?we (?:use|rely on|work with)\b/i;
/** "ironSource Ads (now part of Unity)", "Heap, now part of Contentsquare": the vendor's own owner, said right after its name. */
const VENDOR_PARENT_AFTER = /^\s*(?:[A-Z][\w-]*\s+){0,2}[(,]\s*(?:(?:now|which is now|since (?:19|20)\d\d)\s+)?(?:part of|owned by|a subsidiary of|acquired by|a division of)\b/i;
const HANDLES_DATA = /\b(?:collect(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|stor(?:e|es|ed|ing)|process(?:es|ed|ing)?|record(?:s|ed|ing)?|captur(?:e|es|ed|ing)|track(?:s|ed|ing)?|handl(?:e|es|ed|ing)|forward(?:s|ed|ing)?)\b|\b(?:show|serve|deliver)s? (?:you )?(?:ads|advertising|advertisements)\b|\bsets? cookies\b/i;

/** The product a company alias stands for here: the lexicon's, else the noun that follows it. */
export function productOf(s: Sentence, m: AliasMatch): CategoryKey | undefined {
  if (m.entry?.product) return m.entry.product;
  const after = s.text.slice(m.end, m.end + 40);
  for (const [re, category] of PRODUCT_NOUN) if (re.test(after)) return category;
  return undefined;
}

/** A menu entry or label: no sentence punctuation and only a few words (or CJK characters). */
export function isShortFragment(s: Sentence): boolean {
  if (s.kind === 'table' || /[.!?。！？；;:：]$/.test(s.text)) return false;
  if (/[\u3400-\u9fff]/.test(s.text)) return s.text.length <= 8;
  return (s.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 4;
}

/** True when this alias hit is the policy's author (by org key or by name/domain label). */
export function isOwner(org: string, written: string, owner: OwnerInfo): boolean {
  if (owner.orgs.has(org)) return true;
  const w = normalizeAlias(written);
  for (const n of owner.names) {
    if (n === w || n.startsWith(w + ' ') || n.startsWith(w + ',') || n.startsWith(w + '.')) return true;
    // "Apple Inc." / "Apple Maps" when the owner is "Apple" (too generic to be an alias itself).
    if (n.length >= 3 && (w.startsWith(n + ' ') || w.startsWith(n + ','))) return true;
  }
  return false;
}

/** Sentence-level verdicts, computed once per sentence for all its mentions. */
export interface SentenceFacts {
  reject: NamingRejection | null; hasContext: boolean; fragment: boolean; inThirdPartySection: boolean; ownSocialPage: boolean; nextCollectsNothing: boolean; connectSends: boolean;
  /** A record of a third-party table that ends with its company's policy link ("极光IM极光…https://www.jiguang.cn/license/privacy"). */
  linkedRow: boolean;
  /** The next sentence of the paragraph sends data to the companies this one mentions ("… to these credit bureaus"). */
  sentBack: boolean;
  /** The next line says what comes from the ones this sentence offers ("… we receive your name from that service"). */
  nextFromThem: boolean;
  /** A table row's "Source" column (table-columns.ts sourceColumnOf), or -1. */
  sourceColumn: number;
}

/** A short line that ends with a link: a flattened SDK table's record (name, purpose, the vendor's policy URL). */
const ENDS_WITH_LINK = /(?:https?:\/\/|www\.)\S+$/i;

/** `index` (the sentence's place in `sentences`) lets a list row take its context from the list's lead-in. */
// A yes/no question (a heading such as "我们如何使用第三方SDK（如友盟）？" says what the section does).
const ASKS = /^\s*(?:Q\s*[:：.]\s*|问\s*[:：]\s*|問\s*[:：]\s*)?(?:(?:do|does|did|is|are|was|were|will|would|can|could|have|has)\b[^?？]*|[^?？]*(?:吗|嗎|是否)[^?？]*)[?？]\s*$/i;
export function sentenceFacts(s: Sentence, sentences: readonly Sentence[], index = -1): SentenceFacts {
  const heading = s.heading >= 0 ? sentences[s.heading]?.text ?? '' : '';
  const fragment = isShortFragment(s);
  const tableCell = fragment && inFlattenedCookieTable(sentences, index);
  const rowLead = index >= 0 ? rowsLeadIn(sentences, index) : '';
  const bareTitle = index >= 0 ? bareRowTitle(sentences, index) : -1;
  const inThirdPartySection = tableCell || FRAGMENT_CONTEXT.test(heading)
    // "SDKs in the app\nFirebase Crashlytics\nAppsFlyer": a bare name under a title that says what its names are.
    || (bareTitle >= 0 && (FRAGMENT_CONTEXT.test(sentences[bareTitle].text) || SERVICE_TITLE.test(sentences[bareTitle].text)))
    || (s.kind === 'list' && index >= 0 && listLeadIns(sentences, index).some((l) => FRAGMENT_CONTEXT.test(l)))
    // "We work with these affiliate networks:\n- Skimlinks", "we report your repayments to …:\ni. TransUnion CIBIL": a
    // list whose lead-in says what is done with data or services lists the companies that do it (lead-ins.ts: not a row
    // that is a sentence of its own, which says what it says).
    || (index >= 0 && leadInIndices(sentences, index).some((j) => CONTEXT_CUES.test(sentences[j].text)))
    || FRAGMENT_CONTEXT.test(rowLead)
    // A record's own field label says whose it is ("提供方：友盟+", "Provider: Hotjar").
    || (RECORD_FIELD.test(s.text) && FRAGMENT_CONTEXT.test(s.text.slice(0, Math.max(0, s.text.search(/[：:]/)))))
    // A consent panel's vendor switches ("Meta Pixel | ON") list the site's partners.
    || (index >= 0 && inToggleTable(sentences, index))
    // A table whose header row names the kind ("Subprocessor | Purpose | Location") lists those parties.
    || (s.kind === 'table' && index > 0 && FRAGMENT_CONTEXT.test(tableHeaderText(sentences, index)))
    // A run of "Stripe, Inc. – billing" / "Deep links: Branch" rows is a list of vendors and what each does.
    || (s.kind === 'list' && index >= 0 && isNameRoleRow(s.text) && [sentences[index - 1], sentences[index + 1]].some((x) => x?.kind === 'list' && isNameRoleRow(x.text)));
  const sentBack = nextSendsBack(sentences, index);
  const recipientField = RECIPIENT_FIELD.test(s.text);
  const footnoted = footnoteGivesContext(sentences, index, CONTEXT_CUES);
  const hasContext = CONTEXT_CUES.test(s.text) || CONSENT_CATEGORY_LABEL.test(s.text) || recipientField || ADDED_LINE.test(s.text) || continuedWithContext(sentences, index) || sentBack || namesTheOnesBefore(sentences, index, CONTEXT_CUES) || footnoted || sdkCardCompany(sentences, index);
  const linkedRow = inThirdPartySection && s.text.length <= 300 && ENDS_WITH_LINK.test(s.text.trim());
  let reject: NamingRejection | null = null;
  let fromLeadIn: NamingRejection | null = null;
  if (looksLikeCode(s.text)) reject = 'page-code';
  // "Q: Do you use Google Analytics?" asks; the answer says. Not when the answer opens with yes.
  else if (ASKS.test(s.text) && !ANSWER_YES.test(sentences[index + 1]?.text ?? '')) reject = 'hypothetical';
  // Not "本站使用Google Analytics分析網站流量，並透過LINE官方帳號向您發送通知": a Chinese sentence that also says what a service does
  // with data is more than the site's social presence.
  // Nor "we use Google Analytics, and lectures on our YouTube channel are public": a service the site uses, beside its channel.
  else if (SOCIAL_CHROME.test(s.text) && !(CJK_TEXT.test(s.text) && usesService(s.text)) && !WE_USE_NAMED.test(s.text)) reject = 'social-follow';
  else if (OWN_POSTS.test(s.text) && !SHARES_DATA.test(s.text) && !WE_USE_NAMED.test(s.text)) reject = 'social-follow';
  // Not "你在地址栏输入的搜索词将发送至百度": what the reader types is sent to the search engine.
  else if (SEARCH_ENGINE.test(s.text) && !sendsToMentioned(s)) reject = 'search-engine';
  else if ((TRADEMARK.test(s.text) || DISCLAIMER.test(s.text)) && s.kind !== 'table') reject = 'trademark';
  else if (NOT_COVERED.test(s.text) || (OTHERS_PRACTICES.test(s.text) && !SHARES_DATA.test(s.text))) reject = 'not-covered';
  else if (DENIES_THE_ABOVE.test(s.text)) reject = 'negated';
  else if ((index >= 0 && (notInUseRow(sentences, index) || recordProvisionEnded(sentences, index))) || RETIRED_LINE.test(s.text)) reject = 'former';
  // "Third-party services we do not use:\n- Hotjar", "Former providers:\n– Braze …": a row takes its lead-in's or title's reading.
  // …and "Find us on:\nFacebook | Instagram": a row inherits what its lead-in line is (the site's social pages, its links
  // out). Each asked once: the inherited reading reads the lead-in's own facts.
  else if (index >= 0 && (fromLeadIn = leadInRejection(sentences, index) ?? inheritedFromLeadIn(sentences, index))) reject = fromLeadIn;
  // Not "processed by Stripe, a PCI DSS certified provider": the certified company handles the data there.
  else if (CERTIFICATION.test(s.text) && !PROCESSED_BY.test(s.text) && !OUR_ROLE_NAMED.test(s.text)) reject = 'certification';
  // '"Third-party cookies" are cookies set by … such as Criteo': a definition's example names no recipient.
  else if (DEFINITION_SENTENCE.test(s.text)) reject = 'about-the-policy';
  else if (OUTBOUND_LINK.test(s.text) && !SHARES_DATA.test(s.text)) reject = 'outbound-link';
  else if (ABOUT_THE_POLICY.test(s.text) && !SHARES_DATA.test(s.text)) reject = 'about-the-policy';
  // A bare line ("Google") that is neither a list row nor a table cell is a heading of the page.
  else if (fragment && !tableCell && !footnoted && !recipientField && (!inThirdPartySection || (s.kind !== 'list' && s.kind !== 'table' && bareTitle < 0))) reject = 'fragment';
  // A sentence that never mentions services, data, partners or tools is not a disclosure ("we keep
  // old versions on GitHub"); list rows and tables inherit context from their section.
  // A record's field line ("境外接收方信息\n名称：AppsFlyer Ltd.") under such a title is a row too.
  else if (!hasContext && !fragment && !linkedRow && s.kind !== 'table' && !((s.kind === 'list' || rowLead !== '' || bareTitle >= 0 || RECORD_FIELD.test(s.text)) && inThirdPartySection)) reject = 'no-context';
  // "微信OpenSDK：用于支持微信分享。根据提供方说明，该SDK不收集任何个人信息。": the record's next sentence says so.
  const next = index >= 0 ? sentences[index + 1] : undefined;
  const nextCollectsNothing = next !== undefined && next.block === s.block && /SDK/i.test(s.text) && COLLECTS_NOTHING.test(next.text);
  const connectSends = next !== undefined && next.block === s.block && SENT_WHEN_CONNECTED.test(next.text);
  return { reject, hasContext, fragment, inThirdPartySection, ownSocialPage: OWN_SOCIAL_PAGE.test(s.text), nextCollectsNothing, connectSends, linkedRow, sentBack, nextFromThem: nextTakesFromThem(sentences, index), sourceColumn: index >= 0 ? sourceColumnOf(sentences, index) : -1 };
}

const INHERITED = new Set<NamingRejection>(['social-follow', 'outbound-link', 'not-covered', 'search-engine']);
function inheritedFromLeadIn(sentences: readonly Sentence[], index: number): NamingRejection | null {
  for (const j of leadInIndices(sentences, index)) {
    const why = sentenceFacts(sentences[j], sentences, j).reject;
    if (why && INHERITED.has(why)) return why;
  }
  // "Follow us\nFacebook | Instagram | LinkedIn": a row of bare names right under its heading is what the heading says.
  const s = sentences[index];
  const h = s.heading;
  if ((s.kind === 'table' || s.kind === 'list') && h >= 0 && index - h <= 2 && s.text.length <= 80 && !CONTEXT_CUES.test(s.text) && sentences[h].kind === 'heading') {
    const why = sentenceFacts(sentences[h], sentences, h).reject;
    if (why && INHERITED.has(why)) return why;
  }
  return null;
}

/**
 * Does this sentence send data TO the companies it mentions? Used to let a data-source reading carry over to
 * the next sentences of a paragraph ("…create an account using your Facebook or Google account. For Facebook, we
 * will process your email address.") — never over a sentence that shares, sends or provides to them.
 */
export function sendsToMentioned(s: Sentence): boolean {
  return SHARE_TO.test(s.text.replace(TO_US, ''));
}

/** The sentence-wide readings one phrase triggers, each scoped to the clause the phrase stands in (naming-clauses.ts). */
const CLAUSE_TRIGGERS: Partial<Record<NamingRejection, (t: string) => boolean>> = {
  'social-follow': (t) => SOCIAL_CHROME.test(t) || OWN_POSTS.test(t), 'search-engine': (t) => SEARCH_ENGINE.test(t),
  'outbound-link': (t) => OUTBOUND_LINK.test(t), 'not-covered': (t) => NOT_COVERED.test(t) || OTHERS_PRACTICES.test(t),
};
const INTEGRATED_KIT = { before: /(?:接入|集成|嵌入|内置|內置)(?:了)?[^，。；]{0,6}$|\b(?:integrated|embedded|bundled|built in|uses?) (?:the\s+)?$/i, after: /^[^，。；,;]{0,10}?(?:SDK|软件开发工具包|插件)/i };

/** Set while a list label reads its item's later mention of the same company (the label rule in judgeNaming). */
let readingLater = false;
export function judgeNaming(s: Sentence, m: AliasMatch, all: readonly AliasMatch[], facts: SentenceFacts, owner: OwnerInfo): NamingDecision {
  const no = (why: NamingRejection): NamingDecision => ({ ok: false, why });
  const e = m.entry;
  if (!e) return no('user-product');
  if (facts.reject && sentenceReadingHolds(CLAUSE_TRIGGERS[facts.reject], s.text, m.start, m.end)) return no(facts.reject);
  // A Chinese legal-entity name ("…有限公司") is a company whatever the sentence says about it.
  // "支付宝（中国）网络技术有限公司": an app's name opening a legal entity's is that company too.
  const legalEntity = /公司$/.test(m.text) || LEGAL_NAME_AFTER.test(s.text.slice(m.end, m.end + 40));
  // A dictionary word opening a sentence is capitalised anyway ("Amplitude of …"), unless a data verb follows it:
  // "Amplitude receives a pseudonymous user ID", "Heap automatically captures clicks".
  // Not a label ("- Amplitude: Anonymous usage events …"): an item's name before its colon is the name.
  const openingWord = m.start === 0 && e.lang !== 'zh' && !CJK_TEXT.test(s.text) && !SUBJECT_OF_DATA_VERB.test(s.text.slice(m.end, m.end + 60)) && !(s.kind !== 'text' && /^\s*[:：]/.test(s.text.slice(m.end, m.end + 3)));
  if (e.context === 'cues' && !legalEntity && (!facts.hasContext || openingWord) && !(facts.inThirdPartySection && s.kind !== 'text')) return no('no-context');
  // Not a lower-case brand with a corporate suffix ("logly, inc.") or a hyphen inside ("i-mobile"): no dictionary word is.
  if (isOrdinaryWord(m) && !m.text.includes('-') && !LOWER_CASE_SUFFIX.test(s.text.slice(m.end, m.end + 20))) return no('common-word');
  if ((e.context === 'company' || e.context === 'company-strict') && !companyContext(s, m, all, facts, e.context === 'company-strict')) return no('no-context');
  // "MongoDB Atlas", "Castle Key Insurance": an ambiguous one-word alias inside a longer proper name.
  if (e.context && !/\s/.test(m.text) && insideAnotherName(s.text, m.start, m.end)) return no('part-of-another-name');
  const prev = all.filter((o) => o.end <= m.start).at(-1);
  // "已移除友盟+统计分析SDK（友盟同欣（北京）科技有限公司）": a legal name in brackets after its brand is removed, denied or
  // planned with it.
  if (prev?.entry && prev.entry.org === e.org && /^[^，。；,;]{0,12}[（(]\s*$/.test(s.text.slice(prev.end, m.start))) {
    const brand = judgeNaming(s, prev, all, facts, owner);
    if (!brand.ok && (brand.why === 'former' || brand.why === 'negated' || brand.why === 'hypothetical')) return brand;
  }
  // "- Hotjar: We no longer use Hotjar.", a list item or row labelled with the name: the label takes the reading of the
  // item's own later mention when that one is retired or only planned (written so by the HTML reader for
  // "<li><p>Hotjar</p><p>We no longer use Hotjar.</p></li>"). Not a denial: "we do not use X for ads" still leaves X used.
  const later = !prev && !readingLater && labelsItem(s.text, m.start, m.end) ? all.find((o) => o.start >= m.end && o.entry?.org === e.org) : undefined;
  if (later) {
    readingLater = true; // the later mention's own bracket rule may look back at this label: no loop
    try {
      const itself = judgeNaming(s, later, all, facts, owner);
      if (!itself.ok && (itself.why === 'former' || itself.why === 'hypothetical')) return itself;
    } finally { readingLater = false; }
  }
  // "the Azure OpenAI Service", "Samsung Tizen": a name right after another company's name is part of that one's product.
  if (prev?.entry && prev.entry.source !== 'cookie' && prev.entry.org !== e.org && s.text.slice(prev.end, m.start) === ' ' && /^\p{Lu}/u.test(prev.text)) return no('part-of-another-name');
  if (isOwner(e.org, m.text, owner)) return no('owner');
  // "We embed posts from our Instagram feed; Instagram may collect information …": the company as the subject of a
  // data verb is a recipient even in a sentence about the site's own page there.
  // Nor the tool the same sentence says the site uses ("we use Hotjar, and talks on our YouTube channel are public").
  if (facts.ownSocialPage && !COMPANY_COLLECTS_AFTER.test(s.text.slice(m.end, m.end + 60)) && !/\bwe (?:also )?use\s+$/i.test(s.text.slice(Math.max(0, m.start - 20), m.start))) return no('social-follow');
  // Not a brand written as its bare domain in running text ("we send … to Heureka.cz for a survey", "hosted on Wix.com").
  if (inUrl(s.text, m.start, m.end) && !hostNamesProvider(s, m) && !BRAND_DOMAIN.test(s.text.slice(Math.max(0, m.start - 1), m.end + 12))) return no('link');
  if (inSettingsHost(s.text, m.start, m.end)) return no('help-or-opt-out');
  // "据搜狐科技报道，…": the source of a news item the policy cites.
  if (/据\s*$/.test(s.text.slice(Math.max(0, m.start - 4), m.start)) && /^[^，。；]{0,8}?(?:报道|消息|报告|数据显示|统计)/.test(s.text.slice(m.end, m.end + 20))) return no('citation');
  // "the Microsoft Store", "the Amazon Appstore": a store named after the company, where the app is listed.
  if (COMPANY_STORE_AFTER.test(s.text.slice(m.end, m.end + 20)) && !SHARES_DATA.test(s.text)) return no('platform-brand');
  const before = s.text.slice(Math.max(0, m.start - 160), m.start);
  // "the TrustArc® website": a trademark sign after the name changes nothing about what the sentence says.
  const after = s.text.slice(m.end, m.end + 80).replace(/^[®™]+/, '');
  // Flash help links name Adobe as the maker of the user's plug-in, not as a recipient.
  if (e.org === 'adobe' && /\bFlash\b/.test(s.text)) return no('help-or-opt-out');
  if (HELP_AFTER.test(after) || HELP_BEFORE.test(before.slice(-40))) return no('help-or-opt-out');
  // "download the Evidon Ad Control application … to opt out": the maker of an opt-out tool.
  if (OPT_OUT_TOOL.test(after) && /\bopt(?:[- ]?out|ing out| out)\b/i.test(s.text)) return no('help-or-opt-out');
  if (CITATION_BEFORE.test(before.slice(-50))) return no('citation');
  // The shapes learned from the look-alike sets (naming-shapes.ts): former, planned and removed vendors, comparisons,
  // copyright credits, devices and accounts of the reader, where data or content comes from, Chinese instructions.
  const sharesToThem = sendsToMentioned(s) || facts.sentBack;
  const shape = shapeRejection(s, before, after, sharesToThem);
  if (shape) return no(shape);
  if (ABOUT_COMPANY_AFTER.test(after)) return no('about-the-company');
  const signIn = signInRejection(s.text, m, before, after, facts.fragment, sharesToThem);
  if (signIn) return no(signIn);
  if (readerPlatform(before, after, sharesToThem)) return no('platform-brand');
  if (COLLECTS_NOTHING.test(s.text.slice(m.end, m.end + 160)) || facts.nextCollectsNothing || NOT_USED_AFTER.test(s.text.slice(m.end, m.end + 240)) || NO_SUCH_AS_BEFORE.test(before.slice(-120))) return no('negated');
  const readerSide = readerSideRejection(before, after, sharesToThem, facts.connectSends);
  if (readerSide) return no(readerSide);
  if (SOURCE_BEFORE.test(before) || (facts.sourceColumn >= 0 && cellAt(s.text, m.start) === facts.sourceColumn)) return no('data-source');
  // Not a kit the same sentence says the app carries ("我们接入了友盟+统计SDK…，微信登录仅作为登录方式…", "we integrated the Adjust
  // SDK, and you may sign in with Google"): the sign-in that brings data in is another company's.
  const integrated = INTEGRATED_KIT.before.test(before.slice(-16)) || INTEGRATED_KIT.after.test(after);
  if (LOGIN_SOURCE.test(s.text) && WE_OBTAIN.test(s.text) && !sharesToThem && !integrated) return no('data-source');
  if (ACCOUNT_WITH_BEFORE.test(before) && !sharesToThem) return no('data-source');
  if (LOGIN_SOURCE.test(s.text) && SHARES_WITH_US.test(s.text) && !sharesToThem && !integrated) return no('data-source');
  if (SOURCES_BEFORE.test(before) && !sharesToThem) return no('data-source');
  // "You can sign up with an e-mail address or with your Google, GitHub or GitLab account." over "… we receive your name …
  // from that service": the sign-in options are where the account data comes from.
  if (facts.nextFromThem && offeredSignIn(before, after) && !sharesToThem) return no('data-source');
  // Not when the sentence has the company handle visitors' data ("AdRoll, a platform operated by NextRoll, may show
  // you ads", "… stored on servers operated by Kameleoon"): who owns a vendor does not make it the site's family.
  const familyWords = /\b(?:acquired|subsidiary|property|part of|member of|division|owned|operated by|parent|family|sister|affiliat)/i.test(`${before.slice(-60)} ${after.slice(0, 40)}`)
    // "Slack Technologies, LLC, a Salesforce company, provides this policy" — not a vendor's parent ("hosted by Megaphone, a
    // Spotify company"; "replaced Mailgun with Postmark, an ActiveCampaign company"), which names the parent too.
    || (/\ban?\s+$/i.test(before.slice(-4)) && /^\s+(?:company|group company)\b/i.test(after) && !VENDOR_APPOSITIVE_BEFORE.test(before.slice(-80)));
  if (CORPORATE_FAMILY.test(s.text) && familyWords && !HANDLES_DATA.test(s.text) && !VENDOR_PARENT_AFTER.test(after)) return no('corporate-family');
  // "Chartable, the analytics service we used …, was acquired by Spotify": the buyer, whatever the bought company did.
  if (ACQUIRED_BY_BEFORE.test(before.slice(-40)) && !COMPANY_COLLECTS_AFTER.test(after)) return no('corporate-family');
  // "本公司被 Cisco Systems, Inc. 收购", "摩拜单车已于2018年并入美团": the buyer.
  if ((/被\s*$/.test(before.slice(-4)) && /^[^，。；]{0,30}?收购/.test(after)) || /并入\s*$/.test(before.slice(-6))) return no('corporate-family');
  // "Website statistics are collected with Matomo, which we run on our own servers; no analytics data is sent to Matomo":
  // software the site runs itself, said in the same sentence to get nothing.
  if (SELF_HOSTED.test(s.text) && all.some((o) => o.start > m.end && o.entry?.org === e.org && (negatedBefore(s.text, o.start) || negatedInZhClause(s.text, o.start, o.end)
    || clauseRejection(s.text.slice(Math.max(0, o.start - 160), o.start), s.text.slice(o.end, o.end + 80)) === 'negated'))) return no('negated');
  // "…never shared with third parties, including Mixpanel, the analytics provider we use for the rest of the app": the
  // denial covers one kind of data; the appositive says the company is the site's provider.
  if ((negatedBefore(s.text, m.start) || negatedInZhClause(s.text, m.start, m.end) || underNegatedLeadIn(s.text.slice(0, m.start))) && !OUR_PROVIDER_AFTER.test(after)) return no('negated');
  if (CONSUMER_APP.test(m.text) && CJK_TEXT.test(s.text) && !legalEntity && !platformReceives(s, before, after, facts, sharesToThem)) return no('platform-brand');
  return { ok: true };
}

// …or has the platform carry and keep what the reader sends ("消息内容将经由微信公众平台传输并保存在公众平台后台").
const ZH_USES_SERVICE = /使用[^，。；]{0,24}(?:分析|统计|监测)|SDK|收集|采集|嵌入|内嵌|经由[^，。；]{1,24}?(?:传输|存储|保存)|(?:保存|存储)(?:在|于)[^，。；]{0,12}?(?:后台|服务器)/gi;
/** A use of the service the sentence does not deny ("…专页仅作发布信息用途，我们不会透过专页收集您的数据" uses none). */
function usesService(text: string): boolean {
  for (const m of text.matchAll(ZH_USES_SERVICE)) if (!negatedInZhClause(text, m.index, m.index + m[0].length)) return true;
  return false;
}
const LEGAL_NAME_AFTER = /^\s*(?:[（(][^）)]{1,10}[）)])?[^，。；、\s]{0,16}?有限公司/;
const VENDOR_APPOSITIVE_BEFORE = /\b(?:by|with|using|from|via|through|use|uses)\s+[\w&.'’ -]{1,40},\s*an?\s+$/i;
const CJK_TEXT = /[\u4e00-\u9fff]/;
const BRAND_DOMAIN = /^(?:^|[\s(“"])\p{Lu}[\w-]*\.(?:com|net|org|io|co|cz|de|fr|ru|jp|pl|sk|hu|ro|nl|in|br|kr)(?:\.[a-z]{2})?(?![\w/@-]|\.[a-z])/u;
