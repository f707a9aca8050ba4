import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../lib/core/report/model';
import { generateHistory } from '../../tests/support/generate-history';
import { exportHtml, REPORT_CSP } from './render-html';

const HOSTILE = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>=HYPERLINK("http://evil")';

describe('HTML export', () => {
  it('is self-contained: inline CSS, SVG charts, no script, no external resource, print styles', () => {
    const html = exportHtml(buildReportModel(generateHistory(25)));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`content="${REPORT_CSP}"`);
    expect(html).toContain('@media print');
    expect(html).toMatch(/<svg[^>]*class="fp-graph"/);
    expect(html).not.toMatch(/<script|<link\b|<iframe|<img|\bsrc=|@import|url\(/i);
    expect(html).toContain('Google saw you on');
  });

  it('says a version read again by a newer Fineprint is not a change the site made', () => {
    const history = generateHistory(2);
    const last = history.policies.at(-1)!;
    history.policies.push({ site: last.site, hash: 'f00dfeedcafe', previousHash: last.hash, fetchedAt: last.fetchedAt + 1000, url: last.url, reread: true });
    const html = exportHtml(buildReportModel(history));
    expect(html).toContain('read again by a newer Fineprint');
    expect(html).toContain('the site may not have changed its policy');
  });

  it('escapes hostile page titles, host names and policy sentences', () => {
    const html = exportHtml(buildReportModel(generateHistory(5, { hostile: HOSTILE })));
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>globalThis');
    expect(html).toContain('&lt;img src=x onerror=');
    expect(html).toContain('&lt;script>globalThis.pwned=2&lt;/script>');
  });

  it('uses the shared per-site view up to 200 sites and the compact table above, both escaped', () => {
    const small = exportHtml(buildReportModel(generateHistory(3, { hostile: HOSTILE })));
    expect(small).toContain('class="fp-site-name"');
    expect(small).toContain('<details open>');
    const big = exportHtml(buildReportModel(generateHistory(201, { hostile: HOSTILE })));
    expect(big).not.toContain('class="fp-site-name"');
    expect(big).toContain('class="fp-org-table"');
    expect(big).not.toContain('<img src=x');
    expect(big).not.toMatch(/<script/i);
  });

  it('renders in another language through the injected translator', () => {
    const html = exportHtml(buildReportModel(generateHistory(2)), (k) => `«${k}»`, 'zh-CN');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('«report_title»');
  });

  it('names companies in the reader\'s language (谷歌 in a zh-CN report, Google in English)', async () => {
    const { createTranslator } = await import('../common/i18n');
    const zh = createTranslator(JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')));
    const model = buildReportModel(generateHistory(3));
    expect(model.organizations.some((o) => o.org === 'google')).toBe(true);
    const html = exportHtml(model, zh, 'zh-CN');
    expect(html).toContain('谷歌');
    expect(html).not.toMatch(/>Google</);
    expect(exportHtml(model)).toMatch(/>Google</);
  });
});
