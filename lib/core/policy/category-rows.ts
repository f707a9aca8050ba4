/**
 * Lines the sentence splitter takes for headings that are rows of a table or list, and rows whose answer is no — for
 * the category reader (categories.ts). Kept apart so that reader stays about sentences.
 */
import { RETIRED_LINE } from './line-kinds.ts';
import type { Sentence } from './text.ts';

const TABLE_ROW = /[^|｜]+[|｜][^|｜]+[|｜][^|｜]+/;
const COMMA_RECORD = /^[^，,]{1,20}[，,]\s*用于[^，,]{1,60}[，,][^，,]{1,80}[，,]/;

const NO_ANSWER_ROW = /^\s*[✗✘×❌]|(?:\s[—–]\s|\s?——\s?)(?:no|none|not disclosed|not shared|not sold|we don['’]t share|we do not share|n\/a|否|无|不共享|不提供)\s*[.。]?\s*$/i;
const NO_CELL = /^(?:no|none|n\/a|not disclosed|not shared|not sold|we don['’]t share|we do not share|否|无|不共享|不提供|-|—)?$/i;
/** "| For nonaffiliates to market to you | No | We don't share |": every answer cell of the row says no. */
function answeredNo(text: string): boolean {
  if (!/[|｜]/.test(text)) return false;
  const cells = text.trim().replace(/^[|｜]|[|｜]$/g, '').split(/[|｜]/).map((c) => c.trim());
  return cells.length >= 2 && cells.slice(1).every((c) => NO_CELL.test(c)) && cells.slice(1).some((c) => c !== '');
}
// Also the Chinese dash: "设备或其他 ID —— 广告或营销".
const DASH_ROW = /^[^—–]{2,160}(?:\s[—–]\s|\s?——\s?)\S/;

/** A line of a run of two or more "item — value" lines: rows of a list a policy wrote without bullets. */
function inDashRun(sentences: readonly Sentence[], i: number): boolean {
  if (!DASH_ROW.test(sentences[i].text)) return false;
  const adjacent = (a: Sentence | undefined, b: Sentence | undefined) => a !== undefined && b !== undefined && a.end + 2 >= b.start - 1;
  return (adjacent(sentences[i - 1], sentences[i]) && DASH_ROW.test(sentences[i - 1].text))
    || (adjacent(sentences[i], sentences[i + 1]) && DASH_ROW.test(sentences[i + 1].text));
}

/**
 * A short title line that is really a row: cells without their leading pipe ("第三方Cookie | 有效期：2年 | 用于统计…"), a
 * record flattened with commas ("广告SDK，用于信息流广告的展示，…"), or one of a run of "item — value" lines.
 */
export function headingIsRow(sentences: readonly Sentence[], i: number): boolean {
  const t = sentences[i].text;
  return TABLE_ROW.test(t) || COMMA_RECORD.test(t) || inDashRun(sentences, i) || inTwoCellRun(sentences, i);
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
