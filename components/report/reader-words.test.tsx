/**
 * The exported HTML and CSV speak the reader's language (issue 15 item 3): a Chinese report names companies
 * by their display names, never by TrackerDB keys; gives every verdict's reason, the cookie-banner evidence
 * and each data flow in Chinese; and leaves no message key or English sentence of ours behind. The history
 * uses real TrackerDB organizations and every kind of reason, data flow and consent moment.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../lib/core/report/model';
import { exportCsv, parseCsv, CSV_COLUMNS } from '../../lib/core/report/csv';
import { htmlReadable, internalWords } from '../../tests/support/reader-words';
import { TRACKERDB, wordsHistory } from '../../tests/support/words-history';
import { createTranslator, type MessagesFile } from '../common/i18n';
import { csvWords } from './csv-words';
import { exportHtml } from './render-html';

const tZh = createTranslator(JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')) as MessagesFile);
const tEn = createTranslator(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as MessagesFile);

/** toContain without printing a whole report when it fails. */
function expectIn(text: string, ...wanted: string[]): void {
  expect(wanted.filter((w) => !text.includes(w))).toEqual([]);
}

describe('the reader-words check', () => {
  it('finds a TrackerDB key, a row key, a message key and an English reason — and not a host or a display name', () => {
    expect(internalWords('Sent to amazon_associates, id5_technology_ltd and qq.com.', 'zh').map((l) => l.text)).toEqual(['amazon_associates', 'id5_technology_ltd', 'qq.com']);
    expect(internalWords('domain:tracker.example why_named', 'en').map((l) => l.kind)).toEqual(['row-key', 'message-key']);
    expect(internalWords(tEn('why_undisclosed', '谷歌'), 'zh').map((l) => l.kind)).toContain('english');
    expect(internalWords('Contact (email, base64) site_analytics unjudged', 'en').map((l) => l.text)).toEqual(['email, base64', 'site_analytics', 'unjudged']);
    expect(internalWords('亚马逊 ID5 Technology www.google-analytics.com pingjs.qq.com 谷歌', 'zh')).toEqual([]);
  });
});

describe('a Chinese report in Chinese words', () => {
  const model = buildReportModel(wordsHistory(3));

  it('exported HTML: display names, reasons, cookie-banner evidence, data flows and consent in Chinese; no key, no English', () => {
    const html = exportHtml(model, tZh, 'zh-CN');
    const { text, attributes } = htmlReadable(html);
    expect(internalWords(text, 'zh')).toEqual([]);
    // No organization key in the markup either (the JSON export is where machines find them).
    expect(internalWords(attributes, 'zh').filter((l) => l.kind === 'trackerdb-key' || l.kind === 'row-key')).toEqual([]);
    expectIn(text, '亚马逊', '腾讯', TRACKERDB.id5_technology_ltd.name,
      tZh('why_contradicted_named', '百度'), tZh('why_undisclosed_unknown', 'unlisted-metrics.example'), tZh('why_named_domain', 'id5.io'),
      '已列入该网站的 Cookie 横幅（TCF 供应商 755）', '电子邮件地址（Base64 编码）', '电子邮件地址（SHA-256 哈希）', '地理坐标（URL 编码）', '您搜索的内容（MD5 哈希）',
      tZh('report_consent_before_consent', ['亚马逊', 't0.amazonassociates-cdn.example']));
    // "Sent to" names the company, never its key; the unknown party by its domain.
    expectIn(htmlReadable(html.slice(html.indexOf('class="fp-flows"'))).text, '亚马逊', 'ID5 Technology', 'unlisted-metrics.example');
  });

  it('exported HTML above the expanded-site limit (compact tables) says the same in Chinese', () => {
    const big = exportHtml(buildReportModel(wordsHistory(201)), tZh, 'zh-CN');
    expect(big).toContain('class="fp-org-table"');
    const { text } = htmlReadable(big);
    expect(internalWords(text, 'zh')).toEqual([]);
    expectIn(text, '已列入该网站的 Cookie 横幅（TCF 供应商 755）');
  });

  it('CSV: headers, names, categories, verdicts, reasons and cookie-banner evidence in Chinese; no key column', () => {
    const csv = exportCsv(model, csvWords(tZh));
    expect(internalWords(csv, 'zh')).toEqual([]);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => tZh(`csv_col_${c}`)));
    expect(rows[0]).toContain('原因');
    const col = (c: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(c);
    const names = new Set(rows.slice(1).map((r) => r[col('organization')]));
    for (const n of ['亚马逊', '腾讯', '字节跳动', '谷歌', TRACKERDB.id5_technology_ltd.name, 'unlisted-metrics.example']) expect(names).toContain(n);
    const tencent = rows.find((r) => r[col('organization')] === '腾讯' && r[col('site')] === 'site1.example')!;
    expect(tencent[col('reason')]).not.toBe('');
    expect(tencent[col('verdict')]).toMatch(/[\u4e00-\u9fff]/);
    expect(tencent[col('category')]).toMatch(/[\u4e00-\u9fff]/);
    expect(rows.some((r) => r[col('other_evidence')].startsWith('已列入该网站的 Cookie 横幅（TCF 供应商'))).toBe(true);
    expect(rows.find((r) => r[col('site')] === 'site0.example')![col('policy_status')]).toBe(tZh('report_policy_status_not_found'));
  });

  it('the same report in English names the same companies in English, with no key either', () => {
    const html = htmlReadable(exportHtml(model, tEn, 'en')).text;
    expect(internalWords(html, 'en')).toEqual([]);
    expectIn(html, 'e-mail address, Base64-encoded', "Listed in the site's cookie banner (TCF vendor 755)", 'Amazon', 'Tencent');
    const csv = exportCsv(model, csvWords(tEn));
    expect(internalWords(csv, 'en')).toEqual([]);
    expect(csv).toContain('Amazon');
    expect(csv).toContain('Tencent');
  });
});
