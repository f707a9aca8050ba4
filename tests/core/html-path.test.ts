/**
 * The extension reads a policy page through lib/dom/html-to-text (offscreen document, Firefox's background page, the
 * CLI's linkedom); the eval and most tests read text. This holds the two paths together: every development policy
 * fixture, written back as HTML (tests/support/markdown-html.ts) and read the extension's way, names the same
 * companies as its markdown does. Cells with line breaks once split a cookie table's rows over many lines and lost
 * Criteo, Bing and Yahoo on alibaba.md. Development texts only: the fresh measure-only half is never read here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../../lib/core/policy/extract';
import { htmlToText } from '../../lib/dom/html-to-text';
import { splitOf } from '../../scripts/eval/corpus';
import { markdownToHtml } from '../support/markdown-html';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const FIXTURES: Array<[string, string]> = [
  ...readdirSync('tests/fixtures/policies').filter((f) => f.endsWith('.md')).map((f): [string, string] => ['tests/fixtures/policies', f]),
  ...readdirSync('tests/fixtures/policies-fresh').filter((f) => f.endsWith('.md') && splitOf(f) === 'dev').map((f): [string, string] => ['tests/fixtures/policies-fresh', f]),
];

describe('a policy read from its HTML page names what its text names', () => {
  it.each(FIXTURES)('%s/%s', (dir, file) => {
    const markdown = readFileSync(join(dir, file), 'utf8');
    const site = `${file.replace(/\.md$/, '').replace(/-/g, '')}.example`;
    const named = (text: string) => [...new Set(analyzePolicy(text, { siteDomain: site }).thirdParties.map((t) => t.org ?? t.domain))].sort();
    const fromPage = htmlToText(markdownToHtml(markdown), parse, `https://${site}/privacy`).text;
    expect(named(fromPage)).toEqual(named(markdown));
  });
});
