/**
 * Table rows written without pipes, recognised line by line before the text is split into sentences (text.ts).
 */
const SLASH_ROW = /^[^/\n]{1,80}(?: \/ [^/\n]{1,300}){2,12}$/;
const slashCount = (line: string) => line.split(' / ').length;
/** A line of three or more cells separated by " / ", next to another with as many cells. */
export function slashRowOfTable(lines: readonly string[], i: number): boolean {
  const t = lines[i].trim();
  if (!SLASH_ROW.test(t)) return false;
  return [lines[i - 1], lines[i + 1]].some((n) => n !== undefined && SLASH_ROW.test(n.trim()) && slashCount(n.trim()) === slashCount(t));
}

/** Three or more cells separated by " | " (or a full-width "｜", spaces or not) — a table row whose leading pipe was lost. */
// Chinese cells may meet an ASCII pipe with a space on one side or none ("阿里云计算有限公司|云服务器|中国", "（创蓝 253）| 中国上海").
const CELLS_WITHOUT_LEADING_PIPE = /^[^|｜\n]{1,80}(?:(?:\s[|｜]\s|\s?｜\s?|(?<=[\u4e00-\u9fff)）])\s?\|(?=\s?[\u4e00-\u9fff(（])|(?<=[\u4e00-\u9fff)）])\|\s|\s\|(?=[\u4e00-\u9fff(（]))[^|｜\n]{1,300}){2,12}$/;
/** The same, with empty cells ("Hotjar | | See note 1", "VWO | Yes |"): read as if each held a dash. */
function cellsWithoutLeadingPipe(t: string): boolean {
  if (CELLS_WITHOUT_LEADING_PIPE.test(t)) return true;
  const filled = t.replace(/(\s[|｜])(?=\s*[|｜]|\s*$)/g, '$1 -');
  return filled !== t && CELLS_WITHOUT_LEADING_PIPE.test(filled);
}
/**
 * A Chinese row of cells is a table row when its table is about cookies, SDKs, local storage or processing ("第三方Cookie |
 * 有效期13个月 | 记录访客在页面之间的跳转路径", or under "名称 | 设置方 | 期限 | 用途" or "处理目的 | 法律依据 | 接收方"): its cells
 * then say who sets or receives it and what for. Other Chinese rows written that way (download channels: "腾讯应用宝 |
 * 举报电话… | 注销…") name no recipient and stay short lines, judged as such by naming-shapes.ts.
 */
const ZH_STORAGE_TABLE = /cookie|sdk|本地(?:缓存|存储)|设置方|提供方|接收方|共享对象|有效期|保存期|存储期|期限|(?:处理|使用|共享)目的|用途|处理者|處理者|受托方|受託方|服务商|服務商|服务内容|服務內容|第三方|共享|是否|状态|狀態/i;
function zhStorageTableRow(lines: readonly string[], li: number): boolean {
  for (let j = li; j >= 0 && li - j < 12; j--) {
    const t = lines[j].trim();
    // The line above the rows may be the table's title ("子处理者清单（更新于…）"): a short line, not a sentence.
    if (!cellsWithoutLeadingPipe(t)) return j < li && t.length <= 40 && !/[。；;]/.test(t) && ZH_STORAGE_TABLE.test(t);
    if (ZH_STORAGE_TABLE.test(t)) return true;
  }
  return false;
}

/**
 * A row of cells without its leading pipe ("_ga | Google | Analytics | 2 years") is a table row all the same — in English,
 * and in Chinese within a cookie, SDK or storage table (zhStorageTableRow).
 */
export function pipeRowOfTable(lines: readonly string[], i: number): boolean {
  const t = lines[i].trim();
  return cellsWithoutLeadingPipe(t) && (!/[\u4e00-\u9fff]/.test(t) || zhStorageTableRow(lines, i));
}
