/**
 * Context one sentence lends the next (moved out of naming-shapes.ts, 21st session): the line that continues a sentence,
 * a pointer back at the companies just mentioned ("These tools set a cookie", "It receives your name"), a later sentence
 * that sends data to them, and a sentence that says who the ones just spoken of are ("These are Salesforce …"). Used
 * by the naming decision (naming.ts) and the reach of later denials (third-parties.ts).
 */
import { deniesAnything } from './negation.ts';
import type { Sentence } from './text.ts';

/**
 * The sentence that continues this one: the next of its paragraph or, where each line is a paragraph of its own, the
 * next line of its section with no blank line or heading between (21st session: "Our booking engine is provided by
 * SiteMinder.\nIt receives your name …").
 */
export function nextLineOf(sentences: readonly Sentence[], index: number): Sentence | undefined {
  const s = sentences[index];
  const next = index >= 0 ? sentences[index + 1] : undefined;
  if (next === undefined || s === undefined) return undefined;
  if (s.block !== undefined && next.block === s.block) return next;
  return next.kind !== 'heading' && next.heading === s.heading && next.start - s.end <= 1 ? next : undefined;
}

const POINTS_BACK = /^(?:(?:(?:these|those|such|the|this|each of these) (?:[\w-]+ ){0,2}?(?:tools?|services?|providers?|compan(?:y|ies)|vendors?|partners?|platforms?|networks?|products?|scripts?|widgets?|plug-?ins?|apps?|sdks?)|they|it|both|each)\b|(?:该|这些|上述|前述|以上)[\u4e00-\u9fff]{0,4}?(?:服务|工具|平台|公司|服务商|提供方|合作方|SDK|插件|第三方))/i;

const POINTER_HANDLES_DATA = /^\s*(?:(?:may|might|will|can|could|also|then|each|both|all|automatically|sometimes)\s+)*(?:set|sets|use|uses|place|places|collect|collects|receive|receives|record|records|track|tracks|store|stores|process|processes|measure|measures|log|logs|read|reads|capture|captures|see|sees|get|gets|show|shows|serve|serves|analy[sz]e|analy[sz]es)\b|^[^，。；]{0,8}(?:会|将|可能)?[^，。；]{0,6}(?:收集|获取|采集|接收|处理|记录|读取|使用您的|设置)/i;

/**
 * "We obtain consumer reports from Experian, Equifax and TransUnion. We also report your account history to these credit
 * bureaus each month.", "绑定天猫精灵、小度或小爱同学后…。为此，我们会向对应平台同步您的设备名称": the next sentence of the paragraph
 * sends data to the companies this one listed, by pointing back at them.
 */
const SENDS_TO_POINTER = /\b(?:shar\w*|send\w*|sent|report\w*|provid\w*|disclos\w*|transfer\w*|pass\w*|forward\w*|giv\w*|upload\w*|sync\w*)\b[^.;]{0,60}?\b(?:to|with)\s+(?:these|those|such|each of these|both of these|the same)\s+(?:[\w-]+\s+){0,2}?[\w-]+s\b|(?:向|给|与)(?:上述|这些|前述|以上|对应|相应|该|各)[\u4e00-\u9fff]{0,6}?(?:平台|公司|服务商|机构|渠道|合作方|第三方|商家|商户|店铺|卖家|航空公司|银行|酒店)[^，。；]{0,6}?(?:共享|提供|同步|发送|传输|上报|报送)|(?<!从)(?:渠道方|上述平台|对应平台|相应平台|相关平台|各平台|这些平台|上述厂商|相应厂商)(?!处)[^，。；]{0,10}?(?:获得|获取|收集|接收)|(?:同步|发送|传输|上报|提供|共享)(?:至|到|给)(?:上述|这些|前述|以上|对应|相应|该|各)[\u4e00-\u9fff]{0,6}?(?:平台|公司|服务商|机构|渠道|合作方|第三方|厂商|商家|商户|店铺|卖家|航空公司|银行|酒店)|(?:^|[，。；：])(?:手机|设备)?厂商(?:会|将|可能)[^，。；]{0,6}?(?:收集|获取|获得|接收)/i;
export function nextSendsBack(sentences: readonly Sentence[], index: number): boolean {
  // The next sentence of the paragraph, or the next line of the section where each line is a paragraph of its own.
  const next = index >= 0 ? nextLineOf(sentences, index) : undefined;
  if (next === undefined) return false;
  return SENDS_TO_POINTER.test(next.text) && !deniesAnything(next.text);
}

/**
 * "We run experiments using Optimizely and VWO. These tools set a cookie …": the next sentence of the paragraph, when it
 * opens by pointing back at what this one mentioned, says what they do — the context this sentence lacks on its own.
 */
export function continuedWithContext(sentences: readonly Sentence[], index: number): boolean {
  const next = nextLineOf(sentences, index);
  if (next === undefined) return false;
  const pointer = POINTS_BACK.exec(next.text.trim());
  // The companies pointed back at must be the ones handling data ("These tools set a cookie"), not giving us
  // something ("These platforms give us only aggregate statistics") or disowned ("operated under their own policies").
  return pointer !== null && POINTER_HANDLES_DATA.test(next.text.trim().slice(pointer[0].length)) && !deniesAnything(next.text);
}

/** "These are Salesforce (CRM, United States), TaskUs …": a sentence that says who the ones just spoken of are. */
const NAMES_THE_ONES_BEFORE = /^(?:these|they|those)(?: (?:recipients|providers|companies|partners|vendors|processors|sub-?processors))? (?:are|include|comprise)\b|^(?:namely|specifically)\b|^(?:这些|上述|前述)(?:第三方|合作方|服务商|接收方|供应商)?(?:包括|是|为)/i;
export function namesTheOnesBefore(sentences: readonly Sentence[], index: number, cues: RegExp): boolean {
  const s = sentences[index];
  if (!s || index < 1 || !NAMES_THE_ONES_BEFORE.test(s.text.trim())) return false;
  const prev = sentences[index - 1];
  return nextLineOf(sentences, index - 1) === s && cues.test(prev.text) && !deniesAnything(prev.text);
}

/**
 * "brands such as Samsung or Expedia. These advertisers … do not receive your personal data from us", "follow us on
 * Facebook and X …, so these companies receive no data from your visit": a pointer back at the companies just named,
 * as the subject of a denial of everything. Returns where the pointer stands in the sentence, or -1.
 */
const DENYING_POINTER = /\b(?:these|those|such) (?:[\w-]+ ){0,2}?(?:companies|advertisers|sponsors|brands|firms|platforms|organi[sz]ations|businesses|publishers|networks)\b|^(?!(?:The|These|Those|Such|Other|Some|All|Any|Our|Their|Many|Most)\b)(?:[A-Z][a-z]+ (?:and [a-z]+ )?)?(?:advertisers|sponsors|brands|firms|publishers)\b|(?:上述|这些|该等|以上|前述)(?:品牌|广告主|公司|平台|机构|企业)/gi;
const GETS_NOTHING = /^[^.;]{0,70}?\b(?:do|does|will|shall) not (?:receive|get|see|have access to|hold) (?:your |any |our )?(?:personal )?(?:data|information|details|(?:subscriber|customer|mailing) lists?)\b|^[^.;]{0,40}?\breceives? no (?:[\w-]+ ){0,2}?(?:data|information)\b|^[^.;]{0,40}?\b(?:receive|get|learn)s? nothing\b|^[^，。；]{0,12}?(?:均|都|也)?(?:不会|无法|不)(?:获得|获取|接收|收到)(?:您的)?(?:任何|个人)(?:个人)?(?:数据|信息)/i;
export function denyingPointerAt(s: Sentence): number {
  for (const m of s.text.matchAll(DENYING_POINTER)) if (GETS_NOTHING.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 120))) return m.index;
  return -1;
}

/**
 * "You can sign up with your Google, GitHub or GitLab account. If you do, we receive your name … from that service." (34th
 * session): the next line says what comes FROM the ones this sentence offered, and sends nothing back to them.
 */
const FROM_POINTER = /\b(?:receive|receives|obtain|obtains|get|gets|import|imports|collect|retrieve)\b[^.;]{0,100}?\bfrom (?:that|this|those|these|each|either|the chosen|the relevant|the selected) (?:[\w-]+ )?(?:provider|service|account|platform|company|network|site|app)s?\b|\b(?:receive|obtain|get|import|retrieve)\b[^.;]{0,100}?\bfrom (?:them|it)\b|(?:从|自)(?:该|这些|上述|对应|相应|所选)[\u4e00-\u9fff]{0,4}?(?:平台|账号|帐号|服务|第三方)[^，。；]{0,8}?(?:获取|获得|接收|收到)/i;
const SENDS_BACK = /\b(?:send|sends|post|posts|share|shares|pass|passes|give|gives|tell|tells|report|reports|provide|provides)\b[^.;]{0,40}?\b(?:to |with )?(?:them|it|that (?:provider|service|account|platform)|your (?:timeline|feed|profile|wall))\b|(?:向|给)(?:该|这些|上述|对应|相应)[\u4e00-\u9fff]{0,4}?(?:平台|第三方|服务)[^，。；]{0,8}?(?:提供|共享|发送|同步)/i;
export function nextTakesFromThem(sentences: readonly Sentence[], index: number): boolean {
  const next = index >= 0 ? nextLineOf(sentences, index) : undefined;
  if (next === undefined) return false;
  return FROM_POINTER.test(next.text) && !(SENDS_BACK.test(next.text) && !deniesAnything(next.text));
}

/**
 * "屏幕由三星显示供应。硬件供应商不会接收您的健康数据", "已获得 TrustArc 隐私认证，认证机构不会获得您的个人信息" (34th session): a
 * role noun — the part a company plays that is not receiving data — as the subject of a denial covers the names of the clause
 * just before it, which introduced them in that role. Not the names of earlier clauses ("我们使用腾讯云存储数据，…；广告主不会
 * 获得…" says nothing of 腾讯云).
 */
const ROLE_POINTER = /(?:^|[，；])(?:硬件|设备|元器件)?(?:供应商|认证机构|广告主|出版方|投资方)(?:本身|均|都|也)?(?=不|无法|并不|从不)/g;
const ROLE_GETS_NOTHING = /^(?:会|将)?(?:不会|无法|并不|从不|不)(?:会)?(?:获得|获取|接收|收到|访问|接触)[^，。；]{0,12}?(?:数据|信息|资料|记录|名单)/;
const clauseStart = (text: string, at: number): number => Math.max(text.lastIndexOf('，', at - 1), text.lastIndexOf('；', at - 1), text.lastIndexOf('。', at - 1)) + 1;
/** Where a role noun's denial stands in a sentence, and the start of the clause before it: [from, to), or null. */
export function roleDenialSpan(s: Sentence): [number, number] | null {
  for (const m of s.text.matchAll(ROLE_POINTER)) {
    if (!ROLE_GETS_NOTHING.test(s.text.slice(m.index + m[0].length))) continue;
    const at = m.index + (/^[，；]/.test(m[0]) ? 1 : 0);
    return at === 0 ? [0, 0] : [clauseStart(s.text, at - 1), at];
  }
  return null;
}
/** The last clause of a sentence, which a role noun opening the next line points back at. */
export const lastClauseStart = (text: string): number => clauseStart(text.replace(/[。.！!？?]\s*$/, ''), text.length);
