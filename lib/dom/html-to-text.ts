/**
 * HTML → policy text, outside lib/core because it needs a DOM. The caller supplies the parser:
 * the CLI passes linkedom, the extension's offscreen document passes the real DOMParser — so
 * this file imports no DOM implementation itself.
 *
 * The page's main content (declaredMain / withoutChrome) is walked, one line per block with markdown-style links,
 * which the analyzer's markdown cleanup turns back into text + link offsets. Everything the site publishes there is
 * read — collapsed panels, tabs and "read more" included: they are one click away for the reader, and a company named
 * only in a closed panel must not be shown as undisclosed.
 */
export type ParseHtml = (html: string) => Document;

/** What the offscreen document sends back (lib/browser/offscreen.ts relies on this shape). */
export interface ExtractedPage {
  title: string;
  /** Markdown-ish main text, ready for analyzePolicy. */
  text: string;
  /** The HTML_READER_VERSION that wrote `text`. */
  reader: number;
}

/**
 * Bumped whenever the same page gives other text. A policy stored from an older reading is then the same page read
 * again, not a change the site made: lib/browser/policy-service.ts keeps the versions apart so the report does not put
 * the reader's update in the site's mouth.
 * 2 (31st session): the declared main content, or the body without its furniture, instead of Readability; collapsed
 * panels, tables drawn with divisions and nested field lists.
 */
export const HTML_READER_VERSION = 2;

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BR',
  'BLOCKQUOTE', 'PRE', 'DL', 'DT', 'DD', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'FIGURE', 'HR', 'TBODY', 'THEAD',
  'DETAILS', 'SUMMARY',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'BUTTON', 'SELECT', 'OPTION']);
/** A dialog (a consent banner and its vendor list) is the page's furniture, not the policy's text: never read, never opened. */
const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
/** Deep DOMs (60k nested divs) must not overflow the stack: the walk is iterative. */
const MAX_NODES = 500_000;

/** Tags that give structure of their own even inside a list item: nested lists and tables keep their lines. */
const STRUCTURE = new Set(['UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'TBODY', 'THEAD', 'TFOOT']);
/** Row groups: the rows inside already start their own lines, and a blank line would part a header row from its rows. */
const ROW_GROUP = new Set(['THEAD', 'TBODY', 'TFOOT']);

function toMarkdownish(root: Node, baseUrl?: string): string {
  const out: string[] = [];
  const stack: Array<{ node: Node; exit?: string; leaves?: boolean }> = [{ node: root }];
  let visited = 0;
  // Where blocks must not break the line. Inside a table cell ('line') nothing does: a row is one line of "| … | … |",
  // and a cell of "<p>Criteo</p><p>Taboola</p>" or "Hotjar<br>Mixpanel" split over lines parted the names from their
  // row (its purpose, its "no longer used" status column). Inside a list item ('item') paragraphs and divisions stay on
  // the item's line — "<li><p>Criteo – retargeting ads</p></li>" was a bare "-" and a loose line, no item at all — while
  // a nested list still gives each of its items a line ('list').
  const contexts: Array<'line' | 'item' | 'list'> = [];
  while (stack.length && visited++ < MAX_NODES) {
    const { node, exit, leaves } = stack.pop()!;
    if (exit !== undefined) {
      out.push(exit);
      if (leaves) contexts.pop();
      continue;
    }
    if (node.nodeType === 3) {
      out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    const tag = (el.tagName ?? '').toUpperCase();
    if (SKIP.has(tag) || tag === 'DIALOG' || el.matches?.(DIALOG)) continue;
    if (tag === 'A') {
      const href = el.getAttribute('href') ?? '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      let url = href;
      try { url = baseUrl ? new URL(href, baseUrl).href : href; } catch { /* keep raw */ }
      out.push(text && href && !/^javascript:/i.test(href) ? ` [${text.replace(/[[\]]/g, '')}](${url.replace(/[()\s]/g, encodeURIComponent)}) ` : text);
      continue;
    }
    const cell = tag === 'TD' || tag === 'TH';
    const block = BLOCK.has(tag) && !ROW_GROUP.has(tag);
    const context = contexts.at(-1);
    let prefix: string;
    let suffix: string;
    const fields = context === 'item' && (tag === 'UL' || tag === 'OL') && isFieldList(el);
    if ((context === 'line' && !cell) || fields || (context === 'item' && block && !STRUCTURE.has(tag))) {
      prefix = block ? CELL_BREAK : '';
      suffix = prefix;
    } else if (tag === 'DT' || tag === 'DD') {
      // A definition list is labels with their descriptions: "- Criteo: Shows you ads …", the item form the reader
      // knows, rather than a bare "Criteo" line that names no one.
      prefix = tag === 'DT' ? '\n- ' : ' ';
      suffix = tag === 'DT' ? (/[:：]\s*$/.test(el.textContent ?? '') ? '' : ':') : '';
    } else {
      prefix = tag === 'LI' ? '\n- ' : /^H[1-6]$/.test(tag) ? '\n## ' : tag === 'TR' ? '\n| ' : block && tag !== 'UL' && tag !== 'OL' ? '\n' : '';
      // A row or an item ends where the next one begins ("\n| ", "\n- "): rows stay one block of lines under their
      // header, and a list's items (a nested list's too) follow one another without blank lines. A line break is one
      // line end, not a paragraph's blank line: "We share data with:<br>Criteo<br>Taboola" is a lead-in and its lines,
      // and a sentence wrapped with <br> is joined again by the reader.
      suffix = cell ? ' | ' : block && tag !== 'TR' && tag !== 'LI' && tag !== 'BR' ? '\n' : '';
    }
    out.push(prefix);
    const enters = context === 'line' ? null : fields ? 'line' : cell || tag === 'DT' || tag === 'DD' ? 'line' : tag === 'LI' ? 'item' : tag === 'UL' || tag === 'OL' || tag === 'TABLE' ? 'list' : null;
    if (enters) contexts.push(enters);
    stack.push({ node, exit: suffix, leaves: enters !== null });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] });
  }
  return joinCellBreaks(out.join('')).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** "Purpose: …", "处理内容：…": a field of a record, its label short. */
const FIELD = /^[^:：\n]{1,24}[:：]\s*\S/;
/**
 * A nested list whose items are all fields of the item above ("<li><strong>华为云</strong><ul><li>处理内容：异地灾备</li>
 * <li>地点：贵阳</li></ul></li>") is that item's record, not a list of its own: its fields stay on the item's line. Written
 * as sibling items, "- 华为云…" stood alone without what it processes and named no one.
 */
function isFieldList(list: Element): boolean {
  const items = [...list.children];
  return items.length > 0 && items.every((li) => li.tagName.toUpperCase() === 'LI' && !li.querySelector('ul, ol, table') && FIELD.test((li.textContent ?? '').trim()));
}

/** A break inside a table cell, resolved once the row is written (joinCellBreaks). */
const CELL_BREAK = '\u2063';
/**
 * "Criteo<br>Taboola" is two items, not the product "Criteo Taboola": a break inside a cell becomes "; " between words,
 * a space anywhere else (after a sentence's own punctuation, a link, at the cell's edges).
 */
function joinCellBreaks(text: string): string {
  if (!text.includes(CELL_BREAK)) return text;
  // One pass (a hostile page can write long runs of spaces and breaks; a regular expression backtracked over them).
  const out: string[] = [];
  let from = 0;
  let last = '';
  for (let at = text.indexOf(CELL_BREAK); at >= 0; at = text.indexOf(CELL_BREAK, from)) {
    let start = at;
    while (start > from && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    let end = at;
    while (end < text.length && (text[end] === ' ' || text[end] === '\t' || text[end] === CELL_BREAK)) end++;
    if (start > from) last = text[start - 1];
    // As the text reader does for "<br>" in markdown (text.ts): items part only between words, so a link that ends the
    // first item ("…/privacy/") is not extended by a ";".
    const between = /[\p{L}\p{N})）」"”’]/u.test(last) && /[\p{L}\p{N}(（「“"]/u.test(text[end] ?? '') ? '; ' : ' ';
    out.push(text.slice(from, start), between);
    last = between.at(-1)!;
    from = end;
  }
  out.push(text.slice(from));
  return out.join('');
}

/** Building a DOM gets superlinear on absurdly deep markup (tens of thousands of nested divs); real pages stay far below. */
export const MAX_READABLE_DEPTH = 500;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Deepest element nesting of an HTML string by one linear scan of its tags (stops once past `limit`). */
export function tagDepth(html: string, limit = MAX_READABLE_DEPTH): number {
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})\b[^>]{0,2000}?(\/?)>/g;
  let depth = 0;
  let max = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    if (VOID.has(m[2].toLowerCase()) || m[3] === '/') continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) { max = depth; if (max > limit) return max; }
  }
  return max;
}

/** Text of absurdly nested markup by linear string passes: tags dropped, blocks become line breaks. */
function flatText(html: string): ExtractedPage {
  const title = (/<title\b[^>]{0,200}>([^<]{0,300})/i.exec(html)?.[1] ?? '').trim();
  const text = html
    .replace(/<(script|style|template|title)\b[^>]{0,2000}>[^<]{0,1000000}<\/\1\s*>/gi, ' ')
    // Rows and cells as the DOM reader writes them, so adjacent cells do not run together as one name.
    .replace(/<tr\b[^>]{0,2000}>/gi, '\n| ')
    .replace(/<\/t[dh]\s*>/gi, ' | ')
    .replace(/<(?:p|div|li|h[1-6]|br|section|article|table|ul|ol)\b[^>]{0,2000}>/gi, '\n')
    .replace(/<[^>]{0,2000}>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n[ \n]*\n/g, '\n\n')
    .trim();
  return { title, text, reader: HTML_READER_VERSION };
}

/**
 * The button that opens an accordion's or tab's panel is the panel's label ("Google Analytics" over "Measures how the
 * site is used"), and buttons are otherwise skipped as controls: a disclosure button becomes plain text (inline inside
 * a heading, else its own line).
 */
function labelDisclosures(doc: Document): void {
  for (const button of doc.querySelectorAll('button[aria-expanded], button[aria-controls]')) {
    if (button.closest(DIALOG)) continue;
    const label = doc.createElement(button.closest('h1, h2, h3, h4, h5, h6') ? 'span' : 'p');
    label.textContent = button.textContent ?? '';
    button.replaceWith(label);
  }
}

/**
 * Consent platforms and page builders draw tables and lists as `<div role="row">` / `role="cell"` (what screen readers
 * are told). Read as divisions, every cell was its own line and a provider was parted from its row ("_ga / Google /
 * Analytics" as three loose lines named no one). So they become the elements they stand for before the page is read.
 */
const ROLE_TAG: Record<string, string> = {
  table: 'table', grid: 'table', treegrid: 'table', rowgroup: 'tbody', row: 'tr',
  cell: 'td', gridcell: 'td', columnheader: 'th', rowheader: 'th', list: 'ul', listitem: 'li', term: 'dt', definition: 'dd',
};
function realizeRoles(doc: Document): void {
  for (const el of doc.querySelectorAll('div[role], span[role], p[role]')) {
    const tag = ROLE_TAG[(el.getAttribute('role') ?? '').trim().toLowerCase()];
    if (!tag) continue;
    const real = doc.createElement(tag);
    while (el.firstChild) real.appendChild(el.firstChild);
    el.replaceWith(real);
  }
}

/** Tags a grid's cell may be: text and inline markup, no blocks of its own. */
const CELL_TAGS = new Set(['DIV', 'SPAN', 'P', 'A', 'STRONG', 'B', 'EM', 'I', 'CODE', 'TIME', 'SMALL', 'LABEL']);
/** Inline markup a cell's value may carry (a link, emphasis); anything else inside makes it more than a value. */
const INLINE = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'CODE', 'TIME', 'SMALL', 'SUP', 'SUB', 'ABBR', 'MARK', 'U', 'IMG']);
/** A cell holds a value ("_ga", "Criteo", "13 months"), not a passage. */
const MAX_CELL_CHARS = 200;

const hasOwnText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');
/** Only inline markup inside, a few elements at most (walked by hand: a selector per cell was slow in linkedom). */
function inlineOnly(el: Element): boolean {
  const todo = [...el.children];
  for (let seen = 0; todo.length; seen++) {
    const child = todo.pop()!;
    if (seen > 8 || !INLINE.has(child.tagName.toUpperCase())) return false;
    todo.push(...child.children);
  }
  return true;
}
const isCell = (el: Element) => CELL_TAGS.has(el.tagName.toUpperCase()) && inlineOnly(el) && (el.textContent ?? '').trim().length <= MAX_CELL_CHARS;

/** The cells of a row: two or more elements of values, nothing written between them. */
function cellsOf(row: Element): Element[] | null {
  const cells = [...row.children];
  return cells.length >= 2 && !hasOwnText(row) && cells.every(isCell) ? cells : null;
}

/**
 * A cookie list drawn with classes alone (`<div class="row"><span>_hjid</span><span>Hotjar</span>…`) has no tag or role
 * that says "table", and its cells, written one after another, ran together ("_hjid.hotjar.comHotjarHeatmaps"). A
 * container of two or more rows of the same tag, each holding the same number (two or more) of value cells and nothing
 * else, is read as the table it draws.
 */
function realizeGrids(doc: Document): void {
  for (const grid of [...doc.querySelectorAll('div, ul, ol, section')]) {
    const rows = [...grid.children];
    // Cheap tests first: most containers fail them, and a page can hold a hundred thousand divisions.
    if (rows.length < 2 || rows.some((r) => r.tagName !== rows[0].tagName || r.children.length !== rows[0].children.length) || hasOwnText(grid)) continue;
    const cells = rows.map(cellsOf);
    if (cells.some((c) => !c || c.length !== cells[0]!.length)) continue;
    const table = doc.createElement('table');
    for (const rowCells of cells) {
      const tr = doc.createElement('tr');
      for (const cell of rowCells!) { const td = doc.createElement('td'); td.appendChild(cell); tr.appendChild(td); }
      table.appendChild(tr);
    }
    grid.replaceWith(table);
  }
}

/**
 * The page's furniture around its text: the site's header, menus, footer and sidebars, by element or by landmark role.
 * A header, footer or aside inside a section or article belongs to that section (its heading, its notes) and stays.
 * Forms stay too: some frameworks (ASP.NET) wrap the whole page in one.
 */
const PAGE_CHROME = 'header, nav, footer, aside, [role="banner"], [role="navigation"], [role="contentinfo"], [role="complementary"], [role="search"]';
const SECTIONING = 'section, article, main, [role="main"]';

/** Below this a "main" element is a stub (a skip link's target, an empty shell), as for Readability's own threshold. */
const MIN_MAIN_CHARS = 200;

/**
 * The region the site itself marks as its main content: its one `<main>` (or `role="main"`), else its one `<article>`,
 * read whole; on a page that marks none, the body without its furniture (PAGE_CHROME).
 *
 * Until the 31st session Readability chose the region. It cleans what it chooses for reading news, and a policy is not
 * news: sections whose id or class sounds like furniture ("social-media", "sponsors", "gdpr") were stripped with their
 * disclosures, vendor cards with a logo and a link were cleaned away as adverts, and a vendor list beside the policy's
 * rich-text block was left out as a sibling it did not score (the development policy pages: every company of a
 * Webflow agency's vendor grid read as never named). Losing a disclosure shows a tracker as undisclosed; keeping some
 * furniture costs the reader a few lines it already reads as menus, follow links and app-store badges.
 */
function declaredMain(doc: Document): Element | null {
  for (const selector of ['main, [role="main"]', 'article']) {
    const found = [...doc.querySelectorAll(selector)].filter((el) => !el.parentElement?.closest(selector));
    if (found.length === 1) return (found[0].textContent ?? '').trim().length >= MIN_MAIN_CHARS ? found[0] : null;
    if (found.length > 1) return null;
  }
  return null;
}

/** The body without the page's furniture (the document is the reader's own copy). */
function withoutChrome(doc: Document): Node {
  const body = doc.body ?? doc;
  for (const el of [...body.querySelectorAll(PAGE_CHROME)]) if (!el.parentElement?.closest(SECTIONING)) el.remove();
  return body;
}

/** Main text (and title) of an HTML policy page, as markdown-ish text for analyzePolicy. */
export function htmlToText(html: string, parse: ParseHtml, url?: string): ExtractedPage {
  // Hostile nesting: even building the DOM is superlinear there, so read it without one.
  if (tagDepth(html) > MAX_READABLE_DEPTH) return flatText(html);
  const doc = parse(html);
  labelDisclosures(doc);
  realizeRoles(doc);
  realizeGrids(doc);
  const title = (doc.title ?? '').trim() || (doc.querySelector('h1')?.textContent ?? '').trim();
  // Links resolve against the policy's own URL (its <base> honoured), never the parsing page's: a document from
  // DOMParser takes the base URI of the extension page that parsed it (docs/firefox.md, row 4).
  let base = url;
  if (url) try { base = new URL(doc.querySelector('base[href]')?.getAttribute('href') ?? '', url).href; } catch { /* keep the page URL */ }
  return { title, text: toMarkdownish(declaredMain(doc) ?? withoutChrome(doc), base), reader: HTML_READER_VERSION };
}
