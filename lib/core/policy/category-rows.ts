/**
 * Lines the sentence splitter takes for headings that are rows of a table or list, rows whose answer is no, and the
 * section titles a row sits under — for the category reader (categories.ts). Kept apart so that reader stays about sentences.
 */
import { RETIRED_LINE } from './line-kinds.ts';
import type { Sentence } from './text.ts';

// Asked only of text with a pipe: on text without one, each start position scans to the end (quadratic in the line).
const TABLE_ROW = /[^|｜]+[|｜][^|｜]+[|｜][^|｜]+/;
const PIPE = /[|｜]/;
const COMMA_RECORD = /^[^，,]{1,20}[，,]\s*用于[^，,]{1,60}[，,][^，,]{1,80}[，,]/;

// "Ad networks: —", "Categories shared for cross-context behavioral advertising: None": a field answered with nothing.
// Not a crossed line that states an exception to the promises above it ("✗ Exception: an outside crash reporter…").
const NO_ANSWER_ROW = /^\s*[✗✘×❌](?!\s*(?:(?:exceptions?|except|but|however)\b|例外|除外|但))|[:：]\s*(?:[—–-]{1,2}|none|n\/a|nil|无|没有)\s*[.。]?\s*$|(?:\s[—–]\s|\s?——\s?)(?:no|none|not disclosed|not shared|not sold|we don['’]t share|we do not share|n\/a|否|无|不共享|不提供|[✗✘×❌])\s*[.。]?\s*$/i;
const NO_CELL = /^(?:no|none|n\/a|not disclosed|not shared|not sold|not used(?: on (?:this|our) (?:site|website|app|service))?|we don['’]t share|we do not share|否|无|不适用|(?:我们|本行|本公司)?不(?:共享|分享|提供)|-|—|[✗✘×❌])?$/i;
/** "| For nonaffiliates to market to you | No | We don't share |": every answer cell of the row says no. */
function answeredNo(text: string): boolean {
  if (!/[|｜]/.test(text)) return false;
  const cells = text.trim().replace(/^[|｜]|[|｜]$/g, '').split(/[|｜]/).map((c) => c.trim());
  return cells.length >= 2 && cells.slice(1).every((c) => NO_CELL.test(c)) && cells.slice(1).some((c) => c !== '');
}
// Also the Chinese dash: "设备或其他 ID —— 广告或营销".
const DASH_ROW = /^[^—–]{2,160}(?:\s[—–]\s|\s?——\s?)\S/;

// A store label's "Data shared with third parties" title: one "item — purpose" line under it is already one of its rows.
const SHARED_DATA_TITLE = /^\s*(?:(?:与|和)第三方共享的数据|共享的数据|data shared(?: with (?:third parties|other companies))?|shared data)\s*[:：]?\s*$/i;

/** A line of a run of two or more "item — value" lines, or the first under a data-shared title: rows written without bullets. */
function inDashRun(sentences: readonly Sentence[], i: number): boolean {
  if (!DASH_ROW.test(sentences[i].text)) return false;
  const adjacent = (a: Sentence | undefined, b: Sentence | undefined) => a !== undefined && b !== undefined && a.end + 2 >= b.start - 1;
  return (adjacent(sentences[i - 1], sentences[i]) && (DASH_ROW.test(sentences[i - 1].text) || SHARED_DATA_TITLE.test(sentences[i - 1].text)))
    || (adjacent(sentences[i], sentences[i + 1]) && DASH_ROW.test(sentences[i + 1].text));
}

/**
 * A short title line that is really a row: cells without their leading pipe ("第三方Cookie | 有效期：2年 | 用于统计…"), a
 * record flattened with commas ("广告SDK，用于信息流广告的展示，…"), or one of a run of "item — value" lines.
 */
export function headingIsRow(sentences: readonly Sentence[], i: number): boolean {
  const t = sentences[i].text;
  return (PIPE.test(t) && TABLE_ROW.test(t)) || COMMA_RECORD.test(t) || inDashRun(sentences, i) || inTwoCellRun(sentences, i);
}

// "With analytics providers | Yes" under "Sharing summary | Yes/No": a two-column table written without outer pipes.
const TWO_CELLS = /^[^|｜]{2,160}[|｜][^|｜]{1,60}$/;
function inTwoCellRun(sentences: readonly Sentence[], i: number): boolean {
  if (!TWO_CELLS.test(sentences[i].text)) return false;
  return [sentences[i - 1], sentences[i + 1]].some((x) => x !== undefined && TWO_CELLS.test(x.text));
}

/** "For joint marketing with other financial companies — No", "| … | No | We don't share |". */
export function rowAnsweredNo(text: string): boolean {
  return NO_ANSWER_ROW.test(text) || answeredNo(text);
}

/** A change log's line saying what was taken out ("Removed: the retargeting pixel"). */
export function rowRetired(text: string): boolean {
  return RETIRED_LINE.test(text);
}

/** The heading a sentence is under and the one above that. */
export function sectionTitles(s: Sentence, sentences: readonly Sentence[]): string[] {
  // A row read as a title ("广告或统计服务商——无" over "短信服务商——发送验证码") titles nothing: go up to the real title.
  let at = s.heading;
  while (at >= 0 && headingIsRow(sentences, at)) at = sentences[at].heading < at ? sentences[at].heading : -1;
  if (at < 0) return [];
  s = { ...s, heading: at };
  const h = sentences[s.heading];
  if (h.heading < 0 || h.heading >= s.heading) return [h.text];
  // The heading before is the section above only when this one opens it ("接入第三方SDK说明" right over "（一）广告类");
  // after a paragraph of its own it was a sibling ("Responsibility of Merchants … Additional Internet Privacy Policies").
  const between = sentences.slice(h.heading + 1, s.heading);
  return between.every((x) => x.kind === 'heading') ? [h.text, sentences[h.heading].text] : [h.text];
}
