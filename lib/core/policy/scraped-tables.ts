/**
 * Tables as text extraction leaves them (19th session: policy sections copied from web pages), rebuilt as "a | b | c"
 * rows before the text is split into sentences (text.ts), so the readers see a row with its cells — who sets a cookie
 * beside what it is for — instead of orphaned one-word lines:
 * - columns separated by tabs or runs of spaces ("Web statistics      US      Reports on visits");
 * - a header of short cells one per line ("Cookie\nSet by\nPurpose\nExpiry") followed by the rows' cells, one per line.
 * And a sentence the page broke across two lines ("…记录您看过哪些车型，\n以便您之后…", "Before 2021 we\nused Mailchimp") is one
 * line again.
 */

/** Two or more tabs, or runs of three or more spaces, between three or more cells. */
const GAP = /\t+| {3,}/;
/** "Meta Pixel   ON", "Hotjar   removed in 2024": a consent panel's vendor and its switch, two cells. */
export const TOGGLE_CELL = /^(?:on|off|always (?:on|active)|active|inactive|enabled|disabled|开|关|開|關|开启|关闭|已开启|已关闭|始终开启|開啟|關閉)$/i;
/** "Hotjar   removed in 2024, no longer loaded": a vendor the panel lists as gone. */
export const REMOVED_CELL = /^(?:removed|discontinued|replaced|retired|no longer|not used|已移除|已下线|已停用|不再使用)/i;
function gapCells(line: string): string[] | null {
  // A table row is short; a line of thousands of characters is not one (and the patterns below must stay linear on it).
  if (line.length > 2000) return null;
  const t = line.trim();
  if (t.includes('|')) return null;
  // "Magnite　　关": a switch after two spaces (a full-width pair) is a cell too.
  const pair = / {2,}(\S+)$/.exec(t);
  if (pair && TOGGLE_CELL.test(pair[1])) return [t.slice(0, pair.index).trim(), pair[1]];
  // "阿里云 · 云托管 · 中国大陆": cells separated by middle dots.
  const dotted = / · .+ · /.test(t);
  if (!dotted && !GAP.test(t)) return null;
  const cells = dotted ? t.split(/\s+·\s+/) : t.split(/\s*(?:\t+| {3,})\s*/).filter(Boolean);
  // "Recommended:   The Atlantic   Wired": a label and what it introduces, not a row of a table.
  if (/[:：]/.test(cells[0]) || cells.some((c) => /[:：]$/.test(c))) return null;
  return cells.length >= 3 || (cells.length === 2 && (TOGGLE_CELL.test(cells[1]) || REMOVED_CELL.test(cells[1]))) ? cells : null;
}

/** Column names of cookie, SDK, processor and sharing tables: what a header cell says, nothing more. */
const HEADER_CELL = /^(?:cookies?(?: name)?|name|provider|set by|party|(?:first|third)[- ]party\??|purpose|function|description|expiry|expires|duration|lifetime|retention|type|category|sdk(?: name)?|company|vendor|processor|sub-?processor|recipient|data(?: collected| shared)?|country|location|region|status|in use\??|used\??|legal basis|service|tool|(?:cookie)?名称|名稱|提供方|设置方|設置方|提供者|有效期|保存期限?|存储期限|期限|用途|目的|使用目的|类型|類型|类别|類別|收集的?(?:个人)?信息|共享信息|第三方(?:名称)?|公司(?:名称)?|服务商|處理者|处理者|接收方|所在地|国家(?:\/地区)?|地区|状态|狀態|是否启用|说明|說明|功能)$/i;

// A header cell is a few words: longer lines are never tried (the split below would be quadratic on a run of spaces).
const headerCell = (line: string) => line.length <= 60 && (HEADER_CELL.test(line.trim())
  || line.trim().split(/\s*\/\s*|(?<=[\u4e00-\u9fff])\s+(?=[A-Za-z])|(?<=[A-Za-z])\s+(?=[\u4e00-\u9fff])/).every((part) => HEADER_CELL.test(part)));

const SHORT_CELL = (line: string) => {
  const t = line.trim();
  return t.length > 0 && t.length <= 70 && !/[.。!?！？;；:：]$/.test(t) && !t.includes('|');
};

/**
 * Rebuild the tables of `src`. Lines that are not part of such a table are kept as they are; a rebuilt row takes one
 * line, so a text with no such table comes back unchanged.
 */
export function rebuildScrapedTables(src: string): string {
  if (!/\t| {2,}| · /.test(src) && !/\n[^\n]{1,24}\n[^\n]{1,24}\n[^\n]{1,24}\n/.test(src)) return src;
  const lines = src.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    // Gap-separated rows: two or more in a row with the same number of cells.
    const cells = gapCells(lines[i]);
    if (cells) {
      let j = i + 1;
      while (j < lines.length && gapCells(lines[j])?.length === cells.length) j++;
      if (j - i >= 2) {
        // A row of two cells keeps a leading pipe: without one, text.ts takes only three cells or more for a table row.
        for (let k = i; k < j; k++) out.push(`${cells.length === 2 ? '| ' : ''}${gapCells(lines[k])!.join(' | ')}`);
        i = j;
        continue;
      }
    }
    // A header of k cells one per line, then rows of k cells one per line ("名称 Name": a header cell in two languages).
    // A title that is itself a column word ("Cookies" over "Name / Provider / Purpose") is kept as a line of its own
    // when the cells then divide into whole rows.
    let k = 0;
    while (i + k < lines.length && k < 8 && headerCell(lines[i + k])) k++;
    // Only after a header: a scan from every line would make a text of short lines quadratic.
    let j = i + k;
    if (k >= 3) while (j < lines.length && j - i < 4000 && SHORT_CELL(lines[j])) j++;
    const title = k >= 4 && (j - i - k) % k !== 0 && (j - i - k) % (k - 1) === 0 ? 1 : 0;
    if (title) { out.push(lines[i]); i++; k--; }
    if (k >= 3) {
      const rows = Math.floor((j - i - k) / k);
      if (rows >= 1) {
        out.push(lines.slice(i, i + k).map((c) => c.trim()).join(' | '));
        for (let r = 0; r < rows; r++) out.push(lines.slice(i + k + r * k, i + k + (r + 1) * k).map((c) => c.trim()).join(' | '));
        i += k + rows * k;
        continue;
      }
    }
    if (title) continue;
    out.push(lines[i]);
    i++;
  }
  return out.join('\n');
}

/** A line cut in the middle of a sentence: it ends in a comma, or in a word with the next line going on in lower case. */
const CUT_ZH = /[\u4e00-\u9fff][，、]$/;
const CUT_EN = /[a-z,]$/;
const GOES_ON_ZH = /^[\u4e00-\u9fff]/;
const WRAPPED_TAIL_ZH = /^[\u4e00-\u9fff]{1,2}[。；，）)]?\s*$/;
// A word in lower case, not a brand written so ("ironSource", "eBay").
const GOES_ON_EN = /^[a-z]+(?=[\s,;:.]|$)/;
export function rejoinBrokenLines(src: string): string {
  if (!/[a-z,，、\u4e00-\u9fff]\n[a-z\u4e00-\u9fff]/.test(src)) return src;
  const lines = src.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const prev = out.at(-1);
    const t = line.trimStart();
    // "…北京巨量引擎网络技术有限公\n司": the last one or two characters of a word wrapped onto a line of their own.
    if (prev !== undefined && prev.trim().length >= 14 && WRAPPED_TAIL_ZH.test(t) && /[\u4e00-\u9fff]$/.test(prev)) { out[out.length - 1] = prev + t.trim(); continue; }
    if (prev !== undefined && prev.length >= 20 && !prev.includes('|') && !t.startsWith('|')) {
      const p = prev.trimEnd();
      if (CUT_ZH.test(p) && GOES_ON_ZH.test(t)) { out[out.length - 1] = p + t; continue; }
      const cutEn = CUT_EN.test(p) && / [a-z]+,?$/.test(p);
      if (cutEn && GOES_ON_EN.test(t)) { out[out.length - 1] = `${p} ${t}`; continue; }
      // "…analytics cookies from\nGoogle Analytics\nto understand…": a link's text on a line of its own inside a sentence.
      if (cutEn && t.length <= 40 && !/[.!?:;]$/.test(t) && GOES_ON_EN.test(lines[i + 1]?.trimStart() ?? '')) { out[out.length - 1] = `${p} ${t.trimEnd()}`; continue; }
    }
    out.push(line);
  }
  return out.join('\n');
}

const LONE_PIPE = /^ *\| *$/;

/**
 * Tables whose cells arrive one per line, separated by lines holding only "|" (what HTML-to-text
 * converters make of many Chinese SDK tables), become one "| a | b | c |" line per row, so the
 * SDK-table reader and the naming decision see rows, not orphaned fragments. Rows are separated by
 * blank lines; a cell that wrapped over several lines is joined with a space.
 */
export function joinSplitTableRows(src: string): string {
  if (!/\n *\| *\n/.test(src)) return src;
  const lines = src.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    // A paragraph (run of non-blank lines) with lone-pipe lines in it is one table row.
    let j = i;
    let pipes = 0;
    while (j < lines.length && lines[j].trim() !== '') { if (LONE_PIPE.test(lines[j])) pipes++; j++; }
    if (pipes >= 1 && j > i) {
      const cells: string[] = [];
      let cell: string[] = [];
      for (let k = i; k < j; k++) {
        if (LONE_PIPE.test(lines[k])) { cells.push(cell.join(' ').trim()); cell = []; } else cell.push(lines[k].trim());
      }
      cells.push(cell.join(' ').trim());
      out.push(`| ${cells.join(' | ')} |`);
    } else {
      for (let k = i; k < j; k++) out.push(lines[k]);
    }
    if (j < lines.length) out.push(lines[j]);
    i = j === i ? i + 1 : j + 1;
  }
  return out.join('\n');
}
