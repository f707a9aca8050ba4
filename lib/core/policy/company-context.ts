/**
 * "Does an ambiguous name stand as a company here?" (naming.ts asks it of dictionary-word and short names): a corporate
 * suffix, a service run by it, data sent to it, a list with other companies, a vendor-list row. Also where data is
 * sent to ("share … with") and a name as the subject of a data verb, which naming.ts uses too.
 */
import type { AliasMatch } from './lexicon/matcher.ts';
import type { Sentence } from './text.ts';

/** What companyContext needs to know of the sentence (naming.ts's SentenceFacts has more). */
interface RowFacts { fragment: boolean; linkedRow: boolean; inThirdPartySection: boolean }

export const LOWER_CASE_SUFFIX = /^\s*,?\s*(?:inc|llc|ltd|corp|co|gmbh|k\.k)\b/i;
const CORPORATE_SUFFIX = /^\s*,?\s*(?:Inc\b\.?|LLC\b|L\.L\.C\.|Ltd\b\.?|Limited\b|GmbH\b|Corp\b\.?|Corporation\b|Company\b|Co\.|S\.A\.|AG\b|plc\b|Technologies\b|Labs\b|Holdings\b|B\.V\.|N\.V\.|AB\b|Oy\b)/;
const ITS_POLICY = /^\s*(?:['’]s?\s+)?(?:\([^)]{0,80}\)\s*)?(?:privacy (?:policy|notice|statement)|opt[- ]?out|cookie policy|\(?https?:)/i;
const AND_OTHER = /^\s*,?\s*(?:and|or) (?:other|similar) (?:[\w-]+ ){0,3}?(?:vendors|companies|partners|providers|networks|services|platforms|tools)\b/i;
const SUCH_AS = /\b(?:partners|providers|vendors|companies|networks|services|tools|platforms),?\s+(?:such as|including|like|namely)\s+(?:[\w&.'’-]+,?\s+(?:and\s+)?){0,6}$/i;
/**
 * "our discount spin-wheel is run by Privy", "Live chat (Crisp)": a service the sentence says the company runs, or a
 * service with the company's name in brackets — a company even where the name is a dictionary word.
 */
const RUN_BY_BEFORE = /\b(?:powered|provided|operated|hosted|run|managed|supplied|generated|fulfilled|processed|handled|billed) by\s+$|\b(?:built|hosted|built and hosted) on\s+$|\b(?:managed|processed|handled|run|hosted) (?:through|via|with)\s+$/i;
const SERVICE_IN_BRACKETS_BEFORE = /\b(?:live chat|chat|analytics|hosting|payments?|e-?mail delivery|newsletters?|CRM|help ?desk|customer support|crash reporting|error tracking|monitoring|A\/B testing|heatmaps?|session recording|push notifications?|surveys?|tag management|consent management|attribution|deep linking)\s*\(\s*$/i;
/** "We run experiments with Optimizely", "we work with Heap": the site's own use of the company, right before its name. */
const WE_USE_BEFORE = /\bwe (?:use|employ|rely on|work with|partner with|engage|integrate|run (?:[\w-]+ ){0,3}?(?:with|using|on))\s+(?:the\s+)?$/i;
/** "the Snap Conversions API", "the Snap Pixel": a dictionary-word name followed by one of its ad products' names. */
const AD_PRODUCT_AFTER = /^\s+(?:Conversions? API|Pixel|Ads Manager|Audience Network|Insight Tag|Marketing API|Ads API|Business SDK|Ads SDK)\b/;
/** "Branch (deep links)", "Airship – push notifications": the service a vendor row says its company runs. */
const SERVICE_ROLE_AFTER = /^\s*(?:\(\s*|[-–—:|]\s+)(?:deep link|push notification|in-app messag|crash report|error (?:tracking|monitoring)|product analytics|analytics|attribution|A\/B test|session (?:recording|replay)|heatmap|tag management|consent management|e-?mail delivery|transactional e-?mail|live chat|customer support|help ?desk|surveys?|payments?|checkout|billing|bot protection|fraud (?:prevention|detection)|hosting|CDN|content delivery|ad mediation|advertising|ads\b|retargeting|remarketing)/i;
const CJK = /[\u4e00-\u9fff]/;
const ZH_ROLE_IN_BRACKETS_AFTER = /^\s*[（(][^）)]{0,30}?(?:归因|统计|分析|推送|深度链接|广告|监测|支付|登录|分享|崩溃|客服|地图|定位|验证|风控|推广|消息)[^）)]{0,30}[）)]/;
const ZH_SERVICES_LIST_BEFORE = /(?:服务|服务商|服务提供商|SDK|工具|合作方|合作伙伴|供应商)[^，。；]{0,6}?(?:包括|包含|有|如|例如|比如)[：:]?\s*(?:[A-Za-z][\w&.'’ -]{0,30}(?:[（(][^）)]{0,40}[）)])?\s*(?:、|，|,|以及|和|及|与)\s*)*$/;
const LIST_GLUE = /^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:and|or|&)?|and|or|&|、|，|\/|;)\s*$/;
// "we share your game account ID and the Drops you have earned with Twitch Interactive": the recipient of a transfer.
const SENT_TO_BEFORE = /\b(?:transferred|sent|disclosed|provided|passed|shared|transmitted|given|sold)\s+(?:\w+\s+){0,2}?(?:to|with)\s+$|\bwe (?:(?:may|will|also|then)\s+)*(?:share|send|disclose|transfer|pass|transmit|exchange)\s+(?:[\w,'’-]+\s+){1,14}?(?:to|with)\s+$/i;
export const SUBJECT_OF_DATA_VERB = /^\s+(?:(?:automatically|also|may|might|will|can|then|only|now|currently|still|securely)\s+)*(?:receives|collects|records|captures|stores|tracks|processes|sets cookies|uses cookies|hosts|handles|powers|delivers|analy[sz]es|measures|monitors|replays)\b/i;
export const SHARE_TO = /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|send(?:s|ing)?|sent|transfer(?:s|red|ring)?|pass(?:es|ed|ing)?)\s+(?:[\w,'’-]+\s+){0,12}(?:to|with)\b|共享|提供给|传输至|发送至|传递给|回传(?:至|给)|上报(?:至|给)|(?<!不会|不|未|没有|绝不|并不|从不)向[^，。；]{0,16}?(?:传递|传输|发送|回传)|SDK[^，。；]{0,12}(?:收集|获取|采集)/i;

/** Does an ambiguous name stand as a company here? */
const ZH_AGENT_BEFORE = /(?:由|通过|透过|采用|借助|整合|集成|接入|嵌入|内置)(?:了)?\s*$/;
const ZH_AGENT_AFTER = /^\s*(?:会|将|可能|也会|则)?(?:接收|收集|存储|储存|保存|处理|获取|读取|记录|进行|构建|搭建|托管|提供|负责)|^\s*(?:的)?(?:广告|统计|推送|归因|分析|支付|地图|客服)?\s*SDK/;
export function companyContext(s: Sentence, m: AliasMatch, all: readonly AliasMatch[], facts: RowFacts, strict: boolean): boolean {
  const after = s.text.slice(m.end, m.end + 100);
  // A brand some companies write in lower case keeps its suffix in lower case too ("logly, inc.").
  if (CORPORATE_SUFFIX.test(after) || (!/\p{Lu}/u.test(m.text) && LOWER_CASE_SUFFIX.test(after)) || ITS_POLICY.test(after) || AD_PRODUCT_AFTER.test(after)) return true;
  const lead = s.text.slice(Math.max(0, m.start - 100), m.start);
  if (RUN_BY_BEFORE.test(lead) || SERVICE_IN_BRACKETS_BEFORE.test(lead) || WE_USE_BEFORE.test(lead)) return true;
  // The recipient of a transfer: "your information will be transferred to Constant Contact for processing".
  if (!strict && (SENT_TO_BEFORE.test(lead) || (/\b(?:for example|for instance|e\.g\.|such as|including),?\s*$/i.test(lead) && SHARE_TO.test(s.text)))) return true;
  // "we send the relevant game activity to Twitch": a dictionary-word name, capitalised mid-sentence, as what data is sent to.
  if (strict && m.start > 0 && /^\p{Lu}/u.test(m.text) && SENT_TO_BEFORE.test(lead)) return true;
  // "将…电子邮件地址提供给Roku广告平台": the recipient of a Chinese sending verb.
  if (/(?:提供给|发送至|发送给|传输至|传输给|共享给|上传至|提供至)\s*$/.test(lead)) return true;
  // "…, and Branch receives your IP address": the same name, capitalised mid-sentence, as the subject of a data verb.
  if (strict && m.start > 0 && /^\p{Lu}/u.test(m.text) && /[\p{Ll},;]\s+$/u.test(lead) && SUBJECT_OF_DATA_VERB.test(s.text.slice(m.end, m.end + 60))) return true;
  // "eBay uses cookies to recognise that you came from us": the name as the subject of a data verb.
  if (!strict && /^\p{Lu}|^[a-z]+\p{Lu}/u.test(m.text) && SUBJECT_OF_DATA_VERB.test(s.text.slice(m.end, m.end + 60))) return true;
  // "分析与归因服务包括：Singular（安装归因）、…以及Branch（深度链接…）": a Latin name in a Chinese sentence, with the
  // service it runs in brackets after it or as an item of a list of services — not an English word in running text.
  if (/^\p{Lu}/u.test(m.text) && CJK.test(s.text) && (ZH_ROLE_IN_BRACKETS_AFTER.test(after) || ZH_SERVICES_LIST_BEFORE.test(lead))) return true;
  // "由 Singular 进行归因统计", "Ketch 会存储您的退出偏好", "整合Vpon广告SDK" (34th session): a Latin name in a Chinese clause as the
  // agent or the kit of a Chinese data or service verb — Chinese running text does not use the English word.
  if (/^[A-Za-z]/.test(m.text) && CJK.test(s.text) && (ZH_AGENT_BEFORE.test(lead) || ZH_AGENT_AFTER.test(after))) return true;
  // In a list with another company the lexicon knows without doubt ("Google, Segment and Heap").
  for (const o of all) {
    if (o === m || !o.entry || o.entry.context === 'company') continue;
    const between = o.end <= m.start ? s.text.slice(o.end, m.start) : o.start >= m.end ? s.text.slice(m.end, o.start) : null;
    if (between !== null && LIST_GLUE.test(between)) return true;
  }
  // "The app includes these SDKs:\n- Branch (deep links)": even a dictionary word is the vendor where the row is its name and
  // the service it runs, in brackets or after a dash, in a list its lead-in says is of vendors.
  if ((s.kind === 'list' || s.kind === 'table') && facts.inThirdPartySection && m.start <= 2 && SERVICE_ROLE_AFTER.test(after)) return true;
  if (strict) return false;
  // "Steel House and other advertising technology vendors", "partners such as Steel House".
  if (AND_OTHER.test(after) || SUCH_AS.test(s.text.slice(Math.max(0, m.start - 40), m.start))) return true;
  // The first words of a row in a third-party list or table ("Segment – analytics"); not for one
  // dictionary word ("Advertising", "Cloud"), which list rows use as headings all the time.
  return (s.kind === 'list' || s.kind === 'table' || facts.fragment || facts.linkedRow) && facts.inThirdPartySection && m.start <= 2;
}
