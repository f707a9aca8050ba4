/**
 * Cues that take a category reading back (categories.ts; the law check also the learned reader): measuring the ads is
 * advertising, the site measuring itself or using the technology itself is no outside company, what the site might do one
 * day or did once, and the law's words in general. Kept apart so categories.ts stays the rule reader's flow.
 */
import { CATEGORY_TERMS } from './lexicon/terms.ts';
import { negatedBefore, negatedInZhClause } from './negation.ts';
import { NAMES_THIRD_PARTY, RECIPIENT } from './outside-party.ts';
import type { Sentence } from './text.ts';

/**
 * "measure how well our ads perform", "统计广告效果", "衡量我们在社交平台上的游戏宣传成效": measuring the ads is advertising (attribution, conversion counts), not
 * analytics of the site — such a cue does not disclose the analytics companies on the page.
 */
export const AD_MEASUREMENT = /^(?:衡量|评估|统计|分析|监测)(?:(?!和|及|与|、|并|或)[^，。；]){0,20}?(?:广告|宣传|推广|营销)(?:活动)?的?(?:效果|成效|表现|转化)|^(?:(?:measur\w*|statistic\w*|analy\w*|research\w*|report\w*|统计|分析|衡量|评估)\s*)?(?:(?:the|how|which)\s+){0,2}(?:(?:effectiveness|performance|success|results?|reach|well)\s+)?(?:(?:of|for|about|on|into)\s+)?(?:(?:our|the|its|their|those|these)\s+)?(?:ads?\b|adverts?\b|advertis\w*|(?:ad|marketing|advertising|fundraising) campaigns?|广告)|^(?:(?:understand\w*|learn\w*|know|see|judge|work out|measur\w*)\s+)?how (?:effective|successful|well) (?:our|the|its|their|those|these) (?!e-?mail\b)(?:[\w-]+ )?(?:ads?|adverts?|advertising|marketing|campaigns?|promotions?)\b/i;
/**
 * "measure which of our ads led you to install the app", "衡量在该平台投放的广告带来了多少订单", "统计其推广带来的订单数量": a bare
 * measuring word whose object, in its clause, is the ads and nothing of the site (its pages, content, audience or the
 * installs it brings) — ad measurement, which is advertising's. Not "measure audiences and deliver ads", "衡量网站流量并提供个性化的广告", nor a measuring word coordinated
 * with the ads ("measurement and advertising companies", "统计和广告").
 */
const BARE_MEASURING = /^(?:measur(?:e|es|ed|ing|ement)(?: (?:partners?|compan(?:y|ies)|firms?|vendors?|providers?|services?))?|optimi[sz](?:e|es|ed|ing|ation)|improv(?:e|es|ed|ing)|衡量|测量|评估|监测|统计)$/i;
/** The measuring words of a cue whose object the cue itself goes on to name ("evaluate the effectiveness", "understand which"). */
const MEASURING_HEAD = /^(?:(?:evaluat|assess|monitor)\w*|(?:the )?(?:effectiveness|performance|success) of|(?:understand|find out|see|learn|know|tell) which)\b/i;
const MEASURING_COMPANY = / (?:partners?|compan(?:y|ies)|firms?|vendors?|providers?|services?)$/i;
const AD_OBJECT = /\b(?:ads?|adverts?|advertisements?|advertising|campaigns?|promotions?|conversions?|sign-?ups?|bookings?)\b|广告|推广|投放|转化|渠道|营销|宣传|(?:展示|曝光)(?:次数|量|(?:与|和|及)点击)/i;
const SITE_OBJECT = /\b(?:install\w*|download\w*|site|sites|website|websites|pages?|traffic|audiences?|viewership|views?|visits?|visitors?|use|usage|content|readers?|listeners?|viewers?|households?|viewing|programmes?|programs?|shows?(?!\s+(?:you|them|people|users|visitors|our|ads|relevant|that|how|which|whether)\b)|app|apps|services?|products?|features?)\b|网站|网页|页面|流量|访问|受众|内容|播放|观看|使用|阅读|功能|产品|服务|下载|安装|激活/i;
const AD_PLACE = /\b(?:on|across|in) (?:and off )?(?:other|third-party|partner|external|social|many|several|various)\s+(?:web)?(?:sites|platforms|apps|networks)\b|在其他(?:网站|平台|应用)/gi;
const COORDINATED = /^\s*(?:and|or|&|\/|和|及|与|或|、)/i;
const SHARED_OBJECT_VERB = /^\s+(?:and|or|&)\s+(?:optimi[sz]e|improve|target|tailor|personali[sz]e|deliver|serve|attribute|evaluate|assess)\s/i;
// "measure whether people who saw an ad later visited the advertiser's website": what the people shown the ads did next.
const SAW_THE_ADS = /^\s+(?:whether|if)\s+(?:people|someone|those|users|customers|households|visitors|viewers|listeners|readers|players)\s+(?:who|that)\s+(?:saw|were shown|was shown|clicked|heard|watched|were exposed to)\b[^.;]{0,40}?\b(?:ads?|adverts?|advertisements?|campaigns?|commercials?|promotions?)\b/i;
const ADS_LED_TO = /^\s+(?:whether|if|which|how)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:ads?|adverts?|advertisements?|campaigns?|promotions?)\s+(?:led|lead|leads|drove|drive|drives|resulted|result)\b/i;
// "统计浏览人数及向您展示广告", "count readers and show ads": a second thing done. Not "our email and online campaigns".
const CONJUNCTION = /\b(?:and|or)\s+(?:to\b|(?:show|serve|deliver|display|personali[sz]e|tailor|target|send|provide|sell)\w*)|和|及|与|或|、|并/i;
// "serve ads and measure their effectiveness": the ads named just before, measured by a pronoun.
const THEIR_RESULTS = /^\s+(?:their|its|those|these|the)\s+(?:effectiveness|performance|results?|success|reach|impact|response)\b/i;
const ZH_THEIR_RESULTS = /^(?:其|它们?的|这些广告的|广告)?(?:效果|成效|表现)/;
const CAMPAIGN_MODIFIER = /\b[\w-]+(?:\s+|-)(?=(?:ad\s+)?campaigns?\b)/gi;
const AD_JUST_BEFORE = /\b(?:ads?|adverts?|advertisements?|campaigns?|promotions?)\s+(?:and|to)\s+(?:to\s+)?$/i;
export function measuresAdsOnly(text: string, at: number, cue: string): boolean {
  const head = BARE_MEASURING.test(cue.trim()) ? cue : MEASURING_HEAD.exec(cue)?.[0];
  if (head === undefined) return false;
  let after = text.slice(at + head.length);
  // "measure and optimise our ads", "deliver, measure and target our campaigns": two verbs over one object, read as one.
  const sharedVerb = SHARED_OBJECT_VERB.exec(after);
  if (sharedVerb) after = after.slice(sharedVerb[0].length - 1);
  else if (COORDINATED.test(after)) return false;
  // "measure whether those ads led to store visits": what the ads brought, whatever it is ("understand which ad campaigns led…").
  if (ADS_LED_TO.test(/which$/i.test(head) ? ` which${after}` : after) || SAW_THE_ADS.test(after)) return true;
  if (THEIR_RESULTS.test(after) && AD_JUST_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return true;
  // "向您展示个性化广告并衡量其效果", "投放个人化广告并衡量成效": the ads of the same clause, measured.
  if (ZH_THEIR_RESULTS.test(after) && /(?:广告|推广|投放)[^，。；]{0,16}$/.test(text.slice(Math.max(0, at - 24), at))) return true;
  // "measure how many people reached our booking page from our online campaigns".
  if (COUNTS_FROM_ADS.test(after.trimStart().slice(0, 200))) return true;
  // A company named for measuring ("measurement companies") is judged by all the sentence says it does.
  const clause = (MEASURING_COMPANY.test(head.trim()) ? after.split(/[.;|。；]/)[0] : after.split(/[.;:|\n。；，]|,\s*and\b|\band to\b|并(?:向|为|在|根据)/)[0].slice(0, 100))
    // "our app-install campaigns": a word that only says which campaigns is no site measured.
    .replace(CAMPAIGN_MODIFIER, ' ');
  const ad = AD_OBJECT.exec(clause);
  if (!ad) return false;
  // "our promotions on other websites": where the ads run, not a site measured.
  const site = SITE_OBJECT.exec(clause.replace(AD_PLACE, ' '));
  // "统计类及广告类", "统计浏览人数及向您展示广告": the ads are a second thing, not what is measured.
  return !site && !CONJUNCTION.test(clause.slice(0, ad.index));
}
/**
 * "ad networks … collect your advertising ID and usage information in order to serve ads", "该平台可能收集您的设备类型及应用
 * 使用情况，以投放相关广告", "根据您的设备信息和使用行为为您推送广告": usage is the data the ad companies take, not a purpose of
 * counting it — in a sentence whose purpose is the ads. Not "统计…使用情况" or "understand how the app is used".
 */
const USAGE_DATA = /^(?:(?:app |in-app |web browsing and app )?usage(?: data| information| info)?|app usage|(?:应用|App|套餐)?使用(?:情况|行为|时长|习惯)|how you interact)$/i;
const TAKES_BEFORE = /(?:\b(?:collect|gather|receive|share|sell|sold|disclose|pass|transmit|provide|process)\w*|\bbased on|收集|获取|采集|提供|共享|分享|传输|根据|基于|读取|使用您的)(?:(?!\b(?:understand|analy[sz]\w*|measur\w*|study|learn|count)\b|了解|统计|分析|衡量|评估)[^.;。；])*$/i;
const AD_PURPOSE_WORDS = /\b(?:ads?|adverts?|advertis\w*|offers?|promot\w*|marketing|campaigns?)\b|广告|推广|营销|推荐(?:合作伙伴|优惠)/i;
export function usageTakenForAds(text: string, at: number, cue: string): boolean {
  if (!USAGE_DATA.test(cue.trim())) return false;
  const start = Math.max(0, at - 120);
  if (!TAKES_BEFORE.test(text.slice(start, at))) return false;
  const rest = text.slice(at + cue.length);
  // "how you interact with ads": the ads' own numbers.
  if (/^how you interact$/i.test(cue.trim()) && !/^\s+with\s+(?:ads|them|the ads|our ads|adverts)\b/i.test(rest)) return false;
  return AD_PURPOSE_WORDS.test(text);
}
/**
 * "how many bookings came from our paid posts", "how many people responded to them", "how many people who saw our
 * campaign posts went on to donate", "how many players install a promoted game": counting what the ads brought —
 * advertising's measure, not the site's. Not "how many people saw each ad" or "how many people visited the site".
 */
const AD_THING = String.raw`(?:our|the|their|those|these|its|one of our|an?)?\s*(?:[\w-]+ ){0,3}?(?:posts?|campaigns?|ads?|adverts?|advertisements?|appeals?|promotions?|banners?|sponsored posts?)\b`;
const COUNTS_FROM_ADS = new RegExp(String.raw`^how many (?:[\w-]+ ){0,3}?(?:(?:came|come|resulted|arrived|were referred) from ${AD_THING}|(?:responded|reacted|(?:see|saw) and (?:respond|react)) to (?:them|${AD_THING})|(?:who|that) (?:saw|clicked|tapped|viewed|heard) (?:on )?${AD_THING}|(?:[\w-]+ ){0,6}?from ${AD_THING}|${AD_THING} (?:reach|reached|reaches)\b|(?:install|download)\w* (?:a |the |our )?promoted\b)`, 'i');
// "insert audio ads and report how many listeners heard them": the ads just named, counted by a pronoun.
const COUNTS_THEM = /^how many (?:[\w-]+ ){0,2}?(?:saw|see|heard|hear|viewed|clicked|watched) (?:them|it)\b/i;
const ADS_NAMED = /\b(?:ads?|adverts?|advertisements?|commercials?|promotions?|banners?)\b/i;
export const countsFromAds = (text: string, at: number): boolean => COUNTS_FROM_ADS.test(text.slice(at, at + 200))
  || (COUNTS_THEM.test(text.slice(at, at + 80)) && ADS_NAMED.test(text.slice(Math.max(0, at - 100), at)));
/** "广告效果评估", "推广转化统计", "ad measurement": the same with the ads named before the measuring word. */
export const AD_MEASURED_BEFORE = /(?:广告|推广|营销|投放)(?:活动)?的?(?:(?:展示|曝光|点击)(?:与|和|及|、)?){0,3}(?:效果|转化|成效)?(?:的?(?:归因|监测|评估)(?:与|和|及|、))?$|\b(?:ad|ads|advert|advertising|campaign)\s+$/i;

/**
 * "Our analytics software is self-hosted on our own servers", "访问统计由我们自建的统计系统完成": the site measures itself.
 * Read in the cue's own clause (Chinese: between commas; English: up to 80 characters either side within the sentence's
 * clause), so "we host our own counter, and our analytics partners also …" keeps the partners.
 */
const SELF_RUN = /\bself-hosted\b|\b(?:on|to|in) our own (?:servers?|infrastructure)\b|\bin-house\b|\b(?:we|ourselves) (?:run|host) (?:it|them|this|the (?:tool|software|counter))\b|\bwe (?:run|host|operate) (?:it |them )?ourselves\b|\bproduced by us\b|\bour own (?:[\w-]+ ){0,2}?(?:counts?|statistics|stats|analytics|metrics)\b|自建|自有服务器|自己的服务器|自行(?:完成|统计|部署|处理|开发|架设|搭建|运营|营运|维护)|(?:由|均由)?我们自己(?:完成|统计|处理)|自己(?:开发|研发|搭建|编写|写|做)了?|自研|内部完成|\b(?:we|ourselves) (?:built|wrote|developed|made) (?:it|them|this|our own|the (?:tool|software|counter))\b/i;
/**
 * "我们自己开发了一款统计工具。工具会统计每天的访问量。", "We built our own visit counter. It counts …": a sentence opening on the tool
 * (or "it") that the sentence just before says the site runs itself speaks of that same tool.
 */
const OPENS_ON_THE_TOOL = /^(?:(?:该|此|这个|这款|这套|这一)?(?:工具|系统|软件|插件|计数器|统计程序)|它)|^(?:it|this (?:tool|counter|software|system)|the (?:tool|counter|software|system))\b/i;
export const selfRunBefore = (text: string, previous: string | undefined): boolean =>
  previous !== undefined && OPENS_ON_THE_TOOL.test(text) && SELF_RUN.test(previous);

/**
 * "When a sponsor's banner appears, our own ad server counts the impression", "We put our advertisements on the platform by
 * ourselves", "广告位由我们自行运营和投放": the site serves the ads itself — no ad company in that clause.
 */
const SELF_RUN_ADS = /\bour own (?:[\w-]+ ){0,2}?(?:ad servers?|ad systems?|ad platforms?|ad technology|system|sales team)\b|\b(?:ad server|ad system) (?:is|are) (?:run|operated|hosted|built) by us\b|\bby ourselves\b|自有的?(?:投放|广告|廣告)系统|自行(?:运营|投放|销售|銷售|编排|編排)/i;
// Read in a narrower clause than the analytics tool: "We show ads through our own ad server, and our partners receive your
// device ID to target ads" still has partners that target.
const AD_CLAUSE_STOP = /[.;:]|,\s*(?:and|but|while|whereas|although|or)\b|\b(?:but|while|whereas)\b/i;
export const selfRunAdsNear = (text: string) => (at: number): boolean => selfRunNear(text, at, SELF_RUN_ADS, AD_CLAUSE_STOP);

export function selfRunNear(text: string, at: number, self = SELF_RUN, enStop = /[.;]|\b(?:but|and also|while|whereas)\b/i): boolean {
  const zh = /[\u4e00-\u9fff]/.test(text);
  const stop = zh ? /[，。；,;]/ : enStop;
  const before = text.slice(Math.max(0, at - (zh ? 40 : 80)), at);
  const after = text.slice(at, at + (zh ? 40 : 120));
  const left = before.split(stop).pop() ?? '';
  const right = after.split(stop)[0] ?? '';
  return self.test(left + right);
}

/**
 * "“Share” means disclosing … for cross-context behavioral advertising", "California residents have the right to direct a
 * business that sells … Such businesses must provide a ‘Do Not Sell’ link", "Depending on your state, you may have the right
 * to opt out of … targeted advertising", "“共享”是指…": the law's words and the reader's rights in general — what a
 * business may do, not what this one does. Only where the site does not speak in the sentence (no we / our / 我们).
 */
const THE_LAW = /^\s*[\u201c"‘'][^\u201d"’']{1,40}[\u201d"’'],? (?:means|refers to|includes|is defined as)\b|\bshall mean\b|\bis defined (?:as|in|by|under)\b|\b(?:such|any|a) business(?:es)? (?:that|which|must|may)\b|\bbusinesses (?:that|which|must)\b|\bdepending on (?:your|the) (?:state|jurisdiction|country|place) of residence\b|\b(?:civil code|section \d{3,}|the (?:law|act|statute|regulation) (?:gives|grants|lets|allows|requires|defines))\b|^\s*[\u201c"「][^\u201d"」]{1,16}[\u201d"」]\s*(?:是指|系指|指的是|指)/i;
const SITE_SPEAKS = /\b(?:we|our|us)\b|我们|本(?:公司|网站|应用|平台|App)/i;
export const aboutTheLaw = (text: string): boolean => THE_LAW.test(text) && !SITE_SPEAKS.test(text);

/** "If we ever introduce personalised ads …, we will ask for your consent first", "如未来我们接入第三方广告服务…": what the site might do one day. */
// …and what the reader might find ("If you find that an SDK collects data in breach of this policy, contact us", "如您发现第三方SDK
// 存在违规收集行为…"): a complaint route, not a statement of what is done.
export const HYPOTHETICAL = /^\s*(?:if|should|were)\s+we\s+(?:ever|in (?:the )?future|at some point|one day|later)\b|^\s*if,?\s+in (?:the )?future,?\s+we\b|^\s*(?:如果?|若|倘若|如若)(?:我们)?(?:将来|未来|日后|今后)|^\s*(?:如果?|若|倘若)(?:您|你)(?:发现|认为|怀疑|觉得)|^\s*(?:如果?|若|倘若)(?:您|你)(?:希望|想要|需要|要求)(?:删除|查询|查阅|复制|更正)|^\s*if you (?:find|believe|think|suspect|notice) (?:that )?(?:a|an|any|one of|some)\b/i;
/**
 * "We used to work with analytics partners.", "We used a session-recording tool in the past.", "本应用曾接入第三方广告平台…",
 * "我们过去曾使用第三方统计服务…", "We have removed the ad SDKs", "我们的应用已移除全部第三方广告SDK": what the site did once, or
 * undid, said as the past — not a sentence that also says what it does now.
 */
export const FORMER_ONLY = /^\s*(?:outside|in|on|for|within) [^,.;]{1,40}?,?\s+we (?:used to|previously|formerly)\b|^[^，。；]{0,6}?(?:我们|本站|本公司|本网站)(?:过去|此前|以前|早期)(?:曾经?)?(?:接入|使用|集成|合作|采用|嵌入)|^\s*(?:earlier|previous|older|past|prior) (?:versions?|editions?) of (?:this|our) (?:policy|notice|statement|privacy policy) (?:said|stated|says|mentioned|described)\b|^\s*(?:(?:until|before) (?:\w+ ){0,3}?(?:19|20)\d\d,?\s+)?we (?:used to|previously|formerly|once)\b|^\s*we (?:used|worked with|relied on) [^.;]{0,80}\b(?:in the past|previously|until (?:recently|(?:\w+ )?(?:19|20)\d\d))\b|^(?:(?:同时|此外|另外|另)[，,])?[^，。；]{0,12}?(?:过去|此前|以前|早期|之前)?曾(?:经)?(?:接入|使用|集成|合作|采用|嵌入)|^(?:[^.;,]{0,40},\s*)?(?:in (?:19|20)\d\d,?\s+)?we (?:have |'ve |’ve )?(?:removed|stopped using|stopped sharing|discontinued|dropped|ended|terminated)\b|^\s*(?:移除|停用|下线|删除)了?(?:全部|所有)?|^[^。；]{0,30}?(?:已|已经)(?:从[^，。；]{1,16}?)?(?:全部|陆续|彻底)?(?:移除|下线|停用|停止(?:在[^，。；]{1,16}?)?使用|(?:终止|停止)(?:与[^，。；]{0,16}?)?的?(?:合作|数据共享|共享|数据提供))/i;
const NOW = /\b(?:now|today|currently|still|at present)\b|现在|目前|当前|仍|現在|目前/i;
const NOW_ALL = new RegExp(NOW.source, 'gi');
/** "…，现已全面停用；目前本网站不设置任何第三方Cookie": a "now" that denies is not a use now. */
const NOW_DENIES = /^[^。；;.]*?(?:不|没有|无|\bno\b|\bnot\b|\bnever\b|n['’]t\b)/i;
function usesNow(text: string): boolean {
  NOW_ALL.lastIndex = 0;
  for (let m = NOW_ALL.exec(text); m; m = NOW_ALL.exec(text)) if (!NOW_DENIES.test(text.slice(m.index))) return true;
  return false;
}
export const formerOnly = (text: string): boolean => FORMER_ONLY.test(text) && !usesNow(text);

const ANALYTICS_PURPOSE = new RegExp(CATEGORY_TERMS.find((c) => c.category === 'site_analytics')!.purpose!, 'gi');
/**
 * "Purpose: measure the performance of our advertising campaigns | Who: advertising partners": every analytics word
 * in the text measures the ads — the learned reader's analytics quote must say more than that (the rules already skip
 * such a cue for analytics). False where the text has no analytics word at all: the model may read new wording.
 */
export function measuresOnlyAds(text: string): boolean {
  let any = false;
  for (const m of text.matchAll(ANALYTICS_PURPOSE)) {
    any = true;
    if (!AD_MEASUREMENT.test(text.slice(m.index, m.index + 60))) return false;
  }
  return any;
}

/**
 * The site itself using the technology: "We (also) use cookies …", "我们使用Cookie…", also after an opening
 * phrase ("Through cookies, pixels and log files, we may collect …") that names no outside party, and with the
 * site's own name as the subject ("Acme Foundation uses cookies to …").
 */
const FIRST_PERSON_USER = /^(?:[\w\s,:]{0,20}\b)?(?:we|our (?:site|website|company))\b[^.]{0,30}\b(?:use|uses|employ|place|set|collect)\b|^(?:我们|本网站|本站|本公司)(?:会|将|可能)?(?:使用|采用|通过|设有|设置了?|放置了?)/i;
const OUTSIDE_PARTY = String.raw`\b(?:(?:third|3rd)[- ]?part\w*|partners?|compan(?:y|ies)|vendors?|providers?|advertisers?|networks?|they|others)\b`;
const OPENING_THEN_WE = new RegExp(String.raw`^((?:(?!${OUTSIDE_PARTY})[^.;:]){3,120}),\s*(?:we|our (?:site|website|company))\b[^.]{0,30}\b(?:use|uses|employ|place|set|collect)\b`, 'i');
const NAMES_OUTSIDE_PARTY = new RegExp(OUTSIDE_PARTY, 'i');
/** "Acme Foundation (also) uses cookies …": the subject before the verb, to compare with the owner's names. */
/**
 * "These cookies allow us to count visits", "Statistics cookies help us understand how visitors use the site", "这些Cookie帮助我们
 * 统计访问量", "我们借助Cookie…统计您的访问频次": cookies that serve the site itself, with no one else named — the site's own counting. For analytics only: cookies that help the site show its ads elsewhere are other companies'.
 */
const COOKIES_HELP_US = /\bcookies?\b[^.;]{0,40}?\b(?:help|helps|allow|allows|let|lets|enable|enables)\s+us\b|Cookie[^，。；]{0,20}?(?:帮助|让|使|使得|协助)我们|(?:我们|本网站|本站)(?:借助|通过|利用)\s*Cookie/i;
export const cookiesServeUs = (text: string): boolean => COOKIES_HELP_US.test(text);
const SUBJECT_THEN_USES = /^(.{3,60}?)\s+(?:\([^)]{0,20}\)\s+)?(?:may\s+|also\s+|will\s+)*(?:use|uses|employs?|places?|sets?|collects?)\b/i;
const squeeze = (t: string) => t.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * `ownNames` are the owner's lower-cased names and domain labels (OwnerInfo.names): the subject counts as the site
 * when it is one of them or spells one out ("Food Allergy Research & Education" on foodallergy.org).
 */
export function siteUsesItself(text: string, ownNames: ReadonlySet<string>): boolean {
  if (FIRST_PERSON_USER.test(text) || OPENING_THEN_WE.test(text)) return true;
  const subject = SUBJECT_THEN_USES.exec(text)?.[1];
  if (!subject || !/^\p{Lu}/u.test(subject) || NAMES_OUTSIDE_PARTY.test(subject)) return false;
  const squeezed = squeeze(subject);
  for (const name of ownNames) {
    const own = squeeze(name);
    if (own.length >= 4 && squeezed.startsWith(own)) return true;
  }
  return false;
}

/**
 * "Our own preference and statistics cookies …", "Analytics cookies (our own, first-party)", "本网站所使用之Cookie均为本公司自行
 * 设置": cookies the site says it sets itself — their purpose says nothing of an outside tool. Not when the sentence also
 * speaks of third-party cookies.
 */
const OWN_COOKIES = /\b(?:our own|first[- ]party|in-house|self-hosted)\b[^.;]{0,40}\bcookies\b|\bcookies? of (?:the )?first[- ]party\b|\b(?:used|utili[sz]ed|set|managed|installed) directly by (?:the )?(?:manager|owner|operator|controller|publisher) of (?:the|this) (?:site|website)\b|\bcookies?\s*\(\s*(?:our own|first[- ]party)\b|(?:均为|都是|全部为|皆为)?(?:本公司|我们|本站|本网站)(?:自行|自己)(?:设置|部署|搭建|开发)|第一方\s*Cookie/i;
export const ownCookiesOnly = (text: string): boolean => OWN_COOKIES.test(text) && !NAMES_THIRD_PARTY.test(text);

/**
 * "All information these cookies collect is … stored by us on our own servers; they are not set or read by any other
 * company", "所有数据存储在我们自己的服务器上": a section saying its cookies stay with the site. A cookie's purpose read
 * without any party (categories.ts, cookiePurpose) then describes the site's own counting — in that section only.
 */
const OWN_COOKIES_DECLARED = /\b(?:all|only) (?:set|placed|served) by us\b|\bno (?:other|outside|third[- ]party) (?:company|companies|party|parties|provider|providers|service)\b[^.;]{0,30}?\b(?:sets?|places?|reads?|can (?:read|access|see)|has access)\b|\bnot (?:set|placed|read|accessed)(?: or (?:set|placed|read|accessed))? by any (?:other|outside|third[- ]party) (?:company|companies|party|parties|provider|providers)\b|\b(?:stored|kept|held) (?:by us )?on our own servers\b|(?:数据|信息)(?:均|都|仅|只)?(?:存储|保存|存放)(?:在|于)(?:我们|本公司|本站|本网站)(?:自己|自有)的服务器/i;
const THIRD_PARTIES = new RegExp(NAMES_THIRD_PARTY.source, 'gi');
/** A word for an outside party the sentence does not deny ("…, 不会传输给任何第三方" denies it). */
function outsidePartyLive(text: string): boolean {
  THIRD_PARTIES.lastIndex = 0;
  for (let m = THIRD_PARTIES.exec(text); m; m = THIRD_PARTIES.exec(text)) if (!negatedBefore(text, m.index) && !negatedInZhClause(text, m.index, m.index + m[0].length)) return true;
  return false;
}
export function ownCookiesInSection(sentences: readonly Sentence[], index: number): boolean {
  const s = sentences[index];
  for (let j = Math.max(0, index - 4); j < Math.min(sentences.length, index + 5); j++) {
    const x = sentences[j];
    if (x.heading !== s.heading && j !== s.heading) continue;
    if ((OWN_COOKIES_DECLARED.test(x.text) || OWN_COOKIES.test(x.text)) && !outsidePartyLive(x.text)) return true;
  }
  return false;
}

/**
 * "广告内容由广告主负责", "您因点击广告与广告主发生的交易，由广告主依法承担责任": who answers for the ads, not who gets the reader's data —
 * unless the sentence speaks of data too. Chinese only: in English, "we are not responsible for the practices of the
 * third-party advertisers on our site" is how real policies say that there are some (an OPP-115 disclosure).
 */
const LIABILITY = /负责|承担(?:法律)?责任|担保|真实性/;
const DATA_WORDS = /信息|数据|资料|Cookie|标识|设备|浏览|追踪|跟踪|收集|获取/i;
/** "…; your details stay with us": the sentence keeps the data in, and gives nothing. */
const STAYS_WITH_US = /\b(?:your|the|these|this|all) (?:details|data|information|personal (?:data|information))\b[^.;]{0,20}?\b(?:stays?|remains?|is kept|are kept) (?:only )?with us\b/i;
const GIVES = /\b(?:shar|sell|sold|disclos|transfer|rent)\w*|\b(?:giv|pass|provid|send|sent)\w* (?:[\w'’-]+ ){0,4}?(?:to|with) (?!you\b)/i;
export const keptWithUs = (text: string): boolean => STAYS_WITH_US.test(text) && !GIVES.test(text.replace(STAYS_WITH_US, ''));
export const liabilityOnly = (text: string): boolean => LIABILITY.test(text) && !DATA_WORDS.test(text);

/**
 * "a bot-detection service that analyses signals such as mouse movements … to tell genuine visitors from automated bots",
 * "analyses device and connection data … to detect bots and fraudulent transactions", "blockchain analytics … to check whether
 * funds are linked to sanctioned addresses", "用于判断设备环境是否存在风险，以防范欺诈": analysing for security, in a sentence that
 * names no purpose of knowing how the site is used.
 */
export const SECURITY_PURPOSE = /\b(?:to|in order to|so (?:that )?(?:we|it|they) can|for)\s+(?:help\s+(?:us\s+)?)?(?:detect|spot|prevent|stop|fight|block|identify|flag|tell|distinguish|check|verify|protect|assess|combat)\w*\b[^.;]{0,80}?\b(?:bots?|fraud\w*|abuse|spam|automated|attacks?|sanction\w*|money[- ]laundering|stolen|malicious|fake accounts?)\b|\b(?:exclusively|solely|only) for (?:the )?(?:purposes? of )?(?:security|fraud prevention)\b|\bfor (?:the )?purposes? of security\b|\b(?:anti-money-laundering|AML) (?:obligations|checks|rules|laws?)\b|(?:用于|以|为了?)(?:识别|判断|防范|防止|检测|打击|保障)[^。；]{0,40}?(?:欺诈|刷单|作弊|盗号|异常设备|虚假注册|风险环境|攻击|机器人|账号和交易安全|交易安全)|(?:安全)?(?:风控|风险控制)SDK/i;
const SITE_USE_WORDS = /\bstatistic|\bmeasur|\baudience|\bhow (?:visitors|people|users|customers|you) use\b|\bwhich pages\b|\bpage ?views?\b|\bimprov|统计|了解[^。；]{0,10}使用|使用情况|改进|优化/i;
export const securityPurposeOnly = (text: string): boolean => SECURITY_PURPOSE.test(text) && !SITE_USE_WORDS.test(text);
/** "…evaluates how you interact with the page … only to tell humans from bots": a security check, not analytics. */
export const SECURITY_ONLY = /^to (?:protect|secure|defend)\b[^.]{0,60}\b(?:attacks?|bots?|fraud|abuse|spam)\b|\bonly (?:to|for) (?:[\w-]+ ){0,4}?(?:bots?|automated (?:attacks|programs|traffic|requests)|fraud(?:ulent)?|spam|abuse|security)\b|仅用于(?:人机验证|风控|反作弊|安全)/i;

/**
 * "… but no advertising cookies are ever placed on our site": a clause saying that nothing of a kind is used. Its
 * purpose words describe what is absent (NOTHING_USED below catches the same shape when it opens the sentence).
 */
const NOTHING_USED_CLAUSE = /(?:^|[,;:]\s*(?:but|and|while|whereas)?\s*|\b(?:but|and)\s+)no\s+(?:[\w-]+,?\s+){0,8}?(?:(?:is|are|will be|shall be|gets?)\s+)(?:ever\s+)?(?:used|placed|set|loaded|embedded|installed|deployed|allowed|permitted|shared|sold|disclosed|collected)\b/gi;
export function nothingUsedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  NOTHING_USED_CLAUSE.lastIndex = 0;
  for (let m = NOTHING_USED_CLAUSE.exec(text); m; m = NOTHING_USED_CLAUSE.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * An analytics cue that is not about the site: ads measured ("统计投放效果", "measure our campaigns"), usage taken for ads, the
 * site's own tool, a referrer's commission, figures given as aggregates that identify no one, what is learned for the ads.
 */
export const notSiteAnalytics = (t: string) => (i: number, cue: string): boolean => AD_MEASUREMENT.test(t.slice(i, i + 60)) || measuresAdsOnly(t, i, cue)
  || cameFromTheAdsZh(t.slice(i + cue.length, i + cue.length + 40), cue) || usageTakenForAds(t, i, cue) || countsFromAds(t, i) || AD_MEASURED_BEFORE.test(t.slice(Math.max(0, i - 8), i)) || effectOfTheAds(t, i, cue) || selfRunNear(t, i)
  || COMMISSION_AIM.test(t) || aggregateFiguresGiven(t, i, cue) || LEARNED_FOR_ADS_ZH.test(t.slice(i, i + 90));

/**
 * "了解访客从哪些广告进站": which ads the visitors came through — the ads' measure. (What the ads brought in general, "统计不同投放渠道
 * 带来的下载", is labelled so 36 of 45 on the development half, but reading it so added a measure-only false accusation: left.)
 */
const ZH_MEASURING_CUE = /^(?:衡量|统计|評估|评估|监测|分析|了解|计算|核算|判断)(?:哪些|哪个|访客|用户|您|你)?$/;
const ZH_FROM_ADS = /^[^，。；]{0,4}?(?:从|通过|来自)(?:哪些|哪个|哪一?[个条段则支])?[^，。；]{0,6}?(?:广告|推广)(?:链接|内容|活动)?(?:进站|进入|访问|点进|来到|过来|而来)/;
function cameFromTheAdsZh(after: string, cue: string): boolean {
  return ZH_MEASURING_CUE.test(cue.trim()) && ZH_FROM_ADS.test(after);
}

/** "这些第三方会借此了解您是否访问过我们的网页，并据此在您浏览其他网站时向您展示我们的商品信息": what is learned is used for the ads. */
const LEARNED_FOR_ADS_ZH = /^了解(?:您|你|访客|用户)是否[^。；]{0,40}(?:据此|借此|以便|用于)[^。；]{0,30}(?:展示|推荐|投放|推送|广告|推广)/;

/**
 * "我们可能与合作方共享经过汇总统计、不能识别任何个人的数据，例如某城市的用户数量": 统计 names the form of what is given (figures that
 * identify no one), not a company measuring the site for it — the Chinese development passages of this shape are labelled
 * analytics only where another sentence says so.
 */
const STATS_AS_FORM_ZH = /^(?:统计|統計)(?:加工|性|数字|數字|形式|数据|數據|报告|報告|报表|報表)|(?:汇总|匯總|经过?|以)$/;
const IDENTIFIES_NO_ONE_ZH = /(?:不能|无法|無法|不会|不可|难以)(?:识别|識別|辨识|辨識)|不含(?:任何)?(?:可)?(?:识别|識別|个人身份|身份)|去标识化|匿名化?/;
const GIVEN_ZH = /共享|提供|分享|展示|公开|公開|披露/;
function aggregateFiguresGiven(t: string, i: number, cue: string): boolean {
  if (!/^(?:统计|統計)/.test(cue)) return false;
  const form = STATS_AS_FORM_ZH.test(t.slice(i, i + 6)) || STATS_AS_FORM_ZH.test(t.slice(Math.max(0, i - 3), i));
  return form && IDENTIFIES_NO_ONE_ZH.test(t) && GIVEN_ZH.test(t);
}

/**
 * "…whether you completed a booking, so that it can charge us its referral fee", "…so that I receive a small commission":
 * the referrer learning what its link brought, to be paid for it — affiliate attribution, not the site's analytics.
 * The English development passages that say so are never labelled analytics (European Commission aside).
 */
const COMMISSION_AIM = /\b(?<![Ee]uropean |[Tt]rade )commissions?\b(?! (?:de|nationale|for|on) )|\breferral fees?\b|\baffiliate fees?\b|\b(?:points|rewards) (?:can|could|will) be credited\b|佣金|返佣|推广费用?结算|结算(?:推广)?(?:佣金|服务费)/;

/**
 * "为实现广告投放、防作弊和效果统计", "推广活动…由第三方监测机构进行效果评估": a bare 效果 measured, in a sentence about the ads and no
 * product, page or test of the site's own, is the ads' effect. Not "产品功能的效果评估" or "实验平台…效果统计".
 */
const AD_WORD_ZH = /广告|推广|投放|营销|廣告|推廣|行銷/;
const SITE_EFFECT_ZH = /产品|功能|页面|网站|網站|頁面|实验|測試|测试|版本|服务|內容|内容/;
// "核实推广内容的曝光次数与点击次数", "广告曝光、点击记录": the clicks counted beside the ads' impressions are the ads' clicks.
const AD_EXPOSURE_BEFORE_ZH = /(?:广告|推广|廣告|推廣)(?:内容|活动|信息|位)?的?(?:曝光|展示)(?:次数|量|人数)?(?:与|和|及|、)$/;
// "为了衡量我们在搜索引擎和社交媒体上投放广告的效果", "以評估各項廣告活動之成效": the measuring word's object is the ads' effect,
// whatever stands between — unless that names something of the site ("衡量网站流量和广告效果").
const ZH_AD_EFFECT = /^(?:衡量|评估|評估|统计|統計|分析|监测|監測)([^，。；]{0,30}?)(?:广告|廣告|宣传|宣傳|推广|推廣|营销|行銷|投放)(?:活动|活動)?[的之]?(?:效果|成效|表现|表現|转化|轉換)/;
const ZH_SITE_THING = /网站|網站|网页|網頁|页面|頁面|流量|访问|訪問|受众|内容|內容|播放|观看|使用|阅读|功能|产品|產品|服务|服務|下载|安装|激活/;
// …nor when the measuring word is a tool's name coordinated with the ads ("流量统计与广告转化跟踪代码") or a bracket opens on another tool.
const ZH_NOT_ONE_OBJECT = /^(?:与|和|及|、|并|或)|[（(]|衡量|评估|统计|分析|监测|工具|像素|代码|SDK/;
function effectOfTheAds(t: string, i: number, cue: string): boolean {
  if (cue.startsWith('点击') && AD_EXPOSURE_BEFORE_ZH.test(t.slice(Math.max(0, i - 16), i))) return true;
  const whole = ZH_AD_EFFECT.exec(t.slice(i, i + 48));
  if (whole && !ZH_SITE_THING.test(whole[1]) && !ZH_NOT_ONE_OBJECT.test(whole[1])) return true;
  const at = cue.startsWith('效果') ? i : t.slice(Math.max(0, i - 2), i) === '效果' ? i - 2 : -1;
  if (at < 0 || !AD_WORD_ZH.test(t)) return false;
  return !SITE_EFFECT_ZH.test(t.slice(Math.max(0, at - 8), at));
}

/**
 * "点击及转化数据" in an A/B test, "用户到店转化", "推荐位的转化情况": conversion within the product — advertising's only beside an ad,
 * a campaign or a channel ("衡量其投放带来的转化", "通过该平台广告访问本网站的用户的转化情况").
 */
const AD_NEAR_ZH = /广告|推广|投放|营销|渠道|归因|媒体|引流|回传|站外/;
export const conversionWithoutAds = (t: string) => (_i: number, cue: string): boolean => cue === '转化' && !AD_NEAR_ZH.test(t);
/**
 * "并已关闭该服务的数据共享及广告功能", "we have disabled the tool's advertising features": a feature named by the ads and switched off.
 */
const SWITCHED_OFF_BEFORE = /(?:关闭|關閉|停用|禁用)了?[^，。；,;]{0,12}$|\b(?:turned off|switched off|disabled|deactivated)\b[^.;,]{0,30}$/i;
const FEATURE_AFTER = /^(?:(?:相关|相關)的?)?(?:功能|选项|選項)|^[\w-]*\s+(?:features?|functions?|options?|settings?)\b/i;
const featureSwitchedOff = (t: string, i: number, cue: string): boolean =>
  FEATURE_AFTER.test(t.slice(i + cue.length, i + cue.length + 24)) && SWITCHED_OFF_BEFORE.test(t.slice(Math.max(0, i - 40), i));
/**
 * "We sometimes show offers from partner brands inside the app", "Members receive offers from us, including offers on partner
 * brands": the partners are where the offers come from — the site shows them, and no data is said to go anywhere.
 */
const OFFERS_SOURCE = /\b(?:offers?|deals?|promotions?|discounts?|coupons?)\s+(?:from|on|of|by)\s+(?:our\s+)?(?:partner(?:s|\s+brands?|\s+companies|\s+shops|\s+retailers)?|selected partners|other brands)\b/gi;
const DATA_FLOW = /\b(?:shar\w+|disclos\w+|pass\w*|transfer\w*|collect\w*|gather\w*|track\w*|receives? (?:your|information|data|details)|cookies?|tags?|pixels?|identifiers?|data|information about you|based on)\b/i;
const offersFromPartnersOnly = (t: string): boolean => {
  OFFERS_SOURCE.lastIndex = 0;
  if (!OFFERS_SOURCE.test(t) || DATA_FLOW.test(t)) return false;
  return !RECIPIENT.test(t.replace(OFFERS_SOURCE, ' '));
};
/** An advertising cue that is not another company's: conversion within the product, the site's own ad server, a feature switched off, partners' offers the site shows. */
export const notOutsideAds = (t: string) => (i: number, cue: string): boolean => conversionWithoutAds(t)(i, cue) || selfRunAdsNear(t)(i) || featureSwitchedOff(t, i, cue) || offersFromPartnersOnly(t);
