/**
 * Policy-page sets (31st session): whole privacy-policy pages as HTML, written for the project by helpers who saw
 * nothing of it (rules: tests/fixtures/eval/lookalikes/html-rules.md) — site chrome, cookie banners, tables, div
 * grids of consent platforms, accordions, definition lists — each labelled for which companies the page names as
 * receiving data and which it only mentions.
 *
 * Every other set is text; the extension never reads text, it reads the page a site serves. So each page is read
 * the extension's way (lib/dom/html-to-text with the page's own URL; linkedom, as the CLI, standing in for the
 * offscreen document's DOMParser) and then scored exactly like the naming sentences (scoreNamingRow).
 */
import { parseHTML } from 'linkedom';
import { htmlToText } from '../../lib/dom/html-to-text.ts';
import { evalClassifier } from './page.ts';
import type { CorpusResult } from './run-opp115.ts';
import { read, scoreNamingRow, SITE, type NamingRow } from './run-lookalikes.ts';
import { emptyCounts } from './score.ts';

export interface PageRow extends Omit<NamingRow, 'text'> { html: string }

/** The text the extension would analyse for one page row. */
export function pageText(row: PageRow): string {
  return htmlToText(row.html, (html) => parseHTML(html).document as unknown as Document, `https://www.${SITE}/privacy`).text;
}

export async function runPageLookalikes(lang: 'en' | 'zh'): Promise<CorpusResult | null> {
  const res: CorpusResult = { cases: [], named: { dev: emptyCounts(), test: emptyCounts() }, dataTypes: { dev: emptyCounts(), test: emptyCounts() }, misses: [], skipped: { dev: 0, test: 0 } };
  const classifier = await evalClassifier();
  let any = false;
  for (const split of ['dev', 'test'] as const) {
    for (const row of read<PageRow>(split, `${lang}-html`)) {
      any = true;
      scoreNamingRow(row, pageText(row), split, res, classifier);
    }
  }
  return any ? res : null;
}
