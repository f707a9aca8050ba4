/**
 * Denials: the ONLY sentences that may ever make a verdict `contradicted`. A sentence is a denial
 * when all four parts are there, in this order of checking:
 *   1. the site speaking ("we", "us", the owner's name, or a passive whose subject is the user's
 *      data: "your personal information will never be sold to third parties");
 *   2. a negated sharing verb (share, sell, rent, disclose, trade, transfer/provide/give … *to*);
 *   3. an object that is personal data ("your personal information", "information about you", a
 *      named data type);
 *   4. a recipient (third parties, advertisers, partners, anyone, or a company by name) — or, for
 *      recording, a denial of recording keystrokes / mouse movements / sessions.
 * and nothing in the sentence narrows it (exceptions, consent conditions, "for their own marketing
 * purposes", choices offered to the reader, instructions to users). When in doubt, it is not a
 * denial: a false "this site lied" is the worst mistake Fineprint can make, a missed one only
 * leaves the verdict at `undisclosed`.
 */
import type { DataType } from '../types.ts';
import { DATA_TYPE_TERMS } from './lexicon/terms.ts';

const TYPE_RES = DATA_TYPE_TERMS.filter((t) => t.type !== 'Generic personal information').map((t) => ({ type: t.type, re: new RegExp(t.pattern, 'i') }));

/** The data a denial is about: a named type ("your email address") or personal information in general. */
/** "sensitive personal information", "your financial information": a narrower kind than personal data at large. */
const SPECIFIC_QUALIFIER = /\b(?:sensitive|special categor(?:y|ies)|financial|health|medical|biometric|genetic|precise|payment|credit card|government[- ]issued)\b/i;

/**
 * "the personal information you give us", "your details" (a form's name and contact fields): what the person typed
 * in, not what a tag on the page collects.
 */
const USER_GIVEN = /\b(?:information|data|details)\s+(?:that\s+)?you\s+(?:give|provide|submit|enter|send|share)\b|\byour (?:contact )?details\b/i;

/**
 * The words that may stand before "information" / "data" and still leave it the person's data at large ("your
 * personal information", "users' private data"). Any other word narrows it to one kind ("your cycle data", "your
 * order information", "your account data"), which a tag on the page does not show to have gone anywhere.
 */
const GENERIC_MODIFIER = /^(?:personal(?:ly)?|identifiable|private|users?'?s?|customers?'?s?|members?'?s?|visitors?'?s?|subscribers?'?s?|individual|any|other|such|own|all|of|the|your|our|this|that|these|those|no)$/i;
// The words directly before the noun, not across "and" / "or" ("name, e-mail and other personal data" is still all of it).
const DATA_PHRASE = /\b((?:(?!(?:and|or)\b)[\w'-]+\s+){0,4}?)(?:information|data|details)\b(\s+(?:about|on|regarding|relating to|related to|concerning)\s+(?:your|the|any)\s+\w+)?/i;

/** "your cycle data", "information about your health": the object names one kind of data, not personal data at large. */
function scopedObject(object: string): boolean {
  const m = DATA_PHRASE.exec(object);
  if (!m) return false;
  if (m[2]) return true;
  return m[1].trim().split(/\s+/).filter(Boolean).some((w) => !GENERIC_MODIFIER.test(w));
}

function objectType(object: string): DataType | 'any' {
  if (USER_GIVEN.test(object)) return 'Other';
  if (SPECIFIC_QUALIFIER.test(object) || scopedObject(object)) {
    for (const { type, re } of TYPE_RES) if (re.test(object) && type !== 'Generic personal information') return type;
    return 'Other';
  }
  // "personally identifiable information", "information that identifies you": in US usage the name, e-mail and
  // the like, as against the cookie and device identifiers ad and analytics tags collect ("we share non-personally
  // identifiable information with advertisers") — a narrower kind, not personal data at large.
  if (/\bpersonally identifiable\b|\bPII\b|\b(?:information|data) that (?:personally )?identif(?:y|ies) you\b|\bidentif(?:y|ies) you personally\b/i.test(object)) return 'Personal identifier';
  if (/\bpersonal (?:information|data)\b|\binformation about you\b/i.test(object)) return 'any';
  for (const { type, re } of TYPE_RES) if (re.test(object)) return type;
  return 'any';
}

export type DenialRecipient = 'third-parties' | 'advertisers' | 'anyone';

export interface Denial {
  kind: 'no-sharing' | 'no-sale' | 'no-session-recording';
  /** Who the site says gets nothing (an org key when the sentence names a company). */
  recipient?: DenialRecipient | string;
  /** The data the denial is about ('any' for personal information in general). */
  dataType: DataType | 'any';
  /** "Apart from the services listed above, we share your data with no one": the list is closed. */
  closedList?: boolean;
}

// ---------------------------------------------------------------------------------- English

const SHARE_VERBS = String.raw`shar(?:e|es|ing)|sell(?:s|ing)?|rent(?:s|ing)?|leas(?:e|es|ing)|trad(?:e|es|ing)|disclos(?:e|es|ing)|licen[cs](?:e|es|ing)|barter|exchange|distribut(?:e|es|ing)|transfer(?:s|ring)?|provid(?:e|es|ing)|giv(?:e|es|ing)|pass(?:es|ing)?(?: on| along)?|releas(?:e|es|ing)|mak(?:e|es|ing)(?: available|(?=[^.;]{1,80}?\bavailable to\b))|send|transmit`;
const PASSIVE_VERBS = String.raw`shared|sold|rented|leased|traded|disclosed|licen[cs]ed|bartered|exchanged|distributed|transferred|provided|given|passed(?: on| along)?|released|made available|sent|transmitted`;
/** Verbs that only deny *sharing* with a recipient after "to" ("we do not provide refunds" is not one). */
const NEEDS_TO = /^(?:transfer|provid|giv|pass|releas|mak|send|transmit|distribut)/i;
const NEGATION = String.raw`(?:do not|does not|did not|will not|shall not|would not|cannot|can not|don't|doesn't|won't|never|not)`;
/** What may stand between the negation and the verb: adverbs and other sharing verbs of a list. */
const FILLER = String.raw`(?:(?:currently|knowingly|intentionally|voluntarily|ever|otherwise|directly|actively|generally|and|or|,|${SHARE_VERBS})\s*,?\s+)*`;
const ACTIVE = new RegExp(String.raw`\b${NEGATION}\s+${FILLER}(${SHARE_VERBS})\b`, 'i');
const PASSIVE = new RegExp(String.raw`\b(?:is|are|will|shall|would|be|being)\s+(?:not|never)\s+(?:be\s+)?(?:${FILLER})?(${PASSIVE_VERBS})\b`, 'i');
const NOTHING_PASSIVE = new RegExp(String.raw`\b(?:no|none of (?:your|the))\s+(?:personal(?:ly identifiable)?\s+)?(?:information|data)\s+(?:(?:about|of|from) (?:you|users)\s+)?(?:is|will be|shall be|gets)\s+(?:ever\s+)?(${PASSIVE_VERBS})\b`, 'i');

/** The site as the subject, right before the negation. */
const WE_SUBJECT = /(?:\b(?:we|us)\b|\bour (?:company|organi[sz]ation|firm)\b)\s*(?:,[^,]{0,40},\s*)?(?:(?:also|currently|still|generally|will|shall|do|does|simply|therefore|thus|absolutely|certainly)\s+)*$/i;
const DATA_SUBJECT = /\b(?:your|any|the|such|user|users'?|customer|visitor)\s+(?:(?:personal(?:ly identifiable)?|private|contact|account)\s+)?(?:information|data|details|PII)(?:\s+(?:about|of|from) (?:you|users|our users))?(?:\s+(?:that|which) (?:you|we)\s+(?:\w+\s+){1,4}?)?\s*$/i;

const PERSONAL_DATA = /\b(?:(?:your|any|the|such)\s+)?(?:personal(?:ly identifiable)?|private|identifiable)\s+(?:information|data|details)\b|\bPII\b|\binformation (?:about|that identifies) you\b|\b(?:your|users'?|customers'?|subscribers'?|visitors'?|members'?)\s+(?:\w+\s+){0,2}?(?:information|data|details|e-?mail address(?:es)?|phone numbers?|names?|addresses)\b|\b(?:e-?mail address(?:es)?|phone numbers?|contact information|location data|browsing history)\b/i;

const RECIPIENT_EN: Array<[RegExp, DenialRecipient]> = [
  [/\b(?:advertisers|marketers|(?:advertising|marketing|ad) (?:partners|networks|companies))\b/i, 'advertisers'],
  [/\b(?:(?:any|other|outside|unaffiliated|non-affiliated)\s+)?(?:(?:third|3rd)[- ]?part(?:y|ies)|(?:third|3rd)[- ]?party (?:companies|organi[sz]ations|businesses))\b|\b(?:outside|unaffiliated|non-affiliated|other) (?:companies|parties|organi[sz]ations|businesses|entities)\b|\bpartners\b/i, 'third-parties'],
  [/\b(?:anyone|anybody|any(?:one)? else|no one|nobody)\b/i, 'anyone'],
];

/**
 * What narrows a denial until it no longer covers what we saw, or makes the sentence something
 * other than the site's own promise. Checked on the whole sentence.
 */
const NARROWING_EN = [
  /\b(?:unless|except|excepting|other than|apart from|aside from|besides|beyond|outside of|save for|without (?:your|their|(?:the |a )?(?:user|customer|client|member|visitor|consumer|individual|data subject|person|patient|student|parent)['’]s|his or her|first|prior|obtaining|asking|notifying|giving|providing|offering|express|explicit|(?:a |an |any )?(?:legal|lawful|valid|legitimate|good|proper) (?:basis|reason|grounds?|interest))|as (?:explained|described|set out|detailed|outlined) (?:below|above|in (?:this|the following|section))|for (?:any )?(?:purposes?|reasons?) (?:unrelated|other than|not related|beyond|outside|incompatible)|until|in ways? (?:unrelated|inconsistent|incompatible)|in (?:ways?|a manner) (?:different|other) (?:from|than)|not (?:described|disclosed|listed|set (?:forth|out)) in)\b/i,
  /\bfor (?:their|its|his|her) (?:own )?(?:direct |independent )?(?:marketing|promotional|advertising|commercial|business)(?: (?:purposes?|use))?\b|\bfor (?:direct )?marketing purposes\b|\b(?:direct|independent) (?:marketing|use)\b/i,
  /\b(?:if|should|whether|when) (?:you|a user|users)\b|\b(?:you|users?) (?:can|may|might|could|should|must|are (?:not )?(?:required|obliged|obligated|asked))\b|\b(?:request|ask|tell|instruct|direct|let)(?:s|ing)? (?:us|that we)\b|\bprefer\b|\brather\b|\bopt(?:[- ]?out| in|-in)\b|\bchoose\b|\bchoice\b|\bplease\b/i,
  /\b(?:not (?:only|just|limited|necessarily|all))\b|\b(?:aggregat|anonymi[sz]|de-?identifi|non-?personal|pseudonymi[sz])\w*/i,
  /\b(?:require|requires|required|obliged|obligated|mandatory|need to)\b/i,
  /\b(?:children|minors|kids|anyone under|persons? under|individuals? under)\b/i,
  // "… to third parties outside the EEA": a denial about transfers abroad, not about the recipients here.
  /\boutside (?:of )?(?:the )?(?:European|EEA\b|EU\b|United (?:States|Kingdom)|U\.S\.|US\b|UK\b|your (?:country|jurisdiction|region)|the country)|\b(?:abroad|overseas|cross-border|internationally)\b/i,
  // "We do not share your personal information with such advertisers": the ones just described, not every ad company.
  /\b(?:with|to)\s+(?:such|these|those|the said|the aforementioned|said)\s+(?:advertisers|sponsors|partners|(?:third|3rd)[- ]?part(?:y|ies)|companies|businesses|merchants)\b/i,
  // "… for money": a denial of one kind of deal, not of the data going there.
  /\bfor (?:money|cash|monetary (?:consideration|value|compensation|payment|gain)|(?:a )?fee|profit)\b/i,
  // "third parties who are not bound by confidentiality": only the recipients a relative clause leaves out
  // ("… that are not affiliated with us" still means every outside company).
  /\b(?:(?:third|3rd)[- ]?part(?:y|ies)|partners|companies|advertisers|organi[sz]ations|entities)\s+(?:who|that|which)\s+(?:are not|is not|aren't|isn't|do not|does not|don't|have not|haven't|has not)\s+(?!(?:affiliated|related|owned|controlled|part)\b)/i,
  /\b(?:(?:third|3rd)[- ]?part(?:y|ies)|partners|companies|advertisers|organi[sz]ations|entities)\s+(?:that |whom )?we\s+(?:do not|don't|have not|haven't|cannot|can't)\b/i,
  /\b(?:their|its) own (?:(?:independent|separate|commercial|business) )?(?:offers|products|services|marketing|promotions?|advertising|purposes|use)\b/i,
  // "… so that they can market to you": sharing for the recipient's own marketing, in other words.
  /\bso (?:that )?(?:they|it|such \w+)(?: \w+)? (?:can|may|could|might|will) (?:directly )?(?:market|advertise|promote|send you|offer you|contact you)\b|\b(?:for them|to (?:allow|enable|let) them) to (?:market|advertise|promote|contact you)\b/i,
  // Conditions that start or end the promise: "Once you have opted out, we will not share …", "When we detect a
  // Global Privacy Control signal, …", "… after you delete your account".
  /\b(?:once|after|whenever|as soon as|where) (?:you|a user|users|your)\b|\b(?:if|when|whenever|once|after|where) we (?:detect|receive|get|see|are (?:notified|told|asked))\b|\b(?:Global Privacy Control|GPC|Do[- ]Not[- ]Track|DNT)\b/i,
  // "Although we do not sell your data, we share it with partners for advertising": a concession, and the main
  // clause says the opposite.
  /^\s*(?:although|though|even though|while|whilst|even if)\b|\bbut (?:we|our)\b[^.;]{0,30}\b(?:do|does|may|might|also|will|can|could)\b(?! not\b)/i,
  // "We do not pass your data on to third parties, with the exception of the pixel of a social network …": the exception
  // is named with a noun, not the verb "except".
  /\bwith the exception of\b|\bthe (?:only |one |sole )?exceptions? (?:is|are|being|to this)\b|\bsave that\b|\bbarring\b/i,
  // "… the personal information of consumers we know to be under 16": a denial about some people only.
  /\bunder (?:the age of )?1\d\b|\bunder \d+ years\b/i,
];
const CLOSED_LIST_EN = /\b(?:other than|except(?: for)?|apart from|aside from|besides|beyond)\s+(?:to\s+)?(?:those|the|these|our)\s+(?:(?:third|3rd)[- ]?part(?:y|ies)|partners|services|service providers|companies|providers|vendors|recipients|tools)\s+(?:(?:that are|we have|expressly)\s+)?(?:listed|named|identified|mentioned|specified)\s+(?:above|below|here(?:in)?|in this (?:policy|notice|section|privacy policy))/i;

/**
 * "… with third-party analytics providers", "向第三方数据分析公司": a recipient of one kind other than advertising. Such a
 * denial says nothing about the ad companies a generic "third parties" denial covers (and the verdict never lets a
 * generic denial contradict an analytics vendor), so it is not read as one.
 */
const OTHER_KIND_EN = /\b(?:analytics?|measurement|statistic(?:s|al)|payment|shipping|delivery|logistics|hosting|cloud|e-?mail|customer (?:service|support)|survey|security|fraud[- ]prevention|identity[- ]verification)\s+(?:service\s+)?(?:providers?|vendors?|partners?|companies|firms|services|processors?|tools?)\b/i;
const AD_KIND_EN = /\b(?:advertis\w*|marketing|marketers|ad (?:partners|networks|companies))\b/i;
const OTHER_KIND_ZH = /(?:数据分析|统计分析|统计|分析|支付|物流|快递|配送|云服务|云计算|短信|客服|安全|风控|地图|推送|身份验证|实名认证)(?:服务)?(?:商|提供商|提供方|公司|机构|平台|合作方|合作伙伴|SDK)/;

function otherKindOnly(recipientPhrase: string, zh = false): boolean {
  return zh ? OTHER_KIND_ZH.test(recipientPhrase) && !/广告|营销/.test(recipientPhrase)
    : OTHER_KIND_EN.test(recipientPhrase) && !AD_KIND_EN.test(recipientPhrase);
}

/** "We do not allow third-party advertisers to collect personal information on our site." */
const ALLOW = /\b(?:we|us)\b[^.;]{0,30}?\b(?:do not|does not|will not|don't|won't|never|not)\s+(?:knowingly\s+)?(?:allow|permit|let|authori[sz]e|enable)\s+([^.;]{3,60}?)\s+to\s+(?:\w+\s+){0,2}?(?:collect|gather|obtain|track|place|set|use|access|receive)\b([^.;]{0,120})/i;

function allowDenial(text: string): Denial | null {
  const m = ALLOW.exec(text);
  if (!m) return null;
  if (!PERSONAL_DATA.test(m[2]) && !/\b(?:cookies?|track(?:ing)?|web beacons?|pixels?)\b/i.test(`${m[0]}`)) return null;
  if (NARROWING_EN.some((re) => re.test(text)) || otherKindOnly(m[1])) return null;
  // "… to access your health information": the denial is about that kind of data only.
  const dataType = PERSONAL_DATA.test(m[2]) ? objectType(m[2]) : 'any';
  for (const [re, r] of RECIPIENT_EN) if (re.test(m[1])) return { kind: 'no-sharing', recipient: r, dataType };
  return null;
}

/** Where a coordinated clause with its own subject begins: ", and we …", "; it …", ", but our …". */
const NEXT_CLAUSE = /,?\s+(?:and|but|or|nor|while|whereas)\s+(?:we|us|our|it|they|neither)\b|,\s*(?:we|our)\b/i;

function englishDenial(text: string, ownerNames: readonly string[], namedRecipient: boolean): Denial | null {
  const allowed = allowDenial(text);
  if (allowed) return allowed;
  const active = ACTIVE.exec(text);
  const m = active ?? PASSIVE.exec(text) ?? NOTHING_PASSIVE.exec(text);
  if (!m) return null;
  const passive = !active;
  const before = text.slice(Math.max(0, m.index - 120), m.index);
  if (!passive) {
    const owner = ownerNames.some((n) => n.length >= 3 && new RegExp(`\\b${n.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}\\s*(?:(?:also|currently|will|shall|do|does)\\s+)*$`, 'i').test(before));
    if (!WE_SUBJECT.test(before) && !owner) return null;
  } else if (!/^no|^none/i.test(m[0]) && !DATA_SUBJECT.test(before)) {
    return null;
  }
  const verb = m[1].toLowerCase();
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
  // Personal data must be the object: after an active verb, or the passive subject itself.
  if (!passive && !PERSONAL_DATA.test(after)) return null;
  if (passive && !PERSONAL_DATA.test(`${before} ${m[0]}`) && !/\binformation|\bdata\b/i.test(m[0])) return null;
  const closedList = CLOSED_LIST_EN.test(text);
  const narrowingText = closedList ? text.replace(CLOSED_LIST_EN, ' ') : text;
  if (NARROWING_EN.some((re) => re.test(narrowingText))) return null;
  const sale = /^(?:sell|sold|rent|leas|trad|barter|licen)/.test(verb);
  // The recipient is in this clause: "… with data brokers, and we do not sell it to anyone" denies sharing with data brokers.
  const recipientPart = (/\b(?:to|with)\b([^.;:]{0,120})/i.exec(after)?.[1] ?? '').split(NEXT_CLAUSE)[0];
  let recipient: DenialRecipient | undefined;
  for (const [re, r] of RECIPIENT_EN) if (re.test(recipientPart)) { recipient = r; break; }
  if (recipient === 'third-parties' && otherKindOnly(recipientPart)) return null;
  // The caller saw a company named after the verb ("… with Facebook"): that company is the recipient.
  const named = !recipient && namedRecipient && /\b(?:to|with)\b/i.test(after);
  if (NEEDS_TO.test(verb) && !recipient && !named) return null;
  if (!recipient && !sale && !closedList && !named) return null;
  const object = passive ? before : after.split(/\b(?:to|with)\b/i)[0];
  return { kind: sale && !/\bshar/i.test(m[0]) ? 'no-sale' : 'no-sharing', ...(recipient ? { recipient } : closedList ? { recipient: 'anyone' } : {}), dataType: objectType(object), ...(closedList ? { closedList } : {}) };
}

// ---------------------------------------------------------------------------------- Chinese

const ZH_SUBJECT = /(?:我们|本公司|本平台|本应用|本网站|本软件)[^，。；,;]{0,6}$/;
const ZH_DENIAL = /(?:不会|绝不|决不|从不|不得|并不|不)(?:会)?(?:主动|擅自|私自|将)?(?:向|与|给)(任何)?([^，。；,;]{1,20}?)(?:共享|出售|售卖|出租|提供|转让|披露|交易)/;
const ZH_OBJECT = /个人信息|个人数据|用户信息|用户数据|您的(?:[^，。；]{0,6})?信息|隐私/;
// 主动 / 擅自 / 私自 ("on our own initiative", "without authorisation") and 原则上 ("in principle") hedge the promise; "以供其…"
// (for their own …) narrows its purpose, as 用于营销目的 (for marketing) and 用于其独立目的 (for their own purposes) do: an
// analytics tool would not break it.
const ZH_NARROWING = /主动|擅自|私自|原则上|一般情况下|通常情况下|(?:以)?供其|用于其?(?:自身|自己)?的?(?:营销|商业|推广|广告)|(?:用于)?其(?:自身|自己|独立)的?(?:目的|用途)|独立(?:目的|使用|用途)|营利|牟利|盈利|境外|出境|跨境|无关|不相关|除非|除[^，。；]{0,40}外|以外|之外|未经|事先|征得|同意|授权|另行|如您|若您|如果|若|但|不限于|下列|以下情形|法律|法规|匿名|去标识|脱敏|聚合|统计|儿童|未成年|要求您|无需|不需要/;
const ZH_RECIPIENT: Array<[RegExp, DenialRecipient]> = [
  [/广告(?:主|商|合作伙伴|平台)|营销/, 'advertisers'],
  [/第三方|其他公司|合作伙伴|合作方|外部/, 'third-parties'],
  [/任何(?:公司|组织|个人|人)/, 'anyone'],
];

/**
 * "除本政策所列的第三方服务外，我们不会与其他第三方共享…": the policy's list of recipients is closed. Not "除本政策所述
 * 情形外" (except in the situations described): that is the ordinary exception, which narrows the denial.
 */
const ZH_CLOSED_LIST = /除(?:本政策|本隐私政策|上述|以上|前述|下述|下列)[^，。；,;]{0,30}?(?:第三方|合作方|合作伙伴|服务商|服务提供商|SDK|公司|机构)[^，。；,;]{0,12}外[，,]?/;
/** The kinds of data a Chinese denial can be narrowed to ("您的精确位置信息", "个人敏感信息"). */
const ZH_SPECIFIC_TYPES: Array<[RegExp, DataType]> = [
  [/位置|行踪|轨迹/, 'Location'], [/通讯录|联系人|手机号|电话号码|邮箱/, 'Contact'], [/身份证|证件|人脸|指纹|生物识别|身份信息|识别您(?:的)?身份/, 'Personal identifier'],
  [/银行|财产|支付|账户|信用卡/, 'Financial'], [/健康|医疗|病历|生理/, 'Health'], [/敏感/, 'Other'],
];

/** "您的订单信息", "用户的运动数据": a word before 信息 / 数据 other than these narrows it to one kind (as in English). */
const ZH_SCOPED_OBJECT = /(?:您|用户)的?([^，。；、\s]{1,6}?)(?:信息|数据)/;
const ZH_GENERIC_MODIFIER = /^(?:个人|相关|全部|任何|其他|所有|有关|上述|的)+$/;

function zhObjectType(object: string): DataType | 'any' {
  for (const [re, type] of ZH_SPECIFIC_TYPES) if (re.test(object)) return type;
  const scoped = ZH_SCOPED_OBJECT.exec(object);
  if (scoped && !ZH_GENERIC_MODIFIER.test(scoped[1])) return 'Other';
  return 'any';
}

function chineseDenial(text: string, namedRecipient: boolean): Denial | null {
  const m = ZH_DENIAL.exec(text);
  if (!m) return null;
  if (!ZH_SUBJECT.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
  if (!ZH_OBJECT.test(text.slice(m.index))) return null;
  const closedList = ZH_CLOSED_LIST.test(text);
  if (ZH_NARROWING.test(closedList ? text.replace(ZH_CLOSED_LIST, '') : text)) return null;
  if (closedList) return { kind: 'no-sharing', recipient: 'anyone', dataType: 'any', closedList: true };
  const who = `${m[1] ?? ''}${m[2]}`;
  // "向未与我们签署数据保护协议的第三方": a recipient with a modifier (…的第三方) is a subset of them.
  if (/的(?:第三方|合作|公司|广告)/.test(m[2]) || otherKindOnly(who, true)) return null;
  let recipient: DenialRecipient | undefined;
  for (const [re, r] of ZH_RECIPIENT) if (re.test(who)) { recipient = r; break; }
  if (!recipient && !namedRecipient) return null;
  return { kind: /出售|售卖|出租|交易/.test(m[0]) ? 'no-sale' : 'no-sharing', ...(recipient ? { recipient } : {}), dataType: zhObjectType(text.slice(m.index)) };
}

// ---------------------------------------------------------------------------------- recording

const RECORDING_EN = /\b(?:we|us)\b[^.;]{0,30}?\b(?:do not|does not|will not|don't|won't|never|not)\s+(?:(?:use|employ)\s+(?:any\s+)?(?:tools?|software|technolog(?:y|ies)|services?)\s+(?:that|to|which)\s+)?(?:record|capture|track|log|monitor|collect|store)s?\b[^.;]{0,60}?\b(?:mouse (?:movements?|clicks)|keystrokes?|key ?strokes|keypresses|screen recordings?|session (?:recordings?|replays?))|\b(?:we|us)\b[^.;]{0,30}?\b(?:do not|does not|will not|don't|won't|never)\s+use\s+(?:any\s+)?session[- ](?:replay|recording)/i;
const RECORDING_ZH = /(?:我们)[^，。；]{0,10}(?:不会|不|绝不)(?:记录|收集|采集)[^，。；]{0,10}(?:键盘|鼠标|屏幕)/;
const RECORDING_NARROWING = /\b(?:unless|except|if you|without your|other than)\b|除非|未经|除.*外/i;

/**
 * The denial a sentence makes, or null. `ownerNames` are the names the policy uses for its author
 * (from owner detection), so "Acme does not sell your personal data to third parties" counts.
 * `namedRecipient`: the caller found a company named after the sharing verb ("… with Facebook")
 * and will set the recipient itself; the denial is then returned without a generic recipient.
 */
export function parseDenial(sentence: string, ownerNames: readonly string[] = [], opts: { namedRecipient?: boolean } = {}): Denial | null {
  const namedRecipient = opts.namedRecipient === true;
  if (sentence.length < 12 || sentence.length > 1200) return null;
  if ((RECORDING_EN.test(sentence) || RECORDING_ZH.test(sentence)) && !RECORDING_NARROWING.test(sentence)) {
    return { kind: 'no-session-recording', dataType: 'User online activities' };
  }
  if (/[\u4e00-\u9fff]/.test(sentence) && !/[a-z]{4,}\s+[a-z]{4,}/i.test(sentence)) return chineseDenial(sentence, namedRecipient);
  return englishDenial(sentence, ownerNames, namedRecipient);
}
