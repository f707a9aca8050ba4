/**
 * Journey 8 — the organization's other opt-out buttons in the popup: "clear its cookies" (after the popup named
 * the sign-in it ends and got a yes), with the browser's own cookie jar as the witness, and the ready-written
 * data request letter whose mailto lists the hosts that were observed. Same assertions in both browsers.
 * Firefox keeps a third party's cookies in a jar per top-level site (Total Cookie Protection), Chromium here
 * blocks them: Fineprint clears partitioned and unpartitioned cookies, in every cookie store (docs/firefox.md).
 */
import { describe, expect, it } from 'vitest';
import { DEMO_URLS } from '../../../scripts/demo-server';
import type { SessionPage } from '../../../scripts/session';
import { eventually, judged, settle, tabReport, type Journey } from './context';

const GOOGLE_URLS = ['https://www.google-analytics.com/', 'https://www.googletagmanager.com/', 'https://securepubads.g.doubleclick.net/', 'https://tpc.googlesyndication.com/'];
const actions = (org: string) => `[data-testid="org-actions"][data-org="${org}"]`;

export function optoutsScenario(j: Journey): void {
  async function popupWithRow(tabId: number, org: string): Promise<SessionPage> {
    // Opened once the verdicts are in: a row whose verdict arrives later moves to another group (and closes).
    await eventually(() => tabReport(j, tabId), (r) => judged(r, 4), 20_000);
    const popup = await j.session.openExtensionPage(`popup.html?tab=${tabId}`, { width: 380, height: 700 });
    await popup.click(`li.fp-org[data-org="${org}"] button.fp-org-toggle`);
    await popup.waitFor(actions(org));
    return popup;
  }

  describe('an organization\'s opt-out buttons', () => {
    it('clears the cookies Google set and says how many were removed', async () => {
      // Chromium here blocks third-party cookies, so the trackers' cookies land in its jar when their hosts
      // are visited first-party — as Google's are when a person uses Google. Do that in both browsers.
      for (const url of ['https://www.google-analytics.com/collect?v=2', 'https://securepubads.g.doubleclick.net/gampad/ads?iu=x', 'https://static.hotjar.com/c/p.gif']) {
        const p = await j.session.newPage();
        await p.goto(url);
        await p.close();
      }
      const mark = j.server.served.length;
      const news = await j.session.openTab(DEMO_URLS.news);
      await settle(j.server, mark, ['www.google-analytics.com', 'securepubads.g.doubleclick.net']);
      const googleCookies = () => j.session.cookies(GOOGLE_URLS);
      const before = await eventually(googleCookies, (c) => c.length > 0);
      expect(before.length).toBeGreaterThan(0);
      const popup = await popupWithRow(news.tabId, 'google');
      await popup.click(`${actions('google')} [data-testid="clear-cookies"]`);
      // Clearing Google's cookies ends the Google sign-in: the popup says so and waits for a yes.
      await popup.waitFor(`${actions('google')} [data-testid="signout-warning"]`);
      expect(await popup.text(`${actions('google')} [data-testid="signout-warning"]`)).toContain('You will be signed out of Google.');
      await popup.click(`${actions('google')} [data-testid="clear-cookies-confirm"]`);
      await popup.waitFor(`${actions('google')} [data-testid="org-action-result"]`);
      const removed = Number((await popup.text(`${actions('google')} [data-testid="org-action-result"]`))?.match(/\d+/)?.[0]);
      expect(removed).toBeGreaterThanOrEqual(before.length);
      expect(await googleCookies()).toEqual([]);
      // Other companies' cookies stay.
      expect((await j.session.cookies(['https://static.hotjar.com/'])).length).toBeGreaterThan(0);
      await popup.close();
      await news.page.close();
    });

    it('writes a data request letter whose mailto lists the hosts that were observed', async () => {
      const mark = j.server.served.length;
      const news = await j.session.openTab(DEMO_URLS.news);
      await settle(j.server, mark, ['bidder.criteo.com']);
      const report = await eventually(() => tabReport(j, news.tabId),
        (r) => Boolean(r?.organizations.find((o) => o.org === 'criteo')?.hosts.includes('bidder.criteo.com')));
      const hosts = report!.organizations.find((o) => o.org === 'criteo')!.hosts;
      const popup = await popupWithRow(news.tabId, 'criteo');
      const letter = `${actions('criteo')} [data-testid="letter-criteo"]`;
      await popup.click(`${letter} summary`);
      // The letter is written when the panel opens.
      await popup.waitFor(`${letter} [data-testid="letter-criteo-mailto"]`);
      const href = await popup.attribute(`${letter} [data-testid="letter-criteo-mailto"]`, 'href');
      expect(href?.startsWith('mailto:dpo@criteo.com?subject=')).toBe(true);
      const body = new URLSearchParams(href!.slice(href!.indexOf('?') + 1)).get('body')!;
      for (const h of hosts) expect(body).toContain(h);
      expect(body).toContain('Article 15');
      expect(body).toContain('dailyglobe.example');
      // Switching to a deletion request under the CCPA rewrites it.
      await popup.select(`${letter} label:nth-of-type(1) select`, 'ccpa');
      await popup.select(`${letter} label:nth-of-type(2) select`, 'deletion');
      const ccpa = await eventually(() => popup.attribute(`${letter} [data-testid="letter-criteo-mailto"]`, 'href'), (h) => decodeURIComponent(h ?? '').includes('§1798.105'));
      expect(decodeURIComponent(ccpa!)).toContain('§1798.105');
      await popup.close();
      await news.page.close();
    });
  });
}
