/**
 * The Chinese web as a Chinese user sees it (issue 16), in real Chromium with a zh-CN UI: the Chinese demo
 * news page loads Baidu Tongji, CNZZ, Alibaba Aplus (→ mmstat.com), Tencent MTA, Volcengine DataFinder and
 * GrowingIO from their real hostnames (resolved to the local demo server). The extension must put every one of
 * those hosts under the right organization — never "unknown", never another company — and the popup must
 * name the companies in Chinese.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_URLS } from '../../scripts/demo-server';
import type { TabReport } from '../../lib/core/types';
import { eventually, useExtension, visitHosts } from './fixtures';

/** Host the page requests → the organization it must land on (from the page's HTML and scripts/demo-site/trackers.ts). */
const EXPECTED_HOSTS: Record<string, string> = {
  'hm.baidu.com': 'baidu',
  's4.cnzz.com': 'umeng',
  'z4.cnzz.com': 'umeng',
  'analytics.tiktok.com': 'bytedance_inc',
  'g.alicdn.com': 'alibaba',
  'log.mmstat.com': 'alibaba',
  'pingjs.qq.com': 'qq.com',
  'pingtas.qq.com': 'qq.com',
  'lf3-data.volccdn.com': 'bytedance_inc',
  'gator.volces.com': 'bytedance_inc',
  'assets.giocdn.com': 'growingio',
  'api.growingio.com': 'growingio',
};

/** What a Chinese reader must see for each organization. */
const CHINESE_NAMES: Record<string, string> = {
  baidu: '百度', umeng: '友盟+', alibaba: '阿里巴巴', 'qq.com': '腾讯', bytedance_inc: '字节跳动', growingio: 'GrowingIO',
};

describe('Chinese trackers in the extension (zh-CN UI)', () => {
  const e2e = useExtension({ locale: 'zh-CN' });

  it('records every Chinese tracker host under the right organization and names the companies in Chinese', async () => {
    const before = e2e.server.served.length;
    const { page, tabId } = await e2e.session.openTab(DEMO_URLS.chinese);
    const hosts = await eventually(() => visitHosts(e2e.session, tabId),
      (r) => Object.keys(EXPECTED_HOSTS).every((h) => r.hosts.some((x) => x.host === h)), 20_000);

    // The demo server really answered these hostnames (the page loaded them), and each landed on its company.
    const served = new Set(e2e.server.served.slice(before).map((s) => s.host));
    for (const h of Object.keys(EXPECTED_HOSTS)) expect(served.has(h), `served ${h}`).toBe(true);
    const orgOf = Object.fromEntries(hosts.hosts.filter((h) => h.thirdParty).map((h) => [h.host, h.org]));
    for (const [host, org] of Object.entries(EXPECTED_HOSTS)) expect(orgOf[host], host).toBe(org);
    // Never "unknown", never another company: every third-party host of the page is one we expect.
    expect(Object.entries(orgOf).filter(([host, org]) => org === null || EXPECTED_HOSTS[host] !== org)).toEqual([]);
    expect(hosts.hosts.find((h) => h.host === 'pingtas.qq.com')?.category).toBe('site_analytics');

    const report = await eventually(() => e2e.session.send<TabReport | null>({ type: 'get-tab-report', tabId }),
      (r) => Object.keys(CHINESE_NAMES).every((k) => r?.organizations.some((o) => o.org === k)));
    expect(report?.organizations.some((o) => o.org === 'markmonitor')).toBe(false);

    const popup: Page = await e2e.session.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${e2e.session.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('li.fp-org[data-org="qq.com"]').waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    for (const [org, name] of Object.entries(CHINESE_NAMES)) {
      expect(await popup.locator(`li.fp-org[data-org="${org}"] .fp-org-name`).textContent(), org).toBe(name);
    }
    // English names are not what a Chinese reader gets.
    const shown = await popup.locator('li.fp-org .fp-org-name').allTextContents();
    for (const english of ['QQ.com', 'Tencent', 'Baidu', 'ByteDance Inc', 'Umeng', 'Alibaba', 'MarkMonitor']) expect(shown).not.toContain(english);
    await popup.close();
    await page.close();
  });
});
