/**
 * Which sentence before this one speaks of the same party or purpose: a sentence that goes on from the one before ("For
 * example, …", "They …", "Depending on the kit, they …", "这些平台…"), one that points back to it by a definite or
 * demonstrative noun ("the service", "that company", "该工具", "那些App") or by naming its party again ("调研公司"), and one that
 * refers to its information or purpose ("this information", "to do this", "The recordings …"). The category reader
 * (categories.ts) reads such a sentence with the one before it.
 */
import type { Sentence } from './text.ts';

/**
 * "For example, we may disclose usage information to better understand …" and "… may also be used to
 * perform statistical analysis" continue the sentence before (same paragraph): its recipient holds.
 */
const CONTINUES = /^(?:for (?:example|instance)|in addition|additionally|e\.g\.|in particular|specifically|this (?:may )?includes?|to do (?:this|so|that)|for (?:this|these|that|those) purposes?|(?:if|when|once) they|they|some|others|one|another|its?|these|those|their|these (?:companies|parties|third parties|partners|providers|vendors|services|tools)|such (?:companies|parties|third parties|partners|providers|vendors))\b/i;

/**
 * Chinese openings that continue the sentence before ("为此，这些平台可能会获取…", "该类信息由我们接入的第三方SDK直接收集"):
 * apart from CONTINUES because `\b` never stands between two CJK characters.
 */
const CONTINUES_ZH = /^(?:双方|为此|(?:这部分|这项|上述)工作|为实现(?:上述|这些|此)目的|该类信息|此类信息|上述信息|这些信息|其中(?:部分|的)?(?:信息)?|这些(?:平台|服务商|合作方|合作伙伴|第三方|公司|SDK))/;
/** "Depending on the kit, they collect …", "If you agree, they receive …": a short opening phrase before the continuing word. */
const OPENING_PHRASE = /^[^,.;:]{1,40},\s*(?=(?:they|these|those|some|others)\b)/i;
export const continuesBefore = (text: string) => CONTINUES.test(text) || CONTINUES_ZH.test(text) || OPENING_PHRASE.test(text);

/**
 * "Our newsletter goes out through an email delivery service. Each message contains a tiny image … so the service can
 * tell us whether the email was opened": "the service" is the one the sentence before introduced.
 */
export const DEFINITE_BACK = /\b(?:the|this|that|its) (?:service|tool|platform|provider|company|builder|kit|library|player|vendor|host|script)\b/i;
export const DEMONSTRATIVE_BACK = /\b(?:this|that|each such|such a) (?:service|tool|platform|provider|company|vendor|partner|network)\b/i;
/** "我们的网站使用了外部服务商提供的标签管理工具。通过该工具加载的代码会记录…": the same in Chinese. */
export const DEFINITE_BACK_ZH = /(?:该|此|这个|这款|这家|这几家|那些|那几家|上述)(?:工具|服务|平台|服务商|供应商|提供商|SDK|插件|代码|脚本|组件|公司|机构|App|应用)/i;


/**
 * The sentences a continuing one reads with: the one before it in the same paragraph or list item, and, when that one
 * continues too ("…code from a handful of other companies. One counts the visit … Another records how far you read"),
 * the one that introduced the party — one step more, no further. Empty when the sentence before is not adjacent.
 */
/** Whether the sentence before stands in the same paragraph or list item, right before this one. */
export const adjacentBefore = (sentences: readonly Sentence[], index: number): boolean =>
  index > 0 && sentences[index - 1].kind === sentences[index].kind && sentences[index].start - sentences[index - 1].end <= 2;

export function continuedFrom(sentences: readonly Sentence[], index: number): string[] {
  if (!adjacentBefore(sentences, index)) return [];
  const prev = sentences[index - 1];
  const first = sentences[index - 2];
  if (first && continuesBefore(prev.text) && first.kind === prev.kind && prev.start - first.end <= 2) return [first.text, prev.text];
  return [prev.text];
}

/** A sentence that refers to the one before it ("this information", "to do this", "The recordings are made … by a specialist provider"), in the same paragraph. */
const BACK_REFERENCE = /\b(?:this|that|such|these|the same) (?:information|data|details)\b|^(?:the|these|those|such) (?:recordings|reports|statistics|figures|counts|results)\b|\b(?:the|these) (?:tests|experiments)\b|\bto do (?:this|so|that)\b|\bfor (?:this|these|that|those|the (?:foregoing|above|aforementioned|aforesaid|same)) purposes?\b|(?:前述|上述|以上)(?:目的|用途)|^(?:that|this) (?:happens|is) because\b|^for this\b|为此|该类信息|此类信息|上述信息|这些信息|其中部分信息|(?:该|这些|上述)内容|(?:这部分|这项|这些|上述)[\u4e00-\u9fff]{0,4}?工作|(?:该|此|这个|这款|上述)(?:工具|SDK|插件|组件)/i;
export function pointsBack(s: Sentence, sentences: readonly Sentence[], index: number): boolean {
  const prev = sentences[index - 1];
  return !!prev && (BACK_REFERENCE.test(s.text) || sameHeadAsBefore(s.text, prev.text)) && prev.kind === s.kind && s.start - prev.end <= 2;
}

/**
 * "…被一家外部调研公司邀请，观看两个版本的广告片…。调研公司会获得您的问卷答案": a sentence that opens on the party the sentence before
 * introduced, named again by its head noun (in English "a research firm … The research firm …" is DEFINITE_BACK's).
 */
// A bare 工具 / 服务商 / 供应商 is the one introduced before; a bare 公司 or 平台 opening a sentence is usually the site itself,
// and so is 本公司; 集团成员公司 is its group.
const ZH_HEAD_NOUN = /^(?!本|我|集团|关联)([\u4e00-\u9fff]{1,4}(?:公司|机构|平台|服务商|供应商|工具|引擎)|工具|服务商|供应商)/;
export function sameHeadAsBefore(text: string, before: string): boolean {
  const m = ZH_HEAD_NOUN.exec(text);
  return m !== null && before.includes(m[1]);
}
