/**
 * What the line that opens a list, or the title over a table, says about every row under it (19th session: whole
 * sections). A row ("- Hotjar", "– Braze (push, until January 2024)", "(1) Meta / Facebook") carries no verb of its
 * own; "Third-party services we do not use:", "Former providers:", "本儿童版未接入以下SDK：" or a table titled "Previous
 * processors" decide what it says. Used by the naming decision (naming.ts); the learned category reader
 * (category-model.ts) reads list rows with their lead-ins too.
 */
import { CONTEXT_CUES } from './lexicon/aliases.ts';
import { aliasesOf } from './lexicon/matcher.ts';
import { negatedBefore, negatedInZhClause } from './negation.ts';
import { headerRowOf } from './table-columns.ts';
import type { Sentence } from './text.ts';

/**
 * "广告类SDK：\n穿山甲（北京巨量引擎网络技术有限公司）\n优量汇（…）": plain lines without a closing stop under a line that ends in a
 * colon are the rows of that list, bullets or not. Returns the lead-in, or '' when the line is not such a row.
 */
// "Taboola, Inc.", "Criteo S.A.": the full stop of a legal name's abbreviation does not end a sentence.
const LEGAL_ABBREVIATION_END = /\b(?:Inc|Ltd|Co|Corp|S\.A|S\.p\.A|N\.V|B\.V|L\.L\.C|S\.r\.l|S\.L|Pty|Pvt)\.$/;
export function rowsLeadIn(sentences: readonly Sentence[], index: number): string {
  const isRow = (t: Sentence) => t.kind === 'text' && t.text.length <= 80 && !/[。.!?！？；;:：]$/.test(t.text.replace(LEGAL_ABBREVIATION_END, ''));
  if (!isRow(sentences[index])) return '';
  for (let j = index - 1; j >= 0 && index - j <= 30; j--) {
    const t = sentences[j];
    if (t.block === sentences[j + 1].block || sentences[j + 1].start - t.end > 1) return '';
    if (t.kind === 'text' && /[:：]$/.test(t.text)) return t.text;
    if (!isRow(t)) return '';
  }
  return '';
}

/** The line right above the list a row belongs to: a title the splitter left as text ("第三方SDK目录（节选）"). */
export function lineAboveList(sentences: readonly Sentence[], index: number): string {
  let j = index - 1;
  while (j >= 0 && sentences[j].kind === 'list' && index - j <= 60) j--;
  return j >= 0 && sentences[j].kind !== 'list' ? sentences[j].text : '';
}

/** A bare label that opens a list ("Purposes:", "用途：", "Zwecke:"): it says what the rows are, not who gets them. */
const BARE_LABEL = /^\s*(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*[:：]\s*$|^\s*[\u4e00-\u9fff]{1,6}\s*[:：]\s*$/u;
/** "For the purposes described below, … is collected by the external companies …": a sentence that leaves its purposes to a list after it. */
const POINTS_TO_PURPOSES_BELOW = /\bpurposes? (?:described|listed|set out|given|shown|explained|stated) below\b|\b(?:the )?following purposes?\b|\bpurposes? (?:are |is )?as follows\b|(?:以下|下列|如下)(?:的)?(?:目的|用途)|(?:目的|用途)如下/i;
/**
 * The sentence over a list's bare label that points down to it: "For the purposes described below, information about
 * your visit is collected by the external companies listed in Annex 2.\nPurposes:\n– compiling statistics on visits".
 * The rows are that sentence's purposes, so they read with its recipient. Empty when there is none.
 */
export function purposePointerAbove(sentences: readonly Sentence[], index: number): string {
  let j = index - 1;
  while (j >= 0 && sentences[j].kind === 'list' && index - j <= 30) j--;
  if (j < 1 || sentences[j].kind === 'list' || !BARE_LABEL.test(sentences[j].text)) return '';
  const above = sentences[j - 1];
  return above.kind === 'text' && POINTS_TO_PURPOSES_BELOW.test(above.text) ? above.text : '';
}

/** "What changes if you say no?" a line or two above an answer that is not set out as a heading: the question it answers. */
export function questionsAbove(sentences: readonly Sentence[], index: number): string[] {
  const out: string[] = [];
  for (let j = index - 1; j >= 0 && index - j <= 3 && sentences[j].kind !== 'heading'; j--) if (/[?？]\s*$/.test(sentences[j].text)) out.push(sentences[j].text);
  return out;
}

/**
 * The sentence that opened the list a row belongs to ("我们接入的第三方SDK目录如下：", "We use the following
 * third-party services:"): the nearest line above, past the list's other rows, when it ends with a colon.
 */
const LIST_LEAD_INS = new WeakMap<readonly Sentence[], Map<number, string>>();
export function listLeadIn(sentences: readonly Sentence[], index: number): string {
  // Asked for every row by the naming and category readers: walking back from each row of a long list is quadratic.
  let known = LIST_LEAD_INS.get(sentences);
  if (!known) LIST_LEAD_INS.set(sentences, (known = new Map()));
  let lead = known.get(index);
  if (lead === undefined) known.set(index, (lead = findListLeadIn(sentences, index)));
  return lead;
}
function findListLeadIn(sentences: readonly Sentence[], index: number): string {
  // A note between the rows ("我们的产品集成友盟+SDK，…") with no blank line around it is still inside the list.
  let notes = 0;
  for (let j = index - 1; j >= 0 && index - j <= 60; j--) {
    const t = sentences[j];
    // "(b) Marketing partners:\n(i) Meta\n(ii) Criteo": a list item ending in a colon opens a nested list.
    if (t.kind === 'list' && /[:：]\s*$/.test(t.text)) return t.text;
    if (t.kind === 'list' || t.kind === 'table') continue;
    if (/[:：]\s*$/.test(t.text)) return t.text;
    const joined = sentences[j + 1] && sentences[j + 1].start - t.end <= 1;
    if (t.kind !== 'text' || !joined || ++notes > 2) return '';
  }
  return '';
}

/**
 * The lead-ins of a row, nearest first: "(b) Marketing partners:" and then, above it, "We share personal information
 * with the recipients below:" — a nested list's rows are read under both.
 */
export function listLeadIns(sentences: readonly Sentence[], index: number): string[] {
  const out: string[] = [];
  let at = index;
  for (let depth = 0; depth < 3; depth++) {
    const lead = listLeadIn(sentences, at);
    if (!lead) break;
    out.push(lead);
    let j = at - 1;
    while (j >= 0 && sentences[j].text !== lead) j--;
    if (j < 0 || sentences[j].kind !== 'list') break;
    at = j;
  }
  return out;
}

/** "…, including:", "，包括但不限于：": the list's own opener; the lead-in's claim is in the clause before it. */
const LIST_OPENER = /[,，;；]?\s*(?:including(?: but not limited to)?|such as|for example|e\.g\.|namely|as follows|包括但不限于|包括|例如|比如|如下|诸如)\s*$/i;

/**
 * A lead-in or title about services the site no longer uses: "Former providers:", "Previous processors (kept for
 * transparency)", "Tools we stopped using:", "据此移除了以下SDK：", "已停止合作的服务商：", "原服务商".
 */
const FORMER_LEAD = /\b(?:former|previous|past|legacy|retired|discontinued|decommissioned|removed|deprecated)\b(?:\s+[\w-]+){0,3}\s+(?:providers?|vendors?|partners?|processors?|sub-?processors?|services?|tools?|SDKs?|suppliers?|integrations?|plugins?|cookies?)\b|\b(?:no longer|stopped|ceased to|ceased) (?:use|using|work(?:ing)? with|integrat\w*)\b|\bwe (?:used|have used|worked with) (?:until|in the past|previously)\b|(?:已|已经|曾|此前|先前|之前)(?:经)?(?:移除|下线|下線|停用|删除|刪除|停止(?:使用|合作)|终止合作|終止合作|使用过|接入过|合作过)|已于[^，。；：:]{0,12}(?:移除|下线|下線|停用|删除|停止(?:使用|合作))|移除了|停止合作|不再(?:使用|接入|集成|合作)|^\s*(?:原|历史|歷史)(?:服务商|服務商|合作方|供应商|供應商|SDK)/i;

/** "Payment methods accepted:", "We accept:", "支持以下支付方式：": the rows are payment types the user may hold. */
const PAYMENT_TYPES_LEAD = /\b(?:payment (?:methods|options|types)|ways to pay|we accept|accepted (?:cards|payment))\b|(?:支付|付款)(?:方式|渠道)|支持以下[^：:]{0,8}(?:支付|付款)/i;
/** "Sign-in options:", "You can sign in with:", "您可以使用以下任一账号登录本服务：": the rows are ways to open an account. */
const SIGN_IN_LEAD = /\b(?:sign[- ]?in|log[- ]?in|login) (?:options|methods|with)\b|\bsign (?:in|up) (?:using|via)\b|(?:使用|通过)以下[^：:]{0,12}(?:账号|帳號|帐号)[^：:]{0,6}(?:登录|登入|註冊|注册)|(?:第三方)?(?:账号|帳號|帐号)登录(?:方式)?\s*[:：]\s*$/i;
/** "…引导至我们在以下平台开设的官方旗舰店：", "Buy our products at:": the rows are the site's own shops on other platforms. */
const STOREFRONTS_LEAD = /旗舰店|官方店|官方商城|\b(?:buy|shop for) (?:our|the) (?:products|books|games) (?:at|on|from)\b|\bour (?:official )?(?:stores?|shops?) on\b/i;

/** "您可以访问以下平台的帮助页面，了解如何设置广告偏好：", "You can opt out with each provider here:": rows are help and opt-out pages. */
const HELP_LEAD = /帮助(?:页面|中心|頁面)|了解如何|(?:设置|管理|設定)[^：:]{0,6}偏好|\bopt(?:[- ]?out|ing out)\b|\blearn (?:more|how)\b|\bhelp (?:pages?|cent(?:er|re)s?)\b|\b(?:ad|privacy) settings\b/i;

/** Not "Opt out of our advertising partners:", "We work with the partners below; opt out with each at:" — those name them. */
const OUR_PARTNERS = /\b(?:our|we work with|we use|them|these (?:partners|companies|providers))\b|合作|我们(?:使用|接入|集成)|上述|这些/i;

/** The lines that open the list a row belongs to, nearest first (a nested list's own and the one above it); none for
 * a line that is not such a row. */
export function leadInIndices(sentences: readonly Sentence[], index: number): number[] {
  const s = sentences[index];
  const title = bareRowTitle(sentences, index);
  if (title >= 0) return [title];
  if (s.kind === 'heading') return [];
  // A row that is a sentence of its own ("微信登录SDK：用于…，会收集您的设备信息。") says what it says; a lead-in reads for
  // rows that are names or cells.
  if (s.kind !== 'table' && /[.!?。！？；;]\s*$/.test(s.text)) return [];
  const leads = s.kind === 'list' || s.kind === 'table' ? listLeadIns(sentences, index) : [rowsLeadIn(sentences, index)].filter(Boolean);
  const out: number[] = [];
  let j = index - 1;
  for (const lead of leads) {
    while (j >= 0 && index - j <= 90 && sentences[j].text !== lead) j--;
    if (j < 0 || index - j > 90) break;
    out.push(j);
  }
  return out;
}

/**
 * A bare list's title that names a job done for the site ("Monitoring", "Customer care chat", "Where your information is
 * stored", "内容安全审核", "物流配送"): the names under it do that job, so they get the data it needs.
 */
export const SERVICE_TITLE = /\b(?:support|help ?desk|chat|monitoring|hosting|hosted|stored|storage|infrastructure|delivery|shipping|couriers?|payments? processing|processed by|fraud|screening|checks|verification|notifications|push|e-?mail|newsletters?|sms|messaging|telemetry|crash|error|videos? on|maps? on|embedded|search|reviews?|comments|translations?|captcha|security|carried out by|handled by|powered by our)\b|服务提供|提供商|服务$|服務$|审核|審核|认证|認證|核验|核驗|存储|儲存|托管|託管|配送|物流|快递|監控|监控|监测|監測|统计|統計|分析|推送|短信|客服|支付处理|金流|风控|風控|安全|云服务|雲服務|地图服务|音视频|直播|点播|征信|理赔|理賠|问诊|合作机构|合作機構|处理方|處理方|处理者|處理者/i;
/** Words that make a heading, lead-in or column a list of outside parties (naming.ts inThirdPartySection). */
export const FRAGMENT_CONTEXT = /cookie|third|partner|analytic|advertis|provider|service|sdk|vendor|tool|recipient|processor|plug-?in|widget|hosting|\bCDN\b|content delivery|infrastructure|第三方|合作|共享|SDK|受托|委托|处理者|(?:提供|设置|接收)方|接入|推送|服务商|供应商/i;

const OPEN_LEAD = /[^.!?。！？;；,，]\s*$/;
/** "Stripe (card payments)": a short line that ends with its bracket, read as text but laid out as a row. */
const BRACKETED_LINE = /^[^.。!?！？;；]{1,80}[)）]$/u;
const bareLine = (t: Sentence): boolean => ((t.kind === 'heading' || t.kind === 'table') && t.text.length <= 80) || (t.kind === 'text' && BRACKETED_LINE.test(t.text));
const titleSays = (t: string): boolean => FRAGMENT_CONTEXT.test(t) || SERVICE_TITLE.test(t) || CONTEXT_CUES.test(t) || chromeTitleReading(t) !== null;
const BARE_TITLES = new WeakMap<readonly Sentence[], Map<number, number>>();
/**
 * "Analytics tools (as of 1 May 2024)\nGoogle Analytics 4\nHotjar", "Identity checks are carried out by\nEquifax Canada":
 * short lines run together under a title with no bullet, colon or blank line between — a list as a page prints it once
 * its markup is gone. The nearest line above that names no company titles the names under it as a lead-in would; its
 * index, or -1 when the line is no such row. Read only by the naming decision: the category reader keeps reading these
 * lines as the titles they look like.
 */
export function bareRowTitle(sentences: readonly Sentence[], index: number): number {
  const s = sentences[index];
  // Cheap refusals first; the answer is asked several times per row (facts, lead-ins, their rejections): remembered.
  if (!bareLine(s) || index === 0 || s.start - sentences[index - 1].end !== 1) return -1;
  let known = BARE_TITLES.get(sentences);
  if (!known) BARE_TITLES.set(sentences, (known = new Map()));
  let title = known.get(index);
  if (title === undefined) known.set(index, (title = findBareRowTitle(sentences, index)));
  return title;
}
function findBareRowTitle(sentences: readonly Sentence[], index: number): number {
  const s = sentences[index];
  // A strip of names in one line ("Apple | Google | Facebook") is a bare row; a table's rows are read under its header.
  if (s.kind === 'table' && [sentences[index - 1], sentences[index + 1]].some((x) => x?.kind === 'table')) return -1;
  // A line that names no company is a title (of the names under it), not a row of the title above.
  if (!aliasesOf(s).some((m) => m.entry)) return -1;
  // Up past the rows that name companies to the nearest line that names none: a run printed without blank lines holds
  // several titled lists ("本站使用的统计服务\n百度统计\n媒体报道\n新浪科技"), each title over its own names.
  for (let j = index - 1; j >= 0 && index - j <= 12; j--) {
    const t = sentences[j];
    if (sentences[j + 1].start - t.end !== 1) return -1;
    if (bareLine(t) && aliasesOf(t).some((m) => m.entry)) continue;
    // A line that names no company the lexicon knows and says nothing of its own ("微医", "同盾科技") is most likely a row
    // naming a company it does not know: the title is further up.
    if (bareLine(t) && !titleSays(t.text) && j > 0 && sentences[j].start - sentences[j - 1].end === 1 && bareLine(sentences[j - 1])) continue;
    if (bareLine(t)) return j;
    // The title may be a line of text that leads into the names without its colon ("… are carried out by").
    return t.kind === 'text' && t.text.length <= 160 && OPEN_LEAD.test(t.text) ? j : -1;
  }
  return -1;
}

/**
 * A table's title: the section heading, or the short line right above its first row when the page did not mark it as a
 * heading ("Previous processors (kept for transparency)").
 */
function titleOf(sentences: readonly Sentence[], index: number): string {
  const s = sentences[index];
  if (s.kind === 'table') {
    const above = sentences[headerRowOf(sentences, index) - 1];
    if (above && above.kind !== 'table' && above.text.length <= 80 && !/[.。!！?？;；]\s*$/.test(above.text)) return above.text;
  }
  return s.heading >= 0 ? sentences[s.heading]?.text ?? '' : '';
}

/** Does the lead-in deny what follows ("Third-party services we do not use:", "本网站目前未集成以下任何统计或广告服务：")? */
function deniesWhatFollows(lead: string): boolean {
  const body = lead.replace(/[:：]\s*$/, '').replace(LIST_OPENER, '');
  return negatedBefore(body, body.length) || negatedInZhClause(body, body.length, body.length);
}

export type LeadInReading = 'negated' | 'former' | 'example-of-user-provider' | 'sign-in-button' | 'outbound-link' | 'help-or-opt-out'
  | 'citation' | 'platform-brand' | 'data-source' | 'about-the-company';

/**
 * The titles of page chrome printed as bare lists of names ("As featured in", "Trusted by teams at", "Compatible devices",
 * "Sources we read", "Integrations you can connect yourself", "在以下App中打开"): what the names are, when it is not a
 * recipient. Only for a bare run's title (bareRowTitle) — a colon lead-in says more of its own.
 */
const CHROME_TITLES: Array<[RegExp, LeadInReading]> = [
  [/\b(?:as (?:featured|seen|heard) (?:in|on)|featured (?:in|on)|in the (?:news|press)|press|awards?|recognition|rated|reviewed (?:in|by))\b|媒体报道|媒體報導|荣誉|榮譽|奖项|獎項|荣获|榮獲|获奖/i, 'citation'],
  [/\b(?:compatible|supported|works with|available on|download(?:s)? (?:on|from)|get it on|play on|devices|browsers|system requirements|platforms we support)\b|(?:支持|適配|适配|兼容)的?(?:机型|機型|设备|設備|浏览器|瀏覽器|手机|手機|平台|语音助手|投屏)|已适配|系统要求|系統需求|立即下载|立即下載|下载(?:地址|渠道)|兼容手机/i, 'platform-brand'],
  [/\b(?:sources?|data (?:we|comes? from)|we read|where (?:our|the) (?:data|prices|content|jobs|listings) comes? from)\b|来源|來源|数据提供方/i, 'data-source'],
  [/\b(?:trusted by|our (?:customers|clients)|customers include|clients include|used by|investors?|backed by|partners? brands?)\b|客户案例|合作品牌|战略投资|投资方|投資方|所属集团|運營主體|运营主体/i, 'about-the-company'],
  [/\bpay (?:with|using|via)\b|\bexpress checkout\b|(?:选择|支持的?)(?:支付|付款)方式/i, 'example-of-user-provider'],
  [/\b(?:connect (?:it )?yourself|you can connect|integrations? you|open (?:in|with)|share to|post to|find us on|follow us)\b|自行连接|自行連接|可自行|可授权接入|可绑定|可綁定|(?:在|用)以下[^，。：:]{0,6}(?:App|应用|應用)中?(?:打开|開啟|发布|分享)|以下App中|可同步/i, 'outbound-link'],
];
export function chromeTitleReading(title: string): LeadInReading | null {
  for (const [re, why] of CHROME_TITLES) if (re.test(title)) return why;
  return null;
}

/**
 * What every row under this lead-in or title is, when it says the rows get nothing, are no longer used, are payment
 * types, sign-in options, the site's own shops elsewhere or help pages; null otherwise (and for any line that is not such a row).
 */
export function leadInRejection(sentences: readonly Sentence[], index: number): LeadInReading | null {
  const s = sentences[index];
  const leads = leadInIndices(sentences, index).map((j) => sentences[j].text);
  const bare = bareRowTitle(sentences, index) >= 0;
  for (const lead of leads) {
    if (bare) {
      const chrome = chromeTitleReading(lead);
      if (chrome) return chrome;
    }
    if (FORMER_LEAD.test(lead)) return 'former';
    if (deniesWhatFollows(lead)) return 'negated';
    if (PAYMENT_TYPES_LEAD.test(lead)) return 'example-of-user-provider';
    if (SIGN_IN_LEAD.test(lead)) return 'sign-in-button';
    if (STOREFRONTS_LEAD.test(lead)) return 'outbound-link';
    if (HELP_LEAD.test(lead) && !OUR_PARTNERS.test(lead)) return 'help-or-opt-out';
  }
  if (s.kind !== 'list' && s.kind !== 'table' && !leads.length) return null;
  const title = titleOf(sentences, index);
  if (title && title.length <= 80 && FORMER_LEAD.test(title)) return 'former';
  if (title && title.length <= 80 && deniesWhatFollows(title)) return 'negated';
  return null;
}

/**
 * "我们不会将您的个人信息共享给以下类型的第三方：广告联盟（如穿山甲、优量汇）", "We do not share your data with the following:
 * …": a list opened by a denial is a list of companies that get nothing.
 */
const NOT_IN_USE_LABEL = /(?:^|[.;。；\n]\s*)(?:not (?:used|in use|active|loaded|present)|never used|unused|no longer (?:used|in use)|未使用|未接入|未集成|不使用|未启用|已停用|已移除)(?: (?:on|in|by) (?:this|our) (?:site|website|app|service)s?)?\s*$/i;
export function underNegatedLeadIn(before: string): boolean {
  // "我们不会在儿童模式下接入任何广告SDK，包括但不限于穿山甲、优量汇": the examples of a denied kind are denied with it.
  const opener = /[，,]\s*(?:包括但不限于|包括|例如|比如|诸如|including(?: but not limited to)?|such as)\s*[^，。；;:：]*$/i.exec(before);
  if (opener && (negatedBefore(before, opener.index) || negatedInZhClause(before, opener.index, opener.index))) return true;
  const colon = Math.max(before.lastIndexOf(':'), before.lastIndexOf('：'));
  if (colon < 0) return false;
  const lead = before.slice(0, colon);
  // "Not used on this site: LinkedIn Insight Tag, X Pixel.", "未接入：…": a status label over the names after it.
  if (NOT_IN_USE_LABEL.test(lead)) return true;
  if (!/以下|如下|下列|\b(?:the following|these|those)\b/i.test(lead.slice(-40))) return false;
  return negatedBefore(lead, lead.length) || negatedInZhClause(lead, lead.length, lead.length);
}

/** "…, except:", "unless:", "但以下情形除外：": the rows are the exceptions, which the site does do. */
const EXCEPTION_LEAD = /\b(?:except|unless|other than|apart from|save for|however|but|only|without|consent|permission)\b|除外|以外|之外|超出|除非|例外|但(?:是)?|仅|僅|只|未经|未經|同意|许可|許可|授权|授權/i;
/**
 * The site itself saying it does not, with the verb left for the rows ("We never:", "Examples of what we do NOT do:", "在任何
 * 情况下我们绝不：", "本院不會："). Not a lead-in with an object of its own ("we will not pass your data to third parties in
 * these cases:"): its rows may be situations or conditions, not what is denied.
 */
const SITE_DENIES_LEAD = /\bwe\s+(?:will\s+|shall\s+|do\s+)?(?:never|not|don't|won't)(?:\s+(?:do|ever))?(?:\s+(?:the following|any of the following))?\s*[:：]?\s*$|\b(?:what|things) we (?:do not|don't|never|will not|won't) do\b|(?:我们|我們|本(?:公司|网站|網站|平台|院|站|应用|應用|App))(?:在任何情况下|始终|始終)?(?:绝不|絕不|不会|不會|从不|從不|决不|決不)(?:会|會)?(?:做|进行|進行)?(?:以下|下列)?(?:事情|行为|行為|操作|事项|事項)?\s*[:：]?\s*$|(?:不会|不會|绝不|絕不|从不|從不)做的事/i;
/**
 * The lead-in denies (or retires) and leaves the recipients for the rows: "We do NOT share data with:", "We will not
 * share your personal information with the following partners:", "The following third parties will NOT obtain your
 * information:", "Services we have stopped using:", "以下第三方不会获得您的信息：", "已停止使用的服务：" (23rd session). Each
 * row is then someone who gets nothing. A lead-in that ends in anything but the recipients ("…in these cases:") is not
 * one: its rows may be situations.
 */
const GIVE = String.raw`(?:share|sell|rent|disclose|provide|give|pass|transfer|send|make available)`;
const THE_FOLLOWING = String.raw`(?:\s+(?:the following|any of the following|these|any of these)(?:\s+[\w-]+){0,3})?`;
const DENIED_RECIPIENTS_LEAD = new RegExp([
  String.raw`\bwe\s+(?:(?:do|will|shall|would)\s*(?:not|n['’]t|never)|never)\s+(?:ever\s+)?${GIVE}\b[^:：]{0,60}\b(?:with|to)${THE_FOLLOWING}\s*[:：]\s*$`,
  String.raw`\b(?:the following|these)\s+(?:[\w-]+\s+){0,3}(?:will|do|does|shall|can|may)\s*(?:not|n['’]t|never)\s+(?:obtain|receive|get|have access to|see|collect)\b[^:：]{0,60}[:：]\s*$`,
  String.raw`\b(?:we(?:['’]ve| have)?\s+(?:stopped using|removed|discontinued|no longer use|switched off|turned off|retired)|(?:removed|discontinued|retired|former)\s+(?:services|tools|vendors|providers|partners|sdks|integrations))\b[^:：]{0,60}[:：]\s*$`,
  String.raw`(?:我们|我們|本(?:公司|网站|網站|平台|应用|應用|App))(?:不会|不會|绝不|絕不|不)(?:与|與|向)(?:以下|下列)[^：:，,。]{0,20}[：:]\s*$`,
  String.raw`(?:以下|下列)[^：:，,。]{0,12}(?:第三方|合作方|合作伙伴|合作夥伴|服务|服務|SDK|公司|机构|機構)[^：:，,。]{0,8}(?:不会|不會|不|无法|無法|均不|都不)(?:会|會)?(?:获得|獲得|获取|獲取|接收|收到|取得)[^：:]{0,20}[：:]\s*$`,
  String.raw`(?:已停止使用|已停用|已移除|已下线|已下線|已删除|已刪除|不再使用|已终止合作|已終止合作)[^：:，,。]{0,20}[：:]\s*$`,
  // "我们不会将您的个人资料提供予下列对象：", "…，不涉及任何第三方：", "…，不会上传至我们或任何第三方：", "…，不再收集任何信息：".
  String.raw`(?:我们|我們|本(?:公司|网站|網站|平台|应用|應用|App))(?:不会|不會|绝不|絕不|不)[^：:，,。]{0,20}(?:提供|共享|分享|披露|出售|转让|轉讓)(?:予|给|給|至)?(?:以下|下列)[^：:，,。]{0,10}[：:]\s*$`,
  String.raw`(?:不会|不會|不|并不|並不|均不|都不)(?:涉及|上传|上傳|提供|发送|發送|传输|傳輸|共享)[^：:，,。]{0,12}(?:任何)?第三方[^：:，,。]{0,4}[：:]\s*$`,
  String.raw`不再(?:收集|获取|獲取|接收|使用|提供)[^：:，,。]{0,10}[：:]\s*$`,
].join('|'), 'i');
/** "一、", "1.", "(2)", "（三）", "b)": a numbered line. */
const ENUMERATOR = /^\s*(?:[一二三四五六七八九十]+、|\(?\d{1,2}[.)、]|[（(][一二三四五六七八九十\d]{1,2}[）)]|[a-h][.)])\s*/;
/** "本院不會：\n一、…；\n二、…。": the colon line above a run of numbered lines that each end in a stop. */
function numberedLeadIn(sentences: readonly Sentence[], index: number): string {
  if (!ENUMERATOR.test(sentences[index].text)) return '';
  for (let j = index - 1; j >= 0 && index - j <= 12; j--) {
    const t = sentences[j];
    if (sentences[j + 1].start - t.end > 1) return '';
    if (!ENUMERATOR.test(t.text)) return /[:：]\s*$/.test(t.text) ? t.text : '';
  }
  return '';
}
/** A row with a subject of its own ("- We use …", "- 您可以…") says what it says. */
/** A section title that lists what the site never does. */
const DENYING_TITLE = /^\s*(?:(?:what|things|data processing|processing) we (?:never|do not|don't|will not|won't) do|we never)\b|(?:我们|我們|本(?:公司|网站|網站|平台|应用|應用|App))?(?:从不|從不|绝不|絕不|不会|不會|决不|決不)(?:进行|進行|从事|從事|做)的/i;
const OWN_SUBJECT = /^[\s\-–•*·\d.()（）、一二三四五六七八九十]*(?:(?:we|our|you|your|they|it)\b|我们|我們|您|你|本(?:公司|网站|網站|平台|院))/i;

/**
 * "We never:\n- sell your personal information;\n- let advertising networks place cookies on our pages": each row of a
 * list the site opens by saying it does not finishes that sentence, so it is a promise, not a disclosure (21st session).
 */
export function rowUnderDenyingLeadIn(sentences: readonly Sentence[], index: number): boolean {
  const s = sentences[index];
  if (OWN_SUBJECT.test(s.text)) return false;
  const lead = s.kind === 'list' ? listLeadIn(sentences, index) : rowsLeadIn(sentences, index) || numberedLeadIn(sentences, index);
  // "我们从不进行的数据处理" / "Things we never do" as the section's title, with the rows right under it.
  if (!lead && s.kind === 'list' && s.heading >= 0 && DENYING_TITLE.test(sentences[s.heading].text)) return true;
  // The clause that ends at the colon: "We do not sell your data; we share it with:" opens a list of recipients.
  const last = lead.split(/[,，;；。.!?！？]/).filter((c) => c.trim()).pop() ?? '';
  return (SITE_DENIES_LEAD.test(last) || DENIED_RECIPIENTS_LEAD.test(last)) && !EXCEPTION_LEAD.test(lead);
}

/**
 * "For analytics we use the following third-party services:" introduces a list; the list is the
 * disclosure (each row names its company), so the lead-in does not disclose unlisted companies.
 */
const LIST_LEAD_IN = /(?:\b(?:the following|as follows|listed below|below)\b|以下|如下|下列)[^.。!?！？]{0,40}[:：]\s*$/i;
/**
 * "以下数据可能会被用于跨其他公司的 App 和网站追踪您：• 标识符 • 使用数据" (an app-store privacy label): a lead-in announcing DATA
 * says the flow itself — who gets it and why — and its items only say which data. It is read like any sentence.
 */
const DATA_LEAD_IN = /^\s*(?:the following (?:types of )?(?:data|information|personal (?:data|information))\b|(?:以下|下列)(?:的)?(?:数据|資料|资料|信息|資訊|个人信息|個人資料))/i;

/** Does the line introduce a list that says the flow (a lead-in of recipients or purposes), and so disclose nothing itself? */
export const announcesList = (text: string): boolean => LIST_LEAD_IN.test(text) && !DATA_LEAD_IN.test(text);
