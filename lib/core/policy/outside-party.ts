/**
 * Who besides the site a sentence speaks of, for the category readers: any word for another party or its kit
 * (OUTSIDE_PARTY), and whether every such party is of a kind that has nothing to do with ads or analytics
 * (otherKindOnly). Split from category-model.ts so that the rules (categories.ts) ask the same question. Also the rules'
 * unnamed recipient (RECIPIENT, remembered per policy) and a cookie row typed "third-party".
 */
import { ROLE_RECIPIENT, UNNAMED_RECIPIENT, UNNAMED_SINGLE_RECIPIENT } from './lexicon/terms.ts';
import { literalGate, mayMatch } from './literal-gate.ts';
import { deniesAnything, negatedBefore } from './negation.ts';

/**
 * The claim a learned statement stands for is "other companies get data for this purpose": a quote that, with its title,
 * speaks of no one but the site and the reader ("用户同意…有权…投放各种商业性广告", "Show DCCCD ads to people who have
 * visited our website") describes the site's own doing, so it is never the quote. Any word for another party or its kit
 * (SDK, pixel, tag, script), or for other sites, will do — not "cookie" or "service" alone, which the site has too ("A
 * statistics cookie, which we set and read ourselves"): the model decides the purpose, this only asks that someone else
 * is there.
 */
export const OUTSIDE_PARTY = /\bweb ?hosts?\b|\b(?:some|many|several|certain|those|these|such)(?: of the)? (?:web ?sites|sites|apps|newsletters|publishers)\b|\b(?:web ?sites|apps|publishers) (?:that|which|whose|we pay|we work with)\b|\b(?:industry|independent|outside) bod(?:y|ies)\b|\bsocial (?:media|networks?)\b|\b(?:site|website|shop|store) builders?\b|\b(?:an?|the) (?:[\w-]+ ){1,2}?service (?:(?:that )?we use|we work with|we rely on)\b|\b(?:(?:third|3rd)[- ]?part|partner|provider|vendor|supplier|contractor|agenc|compan(?:y|ies)|firms?\b|networks?\b|platforms?\b|outside|external|advertisers?\b|sponsor|sdks?\b|toolkits?\b|pixels?\b|tags?\b|beacons?\b|plug-?ins?\b|widgets?\b|scripts?\b|processors?\b|organi[sz]ations?\b|other (?:compan|sites?\b|websites?\b|apps?\b|parties|services\b|businesses|firms?\b|organi[sz]ations?\b)|elsewhere)|第三方|子处理者|受托(?:处理者|方|人)|应用(?:商店|市场)|(?:一款|一个|某款?|某个)[^，。；,;]{0,10}?(?:工具|软件|服务|插件|组件)|合作|伙伴|夥伴|服务商|服务方|提供方|提供商|供应商|服务机构|服务单位|外部|外面的|推广方|版权方|品牌方|品牌|广告客户|商户|商家|其他(?:公司|企业|机构|网站|应用|平台|App)|广告主|广告商|广告平台|广告联盟|广告网络|媒体|渠道|(?<![本我])(?:公司|企业|机构|平台)|SDK|插件|像素|站外/i;
/**
 * "We share your shipping address with our delivery partners", "交由物流公司配送": the outside party the quote names is of
 * another kind — delivery, payment, hosting, support — so it does not speak of ad or analytics companies, whatever
 * the model's words say. Used by the learned reader for its quote, and by the rules for a sentence that borrows its purpose from its section's
 * title or the sentence before ("Advertising and measurement" over "Subscriber payments are taken by a payment service
 * provider").
 */
const OTHER_KIND_PARTY = /\b(?:delivery|shipping|courier|logistics|postal|payment|card|banking|hosting|cloud|customer (?:service|support)|fraud[- ]prevention|identity[- ]verification|security|bot[- ]protection|map|mobile network|(?:tele)?communications?|telecom|wireless|phone|internet)\s+(?:services?\s+)?(?:partners?|providers?|companies|company|firms?|processors?|services?|vendors?|carriers?|networks?|operators?)\b|(?:物流|快递|配送|支付|云服务|客服)(?:服务)?(?:公司|服务商|合作方|合作伙伴|机构|平台|提供商)/i;
const OTHER_KIND_PARTIES = new RegExp(OTHER_KIND_PARTY.source, 'gi');
export const otherKindOnly = (text: string) => OTHER_KIND_PARTY.test(text) && !OUTSIDE_PARTY.test(text.replace(OTHER_KIND_PARTIES, ' '));

/**
 * Affiliates and the site's own group are not third parties: "shared with our affiliates for marketing", "本集团旗下各公司可能
 * 共用汇总的使用统计资料".
 */
export const ONLY_AFFILIATES = /\bcorporate group\b|\bgroup of companies\b|\b(?:other )?(?:companies|members|businesses|entities|brands) (?:within|in|of) (?:our|the same|the) (?:corporate |banking |insurance |media |retail )?group\b|\bgroup (?:entities|members|brands)\b|\bcorporate family\b|^\s*within (?:the|our) group\b|\bfamily of (?:[\w-]+(?:,? (?:and )?)?){1,4}?(?:companies|brands|networks|publications)\b|\b(?<!\bnon-|\bun-?)(?:affiliates?(?!\s+(?:links?|networks?|programmes?|programs?|marketing|codes?|commissions?))|affiliated (?:companies|company|entities|businesses|firms)|subsidiaries|parent company|group companies|sister companies|family of companies)\b|关联(?:公司|方)|母公司|集团内部|(?:本|我们的?|所属)集团(?:旗下|内)?(?:的)?(?:各|其他|成员)?(?:公司|企业|成员)/i;
const ALL_AFFILIATES = new RegExp(ONLY_AFFILIATES.source, 'gi');
/**
 * The site's group as a party the text speaks of giving to — not the group a sharing goes beyond ("We don't share your
 * information outside our group of companies, except with …") nor a possessive ("where our parent company's policy
 * was written"): those name no affiliate as a recipient.
 */
export function mentionsGroup(text: string): boolean {
  ALL_AFFILIATES.lastIndex = 0;
  for (let m = ALL_AFFILIATES.exec(text); m; m = ALL_AFFILIATES.exec(text)) {
    if (/\b(?:outside|beyond)\s+(?:of\s+)?(?:our|the|this)?\s*(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // A possessive names a party of the group only when what it owns is people ("our parent company's central data team").
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (/^['’]/.test(after) && !/^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:team|teams|staff|employees|people|analysts|engineers|department|departments|division|unit|office|offices|specialists)\b/i.test(after)) continue;
    return true;
  }
  return false;
}
/** The text with every word for the site's own group taken out, to ask who else it names. */
export const withoutGroup = (text: string): string => text.replace(ALL_AFFILIATES, ' ');
/** A sentence whose only outside party is the site's own group. */
/** A word that names a party outside the site and its group ("third-party", 第三方, 外部). */
export const NAMES_THIRD_PARTY = /(?:third|3rd)[- ]?part|第三方|外部/i;
export const groupOnly = (text: string): boolean => mentionsGroup(text) && !NAMES_THIRD_PARTY.test(text);

const RECIPIENT_RE = new RegExp(UNNAMED_RECIPIENT, 'i');
const RECIPIENT_GATE = literalGate(UNNAMED_RECIPIENT);
/**
 * The rules' unnamed recipient ("third parties", "advertising partners", "第三方") in a text, for categories.ts, remembered: the same sentence, title and context are asked about many times
 * (every sentence under a title tests that title), and this long alternation was the reader's single biggest cost.
 * Emptied at the start of each policy (extractCategories calls forgetRecipients).
 */
const recipientSeen = new Map<string, RegExpExecArray | null>();
export const RECIPIENT = {
  exec(text: string): RegExpExecArray | null {
    let r = recipientSeen.get(text);
    if (r === undefined) {
      if (recipientSeen.size >= 4096) recipientSeen.clear();
      recipientSeen.set(text, (r = mayMatch(RECIPIENT_GATE, text.toLowerCase()) ? RECIPIENT_RE.exec(text) : null));
    }
    return r;
  },
  test: (text: string): boolean => RECIPIENT.exec(text) !== null,
};
export const forgetRecipients = (): void => recipientSeen.clear();

/** "Analytics | third-party | 2 years": a cookie table's row whose type cell says another company sets it. */
// "_vs_x | Third | 2 years | …" under "Cookie | Party | …": the party column written as one word.
export const THIRD_PARTY_CELL = /(?:^|[|｜])\s*(?:third(?:[- ]party)?|3rd[- ]party|第三方)(?:\s+cookies?)?\s*(?:[|｜])/i;

/**
 * One outside party (lexicon/terms.ts UNNAMED_SINGLE_RECIPIENT), or one introduced by what it does for the site
 * (ROLE_RECIPIENT). The second is case-sensitive: its nouns stand mid-sentence in lower case, and it runs on every
 * sentence the rules read, where a case-folded alternation of nouns cost a few milliseconds per 100 KB policy.
 */
const SINGLE_RE = new RegExp(UNNAMED_SINGLE_RECIPIENT, 'i');
const ROLE_RE = new RegExp(ROLE_RECIPIENT);
const ROLE_GATE = literalGate(ROLE_RECIPIENT);
const role = (text: string): RegExpExecArray | null => (mayMatch(ROLE_GATE, text.toLowerCase()) ? ROLE_RE.exec(text) : null);
const SINGLE_GATE = literalGate(UNNAMED_SINGLE_RECIPIENT);
const single = (text: string): RegExpExecArray | null => (mayMatch(SINGLE_GATE, text.toLowerCase()) ? SINGLE_RE.exec(text) : null);
export const SINGLE_RECIPIENT = {
  exec: (text: string): RegExpExecArray | null => single(text) ?? role(text),
  test: (text: string): boolean => single(text) !== null || role(text) !== null,
};


/**
 * "We share your purchase history with the brands whose products we stock so that they can send you offers", "we
 * exchange supporter details with like-minded charities": whoever a sharing verb gives the data to is someone else, what
 * ever the noun — the brands, the organiser, the card issuer (35th session). After "with" a determiner or a plural; after
 * "to" a determiner only ("to process your order" is a purpose, not a recipient). Not the reader, the site or its group,
 * nor the state ("with the police", "to a court"), nor "the extent" of a legal clause. The purpose is still the rules' to
 * find: this only says someone outside receives.
 */
const SHARED_WITH = new RegExp(String.raw`\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|pass(?:es|ed|ing)?(?: on| along)?|sell(?:s|ing)?|sold|rent(?:s|ed|ing)?|exchang(?:e|es|ed|ing)|swap(?:s|ped|ping)?|transfer(?:s|red|ring)?|hand(?:s|ed|ing)? over)\b(?:\s+(?!(?:with|to)\b)[\w'’-]+,?){0,12}?\s+(?:with\s+(?:(?:the|a|an|each|every|certain|selected|some|any|those|these|participating|relevant|carefully selected|like-minded|other)\s+)?|to\s+(?:the|a|an|each|every|certain|selected|some|those|these|participating|relevant|other)\s+)(?!(?:you|your|us|our|ourselves|we|it|its|them|their|him|her|his|this|that|law|extent|same|following|public|police|court|courts|authorities|authority|regulators?|government|tax|group|affiliates?|subsidiar\w+|parent|employees|staff|team|consent|permission|request)\b)(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?:s|er|or|ant|ent|ist|ee|ion|ity|ank)\b(?!\s+(?:of|in|within) (?:our|the same) (?:corporate )?group\b)`, 'i');
/**
 * "we let that site know which of your purchases came from its link", "We give restaurants reports on how their menu page
 * is viewed", "we tell sponsors how many readers clicked": the one told or given to, as the indirect object.
 */
const TOLD = new RegExp(String.raw`\blet(?:s|ting)?\s+((?:the|that|this|each|every|those|these|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?:site|website|blog|app|company|partner|platform|shop|store|network|publisher|brand|sponsor|advertiser|referrer|retailer|merchant)s?)\s+know\b|\b(?:give|gives|gave|giving|send|sends|sent|sending|tell|tells|told|telling|pass|passes|passed)\s+((?:the|each|every|those|these|our\s+(?=(?:partner|sponsor|advertiser|brand)s?\b))?\s*(?!(?:you|your|us|our|them|him|her|it|its|their|a|an|any|no)\b)(?:[a-z][\w-]*\s+){0,1}?[a-z][\w-]*(?:s|er|or|ant|ent|ist)\b)\s+(?:reports?|figures|totals|counts|statistics|lists?|summar\w+|a (?:report|list|summary|count|code)|which|how|what|whether|when)\b`, 'i');
const SHARED_GATE = /\b(?:shar|disclos|pass|sell|sold|rent|exchang|swap|transfer|hand|let|give|gave|send|sent|tell|told)/i;
// A sale of the business hands data to its buyer, which is no ad or analytics company.
const CHANGE_OF_OWNER = /\b(?:merg(?:e|ed|er|ers|ing)|acqui(?:red|res|sition)|bankrupt|insolven|reorgani[sz]|buyer|purchaser|new owner|successor)/i;
/**
 * The Chinese shapes: "向/与/给 X 共享/提供…", "提供给/共享给 X" — X whoever it is (与我们合作发行联名卡的银行, 宠物食品品牌), not the
 * reader (您, 阁下, 会员), the site, its group, the state, nor advertisers, who in these shapes get reports of their own ads.
 * A clause with any negation in it names no recipient here (the denial readers weigh those).
 */
const ZH_SHARED_WITH = /(?:向|给)([\u4e00-\u9fffA-Za-z0-9（）()]{2,24}?)(?:共享|提供|披露|分享|传输|出售|转让|交换|回传)|与([\u4e00-\u9fffA-Za-z0-9（）()]{2,24}?)(?:共享|分享|交换)|(?:提供|共享|分享|披露|传输|出售|转让|回传)给([\u4e00-\u9fffA-Za-z0-9（）()]{2,24}?)(?=[，。；,;：:、]|$|以便|用于|由)/g;
// The reader, the site and its own people, in Chinese: never an outside party, whichever way the data goes (one list for
// both readers below).
const ZH_READER_OR_SITE = String.raw`您|你|阁下|閣下|会员|用户|个人|我们|我方|我司|本(?:公司|平台|网站|应用|App|店|站|行|集团)|自有|自建|内部|员工|工作人员|团队|客服|自己|自身`;
// …nor, as one the site gives to: its group, the state, a guardian, advertisers (who get reports of their own ads here),
// or a pronoun (the denial readers resolve those).
const ZH_NOT_OUTSIDE = new RegExp(String.raw`${ZH_READER_OR_SITE}|关联|集团|母公司|子公司|政府|司法|监管|公安|法院|检察|部门|机关|执法|监护人|家长|广告主|广告客户|广告商|他们|它们|其`, 'i');
const ZH_DATA_WORD = /信息|数据|资料|号码?|地址|标识|记录|姓名|位置|等级|结果|ID|内容|偏好/i;
function zhSharedWithSomeone(text: string): RegExpExecArray | null {
  ZH_SHARED_WITH.lastIndex = 0;
  for (let m = ZH_SHARED_WITH.exec(text); m; m = ZH_SHARED_WITH.exec(text)) {
    const who = m[1] ?? m[2] ?? m[3] ?? '';
    // "姓名与手机号共享给…": 与 joining two pieces of data is no recipient.
    // "与我们合作发行联名卡的银行": "we" inside the description of a partner is not the recipient.
    const bare = who.replace(/(?:与|和|跟)我们合作/g, '');
    if (ZH_NOT_OUTSIDE.test(bare) || ZH_DATA_WORD.test(bare)) continue;
    const from = text.slice(0, m.index).search(/[^，。；,;！？!?]*$/);
    const rest = text.slice(m.index).search(/[，。；,;！？!?]/);
    const clause = text.slice(from, rest < 0 ? text.length : m.index + rest);
    if (!deniesAnything(clause)) return m;
  }
  return null;
}

export function sharedWithSomeone(text: string): RegExpExecArray | null {
  if (/[\u4e00-\u9fff]/.test(text)) return zhSharedWithSomeone(text);
  if (!SHARED_GATE.test(text) || ONLY_AFFILIATES.test(text) || CHANGE_OF_OWNER.test(text)) return null;
  const m = SHARED_WITH.exec(text) ?? TOLD.exec(text);
  // "… is shared with no one", "never shared with any outside organisation": a denial names no recipient.
  return m && !negatedBefore(text, m.index + m[0].length) && !/\b(?:no|none|nobody|no one)\b/i.test(m[0]) ? m : null;
}

/**
 * "平台会向我们提供店铺访客数等汇总统计", "预订引擎…并向我们提供转化报告", "the stores give us download numbers", "Our push provider
 * tells us which reminders you open": whoever reports to the site is not the site (35th session). The subject of the
 * clause that reports to "us"; not the reader, not the site's own people, not a denial.
 */
const ZH_REPORTS_TO_US = /([\u4e00-\u9fffA-Za-z]{2,16}?)(?:会|将|可|可能|可以|也|还|都|则|并|再)*(?:向我们|给我们|为我们)(?:提供|反馈|发送|报告|回传|生成|汇报)|([\u4e00-\u9fffA-Za-z]{2,16}?)(?:会|将|可能|也|还|都|就|并)*(?:告诉我们|通知我们|提供给我们|反馈给我们|发给我们|报告给我们)/;
// Nor the reader told to write to us (请以书面通知我们), nor the site's own mail, whose images and links "tell us" it was opened.
// (A small shop's 老板 / 店主 who reads its figures is the site; given data, in a marketplace, a 店主 is a merchant.)
const ZH_SELF = new RegExp(String.raw`${ZH_READER_OR_SITE}|老板|店主|请|請|图片|圖片|链接|鏈接|邮件|郵件|短信|应用|App`, 'i');
const EN_REPORTS_TO_US = /(?:^|[,;:.\u2029]\s*|\band\s+)((?:the|a|an|our|its|this|that|each)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w-]*)\s+(?:(?:also|then|automatically|only|may|can|will)\s+){0,2}(?:tells?|gives?|sends?|shows?|reports?(?: back)?(?: to)?|provides?)\s+(?:to\s+)?us\b/i;
const EN_SELF = /\b(?:our (?:[\w-]+ ){0,2}?(?:own|team|staff|employees|people|developers|editors|systems?|servers?|software|site|website|app|platform)|(?:the|this|our) (?:app|site|website|extension|game|service)|we|you|your)\b/i;
export function reportsToUs(text: string): RegExpExecArray | null {
  if (/[\u4e00-\u9fff]/.test(text)) {
    const m = ZH_REPORTS_TO_US.exec(text);
    if (!m || ZH_SELF.test(m[1] ?? m[2] ?? '')) return null;
    const from = text.slice(0, m.index).search(/[^，。；,;！？!?]*$/);
    return deniesAnything(text.slice(from, m.index + m[0].length)) ? null : m;
  }
  const m = EN_REPORTS_TO_US.exec(text);
  return m && !EN_SELF.test(m[1]) && !negatedBefore(text, m.index + m[0].length) ? m : null;
}
