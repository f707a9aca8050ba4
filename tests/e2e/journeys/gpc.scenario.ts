/**
 * Journey 3 — Global Privacy Control on the demo site: switched on from the popup, `Sec-GPC: 1` as the demo
 * server receives it (DNR modifyHeaders) on the page and its trackers, and `navigator.globalPrivacyControl`
 * as the page's own scripts read it (a MAIN-world script registered at run time) in the top frame and in a
 * third-party ad iframe; a per-site exception; switched off again from the popup.
 *
 * Where Firefox differs, on purpose: Firefox implements `navigator.globalPrivacyControl` itself and answers
 * `false` while its own GPC setting is off, so "no signal" reads `false` there and `undefined` in Chromium
 * (the GPC spec treats both as no signal). Fineprint only ever adds `true`, and removes it when off.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_URLS, type ServedRequest } from '../../../scripts/demo-server';
import type { BrowserName, SessionPage } from '../../../scripts/session';
import { eventually, optoutState, settle, tabReport, judged, type Journey } from './context';

/** What a page reads when no GPC signal is sent (see above). */
const NO_SIGNAL: Record<BrowserName, string> = { chromium: 'undefined', firefox: 'false' };

const gpcValue = () => String((navigator as Navigator & { globalPrivacyControl?: unknown }).globalPrivacyControl);

export function gpcScenario(j: Journey): void {
  /**
   * The request the server saw for `host` whose path contains `tag` (waits for it). `dest` 'document' picks the
   * page itself: the extension's own policy fetch to the same host (Sec-Fetch-Dest: empty) may come first.
   */
  async function servedRequest(host: string, tag: string, since: number, dest?: 'document'): Promise<ServedRequest> {
    const wanted = (x: ServedRequest) => x.host === host && x.path.includes(tag) && (!dest || x.fetchDest === dest);
    const r = await eventually(async () => j.server.served.slice(since).find(wanted), (x) => x !== undefined, 15_000);
    if (!r) throw new Error(`the demo server never saw ${host} …${tag}`);
    return r;
  }

  async function switchInPopup(tabId: number, on: boolean): Promise<void> {
    await eventually(() => tabReport(j, tabId), (r) => judged(r, 1), 20_000);
    const popup: SessionPage = await j.session.openExtensionPage(`popup.html?tab=${tabId}`, { width: 380, height: 700 });
    await popup.waitFor('[data-testid="site-actions"] [data-testid="gpc-toggle"]');
    expect(await popup.evaluate(() => (document.querySelector('[data-testid="gpc-toggle"]') as HTMLInputElement).checked)).toBe(!on);
    await popup.click('[data-testid="gpc-toggle"]');
    const state = await eventually(() => optoutState(j, tabId), (s) => s?.gpc.enabled === on);
    expect(state?.gpc.enabled).toBe(on);
    await popup.close();
  }

  describe('Global Privacy Control', () => {
    // Whatever happens, the scenarios after these start without GPC.
    afterAll(async () => {
      await j.session.send({ type: 'set-gpc-exception', site: 'dailyglobe.example', excepted: false });
      await j.session.send({ type: 'set-gpc', enabled: false });
    });

    it('switched on in the popup: Sec-GPC: 1 on the page and its trackers, navigator.globalPrivacyControl in every frame', async () => {
      const news = await j.session.openTab(DEMO_URLS.news);
      await switchInPopup(news.tabId, true);
      const mark = j.server.served.length;
      await news.page.reload();
      expect((await servedRequest('www.dailyglobe.example', '/', mark, 'document')).secGpc).toBe('1');
      expect((await servedRequest('static.hotjar.com', '/', mark)).secGpc).toBe('1');
      expect((await servedRequest('tpc.googlesyndication.com', '/', mark)).secGpc).toBe('1');
      expect(await news.page.evaluate(gpcValue)).toBe('true');
      // The ad iframe (a third-party frame the page did not write) sees it too.
      expect(await news.page.evaluateInFrame('tpc.googlesyndication.com', gpcValue)).toBe('true');
      await news.page.close();
    });

    it('leaves an excepted site alone (no header from or to it, no property) while others keep GPC', async () => {
      expect(await j.session.send({ type: 'set-gpc-exception', site: 'dailyglobe.example', excepted: true })).toEqual({ ok: true });
      let mark = j.server.served.length;
      const news = await j.session.openTab(DEMO_URLS.news);
      expect((await servedRequest('www.dailyglobe.example', '/', mark, 'document')).secGpc).toBeUndefined();
      expect((await servedRequest('static.hotjar.com', '/', mark)).secGpc).toBeUndefined();
      expect(await news.page.evaluate(gpcValue)).toBe(NO_SIGNAL[j.browser]);
      mark = j.server.served.length;
      const shop = await j.session.openTab(DEMO_URLS.shop);
      expect((await servedRequest('www.cartwheel-shop.example', '/', mark, 'document')).secGpc).toBe('1');
      expect((await servedRequest('connect.facebook.net', '/', mark)).secGpc).toBe('1');
      expect(await shop.page.evaluate(gpcValue)).toBe('true');
      expect((await optoutState(j, news.tabId))?.gpc).toEqual({ enabled: true, siteException: true });
      await news.page.close();
      await shop.page.close();
      expect(await j.session.send({ type: 'set-gpc-exception', site: 'dailyglobe.example', excepted: false })).toEqual({ ok: true });
    });

    it('switched off in the popup: neither the header nor the property', async () => {
      const shop = await j.session.openTab(DEMO_URLS.shop);
      await switchInPopup(shop.tabId, false);
      const mark = j.server.served.length;
      await shop.page.reload();
      await settle(j.server, mark, ['www.cartwheel-shop.example', 'connect.facebook.net']);
      expect((await servedRequest('www.cartwheel-shop.example', '/', mark, 'document')).secGpc).toBeUndefined();
      expect((await servedRequest('connect.facebook.net', '/', mark)).secGpc).toBeUndefined();
      expect(await shop.page.evaluate(gpcValue)).toBe(NO_SIGNAL[j.browser]);
      await shop.page.close();
    });
  });
}
