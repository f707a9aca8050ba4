/**
 * Cookie banners with @duckduckgo/autoconsent in real Chromium, on a local page that carries the markup of
 * the Complianz consent platform (scripts/demo-site/pages/consent/complianz.html): detection, one-click
 * rejection from the extension (the popup's message), the rule's self-test, and "always reject" on / off.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { OptOutResult } from '../../lib/core/optouts/types';
import { eventually, useExtension } from './fixtures';
import { optoutState } from './optouts-helpers';

const e2e = useExtension();
const CONSENT_URL = 'https://www.cartwheel-shop.example/consent';

const consentAttr = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-consent'));
const bannerVisible = (page: Page) => page.locator('.cmplz-cookiebanner').isVisible();

async function forgetChoice(): Promise<void> {
  await e2e.session.context.clearCookies({ name: 'cmplz_banner-status' });
  await e2e.session.context.clearCookies({ name: 'cmplz_marketing' });
}

describe('reject the cookie banner (autoconsent)', () => {
  it('detects the banner, rejects it in one click, and the rule\'s self-test confirms it', async () => {
    const { page, tabId } = await e2e.session.openTab(CONSENT_URL);
    const shown = await eventually(() => optoutState(e2e.session, tabId), (s) => s?.banner?.status === 'shown');
    expect(shown?.banner?.cmp).toBe('Complianz banner');
    // Nothing was clicked on the person's behalf: the banner waits for them.
    expect(await bannerVisible(page)).toBe(true);
    expect(await consentAttr(page)).toBeNull();

    const mark = e2e.server.served.length;
    expect(await e2e.session.send<OptOutResult>({ type: 'reject-banner', tabId })).toEqual({ ok: true });
    expect(await consentAttr(page)).toBe('deny');
    expect(await bannerVisible(page)).toBe(false);
    const cookies = await e2e.session.context.cookies(CONSENT_URL);
    expect(cookies.find((c) => c.name === 'cmplz_banner-status')?.value).toBe('dismissed');
    expect(cookies.find((c) => c.name === 'cmplz_marketing')?.value).toBe('deny');
    const verified = await eventually(() => optoutState(e2e.session, tabId), (s) => s?.banner?.status === 'verified');
    expect(verified?.banner?.status).toBe('verified');
    // The page's "after accept" tracker never loaded.
    expect(e2e.server.served.slice(mark).some((r) => r.host === 'connect.facebook.net')).toBe(false);
    await page.close();
  });

  it('always rejects when asked to, and stops when "always" is turned off', async () => {
    await forgetChoice();
    expect(await e2e.session.send<OptOutResult>({ type: 'set-always-reject', enabled: true })).toEqual({ ok: true });
    const auto = await e2e.session.openTab(CONSENT_URL);
    const state = await eventually(() => optoutState(e2e.session, auto.tabId), (s) => s?.banner?.status === 'rejected' || s?.banner?.status === 'verified');
    expect(state?.alwaysRejectBanners).toBe(true);
    expect(['rejected', 'verified']).toContain(state?.banner?.status);
    expect(await eventually(() => consentAttr(auto.page), (v) => v === 'deny')).toBe('deny');
    await auto.page.close();

    await forgetChoice();
    expect(await e2e.session.send<OptOutResult>({ type: 'set-always-reject', enabled: false })).toEqual({ ok: true });
    const manual = await e2e.session.openTab(CONSENT_URL);
    const waiting = await eventually(() => optoutState(e2e.session, manual.tabId), (s) => s?.banner?.status === 'shown');
    expect(waiting?.alwaysRejectBanners).toBe(false);
    expect(await consentAttr(manual.page)).toBeNull();
    expect(await bannerVisible(manual.page)).toBe(true);
    await manual.page.close();
  });

  it('answers "no banner" on a page without one', async () => {
    const { page, tabId } = await e2e.session.openTab('https://www.cartwheel-shop.example/');
    expect((await optoutState(e2e.session, tabId))?.banner).toBeNull();
    expect(await e2e.session.send<OptOutResult>({ type: 'reject-banner', tabId })).toEqual({ ok: false, error: 'no-banner' });
    await page.close();
  });
});
