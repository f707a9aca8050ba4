/**
 * Opt-outs that say what they will do, through the real popup buttons in Chromium. The demo news page loads
 * Google's ad and analytics hosts and, since this test, three Google hosts that make a site work: a web font
 * (fonts.googleapis.com + fonts.gstatic.com), the sign-in client (accounts.google.com/gsi/client) and a captcha
 * (www.google.com/recaptcha/ — a path on a host under google.com, a tracking domain). The demo server's log is
 * the witness of what left the browser:
 *   - "Block on this site" stops the ad and analytics hosts and leaves sign-in, captcha and fonts loading;
 *   - the second choice, which names what will break, stops those too;
 *   - Undo (one click) brings everything back.
 * Chromium's own account lookups also reach accounts.google.com (ListAccounts); the checks use the page's paths.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_URLS, type ServedRequest } from '../../scripts/demo-server';
import type { TabReport } from '../../lib/core/types';
import { eventually, useExtension } from './fixtures';
import { expandOrg, isGoogle, openPopup, optoutState, reload, settle } from './optouts-helpers';

const e2e = useExtension();

const FUNCTIONAL = {
  signIn: (r: ServedRequest) => r.host === 'accounts.google.com' && r.path.startsWith('/gsi/client'),
  captcha: (r: ServedRequest) => r.host === 'www.google.com' && r.path.startsWith('/recaptcha/'),
  fontCss: (r: ServedRequest) => r.host === 'fonts.googleapis.com' && r.path.startsWith('/css2'),
  fontFile: (r: ServedRequest) => r.host === 'fonts.gstatic.com',
};
const since = (mark: number) => e2e.server.served.slice(mark);
const functionalSeen = (mark: number) => Object.fromEntries(Object.entries(FUNCTIONAL).map(([k, f]) => [k, since(mark).some(f)]));

describe('blocking Google keeps its sign-in, captcha and fonts unless asked', () => {
  it('default block, the named second choice, and one-click undo — through the popup', async () => {
    let mark = e2e.server.served.length;
    const news = await e2e.session.openTab(DEMO_URLS.news);
    await settle(e2e.server, mark, ['www.google-analytics.com', 'securepubads.g.doubleclick.net', 'fonts.gstatic.com', 'accounts.google.com', 'www.google.com']);
    expect(functionalSeen(mark)).toEqual({ signIn: true, captcha: true, fontCss: true, fontFile: true });
    await eventually(() => e2e.session.send<TabReport | null>({ type: 'get-tab-report', tabId: news.tabId }), (r) => Boolean(r?.details.google));
    const popup = await openPopup(e2e.session, news.tabId);
    const google = await expandOrg(popup, 'google');

    // Before acting, the row says what a block keeps working.
    expect(await google.getByTestId('block-keeps').textContent()).toMatch(/Keeps working: .*sign-in.*captchas/);
    await google.getByTestId('block-site').click();
    await google.getByTestId('block-status').waitFor();
    const first = (await optoutState(e2e.session, news.tabId))?.blocks;
    expect(first?.map((b) => [b.key, b.scope, b.functional ?? false])).toEqual([['google', 'site', false]]);
    expect(first?.[0].spared).toEqual(expect.arrayContaining(['accounts.google.com', 'www.google.com/recaptcha/']));

    mark = e2e.server.served.length;
    await reload(news.page);
    // The page ran (Hotjar, Criteo) and Google's functional hosts loaded; its ad and analytics hosts did not.
    const afterDefault = await settle(e2e.server, mark, ['static.hotjar.com', 'bidder.criteo.com', 'fonts.gstatic.com', 'www.google.com']);
    expect(functionalSeen(mark)).toEqual({ signIn: true, captcha: true, fontCss: true, fontFile: true });
    expect([...afterDefault].filter(isGoogle)).toEqual([]);

    // The second choice names what will break, and then stops it.
    const second = google.getByTestId('block-functional');
    expect(await second.textContent()).toMatch(/^Also block sign-in, captchas \(Google reCAPTCHA\), web fonts \(Google Fonts\).* — they will stop working$/);
    await second.click();
    await google.getByTestId('block-functional-status').waitFor();
    expect((await optoutState(e2e.session, news.tabId))?.blocks.map((b) => [b.key, b.scope, b.functional])).toEqual([['google', 'site', true]]);
    mark = e2e.server.served.length;
    await reload(news.page);
    const afterFull = await settle(e2e.server, mark, ['static.hotjar.com', 'bidder.criteo.com', 'www.dailyglobe.example']);
    await new Promise((r) => setTimeout(r, 1000));
    expect(functionalSeen(mark)).toEqual({ signIn: false, captcha: false, fontCss: false, fontFile: false });
    expect([...afterFull].filter(isGoogle)).toEqual([]);

    // Clearing Google's cookies names the sign-in it ends, and waits for a yes.
    await google.getByTestId('clear-cookies').click();
    expect(await google.getByTestId('signout-warning').textContent()).toContain('You will be signed out of Google.');
    await google.getByTestId('clear-cookies-cancel').click();

    // Undo is one click, whichever choice was taken.
    await google.getByTestId('unblock').click();
    await google.getByTestId('block-site').waitFor();
    expect((await optoutState(e2e.session, news.tabId))?.blocks).toEqual([]);
    mark = e2e.server.served.length;
    await reload(news.page);
    await settle(e2e.server, mark, ['www.google-analytics.com', 'www.googletagmanager.com', 'securepubads.g.doubleclick.net', 'fonts.gstatic.com']);
    expect(functionalSeen(mark)).toMatchObject({ signIn: true, captcha: true, fontCss: true });
    await popup.close();
    await news.page.close();
  });
});
