/**
 * What a short line without a sentence end is. `prepareText` (text.ts) takes such a line for a title unless it is one
 * of these — and a title discloses nothing, so a field line or a sentence that lost its full stop read as a title was a
 * disclosure the rules never saw (13th session: English category false accusations 72 → 61 on the measure-only rounds).
 */
import type { Sentence } from './text.ts';

/** Words written in capitals that say nothing about title case. */
const ACRONYM = /^(?:I|ID|IDs|IP|SDKs?|URL)$/;
const capitalisedShare = (words: readonly string[]) => words.filter((w) => /^[A-Z]/.test(w) && !ACRONYM.test(w)).length / words.length;
const latinWords = (text: string) => text.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));

/**
 * "统计Cookie：由第三方服务设置，帮助我们了解访客如何浏览本站": a label, then a description of more than one clause — an item
 * of a definition list (cookie categories, settings), not a section title. A title's colon is followed by one phrase
 * ("第三章：信息共享", "第五条：我们如何共享、转让、公开披露您的个人信息"); a value that opens with what the item does or who
 * runs it ("营销Cookie：用于在您访问的其他网站上展示我们的广告") is a description, not a title.
 */
const ZH_DEFINITION = /^[^：:，,]{1,16}[：:](?:[^：:]*?[\u4e00-\u9fff]{2,}[，,][^：:]*?[\u4e00-\u9fff]{4,}|\s*(?:用于|用来|用以|帮助|协助|由|记录|收集|识别)[^：:]*?[\u4e00-\u9fff]{4,})/u;

/**
 * "Shared with third parties for: advertising or marketing, analytics", "Disclosed to: analytics providers; advertising
 * networks", "[ ] Marketing: lets our partners show you relevant ads": a label and a lower-case description of at least
 * three words — a field of a record, a setting or a data label, not a title ("Section 4: How We Share Your Information"
 * is written in title case).
 */
function isEnglishDefinition(body: string): boolean {
  const m = /^[^:]{1,48}:\s+(\S.*)$/.exec(body);
  if (!m || /[\u4e00-\u9fff]/.test(body)) return false;
  // The store data labels' fields capitalise their values ("Shared for: Analytics, App functionality").
  if (DATA_LABEL_FIELD.test(body) || STORE_PURPOSE_FIELD.test(body)) return true;
  const words = latinWords(m[1]);
  return words.length >= 3 && capitalisedShare(words) < 0.5;
}

/** An app store's privacy label lists data types under each purpose ("Third-Party Advertising: Identifiers, Usage Data"). */
const STORE_PURPOSE_FIELD = /^(?:third[- ]party advertising|developer[’']s advertising or marketing|analytics|product personali[sz]ation|app functionality)\s*:/i;
const DATA_LABEL_FIELD = /^(?:data )?(?:shared|collected|used|disclosed|sold)(?: with [\w -]{1,30})? (?:for|to)\s*:|^(?:shared with|purposes?|why|recipients?|used for|collected for)\s*:/i;

/** A field, label or definition line: an item that says something. */
export const isDefinitionLine = (body: string): boolean => ZH_DEFINITION.test(body) || isEnglishDefinition(body);

/**
 * "We use cookies from advertising partners to show you our ads on other sites" without its full stop (small sites'
 * policies often drop it): eight words or more in sentence case read as a sentence, not as a title.
 */
export function isUnpunctuatedSentence(body: string): boolean {
  // "收集设备标识符及您在本站的浏览活动，以向您展示兴趣广告": a Chinese line with a clause comma inside holds a sentence;
  // titles have none.
  if (/[\u4e00-\u9fff]/.test(body)) return /[\u4e00-\u9fff]，[\u4e00-\u9fff]/.test(body) && (body.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 12;
  const words = latinWords(body);
  return words.length >= 8 && capitalisedShare(words.slice(1)) < 0.3;
}

/**
 * A field of a Chinese SDK or sharing record ("使用目的：广告投放", "共享对象：广告合作方", "统计SDK 使用目的：统计分析
 * 收集的个人信息：设备标识符"): the label ends in the words such tables use for their columns. A line holding one is a
 * row of that record, not a section title ("第三章：信息共享" keeps its heading: 章 is not a field word). Also written with a
 * bar as a two-cell row ("第三方｜数据分析服务提供方", "目的｜了解功能使用情况"). Only ever tested, never read as a match: the
 * label's words before the field word ("使用" in "使用目的：") need not be matched, and trying them at every character
 * cost ~8 ms on a 100 KB policy.
 */
export const RECORD_FIELD = /(?:目的|用途|对象|目标|方式|信息|名称|类型|场景|主体|范围|链接|期限|功能|类别|字段|网址|官网|(?:提供|设置|接收|合作|委托|受托)方)[：:]\s*\S|^(?:[\u4e00-\u9fff]{0,6}(?:目的|用途|对象|方式|信息|名称|类型|场景|主体|范围)|第三方|接收方|提供方|合作方)\s*[｜|]\s*[^｜|]+$|^(?:shared with|purposes?|why|recipients?|disclosed to|used for|collected for|set by|provider|legal basis|data shared)\s*:\s*\S/iu;

// Switched on, or a switch whose state is not shown; one shown off ("Marketing cookies [ Off ]") is a choice not made.
const SWITCH_STATE_END = /[[【(（]\s*(?:已?开启|已?启用|开|开关|允许|on|toggle|switch)\s*[\]】)）]\s*$/iu;
// "☐ Share usage data with our analytics provider": a setting with its box, ticked or not.
export const isSwitchLine = (body: string): boolean => SWITCH_STATE_END.test(body) || /^[☐☑☒□■✓✔✅]/u.test(body);

/**
 * "百度智能云：身份证OCR识别" between "阿里云计算有限公司：云服务器与数据库托管" and "网易易盾：图片与文本内容安全审核": three or more
 * Chinese lines of "name: what it does" one after another are the rows of a list, not a run of titles.
 */
const LABEL_VALUE = /^(?![第（(]|[一二三四五六七八九十]+、)[^：:|｜]{0,23}[\u4e00-\u9fff][^：:|｜]{0,23}[：:](?!\/\/)\s*[^：:\s][^：:]{1,80}$/u;
/**
 * "AppLovin MAX - ad mediation" between "Unity Ads - rewarded video ads" and "ironSource - ad mediation" ("Stripe, Inc. –
 * billing"): a name, a dash and what it does, starting in lower case. Three in a row are the rows of a list (an SDK or vendor list), not titles.
 */
const NAME_DASH_ROLE = /^(?=[^-–—]*[A-Z])[A-Za-z0-9][\w.,&'’+() -]{0,40}?\s[-–—]\s+[a-z][\w ,/&'’().-]{2,70}$/;
/** "Push notifications: Airship" over "Deep links: Branch" over "Product analytics: Mixpanel": what it does, then the name. */
const ROLE_COLON_NAME = /^[A-Z][a-z]+(?: [a-z]+){0,3}:\s+[A-Z][\w.&'’+-]*(?: [A-Z][\w.&'’+-]*){0,3}$/;
/** A row of a vendor list written as "Name – what it does" or "What it does: Name". */
export const isNameRoleRow = (line: string): boolean => NAME_DASH_ROLE.test(line.trim()) || ROLE_COLON_NAME.test(line.trim());

export function labelRun(lines: readonly string[], li: number): boolean {
  // Not the fields of a record ("用途：…", "收集信息：…"): a record's name line above them keeps its part (sdk-table.ts).
  const at = (i: number) => {
    const line = i >= 0 && i < lines.length ? lines[i].trim().replace(/^[-*•·]\s+/, '') : '';
    return (LABEL_VALUE.test(line) && !RECORD_FIELD.test(line)) || isNameRoleRow(line);
  };
  // Three in a row: two adjacent titles with a colon ("第三章：…") are not a list.
  return at(li) && ((at(li - 1) && at(li + 1)) || (at(li - 1) && at(li - 2)) || (at(li + 1) && at(li + 2)));
}

/**
 * The other fields of the record a field line belongs to, above and below ("一、蒐集目的：行銷…" over "二、利用對象：…委外廠商"):
 * a record says who receives the data in one field and why in another, in either order.
 */
export function recordFields(s: Sentence, sentences: readonly Sentence[], index: number): string[] {
  if (!RECORD_FIELD.test(s.text)) return [];
  const out: string[] = [];
  for (const step of [-1, 1]) {
    for (let j = index + step; j >= 0 && j < sentences.length && Math.abs(index - j) <= 6; j += step) {
      const x = sentences[j];
      if (x.kind !== s.kind || x.heading !== s.heading || !RECORD_FIELD.test(x.text)) break;
      out.push(x.text);
    }
  }
  return out;
}

/**
 * "Strictly necessary: Cloudflare (bot protection), Stripe (checkout).": a consent tool's category label before the
 * names it switches — the site's cookie providers, as "Marketing (only with your consent): Pinterest Tag" is.
 */
export const CONSENT_CATEGORY_LABEL = /^(?:strictly necessary|essential|necessary|functional(?:ity)?|performance|preferences?|statistics|statistical)(?: cookies| technologies| trackers)?\s*(?:\([^()]{0,40}\)\s*)?:\s*\S/i;

/**
 * The title of a record's field, or of a table's column, that says who receives (23rd and 34th sessions): "Recipient",
 * "Categories of recipients", "Shared with", "Jointly used with", "Trustee", "Processor", "Provider", "接收方类型", "提供对象",
 * "受托方", "共同利用者", "监测代码提供方", "送信目的地", "利用对象" — the layouts Japanese, Korean, Chinese and GDPR Art. 13
 * notices use for each provision, and an SDK record's supplier (the supplier is who the kit sends to). One list for both
 * readers: the naming reader takes a name in such a field as a recipient, the category reader (record-recipient.ts) takes
 * the field's title as the verb of the record.
 */
const RECIPIENT_TITLE_WORDS = String.raw`(?:categories of |types? of )?recipients?(?: categor(?:y|ies)| types?| name)?|name of (?:the )?recipient|(?:data |information )?(?:shared|disclosed|provided|transferred|sent|entrusted) (?:with|to)|who (?:receives|gets) (?:it|the data|this|them)|third[- ]party(?: recipients?)?|jointly used with|joint users?|trustee|consignee|(?:sub-?)?processor|(?:provider|supplier|vendor|operator)(?: name| type)?|(?:provided|supplied|operated|run|sent) by|(?:(?:数据|信息)?(?:接收方|接收者|接收人)(?:类型|类别)?|(?:共享|提供|披露|委托)对象(?:类型)?|提供方类型|第三方类型|第三方|合作方|受托方|受托人|受託者|共同利用者|共同使用者|共同利用人|[\u4e00-\u9fff]{0,6}(?:SDK)?(?:提供方|提供者|提供商|供应商)(?:类型)?|送信(?:目的地|先|对象)|(?:发送|传输|传送)(?:目的地|对象)|利用对象)(?:\s*名称)?`;
/** A whole field title or header cell that says who receives (anchored; the caller trims it). */
export const RECIPIENT_TITLE = new RegExp(`^(?:${RECIPIENT_TITLE_WORDS})$`, 'i');
/** A field line that says who receives ("Recipient: Kakao Corp.", "四、利用对象：…"), not one whose value is "none" / "无". */
export const RECIPIENT_FIELD = new RegExp(String.raw`^[\s\-–•*·\d.()（）]*(?:[一二三四五六七八九十]{1,3}[、.．])?\s*(?:${RECIPIENT_TITLE_WORDS})\s*[:：]\s*(?!none\b|n\/a\b|not applicable\b|-|—|无|無|不适用|不適用)\S`, 'i');

/**
 * A change log's line that says what was taken out ("Removed: the retargeting pixel", "移除：…"), also after the version
 * the log is kept by ("V4.0：移除第三方统计SDK", "v2.3: Removed the heatmap tool") or its date ("2023-11-01 删除：AppsFlyer",
 * "14 Feb 2025 - Removed: Heap"): gone, not a recipient.
 */
export const RETIRED_LINE = /^[\s\-–•*·]*(?:(?:\d{4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})\s*[:：\-–—]?\s*)?[【\[]\s*(?:已?(?:移除|删除|刪除|下线|下線|停用)|removed|discontinued)\s*[】\]]|^[\s\-–•*·]*(?:(?:\d{4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})\s*[:：\-–—]?\s*)?(?:(?:v|version\s*)?\d+(?:\.\d+)+\s*[:：]\s*(?:removed|deleted|dropped|retired)\b|(?:removed|deleted|discontinued|dropped|retired|no longer used|stopped using)\s*[:：])|^[\s\-–•*·]*(?:(?:\d{4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})\s*[:：\-–—]?\s*)?(?:(?:v|V)?\d+(?:\.\d+)+\s*[：:]\s*(?:已?(?:删除|刪除|移除|下线|下線|停用)|停止使用)|(?:已?(?:删除|刪除|移除|下线|下線|停用)|停止使用|不再使用)\s*[:：])/i;

/** A change log's line that says what was put in ("Added: Microsoft Clarity (session replay)", "新增：…"). */
export const ADDED_LINE = /^[\s\-–•*·]*(?:added|new|introduced|now using)\s*[:：]\s*\S|^[\s\-–•*·]*(?:新增|新接入|增加)\s*[：:]\s*\S/i;

// A field of the same record saying the provision has ended ("Purpose of use: — (contract ended in 2023)",
// "接收方的使用目的：不适用——自2024年1月1日起我们已不再向其提供任何信息", "委托业务：——（2023年已终止委托）").
const PROVISION_ENDED = /\b(?:no longer (?:receives?|provided|shared|sent|used|in use|active)|not applicable|ended (?:in|on)|(?:contract|partnership|relationship|entrustment|agreement|cooperation) (?:has )?(?:ended|terminated|expired)|terminated (?:on|in)|discontinued (?:on|in))\b|不再(?:向其|向该|向該)?(?:提供|共享|使用|合作|委托|委託)|(?:已|已经|已經)?(?:终止|終止)(?:合作|委托|委託|提供)|已停止(?:提供|合作|使用|委托)/i;

/**
 * "Recipient: Yahoo Japan\nPurpose of use by the recipient: — (partnership ended in 2023)": a recipient field whose
 * record says the provision has ended — on its own line or on the record's next field lines, up to the next recipient.
 */
export function recordProvisionEnded(sentences: readonly Sentence[], index: number): boolean {
  const s = sentences[index];
  if (!s || !RECIPIENT_FIELD.test(s.text)) return false;
  if (PROVISION_ENDED.test(s.text)) return true;
  for (let j = index + 1; j < sentences.length && j <= index + 4; j++) {
    const x = sentences[j];
    if (RECIPIENT_FIELD.test(x.text) || !/^[^：:]{1,40}[：:]/.test(x.text)) break;
    if (PROVISION_ENDED.test(x.text)) return true;
  }
  return false;
}

/** The answer line of a question ("Q: Do you use analytics?" over "Yes — …", "是的，…"): yes. */
export const ANSWER_YES = /^\s*(?:A\s*[:：.]\s*|答\s*[:：]\s*)?(?:yes\b|是的|是[，,。]|有[，,。]|会[，,。])/i;

/**
 * "SDK name: Umeng+ U-App statistics SDK" over "Company: Umeng Tongxin (Beijing) Technology Co., Ltd.": the company field of
 * an SDK card names the kit's supplier, which the card says receives what it lists.
 */
const CARD_COMPANY_FIELD = /^\s*(?:company|developer|provider|supplier|vendor|operator|publisher|legal entity|(?:sdk )?(?:provider|company) name|公司名称|开发者|提供方|第三方名称|第三方主体|运营方)\s*[:：]\s*\S/i;
const CARD_NAME_FIELD = /^\s*(?:sdk(?: name)?|name of (?:the )?sdk|sdk名称|第三方SDK名称)\s*[:：]/i;
export function sdkCardCompany(sentences: readonly Sentence[], index: number): boolean {
  if (index < 0 || !CARD_COMPANY_FIELD.test(sentences[index].text)) return false;
  for (let j = index - 1; j >= 0 && index - j <= 3; j--) if (CARD_NAME_FIELD.test(sentences[j].text)) return true;
  return false;
}
