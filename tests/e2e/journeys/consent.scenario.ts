/**
 * Journey 5 — cookie banners with @duckduckgo/autoconsent, on a local page that carries the markup of the
 * Complianz consent platform (scripts/demo-site/pages/consent/complianz.html): the banner is detected and
 * left for the person; "Reject" in the popup rejects it in one click (the browser's cookie jar and the
 * page's own state say so), the rule's self-test confirms it, and the page's "after accept" tracker never
 * loads; "always reject" on and off; a page without a banner. Same assertions in both browsers.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import type { OptOutResult } from '../../../lib/core/optouts/types';
import type { SessionPage } from '../../../scripts/session';
import { eventually, optoutState, type Journey } from './context';

const CONSENT_URL = 'https://www.cartwheel-shop.example/consent';
const CHOICE_COOKIES = ['cmplz_banner-status', 'cmplz_marketing'];

const consentAttr = (page: SessionPage) => page.evaluate(() => document.documentElement.getAttribute('data-consent'));
const bannerVisible = (page: SessionPage) => page.evaluate(() => {
  const el = document.querySelector('.cmplz-cookiebanner');
  if (!el) return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
});

export function consentScenario(j: Journey): void {
  describe('reject the cookie banner', () => {
    it('detects the banner, rejects it from the popup in one click, and the rule\'s self-test confirms it', async () => {
      const { page, tabId } = await j.session.openTab(CONSENT_URL);
      const shown = await eventually(() => optoutState(j, tabId), (s) => s?.banner?.status === 'shown');
      expect(shown?.banner?.cmp).toBe('Complianz banner');
      // Nothing was clicked on the person's behalf: the banner waits for them.
      expect(await bannerVisible(page)).toBe(true);
      expect(await consentAttr(page)).toBeNull();

      const mark = j.server.served.length;
      const popup = await j.session.openExtensionPage(`popup.html?tab=${tabId}`, { width: 380, height: 700 });
      await popup.click('[data-testid="banner"][data-status="shown"] [data-testid="reject-banner"]');
      expect(await eventually(() => consentAttr(page), (v) => v === 'deny')).toBe('deny');
      expect(await bannerVisible(page)).toBe(false);
      const cookies = await j.session.cookies([CONSENT_URL]);
      expect(cookies.find((c) => c.name === 'cmplz_banner-status')?.value).toBe('dismissed');
      expect(cookies.find((c) => c.name === 'cmplz_marketing')?.value).toBe('deny');
      const verified = await eventually(() => optoutState(j, tabId), (s) => s?.banner?.status === 'verified');
      expect(verified?.banner?.status).toBe('verified');
      // The popup says so too (it shows what its click achieved; the self-test may already have confirmed it).
      const shownInPopup = await eventually(() => popup.attribute('[data-testid="banner"]', 'data-status'), (v) => v === 'rejected' || v === 'verified');
      expect(['rejected', 'verified']).toContain(shownInPopup);
      // The page's "after accept" tracker never loaded.
      expect(j.server.served.slice(mark).some((r) => r.host === 'connect.facebook.net')).toBe(false);
      await popup.close();
      await page.close();
    });

    it('always rejects when asked to, and stops when "always" is turned off', async () => {
      onTestFinished(async () => { await j.session.send({ type: 'set-always-reject', enabled: false }); });
      await j.session.deleteCookies(CONSENT_URL, CHOICE_COOKIES);
      expect((await j.session.cookies([CONSENT_URL])).filter((c) => CHOICE_COOKIES.includes(c.name))).toEqual([]);
      expect(await j.session.send<OptOutResult>({ type: 'set-always-reject', enabled: true })).toEqual({ ok: true });
      const auto = await j.session.openTab(CONSENT_URL);
      const state = await eventually(() => optoutState(j, auto.tabId), (s) => s?.banner?.status === 'rejected' || s?.banner?.status === 'verified');
      expect(state?.alwaysRejectBanners).toBe(true);
      expect(['rejected', 'verified']).toContain(state?.banner?.status);
      expect(await eventually(() => consentAttr(auto.page), (v) => v === 'deny')).toBe('deny');
      await auto.page.close();

      await j.session.deleteCookies(CONSENT_URL, CHOICE_COOKIES);
      expect(await j.session.send<OptOutResult>({ type: 'set-always-reject', enabled: false })).toEqual({ ok: true });
      const manual = await j.session.openTab(CONSENT_URL);
      const waiting = await eventually(() => optoutState(j, manual.tabId), (s) => s?.banner?.status === 'shown');
      expect(waiting?.alwaysRejectBanners).toBe(false);
      expect(await consentAttr(manual.page)).toBeNull();
      expect(await bannerVisible(manual.page)).toBe(true);
      await manual.page.close();
    });

    it('answers "no banner" on a page without one', async () => {
      const { page, tabId } = await j.session.openTab('https://www.cartwheel-shop.example/');
      expect((await optoutState(j, tabId))?.banner).toBeNull();
      expect(await j.session.send<OptOutResult>({ type: 'reject-banner', tabId })).toEqual({ ok: false, error: 'no-banner' });
      await page.close();
    });
  });
}
