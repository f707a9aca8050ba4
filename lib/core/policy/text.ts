/**
 * Text preparation for the policy analyzer: normalise, strip markdown while keeping offsets
 * consistent, and split into sentences with offsets. Every Evidence the analyzer emits indexes the
 * `text` returned by `prepareText` — so all rewriting happens here, once, and nothing downstream
 * changes the string again.
 *
 * Every loop here is linear in the input (hostile inputs: 5 MB single lines, 60k-deep "> > >"
 * nesting, "[[[[…"): searches for a closing bracket are cached so repeated openers never rescan.
 */
import { joinSplitTableRows, rebuildScrapedTables, rejoinBrokenLines } from './scraped-tables.ts';
import { repairDamagedText } from './damaged-text.ts';
import { pipeRowOfTable, slashRowOfTable } from './table-lines.ts';
import { MAX_POLICY_CHARS, PolicyInputError } from './errors.ts';
import { RECORD_FIELD, isDefinitionLine, isSwitchLine, isUnpunctuatedSentence, labelRun } from './line-kinds.ts';
import { falseBreak, getSegmenter } from './false-breaks.ts';
import { footnoteMarkAt, isFootnoteLine } from './footnote-marks.ts';
import { NextFinder, Out } from './text-buffers.ts';
import { isTraditional, toSimplified } from './zh-script.ts';

export { RECORD_FIELD } from './line-kinds.ts';

/** An App Store privacy label written on one line with its values ("Data used to track you: Identifiers, Usage Data"). */
const APP_LABEL_LINE = /^(?:data (?:used to track you|linked to you|not linked to you)|用于追踪您的数据|与您关联的数据|未与您关联的数据)\s*[:：]\s*\S/i;
export type BlockKind = 'heading' | 'list' | 'table' | 'text';

/** One line of the prepared text (a paragraph, list item, table row or heading). */
export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
}

/** A markdown link / autolink whose URL was removed from the text; offsets cover the link text. */
export interface TextLink {
  text: string;
  url: string;
  start: number;
  end: number;
}

export interface PreparedText {
  text: string;
  blocks: Block[];
  links: TextLink[];
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  kind: BlockKind;
  /** Index (into the sentence array) of the nearest heading above, or -1: the section it is in. */
  heading: number;
  /** Index of the line (block) it came from: sentences of one paragraph share it. */
  block?: number;
}

/** Sentences longer than this are cut: bounds the work of every per-sentence pattern. */
export const MAX_SENTENCE_CHARS = 2000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Canonical form of any input: no BOM, \n line ends, NFC, no control or zero-width characters,
 * exotic spaces folded to ' ', damaged text repaired (damaged-text.ts: words hyphenated at a line end, full-width Latin), tables laid out with gaps or one cell per line rebuilt as rows, runs of spaces collapsed. Length may change — callers only ever
 * see the normalised string, so no offset map is needed.
 */
export function normalizeText(raw: string): string {
  if (typeof raw !== 'string') throw new PolicyInputError('policy text must be a string');
  if (raw.length > MAX_POLICY_CHARS) {
    throw new PolicyInputError(`policy text too large (${raw.length} chars, limit ${MAX_POLICY_CHARS})`);
  }
  let s = raw.replace(LONE_SURROGATE, '\uFFFD');
  s = s.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  s = s.normalize('NFC');
  s = s.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '');
  // A tab is a column gap: kept wide until tables laid out with gaps become rows (scraped-tables.ts).
  s = s.replace(/\t/g, '   ');
  s = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
  s = rejoinBrokenLines(rebuildScrapedTables(repairDamagedText(s)));
  s = s.replace(/ {2,}/g, ' ');
  return s;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&nbsp;': ' ', '&#39;': "'", '&#x27;': "'", '&apos;': "'",
};

const ESCAPABLE = new Set('\\`*_{}[]()#+-.!|<>~"\'');

/** The text already written ends in a word (not a space, punctuation or a cell's pipe). */
function wordBefore(out: Out): boolean {
  for (let i = out.parts.length - 1; i >= 0; i--) {
    const t = out.parts[i].trimEnd();
    if (t) return /[\p{L}\p{N})"”’]$/u.test(t);
  }
  return false;
}
/** Tags that end a line or an item (an image or a form field between words does neither). */
const ITEM_BREAK = /^\/?(?:br|p|div|li|ul|ol|dd|dt|h[1-6])(?![\w-])/i;
/** A word follows, past spaces and further tags. */
const WORD_AFTER_TAGS = /^(?:\s|<[^>]{0,300}>)*[\p{L}\p{N}(“"]/u;

/** Inline markdown → plain text for one line; links are recorded with offsets in `out`. */
function cleanInline(line: string, out: Out, links: TextLink[]): void {
  const closeBracket = new NextFinder(line, ']');
  const closeParen = new NextFinder(line, ')');
  const closeAngle = new NextFinder(line, '>');
  let i = 0;
  let plainStart = 0;
  const flush = (to: number) => { if (to > plainStart) out.push(line.slice(plainStart, to)); };
  while (i < line.length) {
    const c = line[i];
    const mark = footnoteMarkAt(line, i);
    if (mark) {
      i += mark;
      continue;
    }
    if (c === '*' || c === '`' || (c === '_' && line[i + 1] === '_') || (c === '~' && line[i + 1] === '~')) {
      flush(i);
      i += c === '_' || c === '~' ? 2 : 1;
      plainStart = i;
      continue;
    }
    if (c === '\\' && i + 1 < line.length && ESCAPABLE.has(line[i + 1])) {
      flush(i);
      plainStart = i + 1;
      i += 2;
      continue;
    }
    if (c === '&') {
      const m = /^&(?:amp|lt|gt|quot|nbsp|apos|#39|#x27);/.exec(line.slice(i, i + 7));
      if (m) {
        flush(i);
        out.push(ENTITIES[m[0]]);
        i += m[0].length;
        plainStart = i;
        continue;
      }
    }
    if (c === '[' || (c === '!' && line[i + 1] === '[')) {
      const open = c === '!' ? i + 1 : i;
      const close = closeBracket.next(open + 1);
      if (close > 0 && close - open <= 1000 && line[close + 1] === '(') {
        const paren = closeParen.next(close + 2);
        if (paren > 0 && paren - close <= 2048) {
          const url = line.slice(close + 2, paren).trim().replace(/\s+"[^"]*"$/, '');
          const label = line.slice(open + 1, close).replace(/[*`\\]|__/g, '').trim();
          flush(i);
          if (label) {
            const start = out.length;
            out.push(label);
            if (c === '[' && url) links.push({ text: label, url, start, end: out.length });
          }
          i = paren + 1;
          plainStart = i;
          continue;
        }
      }
    }
    if (c === '<' && /[a-zA-Z/!]/.test(line[i + 1] ?? '')) {
      const gt = closeAngle.next(i + 1);
      if (gt > 0 && gt - i <= 300) {
        const inner = line.slice(i + 1, gt);
        flush(i);
        if (/^(?:https?:\/\/|mailto:)\S+$/i.test(inner)) {
          const start = out.length;
          out.push(inner);
          links.push({ text: inner, url: inner, start, end: out.length });
        } else if (!/^\/?(?:strong|b|em|i|span|u|a)(?![\w-])/i.test(inner)) {
          // Block-ish tags (<br>, <p>, <div>, <ul>) separate words; the inline ones are matched whole, so "<br>" is not "<b>".
          // Between two words they part two items ("| Hotjar<br>Mixpanel |" → "Hotjar; Mixpanel", as the HTML reader
          // writes a cell's blocks), not one name "Hotjar Mixpanel".
          out.push(ITEM_BREAK.test(inner) && wordBefore(out) && WORD_AFTER_TAGS.test(line.slice(gt + 1, gt + 200)) ? '; ' : ' ');
        }
        i = gt + 1;
        plainStart = i;
        continue;
      }
    }
    i++;
  }
  flush(line.length);
}

/** Strips block markers (quotes, bullets, headings) with a linear scan; returns kind + rest. */
/** Bullets that open a list item — Taiwan's "‧" and the filled shapes of word processors among them. */
const LIST_BULLETS = '•·▪◦‧●■◆►○∙・';
/** "・Firebase Crashlytics（Google）：崩溃报告", "•Hotjar": Chinese and Japanese texts write the bullet against the item. */
const bulletWithoutSpace = (line: string, i: number): boolean => LIST_BULLETS.includes(line[i]) && line[i] !== '·' && /[\p{L}\p{N}]/u.test(line[i + 1] ?? '');

function stripBlockPrefix(line: string): { rest: string; kind: BlockKind } {
  let i = 0;
  let kind: BlockKind = 'text';
  // Loop instead of a regex like /^(\s*>)+/ so 60k-deep nesting is one linear pass.
  for (;;) {
    while (line[i] === ' ') i++;
    const c = line[i];
    if (c === '>') { i++; continue; }
    // "– Braze (push, until 2024)": an en or em dash opening a line is a bullet too.
    if ((c === '-' || c === '*' || c === '+' || c === '–' || c === '—' || LIST_BULLETS.includes(c)) && line[i + 1] === ' ') {
      kind = 'list'; i += 2; continue;
    }
    if (c !== undefined && bulletWithoutSpace(line, i)) { kind = 'list'; i += 1; continue; }
    if (c === '#') {
      let j = i;
      while (line[j] === '#' && j - i < 7) j++;
      if (line[j] === ' ' || j === line.length) { kind = 'heading'; i = j; continue; }
    }
    // Chinese enumerations: "4、", "（1）", "①" open a list item ("一、" stays a section heading).
    const cjkItem = /^(?:\d{1,3}[、．]|[（(]\d{1,3}[)）]|[①-⑳])\s*/.exec(line.slice(i, i + 8));
    if (cjkItem) { kind = 'list'; i += cjkItem[0].length; break; }
    // "i. TransUnion CIBIL", "(b) Google Ads", "iv) …": lower-case roman numerals and letters number a list's items.
    const latinItem = /^(?:\((?:[ivx]{1,4}|[a-h])\)|(?:[ivx]{1,4}|[a-h])[.)])\s+(?=\S)/.exec(line.slice(i, i + 10));
    if (latinItem) { kind = 'list'; i += latinItem[0].length; break; }
    if (c !== undefined && c >= '0' && c <= '9') {
      let j = i;
      while (j - i < 4 && line[j] >= '0' && line[j] <= '9') j++;
      if ((line[j] === '.' || line[j] === ')') && line[j + 1] === ' ') { kind = 'list'; i = j + 2; continue; }
    }
    break;
  }
  return { rest: line.slice(i), kind };
}

const SETEXT = /^ *(?:=+|-{2,}) *$/;
const TABLE_SEPARATOR = /^ *\|? *:?-{2,}/;
const HAN = /[\u4e00-\u9fff]/;
const ENDS_LIKE_SENTENCE = /[.;,:!?。；，：！？、)）]$/u;


/**
 * Normalise and (when `markdown`) strip markdown. The returned `text` is what every Evidence
 * indexes; `blocks` are its lines with a kind, `links` the URLs that markdown hid.
 */
export function prepareText(raw: string, opts: { markdown?: boolean } = {}): PreparedText {
  const src = joinSplitTableRows(normalizeText(raw));
  const markdown = opts.markdown !== false;
  const out = new Out();
  const blocks: Block[] = [];
  const links: TextLink[] = [];
  const lines = src.split('\n');
  // After a lead-in ("以下为我们接入的第三方SDK名称及其隐私协议链接：") the short lines up to the next blank line are
  // its rows, not a run of headings each of which would hide the section the rows are in.
  let rowsOfLeadIn = false;
  // Asked once, and only of a text with a Chinese line that is not already a record (a whole-text scan).
  let traditional: boolean | undefined;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (out.length > 0) out.push('\n');
    if (!line.trim()) { rowsOfLeadIn = false; continue; }
    if (markdown && (SETEXT.test(line) || (TABLE_SEPARATOR.test(line) && line.includes('|')) || /^ *(?:\*{3,}|_{3,}) *$/.test(line))) continue;
    let kind: BlockKind;
    let rest: string;
    const trimmed = line.trim();
    // A row of cells without its leading pipe is a table row all the same — in Chinese only inside a cookie, SDK, storage
    // or processing table; download-channel rows ("腾讯应用宝 | 举报电话… | 注销…") stay short lines (table-lines.ts).
    if (trimmed.startsWith('|') || pipeRowOfTable(lines, li)) {
      kind = 'table';
      rest = trimmed;
    } else if (slashRowOfTable(lines, li)) {
      // "使用场景 / 接收方类型 / 共享目的" over "渠道推广 / 广告监测服务商 / …": a table written with slashes. Same length as pipes.
      kind = 'table';
      rest = trimmed.replace(/ \/ /g, ' | ');
    } else if (markdown && isFootnoteLine(lines, li)) {
      kind = 'text';
      rest = trimmed;
    } else if (markdown) {
      ({ rest, kind } = stripBlockPrefix(line));
    } else {
      rest = trimmed;
      kind = /^[-*] /.test(rest) || (LIST_BULLETS.includes(rest[0]) && rest[1] === ' ') || bulletWithoutSpace(rest, 0) ? 'list' : 'text';
    }
    const wholeBold = /^\*\*[^*]+\*\*:?$/.test(rest.trim());
    // Clean into a line-local buffer, then trim, so link offsets can be shifted exactly once.
    const lineOut = new Out();
    const lineLinks: TextLink[] = [];
    // Fast path: most lines carry no inline markdown at all.
    if (markdown && /[*`_~\\&[!<]/.test(rest)) cleanInline(rest, lineOut, lineLinks);
    else lineOut.push(rest);
    const produced = lineOut.parts.join('');
    const body = produced.trim();
    if (!body) continue;
    const lead = produced.length - produced.trimStart().length;
    const s = out.length;
    out.push(body);
    for (const l of lineLinks) {
      const ls = Math.max(0, l.start - lead) + s;
      const le = Math.min(body.length, l.end - lead) + s;
      if (le > ls) links.push({ ...l, start: ls, end: le });
    }
    const next = lines[li + 1];
    if (kind === 'text' && (wholeBold || (markdown && next !== undefined && SETEXT.test(next) && /=|-/.test(next)))) kind = 'heading';
    // A setting quoted with its switch ("与合作伙伴共享使用数据以提升广告相关性 [已开启]", "Share usage data with partners [ON]"): an item
    // that says something, not a title.
    if (kind === 'text' && isSwitchLine(body)) kind = 'list';
    // A Chinese line with a full stop inside ("…进行访问统计和广告个性化。[接受全部] [仅必要]": a cookie banner and its buttons)
    // holds a sentence; a title never does.
    // Under a lead-in, "Optimizely (A/B testing)" is a row too: a bracket that closes the line ends no sentence there.
    const rowWithBracket = rowsOfLeadIn && /^[^.。!?！？]{1,80}[)）]$/u.test(body);
    if (kind === 'text' && body.length <= 100 && (!ENDS_LIKE_SENTENCE.test(body) || rowWithBracket) && !/[\u4e00-\u9fff][。！？][^。！？]/u.test(body)) {
      // Field labels are matched in Simplified characters ("受託廠商類別：" is "受托厂商类别：").
      if (rowsOfLeadIn || RECORD_FIELD.test(body) || (HAN.test(body) && (traditional ??= isTraditional(src)) && RECORD_FIELD.test(toSimplified(body)))
        || isDefinitionLine(body) || labelRun(lines, li) || APP_LABEL_LINE.test(body)) kind = 'list';
      else if (!isUnpunctuatedSentence(body)) kind = 'heading';
    }
    // "以下情形中，您的信息可能被第三方获取：" over "（一）广告投放及效果监测；", "…for the following purposes:" over "(a) to perform
    // statistical studies …": under a lead-in, a "（一）" / "(a)" / "(ii)" line is an item of its list (elsewhere it titles a
    // subsection, "（一）广告类").
    if (kind === 'text' && rowsOfLeadIn && /^[（(](?:[一二三四五六七八九十]{1,3}|[a-z]|[ivx]{1,4})[）)]/i.test(body)) kind = 'list';
    if (kind === 'heading') rowsOfLeadIn = false;
    else if (/[:：]$/.test(body)) rowsOfLeadIn = true;
    // "4. What do we collect?" — numbered questions are section titles, not list items.
    if (kind === 'list' && body.length <= 80 && (/[?？]$/.test(body) || wholeBold)) kind = 'heading';
    blocks.push({ start: s, end: out.length, kind });
  }
  return { text: out.parts.join(''), blocks, links };
}

/** Split `text` (already prepared) into sentences; blocks default to its lines. */
export function splitSentences(text: string, blocks?: Block[]): Sentence[] {
  const bs = blocks ?? linesAsBlocks(text);
  const sentences: Sentence[] = [];
  let heading = -1;
  for (const [blockIndex, b] of bs.entries()) {
    const pieces: Array<[number, number]> = [];
    // Most lines (list items, labels) hold one sentence; ICU is only needed when a line has
    // sentence punctuation before its end. This keeps 60k-line inputs cheap.
    const inner = text.slice(b.start, Math.max(b.start, b.end - 1));
    if (b.kind === 'table' || b.kind === 'heading' || (b.end - b.start < 400 && !/[.!?。！？]/.test(inner))) {
      pieces.push([b.start, b.end]);
    } else {
      segmentBlock(text, b.start, b.end, pieces);
    }
    for (const [ps, pe] of pieces) capPiece(text, ps, pe, (s, e) => {
      sentences.push({ text: text.slice(s, e), start: s, end: e, kind: b.kind, heading, block: blockIndex });
    });
    if (b.kind === 'heading') heading = sentences.length - 1;
  }
  return sentences;
}


function linesAsBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body) blocks.push({ start: pos + lead, end: pos + lead + body.length, kind: body.startsWith('|') ? 'table' : 'text' });
    pos += line.length + 1;
  }
  return blocks;
}

/** Intl.Segmenter over one block, chunked so a 5 MB line never becomes one ICU call. */
function segmentBlock(text: string, start: number, end: number, pieces: Array<[number, number]>): void {
  const CHUNK = 50_000;
  let chunkStart = start;
  let pendingStart = -1;
  while (chunkStart < end) {
    let chunkEnd = Math.min(end, chunkStart + CHUNK);
    if (chunkEnd < end) {
      const sp = text.lastIndexOf(' ', chunkEnd);
      if (sp > chunkStart + CHUNK / 2) chunkEnd = sp + 1;
    }
    const chunk = text.slice(chunkStart, chunkEnd);
    for (const seg of getSegmenter().segment(chunk)) {
      const s = chunkStart + seg.index;
      const e = s + seg.segment.length;
      const from = pendingStart >= 0 ? pendingStart : s;
      const merged = text.slice(from, e);
      if (e < end && merged.length < MAX_SENTENCE_CHARS &&
          falseBreak(merged, text.slice(e, e + 12))) {
        pendingStart = from;
        continue;
      }
      pendingStart = -1;
      pieces.push([from, e]);
    }
    chunkStart = chunkEnd;
  }
  if (pendingStart >= 0) pieces.push([pendingStart, end]);
}

/** Trim a piece and cut it into ≤ MAX_SENTENCE_CHARS parts at a space or comma when possible. */
function capPiece(text: string, start: number, end: number, emit: (s: number, e: number) => void): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  while (e - s > MAX_SENTENCE_CHARS) {
    let cut = s + MAX_SENTENCE_CHARS;
    const tail = text.slice(s + MAX_SENTENCE_CHARS / 2, cut);
    const at = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf(','), tail.lastIndexOf('，'), tail.lastIndexOf('；'));
    if (at >= 0) cut = s + MAX_SENTENCE_CHARS / 2 + at + 1;
    else if (/[\uDC00-\uDFFF]/.test(text[cut])) cut--; // never split a surrogate pair
    let ce = cut;
    while (ce > s && /\s/.test(text[ce - 1])) ce--;
    if (ce > s) emit(s, ce);
    s = cut;
    while (s < e && /\s/.test(text[s])) s++;
  }
  if (e > s) emit(s, e);
}
