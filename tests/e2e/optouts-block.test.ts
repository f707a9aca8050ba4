/**
 * "Block this organization" in real Chromium against the demo site: the DNR rule stops the org's requests
 * before they leave the browser (the demo server never sees them), only on the chosen site or everywhere,
 * the blocked requests are counted, and undo restores them.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_URLS } from '../../scripts/demo-server';
import type { TabReport } from '../../lib/core/types';
import type { BlockResult, OptOutResult } from '../../lib/core/optouts/types';
import { eventually, useExtension } from './fixtures';
import { isGoogle, optoutState, reload, settle } from './optouts-helpers';

const e2e = useExtension();
const report = (tabId: number) => e2e.session.send<TabReport | null>({ type: 'get-tab-report', tabId });

describe('block an organization (declarativeNetRequest)', () => {
  it('blocks Google on this site only, counts the blocked requests, and undo restores them', async () => {
    let mark = e2e.server.served.length;
    const { page, tabId } = await e2e.session.openTab(DEMO_URLS.news);
    const before = await settle(e2e.server, mark, ['www.google-analytics.com', 'static.hotjar.com']);
    expect([...before].filter(isGoogle).length).toBeGreaterThan(1);
    await eventually(() => report(tabId), (r) => Boolean(r?.details.google));

    const blocked = await e2e.session.send<BlockResult>({ type: 'block-org', tabId, key: 'google', scope: 'site' });
    expect(blocked.ok).toBe(true);
    expect(blocked.domains).toEqual(expect.arrayContaining(['google-analytics.com', 'googletagmanager.com', 'doubleclick.net']));

    mark = e2e.server.served.length;
    await reload(page);
    // Hotjar and Criteo still load (the page ran), Google's hosts never reach the server.
    const after = await settle(e2e.server, mark, ['static.hotjar.com', 'bidder.criteo.com', 'www.dailyglobe.example']);
    expect([...after].filter(isGoogle)).toEqual([]);

    const state = await eventually(() => optoutState(e2e.session, tabId), (s) => (s?.blocks[0]?.counts['dailyglobe.example'] ?? 0) > 0);
    expect(state?.blocks).toHaveLength(1);
    expect(state?.blocks[0]).toMatchObject({ key: 'google', scope: 'site', site: 'dailyglobe.example' });
    expect(state!.blocks[0].counts['dailyglobe.example']).toBeGreaterThan(0);
    const r = await eventually(() => report(tabId), (x) => (x?.details.google?.blocked?.count ?? 0) > 0);
    expect(r?.details.google?.blocked).toMatchObject({ scope: 'site' });

    // Another site is not affected by a "this site" block.
    mark = e2e.server.served.length;
    const other = await e2e.session.openTab('https://www.cartwheel-shop.example/load?n=10&s=block');
    await settle(e2e.server, mark, ['www.google-analytics.com']);
    await other.page.close();

    const undo = await e2e.session.send<OptOutResult>({ type: 'unblock-org', tabId, key: 'google', scope: 'site' });
    expect(undo).toEqual({ ok: true });
    mark = e2e.server.served.length;
    await reload(page);
    await settle(e2e.server, mark, ['www.google-analytics.com', 'www.googletagmanager.com', 'securepubads.g.doubleclick.net']);
    expect((await optoutState(e2e.session, tabId))?.blocks).toEqual([]);
    await page.close();
  });

  it('blocks an unknown party everywhere by its registrable domain, and undo restores it', async () => {
    let mark = e2e.server.served.length;
    const news = await e2e.session.openTab(DEMO_URLS.news);
    await settle(e2e.server, mark, ['cdn.tracksy-metrics.example', 'collect.tracksy-metrics.example']);
    const key = 'domain:tracksy-metrics.example';
    await eventually(() => report(news.tabId), (r) => Boolean(r?.details[key]));
    const res = await e2e.session.send<BlockResult>({ type: 'block-org', tabId: news.tabId, key, scope: 'everywhere' });
    expect(res).toEqual({ ok: true, domains: ['tracksy-metrics.example'] });

    // On another site (the /load page of the shop requests pixel.tracksy-metrics.example).
    mark = e2e.server.served.length;
    const shop = await e2e.session.openTab('https://www.cartwheel-shop.example/load?n=10&s=everywhere');
    const served = await settle(e2e.server, mark, ['www.google-analytics.com', 'px.ads.linkedin.com']);
    expect([...served].filter((h) => h.endsWith('tracksy-metrics.example'))).toEqual([]);
    const state = await eventually(() => optoutState(e2e.session, shop.tabId), (s) => (s?.blocks[0]?.counts['cartwheel-shop.example'] ?? 0) > 0);
    expect(state?.blocks[0]).toMatchObject({ key, scope: 'everywhere', site: '' });

    expect(await e2e.session.send({ type: 'unblock-org', tabId: shop.tabId, key, scope: 'everywhere' })).toEqual({ ok: true });
    mark = e2e.server.served.length;
    await reload(shop.page);
    await settle(e2e.server, mark, ['pixel.tracksy-metrics.example']);
    await shop.page.close();
    await news.page.close();
  });
});
