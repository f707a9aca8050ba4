/**
 * Whether a recipient the category rules found is denied where it stands (split from categories.ts, 40th session): the
 * object of a denied verb in its own sentence, a denial whose only exception is the site's group, a recipient denied in the
 * line of the context that lends it, and a denial that covers only part of the data.
 */
import { CONSENT_CONDITION, deniedInText } from './category-denied.ts';
import { negatedBefore, negatedInZhClause } from './negation.ts';
import { RECIPIENT, SINGLE_RECIPIENT, mentionsGroup, withoutGroup } from './outside-party.ts';

/**
 * "…，仅会提供经去标识化处理的设备信息", ", but we do share device identifiers with them", "性能监控服务商不会收集您的姓名…；其仅收集页面
 * 加载耗时…", "…; it only receives crash data": the denial covers only part of the data.
 */
export const PARTIAL_DENIAL_AFTER = /[，,；;]\s*(?:(?:但|而)?(?:其|它们?|他们|该服务商)?(?:仅|只)(?:会|将|可能)?(?:向其|向其?他们)?(?:提供|共享|披露|传输|收集|获取|接收|采集)|but (?:we )?(?:may |do |will )?(?:only )?(?:share|provide|disclose|give)\b|(?:but |and )?(?:it|they) (?:may |does |do |will )?only (?:collects?|receives?|gets?|sees?)\b)/i;

/**
 * "We do not use third-party analytics tools; visit counts are produced from our own server logs": the recipient, in
 * this sentence, is the object of a denied verb — the purpose words that follow describe the site's own counting. Not a
 * denial on a condition ("without your consent"), nor one with an exception ("except to other insurers with whom we have a
 * joint marketing agreement", "本条不适用于…营销推广服务的合作方") or one the sentence narrows ("但会向其提供…").
 */
const EXCEPTION = /\b(?:except|excepting|other than|unless|apart from|besides|but|however|save for)\b|(?<![删去清排消剔解免])除(?:了|非)?|但|不过|然而|不适用|例外/i;
export function objectDenied(r: RegExpExecArray, context: string, text: string): boolean {
  if (!context.startsWith(text) || CONSENT_CONDITION.test(text) || (EXCEPTION.test(text) && !exceptsOnlyGroup(text))) return false;
  const end = r.index + r[0].length;
  if (PARTIAL_DENIAL_AFTER.test(text.slice(end))) return false;
  return negatedBefore(text, r.index) || negatedInZhClause(text, r.index, end);
}

/**
 * "…not disclosed to third parties, except to affiliated companies within our corporate group, which may use it to offer
 * you their products": what the exception lets through is the site's own group (and the law), no outside party.
 */
function exceptsOnlyGroup(text: string): boolean {
  const m = /\b(?:except|excepting|other than|apart from|save for)\b/i.exec(text);
  if (!m || EXCEPTION.test(text.slice(0, m.index)) || EXCEPTION.test(text.slice(m.index + m[0].length))) return false;
  const rest = text.slice(m.index + m[0].length);
  return mentionsGroup(rest) && !RECIPIENT.test(withoutGroup(rest)) && !SINGLE_RECIPIENT.test(withoutGroup(rest));
}

/**
 * "利用目的：营销、统计调查与分析" over "利用对象：仅限本公司内部，不提供予任何第三方": a recipient lent by another line of the context
 * (a record's field, the sentence before, a title) is read in that line — denied there, it receives nothing.
 */
export function deniedInItsLine(r: RegExpExecArray, context: string): boolean {
  const from = context.lastIndexOf('\u2029', r.index) + 1;
  if (from === 0) return false;
  const to = context.indexOf('\u2029', r.index);
  const line = context.slice(from, to < 0 ? undefined : to);
  const seg = line.trim();
  const local = Object.assign([r[0]], { index: r.index - from - (line.length - line.trimStart().length), input: seg }) as unknown as RegExpExecArray;
  return deniedInText(local, seg, seg) || objectDenied(local, seg, seg);
}
