/**
 * Shapes of a mention that names no recipient, learned from the look-alike sentence sets (docs/eval-sessions.md, "Sixth
 * session") and kept apart from the one naming decision (naming.ts) that calls them: vendors the site no longer
 * uses or only plans to, comparisons and citations, copyright credits, the reader's own devices and accounts, where
 * data or content comes FROM, and the Chinese forms of these. Each returns the rejection it stands for.
 */
import { appSectionRejection } from './naming-shapes-app.ts';
import { outsideOtherBrackets } from './naming-clauses.ts';
import { softwareSectionRejection } from './naming-shapes-software.ts';
import { clauseRejection } from './naming-clauses.ts';
import { zhAppRejection, ZH_NOT_ACCEPTED, ZH_NO_DEALINGS, ZH_SEARCH_ENGINE_AFTER, ZH_LOGO_AFTER, ZH_REWARD, ZH_BUY_ELSEWHERE, ZH_CONTENT_AFTER, ZH_OUTSIDE_POLICY_AFTER, ZH_SWITCHED_AFTER, ZH_INVITATION, ZH_SPONSOR_AFTER, ZH_OWN_RULES_AFTER, ZH_POLICY_HOSTED, ZH_READ_BEFORE, ZH_UNRELATED_AFTER, ZH_MINI_APP_AFTER, ZH_YOUR_ACCOUNT, ZH_READER_SIDE_AFTER, ZH_PHONE_HOWTO_AFTER, ZH_INSTALLED_APP_BEFORE, ZH_SHARE_TO_BEFORE, ZH_USER_CONTACTS_BEFORE, ZH_YOUR_DEVICE, ZH_YOUR_PHONES, ZH_DEVICE_AFTER, ZH_OPERATOR, ZH_PARTNER_BADGE, ZH_CERT_ISSUER_AFTER, ZH_READ_LIST_BEFORE } from './naming-shapes-zh.ts';
import type { NamingRejection } from './naming.ts';
import type { Sentence } from './text.ts';
import {
  ZH_SOURCE_BEFORE, ZH_FROM_BEFORE, ZH_READ_AFTER, ZH_CONTENT_BY_BEFORE, ZH_PLATFORM_AFTER, ZH_STORE_LISTING, ZH_DOWNLOAD_APP_AFTER, ZH_DOWNLOAD_APP_ROW, ZH_SIGN_IN, ZH_ACCOUNT_ITEM_AFTER, ZH_PLATFORM_ID_AFTER, ZH_CONTACT_HANDLE_AFTER, ZH_SETTINGS_AFTER, ZH_INSTALLED_BEFORE, ZH_USER_ACTION_BEFORE,
  ZH_AWARD, ZH_COMPARED, zhRemovedInClause,
} from './naming-shapes-zh.ts';

/**
 * "Tools such as FullStory, Hotjar and Microsoft Clarity, which record mouse movements, are not used anywhere on our
 * websites": the company is the subject of what the site says it does not use. Read after the mention, through the rest
 * of its list and a relative clause set off by commas; not "…, which is not used for ads" (used, for something else).
 */
export const NOT_USED_AFTER = /^(?:\s*(?:,|\band\b|\bor\b|[()])\s*(?!(?:which|that|who|whose|we|our|you)\b)(?:[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3})?){0,6}?(?:,\s*(?:which|that|who)\b[^,.;]{0,100},)?\s*(?:is|are|was|were)\s+(?:not|never|no longer)\s+(?:used|loaded|installed|embedded|integrated|present|deployed|active|enabled|included)\b(?=\s*(?:anywhere\b|at all\b|on (?:our|this|any)\b|by us\b|[.;,]|$))/i;
/**
 * "Our children's app contains no third-party ad SDKs such as those from AppLovin or Unity", "we block known AI crawlers,
 * including GPTBot and Google-Extended": examples of what is absent or kept out.
 */
export const NO_SUCH_AS_BEFORE = /(?:\bno\s+(?:[\w-]+\s+){0,4}?|\bblock\w*\s+(?:[\w-]+\s+){0,3}?(?:crawlers?|bots?|scrapers?|user[- ]agents?),?\s+)(?:such as|like|including|e\.g\.,?)\s+(?:(?:those|ones) (?:from|of|by|made by)\s+)?(?:[^.;]{0,60}?(?:,|\band\b|\bor\b)\s*)?$/i;
/** "本 SDK 不会收集任何用户信息", "this SDK does not collect any personal information": named, but not a recipient. */
export const COLLECTS_NOTHING = /\)?\s*(?:are|is) (?:switched|turned) off\b[^.;]{0,40}\breceives? no (?:data|information)\b|(?:本|该|此|这个)?\s*SDK\s*(?:不会|不|并不|从不)(?:收集|获取|采集|读取)(?:[、，,和及或]\s*(?:不)?(?:上传|存储|传输|共享|收集|获取|采集))*(?:任何)?(?:您的)?(?:用户|个人)?(?:信息|数据)|\b(?:does not|do not|will not|never) (?:collect|receive|access) any (?:personal )?(?:information|data)\b/i;

/** A sentence that speaks of data going somewhere ("… shares your information …"). */
export const SHARES_DATA = /\b(?:shar\w*|disclos\w*|sen[dt]s?|transfer\w*|provid\w*|collect\w*|receiv\w*)\b[^.]{0,60}\b(?:information|data|cookies?|identifiers?)\b|\b(?:information|data)\b[^.]{0,40}\b(?:shared|disclosed|sent|transferred|collected)\b/i;

/**
 * A provider the site no longer uses: "our former analytics provider, Hotjar, was removed", "we stopped using Google
 * Analytics in 2023", "Unlike our old provider, Amazon Web Services, …", "The old version of our app, which used Flurry".
 */
const PAYMENT_OPTIONS_LEAD = /^\s*(?:we (?:also )?accept\b|you (?:can|may) pay(?: for(?: [\w-]+){1,3}?)? (?:with|using|by|through)\b|(?:accepted )?payment (?:methods|options)(?: accepted)?(?: \([^)]{1,30}\))?\s*:)/i;
const PAYMENT_HANDLED = /\b(?:process(?:es|ed)?|receiv(?:e|es|ed)|collect(?:s|ed)?|handled by|processor)\b/i;
const FORMER_BEFORE = /已(?:经)?(?:从|在)[^，。；]{0,10}?(?:移除|删除|下线)(?:了)?\s*$|(?:替代|替换|取代)(?:了)?\s*$|(?<!在)(?:此前|之前|以前)(?!提)[^，。；]{0,12}$|\bno longer (?:receive|get|obtain)\b[^.;]{0,40}\bfrom\s+$|\b(?:our|the|its)\s+(?:former|previous|old|legacy)\s+$|\breplac(?:ed|es|ing)\s+(?:our|the|an?)\s+(?:earlier|former|previous|old|legacy)\s+$|(?:^|[:：，,；;）)]\s*)(?:移除|下线|停用)(?:了)?\s*$|(?:切换|更换|迁移)(?:之)?前[^，。；]{0,8}$|\buntil\s+(?:[\w&.'’-]+\s+){1,3}(?:(?:shut|closed|wound) down|discontinued|retired|deprecated|sunset(?:ted)?)\s+$|\b(?:old|older|previous|former|earlier|legacy) versions?(?: of\b[^.;]{0,40})?\s+(?:used|included|contained|integrated|shipped with)\s+$|\b(?:former|old|previous|past|prior)\s+(?:[\w-]+\s+){0,2}?(?:provider|vendor|partner|tool|service|processor|host|SDK)s?,?\s*$|\b(?:stopped|ceased|quit) (?:embedding|loading|showing|running|hosting) (?:\w+ ){0,2}?$|(?:已|已经)(?:[于自从在][^，。；]{0,12})?(?:停止|终止)(?:接入|集成|使用|合作)(?:[^，。；]{0,30}?[和、及与])?\s*$|\b(?:stopped|ceased|quit|discontinued) (?:using|working with|sharing (?:\w+ ){0,3}with|[a-z]+ing (?:\w+ ){0,3}?(?:on|with|through|via|using|in))\s+$|\buntil\b[^.;]{0,40}\b(?:was|were|had been)\s+(?:\w+\s+)?(?:with|by|on|through|via|using)\s+$|\b(?:until|before)\b[^.;]{0,30}\bwe (?:used|worked with|relied on)\s+$|\b(?:deleted|closed|removed|erased)\s+(?:(?:it|them|our|the)\s+)?(?:from\s+)?$|\b(?:removed|deleted)\s+(?:the\s+)?(?:[\w&.'’-]+\s+){1,4}(?:and|or)\s+(?:the\s+)?$|\b(?:removed|deleted)\s+(?:the\s+)?[\w&.'’-]+\s+\(\s*(?:formerly|previously)\s+$|\b(?:previously|formerly|once|used to)\s+(?:used?|worked with|relied on)\s+$|\b(?:migrated|moved|switched|transitioned)\b[^.;]{0,40}\bfrom\s+$|(?:已(?:经)?|不再)(?:移除|停止使用|停用|下线|接入|使用|集成)(?:了)?\s*$|已于[^，。；]{0,16}(?:移除|停止使用|停用|下线|注销)\s*$|(?:曾(?:经)?|早期|此前|以前)(?:使用|接入|集成|采用)(?:过)?(?:[^，。；（(]{1,12}[（(])?\s*$|曾(?:经)?在[^，。；]{1,12}?(?:使用|接入|集成|采用)(?:过)?\s*$|曾(?:经)?(?:与|和|同)\s*$|原(?:由|为|使用|采用)\s*$|(?:替代|取代|替换|代替)(?:了)?(?:原|原来的|原有的|之前的)\s*$|(?:停止|终止|结束|中止)(?:了)?(?:与|和|同)\s*$|\b(?:replaced|superseded)\s+$|\b(?:was|were) previously (?:managed|hosted|stored|handled|processed|run|kept|[a-z]+ed) (?:in|on|by|with|through|via)\s+$|\bused to be (?:[a-z]+ed )?(?:by|with|on|through|via|in)\s+$|\b(?:deleted|erased|closed) by\s+$/i;
const FORMER_AFTER = /^\s*(?:已|已经)?不再(?:处理|接收|获取|收集|提供|使用)|^\s*(?:(?:SDK|服务|平台)\s*)?(?:更换|切换|迁移|替换)(?:为|至|到|成)|^\s*(?:切换|迁移|更换)而来|^\s+(?:has |had )?(?:shut|closed|wound) down\b|^,?\s*which (?:we )?(?:stopped|ceased|quit) using\b|^,?\s*which we no longer use\b|^[^.;]{0,40}\b(?:(?:was|were|has been|have been) (?:removed|discontinued|replaced|retired|deleted|withdrawn|switched off|turned off|terminated)|(?:is|are) no longer (?:used|in use|integrated))\b|^\s+(?:discontinued|retired|shut down|sunset(?:ted)?) (?:the|its|this|that)\b|^\s+account (?:has been|was|is now) (?:closed|deleted|cancell?ed)\b|^[^.;]{0,20}\buntil (?:early |mid-|late )?(?:19|20)\d\d\b|^\s*[—–:-]\s*(?:removed|discontinued|retired|not used)\b|^[^，。；|]{0,30}(?:停止合作|终止合作)|^[^，。；|]{0,24}(?:已(?:[于自从在][^，。；|]{0,20})?(?:移除|下线|停用|删除)|不再(?:收集|接入|使用|集成))/i;
/** "Unlike Google, we never …", "Instead of the Facebook Like button, we …": a comparison, not a recipient. */
const COMPARISON_BEFORE = /\b(?:less|more|cheaper|faster|better|lower|higher|smaller|bigger) than (?:using |with |on |at |through )?(?:the\s+)?$|(?:^|[,;(]\s*|\b)(?:unlike|instead of|rather than|as opposed to|in contrast to)\s+(?:the\s+)?(?:[\w&.'’-]+(?:['’]s)?(?:\s+[\w&.'’-]+){0,2},?\s+(?:(?:or|and)\s+)?)?$|\binstead of\s+(?:[\w-]+\s+){1,4}?(?:from|on|with|by)\s+(?:[\w&.'’-]+\s+(?:\w+\s+)?(?:or|and)\s+)?$/i;
/** "Unlike large platforms such as Google and Facebook, we …", "Unlike retargeting firms such as Criteo, or networks such as Taboola": examples inside the comparison. */
const COMPARISON_EXAMPLES_BEFORE = /\b(?:unlike|as opposed to|in contrast to)\s+(?:(?!\b(?:we|our|us|you)\b)[^.;]){0,80}?\b(?:such as|like|including)\s+(?:[^.;]{0,40}?(?:,|\band\b|\bor\b)\s*)?$/i;
/** "like Apple, we analyse your photos only on your device": a comparison. */
const LIKE_X_WE = /(?:^|[,;]\s*|\band\s+)like\s+(?:[\w&.'’-]+\s*(?:,|and|or)\s*)*$/i;
/** "Oracle has no access to it", "Amazon … does not receive any personal data from us": the company gets nothing. */
/**
 * "We moved our analytics from Hotjar to our own tool, and our help desk from Zendesk to Intercom": the second "from X to
 * Y" of one switch verb, written without the verb again, is the old provider too.
 */
const SWITCHED_FROM_BEFORE = /\b(?:migrated|moved|switched|transitioned|changed)\b[^.;]{0,160}\bfrom\s+$/i;
/** "…displays rates published by Bankrate but sends Bankrate nothing": the company is the receiver of nothing. */
const SENT_NOTHING = { before: /\b(?:sends?|gives?|passes?|tells?|shares? with)\s+$/i, after: /^\s+(?:nothing|no (?:personal )?(?:data|information|details))\b/i };
const GETS_NOTHING_AFTER = /^[^.;]{0,40}?\b(?:has|have|gets|get|receives|receive) no (?:access|data|information|personal)|^[^.;]{0,40}?\bno longer (?:receives?|gets?|has access)\b|^[^.;]{0,40}?\b(?:does|do|will|shall) not (?:have access|receive|get|collect|see|access)\b/i;
/**
 * "we removed the Snap Pixel (…) and the Reddit pixel (…)", "we no longer call fonts.googleapis.com, use.typekit.net or
 * code.jquery.com", "Versions before 3.0 included Sentry (…) and Firebase": every name in the clause a removal opens is
 * gone — unless the clause turns to what is used now, or the removal was a bracket of its own ("(we stopped using 6sense),
 * and we identify … with Demandbase").
 */
const REMOVAL_OPENS = /\b(?:(?:we|we've|we have)\s+(?:[\w-]+\s+){0,2}?(?:removed|deleted|dropped|retired|uninstalled|stopped using|discontinued)|no longer (?:use|uses|call|calls|load|loads|embed|embeds|run|runs)|(?:earlier|older|previous|prior) versions?(?: of [\w\s-]{1,30})?\s+(?:included|contained|used|shipped with)|versions? (?:before|prior to) [\w.]{1,10}\s+(?:included|contained|used|shipped with))\b((?:[^;.!?]|\.(?!\s))*)$/i;
const NOW_INSTEAD = /\b(?:now|instead|in favou?r of|switched to|moved to|replaced (?:it|them|these|those) with|but (?:we )?(?:still|continue))\b|,\s*(?:and|but)\s+we\b|^[^(（]*[)）]/i;
function removedInClause(before: string): boolean {
  const m = REMOVAL_OPENS.exec(before.slice(-240));
  return m !== null && !NOW_INSTEAD.test(m[1]);
}

/** "Outbrain receives the page address and does not receive your name": it receives; the denial is of other data. */
const RECEIVES_FIRST = /^\s*(?:also\s+|only\s+)?(?:receives|gets|collects|processes|stores|sees)\s+(?!no\b|nothing\b|any\b)[^.;]{1,40}?\b(?:and|but)\b/i;
/** "Samsung Galaxy", "Google Pixel", "Apple Watch": a device line — the reader's hardware. */
const DEVICE_LINE_AFTER = /^\s+(?:Galaxy|Pixel(?=\s+(?:\d|phones?|Fold|Tablet|Watch|Buds|devices?)\b)|iPhone|iPad|Mac(?:Book)?|Watch|Surface|Xbox|Chromebook|Nest|Echo|Kindle|Fire TV)\b/;
/** "(© Meta Platforms, Inc., MIT License)", "Imagery ©2023 Google": a copyright credit names an author. */
const COPYRIGHT_BEFORE = /(?:©|\(c\)|\bcopyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?$/i;
/** "We advertise open positions on LinkedIn and Indeed": job boards, where applicants go. */
const JOB_POSTING = /招聘|投递简历|任职要求|岗位(?:要求|职责)|(?:使用|开发|集成)经验者优先|熟悉[^，。；]{0,30}?(?:SDK|集成|开发|接入)|\b(?:years? of|hands-on|proven|practical) experience (?:with|in|using)\b|\bfamiliar(?:ity)? with\b[^.]{0,60}\b(?:SDKs?|APIs?|frameworks?|integrations?)\b|\b(?:advertis|post|list|publish)\w*\s+(?:\w+\s+){0,3}?(?:positions|jobs|job openings|openings|vacancies|roles)\b|\bjob boards?\b|\bwe(?:['’]re| are) hiring\b|\bis a plus\b|\bnice to have\b|\bexperience (?:with|in|using)\b[^.;]{0,80}\b(?:(?:is|are) )?(?:preferred|required|desirable|an advantage)\b|\b(?:vacancies|positions|jobs|openings)\b[^.;]{0,30}\b(?:advertised|posted|listed)\b/i;

/** "no AdMob, no Facebook Audience Network and no AppLovin", "… sends no data to Facebook". */
const NONE_OF_BEFORE = /\b(?:no|nor)\s+$|\bnothing (?:is|gets|will be) (?:fetched|loaded|requested|sent|downloaded|transmitted) (?:from|to|by)\s+$|\b(?:contains?|has|have|uses?|includes?|runs?|loads?) no\s+(?:[\w-]+\s+){0,3}?(?:such as|like|including)\s+(?:[\w&.'’-]+(?:\s+[\w&.'’-]+){0,2},?\s+(?:(?:and|or)\s+)?){0,5}$|\bno\s+(?:[\w-]+\s+){0,3}?(?:SDKs?|cookies|trackers?|tracking (?:code|scripts?|technolog(?:y|ies))|scripts?|pixels?|tags?|code|plug-?ins?|widgets?)\s+(?:from|by|of)\s+(?:[^.;]{0,50}?(?:,|\band\b|\bor\b)\s*)?$|\b(?:sends?|shares?|passes|transmits|gives|provides|discloses) no (?:[\w-]+ ){0,3}?(?:data|information)\b[^.;]{0,20}\b(?:to|with)\s+$/i;
/** "我们不会将您的游戏行为数据提供给任何广告联盟，包括但不限于穿山甲、优量汇": examples of the recipients a sharing denial names. */
const ZH_EXAMPLES_OF_DENIED = /(?:不会|绝不|决不|从不|并不|不)(?:会)?(?:将|把|向|与|给)[^，。；]{0,30}?(?:提供|共享|分享|出售|传输|披露)(?:给)?[^，。；]{0,6}?任何[^，。；]{0,12}[，,]\s*(?:包括(?:但不限于)?|例如|比如|诸如)(?:[^，。；、]{1,12}[、和及或])*[^，。；、]{0,12}$/;
/** "Internet Explorer by Microsoft: go to Tools > …": the maker of the reader's browser. */
const BROWSER_BY_BEFORE = /\b(?:Internet Explorer|Edge|Chrome|Safari|Firefox|Opera|browser)\s+(?:by|from)\s+$/i;
/**
 * "your Google account", "your own Salesforce account", "your Apple ID", and the later items of one list ("your Apple
 * ID or Google account"): the reader's own account there.
 */
/** "…your Google account", "from your LinkedIn profile": what closes the reader's own account there. */
const YOUR_ACCOUNT_AFTER = /^\s+(?:[A-Z][\w-]*\s+)?(?:account|ID|profile)s?\b/;
const YOUR_ACCOUNT_BEFORE = /\byour\s+(?:own\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?\s+(?:ID|account)s?(?:\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+))*$/;
/** "We may obtain business contact details about you from data providers such as ZoomInfo": where data comes FROM. */
const OBTAINED_FROM_BEFORE = /\b(?:obtain|acquire|purchase|buy|bought|licen[cs]e)\w*\b[^.;]{0,100}\bfrom\b[^.;]{0,80}$/i;

/** A row of an SDK list marked as removed ("已于v5.2.0版本移除，不再收集任何信息"). */
export const REMOVED_ROW = /已(?:[于自从在][^，。；|]{0,20})?(?:移除|下线|停用|删除)|不再(?:收集|接入|使用|集成)|\|\s*(?:not used|not in use|removed|discontinued)\s*\|/i;



/** "如我们未来接入抖音或快手的分享功能…", "if we ever start using X": a possibility, not a recipient. */
const HYPOTHETICAL_BEFORE = /(?:如|如果|若|假如|倘若)(?:我们)?(?:在)?(?:未来|将来|今后|以后)[^，。；]{0,30}$|\bif we (?:ever|later|in the future)\b[^.;]{0,60}$/i;


// ---------------------------------------------------------------------------------- Chinese, second round

/**
 * "投资方不参与…亦不接触用户数据", "友盟及神策数据均不…获取": the company as the subject of a denied data verb; "支付宝与云闪付暂未
 * 开通", "TalkingData 当前未集成": a service not switched on.
 */
const ZH_GETS_NOTHING_AFTER = /^[^，。；]{0,12}?(?:均|都|也|亦)?(?:不|无法|不会|并不|从不|不能)(?:会)?(?:因此|再)?(?:参与|接触|获取|获得|读取|收到|访问|接收|收集|查看)|^[^，。；|｜]{0,12}?(?:暂|尚|目前|当前|均|都|也)?(?:未|没有)(?:开通|启用|接入|集成|上线|调用)/;
/**
 * "…服务由北京三快在线科技有限公司提供，我们会接入他们的SDK，不会向他们共享您的任何信息": a later clause of the sentence gives
 * the company (他们 / 其 / 该公司) nothing at all. Only a whole denial: "不会向其提供您的姓名" leaves it a recipient.
 */
/** "syndicated to Yahoo News and MSN; we do not share reader data with them": the pronoun points back at the names. */
const EN_PRONOUN_GETS_NOTHING_AFTER = /^[^.]{0,80}?[;,]\s*(?:but\s+|and\s+)?we (?:do not|don't|never|will not|won't) (?:share|send|give|provide|pass|disclose)\s+(?:any\s+)?(?:[\w-]+\s+){0,2}?(?:data|information|details)\s+(?:with|to)\s+(?:them|either of them|any of them|these (?:companies|sites|services|platforms|partners))\b/i;
const ZH_PRONOUN_GETS_NOTHING_AFTER = /^[^。；]{0,60}?(?:不会|不|并不|无需|未)(?:向|与|给)(?:他们|她们|它们|其|该公司|该第三方|该服务商)(?:共享|提供|分享|传输|披露|发送)(?:您的|用户的)?(?:任何|全部|所有)/;
/** "与蚂蚁基金、天天基金等其他基金销售机构之间不共享客户信息": with the company, nothing is shared (the denial follows it). */
const ZH_NOT_SHARED_WITH = { before: /(?:与|和|同)\s*$/, after: /^[^，。；]{0,24}?(?:之间)?(?:均|都|也|亦)?(?:不|不会|并不|从不|没有)(?:会)?(?:共享|交换|分享|互通)/ };
/**
 * The company gets nothing at all — said of any one mention, it holds for every mention of that company in the
 * sentence and the one before it in the same paragraph ("We keep records in an Oracle Database on our own servers; Oracle has no access to it", "我们使用神策数据提供的
 * 分析软件…神策数据公司无法访问或获取这些数据"). Only whole denials: "Google does not receive your name" still lets Google
 * receive the rest.
 */
const TOTAL_DENIAL_AFTER = /^[^.;]{0,40}?\b(?:has|have|gets|get) no access\b|^[^.;]{0,40}?\b(?:receives?|gets?|learns?) nothing\b|^[^.;]{0,20}?\b(?:has|have) not (?:[\w-]+ ){0,3}?received (?:any )?(?:data|information)\b|^[^.;]{0,40}?\b(?:receives?|gets?|sees?) no (?:(?:personal|personally|identifiable|user|visitor|customer|other|further|additional|such|of your|your|data or|information or) ){0,2}?(?:data|information|content|recordings?|files?)\b|^[^.;]{0,40}?\b(?:does|do|will|shall) not (?:have access to|receive|get|see|access) (?:it|them|this|these|that|any (?:personal )?(?:data|information)|your personal (?:data|information))\b|^[^.;]{0,20}?\bno longer (?:holds?|receives?|gets?|has access to)(?: or (?:holds?|receives?|gets?))? (?:any )?(?:personal )?(?:data|information)\b|^[^，。；]{0,12}?(?:均|都|也|亦)?(?:无法|不能|不会|不)(?:访问|获取|获得|得到|拿到|接触|查看|接收|收到)(?:或|和|及)?(?:访问|获取|获得|接触|查看|接收|收到)?(?:(?:这些|上述|该)(?:数据|信息)|[^，。；]{0,12}?任何(?:个人)?(?:数据|信息|资料)|我们的(?:数据|服务器))|^[^，。；|｜]{0,12}?(?:暂|尚|目前|当前)?(?:未|没有)(?:开通|启用|接入|集成|上线)/i;

/** "We host the font files on our own server, so no connection to Google is made": the same, before the name. */
const TOTAL_DENIAL_BEFORE = /\bno (?:tracking |advertising |third-party |measurement )?(?:code|tags?|pixels?|scripts?|SDKs?) (?:from|by|of)\s+(?:[\w&.'’-]+(?:\s+[\w&.'’-]+){0,2}\s*(?:,|\bor\b|\band\b)\s*)?$|\b(?:have|has) never (?:used|worked with|integrated|loaded|shared (?:any )?(?:data|information) with)\s+(?:[\w&.'’-]+(?:\s+[\w&.'’-]+){0,2}\s*(?:,|\bor\b|\band\b)\s*)?$|\b(?:send|share|pass|give|upload|forward)s? nothing (?:back |at all )?to\s+(?:[\w&.'’-]+(?:\s+[\w&.'’-]+){0,2}\s*(?:,|\bor\b|\band\b)\s*)?$|\bnothing (?:is|gets|will be) (?:sent|passed|shared|uploaded|forwarded) to\s+$|\b(?:do|does|will|shall) not (?:send|share|pass|transfer|give|upload|forward|disclose)\s+(?:(?:your|any|the)\s+)?(?:personal\s+)?(?:data|information|it|them|anything)\s+(?:\w+\s+)?to\s+(?:[\w&.'’-]+(?:\s+[\w&.'’-]+){0,2}\s*(?:,|\bor\b|\band\b)\s*)?$|\bno (?:(?:visit|visitor|user|personal|customer|usage|browsing|location)\s+)?(?:connection|data|requests?|information)\s+(?:(?:is|are|will be)\s+)?(?:(?:made|established|sent|transmitted|transferred|passed|goes|go|reaches)\s+)?(?:to|with)\s+(?:the servers of\s+)?(?:[\w&.'’-]+(?:\s+[\w&.'’-]+){0,2}\s*(?:,|\bor\b|\band\b)\s*(?:to\s+)?)?$/i;

/** "不会向腾讯地图发送您的位置或访问信息": nothing is sent to it. */
/** "我们不会将App内的数据提供给京东": the same with 将 … 给. */
const ZH_NOT_GIVEN_TO = /(?:不会|不|并不|从不|未|绝不|不再)(?:再)?将[^，。；]{0,20}?(?:提供|共享|发送|传输|传递|分享|披露)(?:给|予|至)\s*$/;
/** "我们与京东国际没有任何数据合作": no dealings with it at all. */
const ZH_NO_DEALINGS_AFTER = /^[^，。；]{0,6}?(?:之间)?(?:没有|无|不存在|並無|并无|沒有)任何(?:数据|資料|信息|个人信息)?(?:合作|共享|往来|往來|交换|交換|传输)/;
const ZH_NOT_SENT = { before: /(?:不会|不|并不|从不|未|绝不)(?:再)?向\s*$/, after: /^[^，。；]{0,4}(?:发送|传输|提供|上传|传递)(?![^，。；]{0,12}(?:其他|其余|其它))/ };

/** "… and neither Apple nor Google receives them from us". */
const NEITHER = { before: /\bneither\s+(?:[\w&.'’-]+(?:\s+[\w&.'’-]+){0,2}\s+nor\s+)?$/i, after: /^\s*(?:nor\s+[\w&.'’-]+(?:\s+[\w&.'’-]+){0,2}\s+)?(?:receives?|gets?|sees?|(?:has|have) access to)\b/i };
/** True when the words around a mention deny the company anything (see TOTAL_DENIAL_AFTER). */
/** "在此之前 Disqus 不会收到您的任何信息", "until then, X receives nothing": a denial that lasts only until something happens. */
const UNTIL_THEN_BEFORE = /(?:在此之前|在此以前|此前|在那之前|在[^，。；]{1,12}?之前)[，,]?\s*$|\b(?:until (?:then|you [\w ]{1,30})|before (?:that|then|you [\w ]{1,30})),?\s*$/i;
export function deniedEverything(before: string, after: string): boolean {
  if (UNTIL_THEN_BEFORE.test(before.slice(-30))) return false;
  return TOTAL_DENIAL_AFTER.test(after) || TOTAL_DENIAL_BEFORE.test(before) || ZH_NOT_GIVEN_TO.test(before.slice(-30)) || (/(?:与|和|跟)\s*$/.test(before) && ZH_NO_DEALINGS_AFTER.test(after)) || (NEITHER.before.test(before) && NEITHER.after.test(after)) || (ZH_NOT_SENT.before.test(before.slice(-8)) && ZH_NOT_SENT.after.test(after));
}
/** "与部分网盘产品（例如百度网盘）不同", "不同于X", "区别于X": a comparison. */
const ZH_COMPARISON = { before: /(?:与|和|跟)[^，。；]{0,24}$|(?:不同于|区别于|有别于)\s*$/, after: /^[^，。；]{0,16}(?:不同|有所区别|相比)/ };
/** "点击商品链接后将跳转至京东App": where the reader goes. */
const ZH_OUTBOUND = /跳转(?:至|到)|离开本(?:应用|网站|平台)|指向[^，。；]{0,12}(?:网站|网页|页面|平台|应用)的?链接|(?:仅为|只是|均为)(?:普通|一般)?的?(?:超)?链接/;
/** "…跳转至京东后，京东将依据其隐私政策收集并处理您的…": there, the company collects. */
const ZH_THEY_COLLECT_AFTER = /^[^，。；]{0,16}(?:收集|处理|获取|采集)/;
/** "使用Google开源的Flutter框架", "腾讯开源的MMKV": an open-source component the app ships. */
const OPEN_SOURCE_AFTER = /^\s*[（(]?\s*(?:的)?\s*开源|^\s*['’]s open[- ]source\b/i;
/** "我们计划在后续版本中接入极光推送服务": a plan. */
const ZH_PLANNED_BEFORE = /计划[^，。；]{0,16}(?:接入|集成|使用|引入)\s*$|后续版本[^，。；]{0,10}(?:接入|集成|使用|引入)\s*$|届时(?:可能|将|会)?(?:会)?(?:接入|集成|使用|引入)\s*$/;
/** "Our Android app has not been released yet. When it launches it will include the Firebase and AppsFlyer SDKs": a plan. */
const WHEN_IT_LAUNCHES_BEFORE = /\bwhen (?:it|the (?:[\w-]+ )?(?:app|version|service|site)) (?:launches|is (?:released|launched)|goes live)\b[^.;]{0,60}$/i;
/** "本公司的主要投资方包括腾讯投资": investors and shareholders. */
const INVESTOR = /投资方|股东|(?:全资)?控股|投资人|出资人|\bsharehold\w*|\b(?:minority|majority) stake\b|\binvest(?:or|ors|ed in)\b/i;

/** Inside a document title: "《微信小程序平台服务条款》", "依据《…》". */
const IN_TITLE_BEFORE = /《[^》]{0,40}$/;
/** "please contact Apple or Google support directly", "requests … must be addressed to Apple": the same in English. */
const USER_CONTACTS_BEFORE = /\b(?:please|you (?:can|may|should|must|need to|will need to|have to))\s+(?:directly\s+)?contact\s+$|\bmust be (?:addressed|directed|sent) to\s+$/i;
/** "Settings > Google > Ads", "Tools > Internet Options": a menu path on the reader's device. */
const MENU_PATH = { before: /[>›»]\s*$/, after: /^\s*[>›»]/ };
/** "Parts of this privacy policy are adapted from the Automattic privacy policy": where the text came from. */
const ADAPTED_FROM_BEFORE = /\b(?:adapted|derived|copied|based|modell?ed)\s+(?:from|on)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:published|written|issued|released|provided)\s+by\s+)?$/i;
/** "an online shop like Amazon uses cookies to …", "news and reviews about Apple": an example or a topic. */
const EXAMPLE_OR_TOPIC_BEFORE = /\ban? (?:\w+ )?(?:shop|store|site|website|retailer|brand) like\s+$|\b(?:whether|if) (?:a|any) (?:company|business|organi[sz]ation|firm|provider),? (?:for example|for instance|such as|e\.g\.|like),?\s+(?:[\w&.'’-]+,?\s+(?:(?:and|or)\s+)?){0,3}$|\b(?:news|reviews?|articles?|tips|stories|coverage|guides?)\b[^.;]{0,30}\babout\s+$/i;

/** "系美团关联公司", "在字节跳动关联公司之间共享", "关联公司：指与北京快手科技有限公司存在…控制关系的公司": the corporate family. */
const ZH_FAMILY = { after: /^\s*(?:的)?(?:关联公司|关联方|子公司|母公司|全资子公司)/, among: /^\s*(?:的)?(?:关联公司|关联方)(?:之间|内部)/, before: /(?:系|是|为|隶属于|属于)\s*$/, definition: /^关联(?:公司|方)\s*[:：]?\s*指/ };
/** "详细说明见 Apple 支持页面": a help page. */
/** "爱奇艺 | 举报电话：… | 登录爱奇艺app…选择账号注销": a row of where to complain or close an account on each platform. */
const ZH_CONTACT_ROW = /举报(?:电话|邮箱|渠道)|客服(?:电话|热线)|(?:账号|帐号)注销|注销(?:账号|帐号)/;
// "Google广告设置页面（https://adssettings.google.com）": a settings page of the company's, where the reader goes.
const ZH_HELP_PAGE_AFTER = /^\s*(?:的)?(?:官方)?(?:支持|帮助)(?:页面|中心|文档)|^\s*(?:的)?[^，。；（(]{0,6}?设置(?:页面|中心)/;
/** "已通过 360 手机卫士、腾讯手机管家安全检测": a test the app passed. */
const ZH_PASSED_TEST = { before: /通过[^，。；]{0,20}$/, after: /^[^，。；]{0,16}(?:安全)?(?:检测|认证|测评|评测)/ };
/** "如您在携程、飞猪等平台下单，请联系下单平台处理": where the reader bought, not where data goes. */
const ZH_BOUGHT_THERE = { before: /(?:如|如果|若)您(?:是)?(?:在|通过)[^，。；]{0,12}$/, after: /^[^，。；]{0,12}?(?:下单|购买|预订|预定|充值)/ };

/** "Ireland's regulator fined Meta €1.2 billion", "X was sued by …": news about the company, not a recipient. */
const ENFORCEMENT = { before: /\b(?:fined|sued|penali[sz]ed|sanctioned|investigated|ruled against|ordered|settlements? with|fines? against|(?:lawsuits?|cases?|complaints?|actions?) against)\s+(?:[\w&.'’-]+\s+(?:and|or)\s+)?$/i, after: /^\s+(?:was|were|has been|had been)\s+(?:fined|sued|penali[sz]ed|sanctioned|ordered)\b/i };
/** "As Tim Cook of Apple once said, …": a quotation. */
const QUOTED_PERSON = { before: /\b[Aa]s\s+(?:[A-Z][\w.'’-]*\s+){1,3}of\s+$/, said: /\b(?:once )?(?:said|says|put it|wrote|famously)\b/i };
/** "a CSV file that opens in Microsoft Excel, Google Sheets or Apple Numbers": the reader's own office software. */
const OFFICE_APP_AFTER = /^\s+(?:Excel|Sheets|Numbers|Docs|Word|Keynote|PowerPoint|Pages)\b/;

/** "If you tap "Get directions", we open Apple Maps or Google Maps": an app the reader is handed to. */
const OPEN_APP_BEFORE = /\b(?:we|will|to|and|then)\s+(?:open|launch)\s+(?:the\s+|your\s+)?(?:[\w&.'’-]+\s+(?:[\w&.'’-]+\s+)?(?:or|and)\s+)?$/i;
/** "Parents can use tools such as Apple Screen Time or Google Family Link": the reader's own tools. */
const READER_TOOLS_BEFORE = /\b(?:you|parents|users|visitors|readers|customers)\b[^.;]{0,60}?\b(?:can|may|could)\s+(?:also\s+)?(?:use|find)\s+(?:(?:[\w-]+\s+){0,3}?(?:such as|like|including)\s+)?(?:[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3}\s+(?:or|and)\s+)?$/i;
/** "our SDKs are open source and published on GitHub", "Flutter, an open-source framework created by Google". */
const OPEN_SOURCE_BEFORE = /\bopen[- ]source\b[^.;]{0,60}\b(?:(?:published|available|hosted|released) (?:on|at|via)|(?:created|developed|made|maintained|built|released) by)\s+$/i;
/** "As a Salesforce Summit Partner and Google Cloud Partner", "a Microsoft Solutions Partner for Modern Work": a partner badge. */
const PARTNER_BADGE_AFTER = /^\s+(?:[A-Z][\w-]*\s+){0,2}(?:(?:Premier|Gold|Silver|Certified|Solutions?|Technology|Consulting|Select)\s+Partner\b|Partners?\b(?!\s+(?:of|for|with|to)\b))/;
/** "Those platforms are governed by Meta's, Google's and LinkedIn's own policies": their own rules apply. */
/** "from then on, Apple's or Google's privacy policy applies": the other company's own rules. */
const THEIR_POLICY_APPLIES_AFTER = /^['’]s?\s+(?:(?:or|and)\s+[\w&.-]+['’]s?\s+)?(?:own\s+)?(?:privacy (?:policy|notice|statement)|terms(?: of (?:use|service))?)\s+(?:applies|apply|governs?)\b/i;
const GOVERNED_BY_BEFORE = /\b(?:governed by|subject to)\s+(?:(?:the\s+)?[\w&.-]+['’]s?,?\s+(?:(?:and|or)\s+)?){0,4}$/i;
/** "…governed by the privacy policies of Sony, Microsoft and Nintendo": the same, with the owner after "of". */
const GOVERNED_BY_OF_BEFORE = /\b(?:governed by|subject to)\s+(?:the\s+)?(?:(?:respective|own)\s+)?(?:privacy\s+)?(?:polic(?:y|ies)|notices?|statements?|terms(?: of (?:use|service))?)\s+of\s+(?:[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3},?\s+(?:(?:and|or)\s+)?){0,4}$/i;

/** "featured by Apple as an App of the Day": press and awards. */
/**
 * "Our founder spoke at Google I/O 2019, and Apple featured the app", "the Verizon Data Breach Investigations Report",
 * "IBM's Cost of a Data Breach Report": a talk, a feature or a report named after the company — press, not a recipient.
 */
const SPOKE_AT_BEFORE = /\b(?:spoke|speaking|presented|talked|gave a talk|keynote) at\s+$/i;
const FEATURED_AFTER = /^\s+(?:featured|recogni[sz]ed|named|awarded|ranked)\s+(?:us|our|the app|the site|this app)\b/i;
const REPORT_TITLE_AFTER = /^(?:['’]s)?\s+(?:(?:[A-Z][\w&'’-]*|of|a|an|the|on|and|in|for)\s+){0,8}(?:Report|Survey|Study|Index|Benchmark|Barometer)\b(?!\s+[A-Z])/;
const FEATURED_BY_BEFORE = /\b(?:featured|recogni[sz]ed|named|listed|ranked|awarded|reported|covered|quoted|mentioned|written about) (?:by|in|on)\s+(?:(?:[\w&.'’-]+\s+){1,5}(?:and|or)\s+|(?:[\w&.'’-]+\s+){1,5},\s+)?$/i;
/** "Our candles are also sold on Amazon and Etsy", "… sold through retailers such as Amazon": where the site's products are sold. */
const AD_INVENTORY = /\b(?:inventory|ad (?:space|slots?|impressions)|impressions|advertising (?:space|slots?)|placements)\b/i;
/** "The New York Times has reported how apps sell location data": a source the policy cites. */
const REPORTED_AFTER = /^\s+(?:has |have |had )?(?:reported|found|revealed|written|documented|shown) (?:that|how|on|about)\b/i;
/** "Our founders previously built … at Google and Amazon": where the site's people worked before. */
const WORKED_AT_BEFORE = /\b(?:founders?|co-?founders?|team|engineers|staff|CEO|CTO)\b[^.;]{0,60}\b(?:worked|built|led|spent|previously|formerly)\b[^.;]{0,60}\bat\s+(?:[\w&.'’-]+,?\s+(?:(?:and|or)\s+)?){0,3}$/i;
/** "Pay using any UPI app, e.g. Google Pay, PhonePe or Paytm": the reader's choice of how to pay. */
const PAY_OPTIONS_BEFORE = /\bpay (?:using|with|via|through|by) (?:any|your|a|an)\b[^.;]{0,30}?\b(?:apps?|wallets?|methods?|cards?)\b[,:]?\s+(?:e\.g\.|such as|like|including)?\s*(?:[\w&.'’-]+(?:\s+[\w&.'’-]+)?,?\s+(?:(?:and|or)\s+)?){0,4}$/i;
const SOLD_ON_BEFORE = /\b(?:also )?(?:sold|available|listed) (?:on|at|through|via)\s+(?:(?:[\w-]+\s+){0,3}?(?:retailers|marketplaces|stores|shops|resellers|dealers|outlets|stockists)\s+(?:such as|like|including)\s+)?(?:[\w&.'’-]+,?\s+(?:(?:and|or)\s+)?)?$/i;
/** "Android phones from Samsung", "TVs made by LG": the maker of the reader's device. */
const DEVICE_MAKER_BEFORE = /\b(?:phones?|smartphones?|devices?|tablets?|TVs?|televisions?|handsets?|laptops?|computers?|watches|speakers?|consoles?)\s+(?:made |built |manufactured )?(?:by|from)\s+(?:[\w&.'’-]+(?:\s+[\w&.'’-]+){0,2},?\s+(?:(?:and|or)\s+)?){0,4}$/i;
/** "您在GitHub上的活动适用GitHub的隐私声明", "由Apple或华为提供，适用其各自的隐私政策": that company's own policy applies. */
const ZH_THEIR_POLICY = { before: /适用\s*$/, after: /^\s*(?:各自)?的?\s*(?:隐私政策|隐私声明|隐私条款)/ };
/** "如果您是小红书、抖音或视频号的内容创作者": the reader's own role on a platform. */
/** "您在GitHub上的活动": what the reader does there. */
const ZH_YOUR_ACTIVITY_THERE = { before: /您在\s*$/, after: /^\s*(?:平台)?上的(?:活动|行为|账号|内容|发布)/ };
const ZH_YOUR_ROLE = { before: /(?:如果|如|若)?您是\s*(?:[^，。；、]{1,8}[、或和]\s*)*$/, after: /^(?:\s*[、或和]\s*[^，。；、]{1,8})*\s*的(?:内容创作者|用户|商家|主播|博主|会员)/ };
/** "思源黑体（由Adobe与Google联合开发）", "腾讯研究院发布的…研究成果": what the company made or published. */
const ZH_MADE_BY = { before: /由\s*(?:[^，。；、]{1,8}[与和、]\s*)?$/, after: /^(?:\s*[与和、]\s*[^，。；、]{1,8})?\s*(?:联合)?(?:开发|设计|研发|出品)/ };
const ZH_PUBLISHED_AFTER = /^[^，。；]{0,8}(?:发布|出版)的/;
/** "母公司为美团": the corporate parent. */
const ZH_PARENT_BEFORE = /(?:母公司|控股股东|实际控制人)(?:为|是)\s*$/;
/** "源代码托管在GitHub上": where the code is kept. */
const ZH_CODE_HOSTED_BEFORE = /(?:源代码|代码|源码)[^，。；]{0,6}(?:托管|发布)(?:在|于)\s*$/;
/** "请分别阅读腾讯公司、蚂蚁集团发布的隐私政策": where to read another company's own policy. */
const ZH_READ_THEIR_POLICY = { before: /(?:请|可)(?:您|你)?(?:分别)?(?:阅读|查阅|参阅|查看)[^，。；]{0,12}$/, after: /^[^，。；]{0,20}?(?:发布|制定|公布)?的?(?:隐私政策|隐私权政策|个人信息保护政策|隐私声明)/ };
/** "第三方应用（如 QQ 音乐、爱奇艺）由其各自开发者运营": apps the reader installs, run by their own makers. */
const ZH_OWN_DEVELOPERS = /由(?:其|各)(?:各)?自?(?:的)?(?:开发者|运营者|运营方|提供方)(?:独立)?(?:运营|负责|提供)/;
/** "您在携程旅行、飞猪等第三方平台购票时，适用该平台的隐私政策": another platform's own policy governs what happens there. */
const ZH_THEIR_POLICY_APPLIES = /适用(?:该|其|各|相应|对应)(?:第三方)?(?:平台|网站|公司|服务商|应用)(?:自己|自身)?的?(?:隐私政策|隐私权政策|个人信息保护政策|隐私条款)/;
/** "该等平台之数据处理不受本政策规范": what the platforms do is outside this policy — said in the mention's own part of the sentence. */
const ZH_NOT_BOUND_HERE = /(?:不受|不适用)本(?:政策|声明|隐私政策)(?:规范|约束|管辖)?/;
/** "为向您展示同款商品在京东上的价格，我们会调用公开接口，该过程不会上传您的任何账号信息": the process sends them nothing. */
const ZH_PROCESS_SENDS_NOTHING = /(?:该|此|整个|上述)过程[^，。；]{0,6}(?:不会|不|并不|均不)(?:会)?(?:上传|提供|共享|传输|发送)(?:您|你)?的?任何/;
/** "兼容 Apple 家庭、Google Home…等生态", "可参考腾讯成长守护平台": compatibility and a pointer, not a vendor. */
// A list after it too: "支持接入米家、Apple HomeKit、Google Home、天猫精灵和小度".
const ZH_COMPATIBLE_OR_SEE_BEFORE = /(?:兼容|适配|支持接入|可以参考|可参考|参考)(?:[^，。；]{0,12}|[^，。；]{0,48}[、和或及]\s*)$/;
/** "本应用未集成其SDK", "未接入其SDK": the companies just mentioned are not integrated. */
const ZH_NOT_INTEGRATED = /(?:未|没有|并未|不)(?:集成|接入|嵌入|使用)(?:其|它们的|上述(?:应用|平台)的)\s*SDK/;

/** "the critical vulnerability in Atlassian Confluence (CVE-…)": a security advisory about a product. */
const ADVISORY_BEFORE = /\b(?:vulnerabilit(?:y|ies)|exploit|security (?:flaw|issue|incident|advisory|bulletin)|outage|breach) (?:in|at|affecting|of)\s+(?:the\s+)?$/i;
/** "Kestrel Media GmbH, a company of the Hubert Burda Media group": the site's corporate group. */
const COMPANY_OF_GROUP_BEFORE = /\b(?:a|an|one) (?:company|member|subsidiary|brand|part) of the\s+$/i;

const BUREAU_QUERY = /\b(?:credit|consumer|background|claims?|insurance|motor vehicle) (?:reports?|files?|histor(?:y|ies)|scores?|checks?|records?|information)\b|\bcredit-based insurance score\b|征信报告|信用报告/i;

/** The rejection a look-alike shape stands for, or null. `before`/`after`: the sentence around the mention. */
const HAN_NEAR = /[\u4e00-\u9fff]/;
export function shapeRejection(s: Sentence, before: string, after: string, sendsTo: boolean): NamingRejection | null {
  const t = s.text;
  if (DEVICE_MAKER_BEFORE.test(before.slice(-80)) && !sendsTo) return 'platform-brand';
  const app = appSectionRejection(before, after, sendsTo) ?? softwareSectionRejection(before, after, sendsTo) ?? (HAN_NEAR.test(before.slice(-12) + after.slice(0, 12)) ? zhAppRejection(before, after) : null);
  if (app) return app;
  if (ADVISORY_BEFORE.test(before.slice(-50))) return 'citation';
  if (COMPANY_OF_GROUP_BEFORE.test(before.slice(-40)) && /^\s+(?:[A-Z][\w&-]*\s+){0,2}group\b/i.test(after)) return 'corporate-family';
  if (COMPARISON_BEFORE.test(before.slice(-50)) || COMPARISON_EXAMPLES_BEFORE.test(before.slice(-100)) || (LIKE_X_WE.test(before.slice(-40)) && /^\s*(?:(?:,|and|or)\s*[\w&.'’-]+\s*)*,?\s+we\b/i.test(after))) return 'comparison';
  if (ZH_COMPARISON.before.test(before.slice(-30)) && ZH_COMPARISON.after.test(after)) return 'comparison';
  if (ZH_COMPATIBLE_OR_SEE_BEFORE.test(before.slice(-30)) && !sendsTo) return 'comparison';
  if (ZH_READ_THEIR_POLICY.before.test(before.slice(-30)) && ZH_READ_THEIR_POLICY.after.test(after)) return 'help-or-opt-out';
  if (ZH_USER_ACTION_BEFORE.test(before.slice(-48))) return 'example-of-user-provider';
  // "We accept Visa, Mastercard, Apple Pay and Google Pay", "Payment methods (Japan): Rakuten Pay, LINE Pay": the ways the
  // reader may pay, not who gets the order — unless the sentence says the company receives or processes it.
  if (PAYMENT_OPTIONS_LEAD.test(before) && !sendsTo && !PAYMENT_HANDLED.test(t)) return 'example-of-user-provider';
  // "如欲索取個人信貸報告，閣下可直接聯絡環聯": the reader contacting the company themselves.
  if (/(?:您|你|阁下)(?:也)?(?:可|可以)(?:直接)?(?:联络|联系|致电)\s*$/.test(before.slice(-12)) && !sendsTo) return 'help-or-opt-out';
  if (ZH_OWN_DEVELOPERS.test(t) && !sendsTo) return 'not-covered';
  if (ZH_THEIR_POLICY_APPLIES.test(t) && !sendsTo) return 'not-covered';
  if (ZH_NOT_BOUND_HERE.test(before.slice(before.search(/[^；;。]*$/)) + after.split(/[；;。]/)[0]) && !sendsTo) return 'not-covered';
  if (ZH_PROCESS_SENDS_NOTHING.test(t) && !sendsTo) return 'negated';
  const clause = clauseRejection(before, after);
  if (clause) return clause;
  if (FORMER_BEFORE.test(before.slice(-60)) || (SWITCHED_FROM_BEFORE.test(before.slice(-200)) && /^\s+(?:[\w-]+\s+){0,2}?to\s/i.test(after)) || removedInClause(before) || zhRemovedInClause(before) || FORMER_AFTER.test(after) || ZH_SWITCHED_AFTER.test(after) || (/\breplac(?:ed|ing)\s+$/i.test(before) && /^\s+(?:with|by)\b/i.test(after))) return 'former';
  // A record flattened into one line ("SDK名称：…｜第三方主体：…｜状态：已于2022年9月下线") is a row too.
  if ((s.kind === 'table' || s.kind === 'list' || /[|｜]/.test(t)) && REMOVED_ROW.test(t)) return 'former';
  if (HYPOTHETICAL_BEFORE.test(before.slice(-80)) || ZH_PLANNED_BEFORE.test(before.slice(-40)) || WHEN_IT_LAUNCHES_BEFORE.test(before.slice(-100))) return 'hypothetical';
  if ((SENT_NOTHING.before.test(before.slice(-20)) && SENT_NOTHING.after.test(after)) || NONE_OF_BEFORE.test(before.slice(-80)) || (GETS_NOTHING_AFTER.test(after) && !RECEIVES_FIRST.test(after)) || ZH_GETS_NOTHING_AFTER.test(after) || ZH_PRONOUN_GETS_NOTHING_AFTER.test(after) || EN_PRONOUN_GETS_NOTHING_AFTER.test(after)) return 'negated';
  if (ZH_NOT_SHARED_WITH.before.test(before.slice(-4)) && ZH_NOT_SHARED_WITH.after.test(after)) return 'negated';
  if (ZH_EXAMPLES_OF_DENIED.test(before.slice(-80))) return 'negated';
  if (COPYRIGHT_BEFORE.test(before.slice(-16)) || ZH_UNRELATED_AFTER.test(after)) return 'trademark';
  if (IN_TITLE_BEFORE.test(before.slice(-42)) || (ZH_AWARD.before.test(before) && ZH_AWARD.after.test(after))) return 'citation';
  if (ZH_COMPARED.before.test(before) && ZH_COMPARED.after.test(after) && !sendsTo) return 'not-covered';
  if (ZH_MINI_APP_AFTER.test(after) || ZH_PHONE_HOWTO_AFTER.test(after) || ZH_INSTALLED_APP_BEFORE.test(before.slice(-8))) return 'platform-brand';
  if ((ZH_YOUR_ACCOUNT.before.test(before.slice(-4)) && ZH_YOUR_ACCOUNT.after.test(after) && !sendsTo) || (ZH_READER_SIDE_AFTER.test(after) && !sendsTo)) return 'platform-brand';
  if (ZH_SHARE_TO_BEFORE.test(before.slice(-20)) && !sendsTo) return 'outbound-link';
  if (MENU_PATH.before.test(before.slice(-4)) || MENU_PATH.after.test(after)) return 'help-or-opt-out';
  if (ADAPTED_FROM_BEFORE.test(before.slice(-70))) return 'about-the-policy';
  if (EXAMPLE_OR_TOPIC_BEFORE.test(before.slice(-60)) && !sendsTo) return 'comparison';
  if (ENFORCEMENT.before.test(before.slice(-20)) || ENFORCEMENT.after.test(after) || (QUOTED_PERSON.before.test(before.slice(-40)) && QUOTED_PERSON.said.test(after.slice(0, 40)))) return 'citation';
  if (OFFICE_APP_AFTER.test(after) && !sendsTo) return 'platform-brand';
  if (OPEN_APP_BEFORE.test(before.slice(-60)) && !sendsTo) return 'outbound-link';
  if (FEATURED_BY_BEFORE.test(before.slice(-20)) || (ZH_PUBLISHED_AFTER.test(after) && /参考|引用|援引/.test(t))) return 'citation';
  if (SPOKE_AT_BEFORE.test(before.slice(-30)) || FEATURED_AFTER.test(after) || (REPORT_TITLE_AFTER.test(after) && !sendsTo) || REPORTED_AFTER.test(after)) return 'citation';
  if (WORKED_AT_BEFORE.test(before.slice(-140)) && !sendsTo) return 'about-the-company';
  if (PAY_OPTIONS_BEFORE.test(before.slice(-100)) && !sendsTo) return 'platform-brand';
  // Not ad inventory sold through exchanges ("Our inventory is sold through Magnite and PubMatic, which receive your IP address").
  if (SOLD_ON_BEFORE.test(before.slice(-60)) && !sendsTo && !AD_INVENTORY.test(before)) return 'platform-brand';
  if ((ZH_THEIR_POLICY.before.test(before.slice(-4)) && ZH_THEIR_POLICY.after.test(after)) || (ZH_YOUR_ROLE.before.test(before.slice(-30)) && ZH_YOUR_ROLE.after.test(after))
    || (ZH_YOUR_ACTIVITY_THERE.before.test(before.slice(-4)) && ZH_YOUR_ACTIVITY_THERE.after.test(after))) return 'not-covered';
  if ((ZH_MADE_BY.before.test(before.slice(-14)) && ZH_MADE_BY.after.test(after) && !/SDK/i.test(t)) || ZH_CODE_HOSTED_BEFORE.test(before.slice(-20))) return 'about-the-company';
  if (ZH_PARENT_BEFORE.test(before.slice(-10))) return 'corporate-family';
  if (ZH_OPERATOR.before.test(before.slice(-24)) && ZH_OPERATOR.after.test(after) && !sendsTo) return 'corporate-family';
  if ((ZH_PARTNER_BADGE.before.test(before.slice(-24)) && ZH_PARTNER_BADGE.after.test(after)) || (/由\s*$/.test(before) && ZH_CERT_ISSUER_AFTER.test(after))) return 'certification';
  if (ZH_NOT_INTEGRATED.test(t.slice(before.length))) return 'negated';
  if ((ZH_NO_DEALINGS.before.test(before.slice(-4)) && ZH_NO_DEALINGS.after.test(after)) || (ZH_NOT_ACCEPTED.before.test(before.slice(-12)) && ZH_NOT_ACCEPTED.after.test(after))) return 'negated';
  if (ZH_SEARCH_ENGINE_AFTER.test(after) && !sendsTo) return 'search-engine';
  // A logo in running text; a logo line under a section title ("数据托管\n图片：腾讯云标识") is that section's badge.
  if ((ZH_LOGO_AFTER.test(after) && s.kind === 'text') || (ZH_REWARD.before.test(before.slice(-8)) && ZH_REWARD.after.test(after))) return 'platform-brand';
  if (ZH_BUY_ELSEWHERE.before.test(before.slice(-40)) && ZH_BUY_ELSEWHERE.after.test(after) && !sendsTo) return 'platform-brand';
  if (READER_TOOLS_BEFORE.test(before.slice(-100)) && !sendsTo) return 'platform-brand';
  if (OPEN_SOURCE_BEFORE.test(before.slice(-100))) return 'about-the-company';
  if (PARTNER_BADGE_AFTER.test(after) && /\b(?:as an?|is an?|are an?)\s+(?:[\w&.'’-]+\s+){0,6}$/i.test(before.slice(-60)) && !sendsTo) return 'certification';
  if ((GOVERNED_BY_BEFORE.test(before.slice(-80)) && /^['’]s?\b/.test(after)) || THEIR_POLICY_APPLIES_AFTER.test(after) || (GOVERNED_BY_OF_BEFORE.test(before.slice(-120)) && !sendsTo)) return 'not-covered';
  if (INVESTOR.test(t) && !sendsTo) return 'corporate-family';
  if (ZH_FAMILY.definition.test(t) || ZH_FAMILY.among.test(after) || (ZH_FAMILY.before.test(before.slice(-6)) && ZH_FAMILY.after.test(after) && !sendsTo)) return 'corporate-family';
  if (ZH_HELP_PAGE_AFTER.test(after) || (/[|｜]/.test(t) && ZH_CONTACT_ROW.test(t) && !/SDK|收集|共享|提供给/i.test(t))) return 'help-or-opt-out';
  if (ZH_PASSED_TEST.before.test(before.slice(-24)) && ZH_PASSED_TEST.after.test(after)) return 'certification';
  if (ZH_BOUGHT_THERE.before.test(before.slice(-24)) && ZH_BOUGHT_THERE.after.test(after) && !sendsTo) return 'not-covered';
  if (ZH_SPONSOR_AFTER.test(after) || (ZH_INVITATION.test(t) && !sendsTo)) return 'social-follow';
  if (ZH_OWN_RULES_AFTER.test(after) || OPEN_SOURCE_AFTER.test(after)) return 'about-the-company';
  if (ZH_POLICY_HOSTED.test(t)) return 'about-the-policy';
  // Not "If you apply through Indeed, the job board collects your CV and forwards it to us": a board handling applications.
  if ((JOB_POSTING.test(t) && !SHARES_DATA.test(t) && !/\b(?:collect|receiv|forward|process|stor)\w*\b|收集|获取|接收|采集/i.test(t)) || (ZH_OUTBOUND.test(t) && ZH_OUTBOUND.test(outsideOtherBrackets(t, before.length, t.length - after.length)) && !sendsTo && !ZH_THEY_COLLECT_AFTER.test(after))) return 'outbound-link';
  if (DEVICE_LINE_AFTER.test(after) || ZH_DEVICE_AFTER.test(after) || BROWSER_BY_BEFORE.test(before.slice(-30))) return 'platform-brand';
  if ((ZH_YOUR_DEVICE.before.test(before.slice(-8)) && ZH_YOUR_DEVICE.after.test(after)) || (ZH_YOUR_PHONES.before.test(before.slice(-30)) && ZH_YOUR_PHONES.after.test(after))) return 'platform-brand';
  // The reader's own account there: where data comes FROM when they register or sign in with it.
  if (YOUR_ACCOUNT_BEFORE.test(before.slice(-60)) && YOUR_ACCOUNT_AFTER.test(after) && !sendsTo) return /\b(?:register|sign(?:ed|ing)? (?:up|in)|log(?:ged|ging)? in|create an account|connect|import|fill(?:ing)? in)\b|\bfrom your\b/i.test(t) ? 'data-source' : 'platform-brand';
  if (/^\s+Authenticator\b/.test(after) || ZH_USER_CONTACTS_BEFORE.test(before.slice(-8)) || USER_CONTACTS_BEFORE.test(before.slice(-40))) return 'help-or-opt-out';
  if ((ZH_PLATFORM_AFTER.test(after) && (/下载|设置|清除|删除|购买|退款/.test(t) || ZH_STORE_LISTING.test(t)) && !/SDK/i.test(t)) || ZH_INSTALLED_BEFORE.test(before.slice(-24))) return 'platform-brand';
  if ((ZH_DOWNLOAD_APP_AFTER.test(after) || ZH_DOWNLOAD_APP_ROW.test(t)) && !/SDK/i.test(t) && !sendsTo) return 'platform-brand';
  if (ZH_SETTINGS_AFTER.test(after) || ZH_CONTACT_HANDLE_AFTER.test(after)) return 'help-or-opt-out';
  if (ZH_PLATFORM_ID_AFTER.test(after) || ZH_ACCOUNT_ITEM_AFTER.test(after)) return 'platform-brand';
  if ((ZH_SIGN_IN.after.test(after) || ZH_SIGN_IN.before.test(before.slice(-40))) && !ZH_SIGN_IN.learns.test(t) && !sendsTo && !ZH_THEY_COLLECT_AFTER.test(after)) return 'data-source';
  if (ZH_CONTENT_AFTER.test(after)) return 'data-source';
  // "HubSpot仅用于我们海外子公司的官网，与本政策及本网站无关": this company's use is outside what the policy covers.
  if (ZH_OUTSIDE_POLICY_AFTER.test(after)) return 'not-covered';
  if (ZH_SOURCE_BEFORE.test(before.slice(-30)) || (ZH_FROM_BEFORE.test(before.slice(-32)) && ZH_READ_AFTER.test(after)) || ZH_READ_BEFORE.test(before.slice(-6)) || ZH_READ_LIST_BEFORE.test(before.slice(-48))) return 'data-source';
  if (ZH_CONTENT_BY_BEFORE.test(before.slice(-12)) && /^[^，。；]{0,12}提供/.test(after) && !/个人信息|您的/.test(t)) return 'data-source';
  // Not a report a bureau is asked for ("we obtain a consumer report about you from Experian"): the query tells the
  // bureau who is being checked, and it keeps a record of it.
  if (OBTAINED_FROM_BEFORE.test(before) && !sendsTo && !BUREAU_QUERY.test(t)) return 'data-source';
  return null;
}

/**
 * "This policy does not apply to … third-party sites such as Facebook". (Not "we are not responsible
 * for the practices of Facebook …" — nor the template line "… of other organizations, such as Apple, Google,
 * Microsoft or any other app developer …, including any information you disclose to them": that usually
 * follows data going there, so it still names them; readers differ, and missing a name risks an accusation.)
 * "海外版本（支持 Google 账号登录…）…适用其单独的 Privacy Policy": the other version's own policy covers them.
 */
/**
 * "We are not responsible for the information collection, use, disclosure, or security practices of other organizations,
 * such as Apple, Google, Microsoft …" (development: fresh cvs.md, OPP-115 foxsports): the names are examples of companies
 * whose own practices the site disowns, not companies it gives data to. Only "of other …": "not responsible for the
 * practices of Google, which provides our analytics" names a recipient. Not when the sentence goes on to data passing to
 * them ("…including any information you disclose to other organizations through our apps"): OPP-115's annotators read
 * that as naming them, and it does say data reaches them through the site.
 */
export const OTHERS_PRACTICES = /\bnot (?:be )?responsible for\b[^.]{0,120}\bpractices\b[^.]{0,20}\bof (?:any )?other (?:organi[sz]ations|companies|entities|parties|businesses|web ?sites|sites|services|platforms|providers)\b/i;
export const NOT_COVERED = /\b(?:(?:does|do|will) not (?:apply|cover|extend) to|not (?:covered|governed) by)\b|\b(?:this|our) (?:privacy )?(?:policy|notice|statement) (?:does|do|will) not (?:cover|govern)\b|不适用于|不适用本(?:政策|隐私政策|指引)|不受本(?:政策|隐私政策|指引|协议)(?:的)?约束|不(?:在|属于)本(?:政策|隐私政策|指引|声明)(?:的)?(?:适用)?范围|适用(?:其|[^，。；]{1,16}?)(?:单独|独立|自己|自身|各自)的\s*(?:隐私政策|隐私条款|隐私声明|Privacy Policy)|\b(?:the platform|the store|the service|their|its)['’]?s? own (?:terms|privacy (?:polic(?:y|ies)|notices?))\b[^.]{0,40}\b(?:govern|appl)|\bunder (?:their|its) (?:own )?(?:terms|privacy polic(?:y|ies))\b|\bgoverned by (?:the |those |these |their |its |each )?(?:[\w-]+['’]s?\s+)?own (?:terms|privacy (?:polic(?:y|ies)|notices?))\b/i;
/**
 * "Our services sometimes link to services run by other companies, such as Spotify", "the Website may contain
 * links to … social media platforms, such as Facebook", "interact with us via social media platforms such as …":
 * where the reader may go next, not who receives their data here (unless the same sentence speaks of sharing data).
 */
export const OUTBOUND_LINK = /\blinks? (?:will )?take you to\b|\b(?:plain|simple|ordinary|static|regular|normal) (?:hyper)?links?\b|\b(?:our )?(?:site|website|app|pages?|articles?|reviews?|guides?|posts?|recipes?|newsletters?)\s+(?:also\s+|often\s+|may\s+)?links? to\b|\bclick (?:on )?(?:a |the )?links? to\b[^.]{0,80}\byou (?:will )?leave\b|\blinks? (?:you )?(?:out )?to (?:\w+ ){0,2}?(?:sites|websites|services|apps|platforms) (?:run|operated|owned|provided|maintained) by (?:other|(?:third|3rd)[- ]?part|external|outside)|\bcontains? (?:\w+ ){0,2}?links? to\b|\byou will (?:be )?leav(?:e|ing)\b|\binteract with us\b[^.]{0,40}\b(?:via|on|through)\b/i;

/**
 * Does the sentence speak of other sites or platforms under their own rules ("These other sites may have their own privacy
 * policies which apply to them", "links will take you to …")? It tells nothing about who collects data on this one.
 */
export function aboutOtherSites(text: string): boolean {
  return NOT_COVERED.test(text) || ((OTHERS_PRACTICES.test(text) || OUTBOUND_LINK.test(text)) && !SHARES_DATA.test(text));
}
