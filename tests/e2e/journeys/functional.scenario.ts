/**
 * Journey 10 — opt-outs that say what they will do, through the real popup buttons. The demo news page loads
 * Google's ad and analytics hosts and three Google hosts that make a site work: a web font
 * (fonts.googleapis.com + fonts.gstatic.com), the sign-in client (accounts.google.com/gsi/client) and a captcha
 * (www.google.com/recaptcha/ — a path on a host under google.com, a tracking domain). The demo server's log is
 * the witness of what left the browser:
 *   - "Block on this site" stops the ad and analytics hosts and leaves sign-in, captcha and fonts loading
 *     (DNR excludedRequestDomains, and an allow rule of equal priority for the captcha's path);
 *   - the second choice, which names what will break, stops those too;
 *   - clearing cookies names the sign-in it ends and waits for a yes (cancelled here);
 *   - Undo (one click) brings everything back.
 * Same assertions in both browsers (Firefox's DNR gets its own resource-type names for the block and the allow
 * rule — docs/firefox.md). Chromium's own account lookups also reach accounts.google.com (ListAccounts); the
 * checks use the page's paths.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_URLS, type ServedRequest } from '../../../scripts/demo-server';
import { eventually, isGoogle, judged, optoutState, settle, tabReport, type Journey } from './context';

const FUNCTIONAL = {
  signIn: (r: ServedRequest) => r.host === 'accounts.google.com' && r.path.startsWith('/gsi/client'),
  captcha: (r: ServedRequest) => r.host === 'www.google.com' && r.path.startsWith('/recaptcha/'),
  fontCss: (r: ServedRequest) => r.host === 'fonts.googleapis.com' && r.path.startsWith('/css2'),
  fontFile: (r: ServedRequest) => r.host === 'fonts.gstatic.com',
};
const ACTIONS = '[data-testid="org-actions"][data-org="google"]';
const action = (testId: string) => `${ACTIONS} [data-testid="${testId}"]`;

export function functionalScenario(j: Journey): void {
  const since = (mark: number) => j.server.served.slice(mark);
  const functionalSeen = (mark: number) => Object.fromEntries(Object.entries(FUNCTIONAL).map(([k, f]) => [k, since(mark).some(f)]));

  describe('blocking Google keeps its sign-in, captcha and fonts unless asked', () => {
    it('default block, the named second choice, and one-click undo — through the popup', async () => {
      let mark = j.server.served.length;
      const news = await j.session.openTab(DEMO_URLS.news);
      // A failure half-way must not leave Google blocked for the scenarios after this one.
      const cleanup = () => j.session.send({ type: 'unblock-org', tabId: news.tabId, key: 'google', scope: 'site' }).catch(() => undefined);
      try {
        await settle(j.server, mark, ['www.google-analytics.com', 'securepubads.g.doubleclick.net', 'fonts.gstatic.com', 'accounts.google.com', 'www.google.com']);
        expect(functionalSeen(mark)).toEqual({ signIn: true, captcha: true, fontCss: true, fontFile: true });
        // Opened once the verdicts are in: a row whose verdict arrives later moves to another group (and closes).
        await eventually(() => tabReport(j, news.tabId), (r) => judged(r, 4) && Boolean(r?.details.google), 20_000);
        const popup = await j.session.openExtensionPage(`popup.html?tab=${news.tabId}`, { width: 380, height: 700 });
        await popup.click('li.fp-org[data-org="google"] button.fp-org-toggle');
        await popup.waitFor(ACTIONS);

        // Before acting, the row says what a block keeps working (once the background's plan for it is in).
        await popup.waitFor(action('block-keeps'));
        expect(await popup.text(action('block-keeps'))).toMatch(/Keeps working: .*sign-in.*captchas/);
        await popup.click(action('block-site'));
        await popup.waitFor(action('block-status'));
        const first = (await optoutState(j, news.tabId))?.blocks;
        expect(first?.map((b) => [b.key, b.scope, b.functional ?? false])).toEqual([['google', 'site', false]]);
        expect(first?.[0].spared).toEqual(expect.arrayContaining(['accounts.google.com', 'www.google.com/recaptcha/']));

        mark = j.server.served.length;
        await news.page.reload();
        // The page ran (Hotjar, Criteo) and Google's functional hosts loaded; its ad and analytics hosts did not.
        const afterDefault = await settle(j.server, mark, ['static.hotjar.com', 'bidder.criteo.com', 'fonts.gstatic.com', 'www.google.com']);
        expect(await eventually(async () => functionalSeen(mark), (s) => Object.values(s).every(Boolean)))
          .toEqual({ signIn: true, captcha: true, fontCss: true, fontFile: true });
        expect([...afterDefault].filter(isGoogle)).toEqual([]);

        // The second choice names what will break, and then stops it.
        await popup.waitFor(action('block-functional'));
        expect(await popup.text(action('block-functional'))).toMatch(/^Also block sign-in, captchas \(Google reCAPTCHA\), web fonts \(Google Fonts\).* — they will stop working$/);
        await popup.click(action('block-functional'));
        await popup.waitFor(action('block-functional-status'));
        expect((await optoutState(j, news.tabId))?.blocks.map((b) => [b.key, b.scope, b.functional])).toEqual([['google', 'site', true]]);
        mark = j.server.served.length;
        await news.page.reload();
        const afterFull = await settle(j.server, mark, ['static.hotjar.com', 'bidder.criteo.com', 'www.dailyglobe.example']);
        await new Promise((r) => setTimeout(r, 1000));
        expect(functionalSeen(mark)).toEqual({ signIn: false, captcha: false, fontCss: false, fontFile: false });
        expect([...afterFull].filter(isGoogle)).toEqual([]);

        // Clearing Google's cookies names the sign-in it ends, and waits for a yes.
        await popup.click(action('clear-cookies'));
        await popup.waitFor(action('signout-warning'));
        expect(await popup.text(action('signout-warning'))).toContain('You will be signed out of Google.');
        await popup.click(action('clear-cookies-cancel'));

        // Undo is one click, whichever choice was taken.
        await popup.click(action('unblock'));
        await popup.waitFor(action('block-site'));
        expect((await optoutState(j, news.tabId))?.blocks).toEqual([]);
        mark = j.server.served.length;
        await news.page.reload();
        await settle(j.server, mark, ['www.google-analytics.com', 'www.googletagmanager.com', 'securepubads.g.doubleclick.net', 'fonts.gstatic.com']);
        expect(await eventually(async () => functionalSeen(mark), (s) => s.signIn && s.captcha && s.fontCss))
          .toMatchObject({ signIn: true, captcha: true, fontCss: true });
        await popup.close();
      } finally {
        await cleanup();
        await news.page.close();
      }
    });
  });
}
