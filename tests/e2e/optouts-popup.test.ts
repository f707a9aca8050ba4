/**
 * The opt-out buttons as a person uses them: the real popup page for a demo tab
 * (`popup.html?tab=<id>`), real clicks, and the demo server / the browser's cookie jar as the witnesses.
 * Covers clearing an organization's cookies and the data-request letter. (Block + undo and the GPC switch
 * from the popup are shared journeys, run in Chromium and Firefox: tests/e2e/journeys.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_URLS } from '../../scripts/demo-server';
import type { TabReport } from '../../lib/core/types';
import { eventually, useExtension } from './fixtures';
import { isGoogle, settle } from './journeys/context';

const e2e = useExtension();

async function openPopup(tabId: number): Promise<Page> {
  // Open it once the verdicts are in: while they are pending the popup re-reads the report, and a row
  // whose verdict arrives moves to another group (and closes), taking its buttons with it.
  await eventually(() => e2e.session.send<TabReport | null>({ type: 'get-tab-report', tabId }),
    (r) => Boolean(r && r.policy && r.policy.status !== 'pending' && r.organizations.every((o) => o.verdict !== null)), 20_000);
  const popup = await e2e.session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 700 });
  await popup.goto(`chrome-extension://${e2e.session.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('[data-testid="site-actions"] [data-testid="gpc-toggle"]').waitFor();
  return popup;
}

async function expand(popup: Page, orgKey: string) {
  await popup.locator(`li.fp-org[data-org="${orgKey}"] button.fp-org-toggle`).click();
  const actions = popup.locator(`[data-testid="org-actions"][data-org="${orgKey}"]`);
  await actions.waitFor();
  return actions;
}

describe('opt-out buttons in the popup', () => {
  it('clears the cookies Google set and says how many were removed', async () => {
    // This Chromium blocks third-party cookies, so the demo trackers' cookies only land in the jar when
    // their hosts are visited first-party — as Google's are when a person uses Google. Do that first.
    for (const url of ['https://www.google-analytics.com/collect?v=2', 'https://securepubads.g.doubleclick.net/gampad/ads?iu=x', 'https://static.hotjar.com/c/p.gif']) {
      const p = await e2e.session.context.newPage();
      await p.goto(url);
      await p.close();
    }
    const mark = e2e.server.served.length;
    const news = await e2e.session.openTab(DEMO_URLS.news);
    await settle(e2e.server, mark, ['www.google-analytics.com', 'securepubads.g.doubleclick.net']);
    const googleCookies = async () => (await e2e.session.context.cookies()).filter((c) => isGoogle(c.domain.replace(/^\./, '')));
    const before = await eventually(googleCookies, (c) => c.length > 0);
    expect(before.length).toBeGreaterThan(0);
    const popup = await openPopup(news.tabId);
    const google = await expand(popup, 'google');
    await google.getByTestId('clear-cookies').click();
    const result = google.getByTestId('org-action-result');
    await result.waitFor();
    const removed = Number((await result.textContent())?.match(/\d+/)?.[0]);
    expect(removed).toBeGreaterThanOrEqual(before.length);
    expect(await googleCookies()).toEqual([]);
    // Other companies' cookies stay.
    expect((await e2e.session.context.cookies()).some((c) => c.domain.includes('hotjar'))).toBe(true);
    await popup.close();
    await news.page.close();
  });

  it('writes a data request letter whose mailto lists the hosts that were observed', async () => {
    const mark = e2e.server.served.length;
    const news = await e2e.session.openTab(DEMO_URLS.news);
    await settle(e2e.server, mark, ['bidder.criteo.com']);
    const report = await eventually(() => e2e.session.send<TabReport | null>({ type: 'get-tab-report', tabId: news.tabId }),
      (r) => Boolean(r?.organizations.find((o) => o.org === 'criteo')?.hosts.includes('bidder.criteo.com')));
    const hosts = report!.organizations.find((o) => o.org === 'criteo')!.hosts;
    const popup = await openPopup(news.tabId);
    const criteo = await expand(popup, 'criteo');
    await criteo.locator('[data-testid="letter-criteo"] summary').click();
    const href = await criteo.getByTestId('letter-criteo-mailto').getAttribute('href');
    expect(href?.startsWith('mailto:dpo@criteo.com?subject=')).toBe(true);
    const body = new URLSearchParams(href!.slice(href!.indexOf('?') + 1)).get('body')!;
    for (const h of hosts) expect(body).toContain(h);
    expect(body).toContain('Article 15');
    expect(body).toContain('dailyglobe.example');
    // Switching to a deletion request under the CCPA rewrites it.
    await criteo.locator('[data-testid="letter-criteo"] select').nth(0).selectOption('ccpa');
    await criteo.locator('[data-testid="letter-criteo"] select').nth(1).selectOption('deletion');
    const ccpa = await criteo.getByTestId('letter-criteo-mailto').getAttribute('href');
    expect(decodeURIComponent(ccpa!)).toContain('§1798.105');
    await popup.close();
    await news.page.close();
  });
});
