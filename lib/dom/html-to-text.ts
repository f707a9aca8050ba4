/**
 * HTML → policy text, outside lib/core because it needs a DOM. The caller supplies the parser:
 * the CLI passes linkedom, the extension's offscreen document passes the real DOMParser — so
 * this file imports no DOM implementation itself.
 *
 * Readability picks the main content; its textContent loses list and paragraph structure, so we
 * walk the chosen subtree and emit one line per block and markdown-style links, which the
 * analyzer's markdown cleanup turns back into text + link offsets.
 */
import { Readability } from '@mozilla/readability';

export type ParseHtml = (html: string) => Document;

/** What the offscreen document sends back (lib/browser/offscreen.ts relies on this shape). */
export interface ExtractedPage {
  title: string;
  /** Markdown-ish main text, ready for analyzePolicy. */
  text: string;
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BR',
  'BLOCKQUOTE', 'PRE', 'DL', 'DT', 'DD', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'FIGURE', 'HR', 'TBODY', 'THEAD',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'BUTTON', 'SELECT', 'OPTION']);
/** Deep DOMs (60k nested divs) must not overflow the stack: the walk is iterative. */
const MAX_NODES = 500_000;

function toMarkdownish(root: Node, baseUrl?: string): string {
  const out: string[] = [];
  const stack: Array<{ node: Node; exit?: string }> = [{ node: root }];
  let visited = 0;
  while (stack.length && visited++ < MAX_NODES) {
    const { node, exit } = stack.pop()!;
    if (exit !== undefined) {
      out.push(exit);
      continue;
    }
    if (node.nodeType === 3) {
      out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    const tag = (el.tagName ?? '').toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'A') {
      const href = el.getAttribute('href') ?? '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      let url = href;
      try { url = baseUrl ? new URL(href, baseUrl).href : href; } catch { /* keep raw */ }
      out.push(text && href && !/^javascript:/i.test(href) ? ` [${text.replace(/[[\]]/g, '')}](${url.replace(/[()\s]/g, encodeURIComponent)}) ` : text);
      continue;
    }
    const block = BLOCK.has(tag);
    const prefix = tag === 'LI' ? '\n- ' : /^H[1-6]$/.test(tag) ? '\n## ' : tag === 'TR' ? '\n| ' : block ? '\n' : '';
    const suffix = tag === 'TD' || tag === 'TH' ? ' | ' : block ? '\n' : '';
    out.push(prefix);
    stack.push({ node, exit: suffix });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] });
  }
  return out.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Main text (and title) of an HTML policy page, as markdown-ish text for analyzePolicy. */
export function htmlToText(html: string, parse: ParseHtml, url?: string): ExtractedPage {
  const doc = parse(html);
  let root: Node | null = null;
  let title = (doc.title ?? '').trim();
  try {
    // Readability mutates the document it is given, so it gets its own copy.
    const article = new Readability(parse(html), { charThreshold: 200 }).parse();
    if (article?.title) title = article.title.trim();
    if (article?.content) root = parse(`<!doctype html><html><body>${article.content}</body></html>`).body;
  } catch {
    root = null;
  }
  let text = toMarkdownish(root ?? doc.body ?? doc, url);
  // Readability occasionally keeps only a fragment of long legal pages; prefer the full body then.
  if (root && doc.body) {
    const full = toMarkdownish(doc.body, url);
    if (text.length < full.length * 0.3) text = full;
  }
  return { title, text };
}
