/**
 * Reading a table row with its header row: which cell a position falls in, the "in use" and "source" columns, what the
 * header says the table lists, and cookie tables flattened into one cell per line. Used by the naming decision
 * (naming.ts) and the SDK-table reader (sdk-table.ts).
 */
import { REMOVED_CELL, TOGGLE_CELL } from './scraped-tables.ts';
import type { Sentence } from './text.ts';

/**
 * The first row (the header) of the table a row belongs to: table rows with nothing between them. Computed once per
 * policy for every sentence (each row asks; walking back from each would be quadratic in a long table).
 */
const HEADER_ROWS = new WeakMap<readonly Sentence[], Int32Array>();
export function headerRowOf(sentences: readonly Sentence[], index: number): number {
  let rows = HEADER_ROWS.get(sentences);
  if (!rows) {
    rows = new Int32Array(sentences.length);
    for (let i = 0; i < sentences.length; i++) {
      const joined = i > 0 && sentences[i].kind === 'table' && sentences[i - 1].kind === 'table' && sentences[i - 1].end + 2 >= sentences[i].start - 1;
      rows[i] = joined ? rows[i - 1] : i;
    }
    HEADER_ROWS.set(sentences, rows);
  }
  return index >= 0 && index < rows.length ? rows[index] : index;
}

/** The header row's text of the table a row belongs to, or '' for the header row itself: what the table lists. */
export function tableHeaderText(sentences: readonly Sentence[], index: number): string {
  const first = headerRowOf(sentences, index);
  return first < index ? sentences[first].text : '';
}

/** The cells of a table row, with or without its outer pipes. */
export function tableCells(row: string): string[] {
  return row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

// "Status", "In use?", "Used on this site?", "是否启用", "状态": a column that says whether the row's service is switched on;
// "是否提供给第三方", "Shared with third parties?": whether anything goes out for it at all.
// Also a column that asks whether the row's company gets anything ("是否向其提供您的个人信息", "Do we share your data?").
const IN_USE_HEADER = /^(?:是否(?:会)?(?:向其|向对方|向该[^|]{0,4})?(?:接入|使用|启用|集成|调用|嵌入|在用|共享|对外提供|提供|分享|传输|披露|发送)[^|]{0,16}|(?:do|does|will) we (?:share|send|pass|disclose|give|sell)\b[^|]{0,30}|(?:any )?(?:personal )?(?:data|information) (?:shared|sent|disclosed)\?|(?:shared|disclosed) with third parties\??|(?:接入|使用|启用|在用|合作)?状态|狀態|status|(?:currently )?(?:in use|active|enabled|integrated|live|used)(?: (?:on|in) (?:this|our) (?:site|website|app|service))?\??)$/i;
/**
 * The cell of that column when the service is not on: "No – removed in v3.2", "Removed March 2023", "Contract ended 2022",
 * "Paused since 1 January", "Planned", "否（已于2023年停用）", "计划接入", "評估中" — it says so first, whatever follows.
 */
const NOT_IN_USE_CELL = /^(?:否|无|未|暂未|尚未|已(?:移除|下线|停用|删除|暂停|终止|停止|關閉|关闭|下線|移除)|停用|下线|下線|移除|暂停|計劃|计划|规划|評估|评估|测试中|停止|no\b|not\b|none\b|n\/a\b|removed|ended|contract ended|paused|discontinued|replaced|planned|evaluat|under evaluation|trial ended|inactive|disabled|switched off|turned off|off\b|retired|former|terminated|stopped|deprecated|sunset)/i;

/**
 * "| 极光推送SDK | 深圳市和讯华谷信息技术有限公司 | 消息推送 | 否 |" under "| … | 是否接入 |": a table row whose in-use
 * column says no lists an SDK the app does not carry. Read with the header row of the same table.
 */
export function notInUseRow(sentences: readonly Sentence[], index: number): boolean {
  const s = sentences[index];
  if (!s || s.kind !== 'table') return false;
  const first = headerRowOf(sentences, index);
  if (first === index) return false;
  const header = tableCells(sentences[first].text);
  const col = header.findIndex((c) => IN_USE_HEADER.test(c));
  if (col >= 0) return NOT_IN_USE_CELL.test(tableCells(s.text)[col] ?? '');
  // A consent panel's switches ("Meta Pixel | ON", "Hotjar | removed in 2024"): OFF is the reader's choice, not a
  // service the site dropped; only a row that says it is gone.
  return inToggleTable(sentences, index) && REMOVED_CELL.test(tableCells(s.text).at(-1) ?? '');
}

/** A row of a consent panel's vendor switches: a table some of whose rows end in ON / OFF / Always on. */
const TOGGLE_TABLES = new WeakMap<readonly Sentence[], Map<number, boolean>>();
export function inToggleTable(sentences: readonly Sentence[], index: number): boolean {
  if (sentences[index]?.kind !== 'table') return false;
  const first = headerRowOf(sentences, index);
  let tables = TOGGLE_TABLES.get(sentences);
  if (!tables) TOGGLE_TABLES.set(sentences, (tables = new Map()));
  let toggles = tables.get(first);
  if (toggles === undefined) {
    toggles = false;
    for (let j = first; j < sentences.length && headerRowOf(sentences, j) === first && !toggles; j++) toggles = TOGGLE_CELL.test(tableCells(sentences[j].text).at(-1) ?? '');
    tables.set(first, toggles);
  }
  return toggles;
}

const SOURCE_HEADER = /^(?:(?:categories of )?sources?(?: of (?:the )?(?:data|information))?|collected from|obtained from|(?:收集|信息|数据)?来源)$/i;

/**
 * "Credit history | Experian (consumer reporting agency) | Not disclosed" under "Category | Source | Disclosed to": a cell
 * of a table's source column is where data comes FROM. The column's index, read from the header row of the same table
 * (-1: none).
 */
export function sourceColumnOf(sentences: readonly Sentence[], index: number): number {
  const s = sentences[index];
  if (!s || s.kind !== 'table') return -1;
  const first = headerRowOf(sentences, index);
  if (first === index) return -1;
  return tableCells(sentences[first].text).findIndex((c) => SOURCE_HEADER.test(c));
}
/** The cell of a table row a position falls in (0 = first cell, with or without the row's outer pipe). */
export const cellAt = (row: string, at: number): number => (row.slice(0, at).match(/\|/g)?.length ?? 0) - (row.trimStart().startsWith('|') ? 1 : 0);

/** "One year", "Session", "13 months and 25 days": the expiry cell of a cookie table. */
const DURATION_CELL = /^(?:session(?: cookie)?|persistent|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|eighteen|twenty|thirty|sixty|ninety)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)(?:\s+and\s+\S+\s+\S+)?)\.?$/i;

/**
 * A cookie table scraped into one cell per line (name, provider, purpose, expiry …): a short line with an expiry
 * cell a few lines away, under a part of the page about cookies, is a cell of that table — the provider column
 * names who sets the cookie.
 */
export function inFlattenedCookieTable(sentences: readonly Sentence[], index: number): boolean {
  if (index < 0 || sentences[index].text.length > 60) return false;
  let duration = false;
  for (let j = Math.max(0, index - 4); j <= Math.min(sentences.length - 1, index + 4) && !duration; j++) duration = j !== index && DURATION_CELL.test(sentences[j].text.trim());
  if (!duration) return false;
  for (let j = index - 1; j >= 0 && index - j <= 120; j--) if (/cookie/i.test(sentences[j].text)) return true;
  return false;
}
