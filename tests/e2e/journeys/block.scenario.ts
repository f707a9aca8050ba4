/**
 * Journey 4 — "Block this organization" (declarativeNetRequest): Google blocked from its row in the popup, on
 * this site only; its requests never reach the demo server while the page's other trackers still load; the
 * blocked requests are counted; another site is not affected; Undo in the popup brings them back. Then an
 * unknown party blocked everywhere by its registrable domain, and undone. Same assertions in both browsers
 * (Firefox's DNR uses other resource-type names and reports a block as NS_ERROR_ABORT — docs/firefox.md).
 */
import { describe, expect, it } from 'vitest';
import { DEMO_URLS } from '../../../scripts/demo-server';
import type { BlockResult } from '../../../lib/core/optouts/types';
import { eventually, isGoogle, judged, optoutState, settle, tabReport, type Journey } from './context';

const ACTIONS = '[data-testid="org-actions"][data-org="google"]';

export function blockScenario(j: Journey): void {
  describe('block an organization', () => {
    it('blocks Google on this site from the popup, counts what it stopped, and Undo brings it back', async () => {
      let mark = j.server.served.length;
      const news = await j.session.openTab(DEMO_URLS.news);
      // A failure half-way must not leave Google blocked for the scenarios after this one.
      const cleanup = () => j.session.send({ type: 'unblock-org', tabId: news.tabId, key: 'google', scope: 'site' }).catch(() => undefined);
      try {
        const before = await settle(j.server, mark, ['www.google-analytics.com', 'static.hotjar.com']);
        expect([...before].filter(isGoogle).length).toBeGreaterThan(1);
        await eventually(() => tabReport(j, news.tabId), (r) => judged(r, 4) && Boolean(r?.details.google), 20_000);
        const popup = await j.session.openExtensionPage(`popup.html?tab=${news.tabId}`, { width: 380, height: 700 });
        await popup.click('li.fp-org[data-org="google"] button.fp-org-toggle');
        await popup.click(`${ACTIONS} [data-testid="block-site"]`);
        await popup.waitFor(`${ACTIONS} [data-testid="block-status"]`);
        const blocked = await optoutState(j, news.tabId);
        expect(blocked?.blocks.map((b) => [b.key, b.scope, b.site])).toEqual([['google', 'site', 'dailyglobe.example']]);
        expect(blocked?.blocks[0].domains).toEqual(expect.arrayContaining(['google-analytics.com', 'googletagmanager.com', 'doubleclick.net']));

        mark = j.server.served.length;
        await news.page.reload();
        // Hotjar and Criteo still load (the page ran), Google's hosts never reach the server.
        const after = await settle(j.server, mark, ['static.hotjar.com', 'bidder.criteo.com', 'www.dailyglobe.example']);
        expect([...after].filter(isGoogle)).toEqual([]);
        const counted = await eventually(() => optoutState(j, news.tabId), (s) => (s?.blocks[0]?.counts['dailyglobe.example'] ?? 0) > 0);
        expect(counted!.blocks[0].counts['dailyglobe.example']).toBeGreaterThan(0);
        const r = await eventually(() => tabReport(j, news.tabId), (x) => (x?.details.google?.blocked?.count ?? 0) > 0);
        expect(r?.details.google?.blocked).toMatchObject({ scope: 'site' });

        // Another site is not affected by a "this site" block.
        mark = j.server.served.length;
        const other = await j.session.openTab('https://www.cartwheel-shop.example/load?n=10&s=block');
        await settle(j.server, mark, ['www.google-analytics.com']);
        await other.page.close();

        await popup.click(`${ACTIONS} [data-testid="unblock"]`);
        await popup.waitFor(`${ACTIONS} [data-testid="block-site"]`);
        expect((await optoutState(j, news.tabId))?.blocks).toEqual([]);
        mark = j.server.served.length;
        await news.page.reload();
        await settle(j.server, mark, ['www.google-analytics.com', 'www.googletagmanager.com', 'securepubads.g.doubleclick.net']);
        await popup.close();
      } finally {
        await cleanup();
        await news.page.close();
      }
    });

    it('blocks an unknown party everywhere by its registrable domain, and undo restores it', async () => {
      let mark = j.server.served.length;
      const news = await j.session.openTab(DEMO_URLS.news);
      const key = 'domain:tracksy-metrics.example';
      try {
        await settle(j.server, mark, ['cdn.tracksy-metrics.example', 'collect.tracksy-metrics.example']);
        await eventually(() => tabReport(j, news.tabId), (r) => Boolean(r?.details[key]));
        const res = await j.session.send<BlockResult>({ type: 'block-org', tabId: news.tabId, key, scope: 'everywhere' });
        expect(res).toEqual({ ok: true, domains: ['tracksy-metrics.example'] });

        // On another site (the /load page of the shop requests pixel.tracksy-metrics.example).
        mark = j.server.served.length;
        const shop = await j.session.openTab('https://www.cartwheel-shop.example/load?n=10&s=everywhere');
        const served = await settle(j.server, mark, ['www.google-analytics.com', 'px.ads.linkedin.com']);
        expect([...served].filter((h) => h.endsWith('tracksy-metrics.example'))).toEqual([]);
        const state = await eventually(() => optoutState(j, shop.tabId), (s) => (s?.blocks[0]?.counts['cartwheel-shop.example'] ?? 0) > 0);
        expect(state?.blocks[0]).toMatchObject({ key, scope: 'everywhere', site: '' });

        expect(await j.session.send({ type: 'unblock-org', tabId: shop.tabId, key, scope: 'everywhere' })).toEqual({ ok: true });
        mark = j.server.served.length;
        await shop.page.reload();
        await settle(j.server, mark, ['pixel.tracksy-metrics.example']);
        await shop.page.close();
      } finally {
        await j.session.send({ type: 'unblock-org', tabId: news.tabId, key, scope: 'everywhere' }).catch(() => undefined);
        await news.page.close();
      }
    });
  });
}
