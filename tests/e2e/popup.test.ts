/**
 * The popup as a person meets it: a real demo page in Chromium, then the real popup page for that tab
 * (`popup.html?tab=<id>`), checked against what the extension itself recorded, in English and Chinese,
 * with axe and with a hostile page title.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DEMO_URLS } from '../../scripts/demo-server';
import type { ExtensionSession } from '../../scripts/harness';
import type { TabReport } from '../../lib/core/types';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { eventually, useExtension } from './fixtures';

/** The badge words each verdict must carry, read from the shipped messages.json. */
function verdictLabel(messages: Record<string, { message: string }>, verdict: string): string {
  return messages[`verdict_${verdict.replace('-', '_')}`].message;
}

/** Every badge says its verdict in words (never colour alone), in the UI language. */
async function badgesInWords(popup: Page, messages: Record<string, { message: string }>): Promise<string[]> {
  const badges = await popup.locator('li.fp-org .fp-badge').evaluateAll((els) =>
    els.map((e) => ({ verdict: e.getAttribute('data-verdict') ?? '', text: e.textContent ?? '' })));
  expect(badges.length).toBeGreaterThan(0);
  for (const b of badges) expect(b.text).toContain(verdictLabel(messages, b.verdict));
  return badges.map((b) => b.verdict);
}

const tabReport = (session: ExtensionSession, tabId: number) => session.send<TabReport | null>({ type: 'get-tab-report', tabId });

async function openPopup(session: ExtensionSession, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  // Sized like the real popup, so layout (and axe's contrast checks) see what a person sees.
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('li.fp-org').first().waitFor();
  return popup;
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('popup (English)', () => {
  const e2e = useExtension();

  it('lists the organizations the extension recorded, with request counts, and expands to their hosts', async () => {
    const { page, tabId } = await e2e.session.openTab(DEMO_URLS.news);
    const before = await eventually(() => tabReport(e2e.session, tabId), (r) => Boolean(r?.organizations.some((o) => o.org === 'google')));
    expect(before).not.toBeNull();
    const popup = await openPopup(e2e.session, tabId);
    const after = (await tabReport(e2e.session, tabId))!;

    expect(await popup.locator('h1').textContent()).toBe('dailyglobe.example');
    const rows = await popup.locator('li.fp-org').evaluateAll((lis) => lis.map((li) => ({
      key: li.getAttribute('data-org'),
      name: li.querySelector('.fp-org-name')?.textContent,
      requests: Number(li.querySelector('.fp-requests')?.getAttribute('data-requests')),
      requestsText: li.querySelector('.fp-requests')?.textContent,
    })));
    // Every organization recorded before the popup opened is listed, under its name, with a count
    // between what was recorded before and after (beacons keep arriving while the page lives).
    for (const o of before!.organizations) {
      const row = rows.find((r) => r.key === (o.org ?? o.name));
      expect(row, o.name).toBeDefined();
      expect(row!.name).toBe(o.name);
      const later = after.organizations.find((x) => x.name === o.name)!;
      expect(row!.requests).toBeGreaterThanOrEqual(o.requests);
      expect(row!.requests).toBeLessThanOrEqual(later.requests);
      expect(row!.requestsText).toMatch(/^\d+ requests?$/);
    }
    // Verdicts may still be pending ("Not checked yet") or already judged: either way, in words.
    const verdicts = await badgesInWords(popup, en);
    expect(verdicts).toHaveLength(rows.length);

    const google = popup.locator('li.fp-org[data-org="google"]');
    const toggle = google.locator('button.fp-org-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await google.locator('.fp-details').count()).toBe(0);
    await toggle.focus();
    await popup.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const hosts = await google.locator('.fp-hosts li').allTextContents();
    for (const h of before!.organizations.find((o) => o.org === 'google')!.hosts) expect(hosts).toContain(h);

    expect(await popup.locator('footer a[href="dashboard.html"]').count()).toBe(1);
    expect(await popup.locator('footer').textContent()).toContain('Tracker data: Ghostery TrackerDB, CC BY-NC-SA 4.0');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('shows a hostile page title as text, never as markup', async () => {
    const url = new URL('/hostile-title', DEMO_URLS.news).href;
    const { page, tabId } = await e2e.session.openTab(url);
    expect(await page.title()).toBe('<img src=x onerror=alert(1)>');
    await eventually(() => tabReport(e2e.session, tabId), (r) => Boolean(r?.organizations.length));
    const dialogs: string[] = [];
    e2e.session.context.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const popup = await openPopup(e2e.session, tabId);
    expect(await popup.locator('[data-testid="page-title"]').textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await popup.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('popup (Chinese UI)', () => {
  const e2e = useExtension({ locale: 'zh-CN' });

  it('speaks Chinese and passes axe', async () => {
    const { page, tabId } = await e2e.session.openTab(DEMO_URLS.chinese);
    // Wait for the verdicts, not only the rows: the headline reads "正在读取…" until the policy is read.
    await eventually(() => tabReport(e2e.session, tabId), (r) => Boolean(r?.organizations.some((o) => o.org === 'baidu' && o.verdict)));
    const popup = await openPopup(e2e.session, tabId);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await badgesInWords(popup, zh);
    const baiduVerdict = await popup.locator('li.fp-org[data-org="baidu"] .fp-badge').getAttribute('data-verdict');
    expect(await popup.locator(`[data-verdict-group="${baiduVerdict}"] h2`).textContent()).toContain(verdictLabel(zh, baiduVerdict!));
    expect(await popup.locator('li.fp-org[data-org="baidu"] .fp-requests').textContent()).toMatch(/^\d+ 个请求$/);
    // The core's one headline, in Chinese: the Chinese demo's unlisted tracker is a contradiction
    // (its policy closes its SDK list), and a contradiction is never counted as "not mentioned".
    expect(await popup.locator('[data-testid="headline"]').textContent()).toMatch(/^在这里追踪您的 \d+ 家公司中，.*相矛盾/);
    expect(await popup.locator('footer').textContent()).toContain('追踪器数据');
    await popup.locator('li.fp-org[data-org="baidu"] button.fp-org-toggle').click();
    expect(await popup.locator('li.fp-org[data-org="baidu"] .fp-details').textContent()).toContain('联系的地址');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
