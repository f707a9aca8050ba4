/**
 * A report in the reader's words (issue 15 item 3), in real Chromium with a zh-CN UI: browse the three demo
 * sites (the news page, the shop with an e-mail typed into its checkout and its Complianz cookie banner, the
 * Chinese page), then export HTML and CSV from the dashboard as a person would. The files must name every
 * company by its display name — no TrackerDB key (checked against every key of trackerdb.json that is not a
 * plain word of the name shown), no `domain:` row key — and give reasons, data, verdicts and consent in
 * Chinese, with no message key and none of our English sentences left. The popup says the same things.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { DEMO_URLS } from '../../scripts/demo-server';
import { CSV_COLUMNS, parseCsv } from '../../lib/core/report/csv';
import type { TabReport } from '../../lib/core/types';
import zh from '../../public/_locales/zh_CN/messages.json';
import { htmlOwnWords, htmlReadable, internalWords } from '../support/reader-words';
import { eventually, optoutState, useExtension } from './fixtures';

const e2e = useExtension({ locale: 'zh-CN' });
const CONSENT_URL = new URL('/consent', DEMO_URLS.shop).href;
const msg = (key: keyof typeof zh) => zh[key].message;

const report = (tabId: number) => e2e.session.send<TabReport | null>({ type: 'get-tab-report', tabId });
const judged = (r: TabReport | null, n: number) => Boolean(r && r.policy?.status === 'found' && r.organizations.length >= n && r.organizations.every((o) => o.verdict !== null));
const HAN = /[\u4e00-\u9fff]/;

async function openPopup(tabId: number): Promise<Page> {
  const popup = await e2e.session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${e2e.session.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('li.fp-org').first().waitFor();
  return popup;
}

async function download(dash: Page, testId: string): Promise<string> {
  const [file]: [Download, void] = await Promise.all([dash.waitForEvent('download'), dash.getByTestId(testId).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

describe('the demo browse, exported in Chinese words', () => {
  it('popup, HTML and CSV name companies, reasons, data and the cookie banner in Chinese; no TrackerDB key anywhere', async () => {
    const news = await e2e.session.openTab(DEMO_URLS.news);
    await eventually(() => report(news.tabId), (r) => judged(r, 4), 30_000);

    const shop = await e2e.session.openTab(DEMO_URLS.shop);
    await shop.page.fill('#email', 'jane.doe@example.com');
    await shop.page.dispatchEvent('#email', 'change');
    const shopReport = await eventually(() => report(shop.tabId), (r) => judged(r, 4) && (r?.dataFlows.length ?? 0) >= 2, 30_000);
    expect(shopReport?.dataFlows.some((f) => f.recipientOrg === 'facebook' && f.encoding === 'sha256')).toBe(true);

    const consent = await e2e.session.openTab(CONSENT_URL);
    expect((await eventually(() => optoutState(e2e.session, consent.tabId), (s) => s?.banner?.status === 'shown'))?.banner?.cmp).toBe('Complianz banner');
    await eventually(() => report(consent.tabId), (r) => judged(r, 1), 30_000);

    const chinese = await e2e.session.openTab(DEMO_URLS.chinese);
    await eventually(() => report(chinese.tabId), (r) => judged(r, 3), 30_000);

    // The popup: Meta's row gives its reason and the e-mail it received in Chinese words.
    const popup = await openPopup(shop.tabId);
    const meta = popup.locator('li.fp-org[data-org="facebook"]');
    expect(await meta.locator('.fp-org-name').textContent()).toBe('Meta（脸书）');
    await meta.locator('button.fp-org-toggle').click();
    const why = (await meta.locator('[data-testid="why"]').textContent()) ?? '';
    // The shop's policy names "Facebook": the reason quotes the name as the policy writes it, in a Chinese sentence.
    expect(why).toMatch(/^隐私政策.*Facebook/);
    expect(await meta.locator('[data-testid="flows"]').textContent()).toContain('联系方式：您输入的电子邮件地址（SHA-256 哈希）');
    expect(internalWords((await meta.locator('.fp-details').textContent()) ?? '', 'zh').filter((l) => l.kind !== 'english')).toEqual([]);
    await popup.close();

    // The cookie banner by its platform's name, not autoconsent's rule id.
    const consentPopup = await openPopup(consent.tabId);
    const banner = consentPopup.getByTestId('banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('此页面显示了 Cookie 横幅（Complianz）。');
    await consentPopup.close();

    // The dashboard's exports, downloaded like a person does.
    const dash = await e2e.session.context.newPage();
    await dash.goto(`chrome-extension://${e2e.session.extensionId}/dashboard.html`);
    await dash.getByTestId('tab-data').click();
    const html = await download(dash, 'export-html');
    const csv = await download(dash, 'export-csv');
    await dash.close();

    // HTML: every site is in it, in Chinese, with our own words all Chinese and no internal identifier anywhere.
    expect(html).toContain('<html lang="zh-CN">');
    for (const site of ['dailyglobe.example', 'cartwheel-shop.example', 'xinxi-zh.example']) expect(html).toContain(site);
    const { text, attributes } = htmlReadable(html);
    expect(internalWords(text, 'zh').filter((l) => l.kind !== 'english')).toEqual([]);
    expect(internalWords(attributes, 'zh').filter((l) => l.kind === 'trackerdb-key' || l.kind === 'row-key')).toEqual([]);
    expect(internalWords(htmlOwnWords(html), 'zh')).toEqual([]);
    const wanted = ['谷歌', 'Meta（脸书）', '百度', '腾讯', '您输入的电子邮件地址（SHA-256 哈希）', msg('report_data_flows'), msg('popup_policy_says')];
    expect(wanted.filter((w) => !text.includes(w))).toEqual([]);
    // Reasons: one of the named-in-policy reasons and one of the not-mentioned ones, in Chinese.
    expect(text).toMatch(/隐私政策点名提到了 |隐私政策在第三方 SDK 清单中列出了 /);
    expect(text).toContain('隐私政策没有提到 ');

    // CSV: Chinese headers, display names, Chinese verdicts and reasons; no key column, no key in any cell.
    expect(internalWords(csv, 'zh').filter((l) => l.kind !== 'english')).toEqual([]);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => zh[`csv_col_${c}` as keyof typeof zh].message));
    const col = (c: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(c);
    // Our own cells (not the site's title, hosts or the policy's quoted sentence) carry no English of ours.
    const ours = rows.slice(1).map((r) => [r[col('organization')], r[col('category')], r[col('verdict')], r[col('reason')], r[col('other_evidence')], r[col('policy_status')]].join('\n')).join('\n');
    expect(internalWords(ours, 'zh')).toEqual([]);
    const orgs = new Set(rows.slice(1).map((r) => r[col('organization')]));
    for (const name of ['谷歌', 'Meta（脸书）', '百度', '腾讯', '字节跳动']) expect(orgs, name).toContain(name);
    // Every judged row says why in Chinese (an organization not in the site's judged snapshot has no reason yet).
    const unjudged = zh.report_verdict_unjudged.message;
    const judgedRows = rows.slice(1).filter((r) => r[col('organization')] && r[col('verdict')] !== unjudged);
    expect(judgedRows.length).toBeGreaterThan(8);
    for (const r of rows.slice(1).filter((x) => x[col('organization')])) expect(r[col('verdict')], r[col('organization')]).toMatch(HAN);
    for (const r of judgedRows) expect(r[col('reason')], `${r[col('site')]} ${r[col('organization')]}`).toMatch(HAN);

    for (const t of [news, shop, consent, chinese]) await t.page.close();
  });
});
