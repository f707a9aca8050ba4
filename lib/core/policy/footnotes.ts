/**
 * What a footnote says about the name it is attached to (19th session: policy text copied from web pages). "Microsoft
 * Clarity²" with "² 已于2023年6月停用，相关代码已移除。" below it, "Hotjar[2]" with "[2] Removed in March 2024." — the sentence
 * naming the company reads as a recipient; its footnote takes that back. Used by the naming pass (third-parties.ts).
 */
import { negatedBefore } from './negation.ts';
import { REMOVED_ROW } from './naming-shapes.ts';
import type { Sentence } from './text.ts';

const SUPERSCRIPT = '¹²³⁴⁵⁶⁷⁸⁹⁰';
/**
 * The marker right after a name: "¹", "²³", "[3]", and in lists copied from pages "*", "**", "†" (23rd session); "(2)"
 * is too common in prose to count.
 */
const MARKER_AFTER = new RegExp(`^(?:[${SUPERSCRIPT}]+|\\[\\d{1,2}\\]|\\*{1,3}(?=\\s|$|[,;，；.。)）(（])|[†‡§](?=\\s|$|[,;，；.。)）(（]))`);
/** A footnote that says the service is gone or never on: removed, switched off, no longer, 已停用, 不再. */
const GONE = /\b(?:removed|discontinued|retired|switched off|turned off|no longer (?:used|in use|loaded|active|receives?)|not (?:used|loaded|active) (?:any more|anymore)|replaced by|(?:contract|partnership|agreement) (?:has )?(?:ended|terminated|expired))\b|已(?:[于自从在][^，。；]{0,20})?(?:移除|下线|停用|删除)|已?(?:终止|停止)(?:合作|[^，。；]{0,12}?(?:共享|提供))|不再(?:使用|加载|接入|收集)|未(?:启用|接入|使用)/i;

/** The footnote marker written right after the mention at `end`, or ''. */
function markerAfter(s: Sentence, end: number): string {
  return MARKER_AFTER.exec(s.text.slice(end))?.[0] ?? '';
}

/** The footnote attached to the mark right after `end`, or null. */
function footnoteOf(sentences: readonly Sentence[], index: number, end: number): string | null {
  const marker = markerAfter(sentences[index], end);
  if (!marker) return null;
  for (let j = index + 1; j < sentences.length && j - index <= 40; j++) {
    const t = sentences[j].text.trimStart();
    // "** contract ended" is not the note of "*".
    if (t.startsWith(marker) && t.charAt(marker.length) !== marker.charAt(0)) return t.slice(marker.length);
  }
  return null;
}

const isGone = (note: string): boolean => GONE.test(note) || REMOVED_ROW.test(note) || negatedBefore(note, note.length);

/** Does the footnote attached to the mention ending at `end` say the company's service is gone? */
export function footnoteTakesBack(sentences: readonly Sentence[], index: number, end: number): boolean {
  const note = footnoteOf(sentences, index, end);
  return note !== null && isGone(note);
}

// "* 该SDK采用私有化部署，…SDK提供方无法访问任何数据": the kit runs for the site alone; its maker gets nothing.
const MAKER_GETS_NOTHING = /(?:提供方|提供商|服务商|厂商|供应商)(?:均|都)?(?:无法|不能|不会)(?:访问|获取|获得|接收)(?:到)?任何|私有化部署|\bself-hosted\b|\b(?:the )?(?:vendor|provider|maker) (?:cannot|can't|does not|doesn't) (?:access|receive|see)\b/i;

const MARKER_AT_START = new RegExp(`^\\s*([${SUPERSCRIPT}]+|\\[\\d{1,2}\\])\\s*`);
/**
 * "We share purchase data with measurement partners.¹" … "¹ Currently Nielsen and Comscore.": a footnote says who the
 * sentence that carries its marker speaks of, so it has that sentence's context (21st session).
 */
export function footnoteGivesContext(sentences: readonly Sentence[], index: number, cues: RegExp): boolean {
  const m = index >= 0 ? MARKER_AT_START.exec(sentences[index].text) : null;
  if (!m) return false;
  for (let j = index - 1; j >= 0 && index - j <= 40; j--) {
    const t = sentences[j].text;
    const at = t.indexOf(m[1]);
    if (at > 0) return cues.test(t) && !negatedBefore(t, at);
    // "…measurement partners.¹ Device identifiers …": a marker glued to a full stop ends the sentence before.
    if (at === 0 && j > 0 && sentences[j].start === sentences[j - 1].end) return cues.test(sentences[j - 1].text);
  }
  return false;
}

const MARK_IN_ROW = new RegExp(`(?<=[^\\s*])(?:[${SUPERSCRIPT}]+|\\*{1,3}|[†‡])(?=[\\s（(,;，；.。)）]|$)`, 'g');
/**
 * "· 广告合作方*（广告投放）" with "* 自2023年10月起，我们已终止与所有广告合作方的数据共享": a row whose footnote says the sharing has
 * ended discloses nothing now, nor one whose footnote says its maker gets nothing — for the category reader
 * (categories.ts), as footnoteTakesBack is for a name.
 */
export function rowFootnotedAway(sentences: readonly Sentence[], index: number): boolean {
  const t = sentences[index].text;
  if (!/[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(t)) return false;
  for (const m of t.matchAll(MARK_IN_ROW)) {
    const note = footnoteOf(sentences, index, m.index);
    if (note !== null && (isGone(note) || MAKER_GETS_NOTHING.test(note))) return true;
  }
  return false;
}
