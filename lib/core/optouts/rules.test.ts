import { describe, expect, it } from 'vitest';
import {
  blockDomainsFor, blockRule, blocksForSite, exceptionMatchPatterns, gpcRules, matchBlock, nextRuleId, normaliseDomains,
  type BlockEntry,
} from './rules';

const entry = (over: Partial<BlockEntry>): BlockEntry => ({
  key: 'google', name: 'Google', scope: 'site', site: 'dailyglobe.example', domains: ['google-analytics.com'],
  ruleId: 1000, createdAt: 0, counts: {}, ...over,
});

describe('block rules', () => {
  it('blocks the organization\'s domains as a third party on one site, never the page itself', () => {
    const r = blockRule(entry({}));
    expect(r.action).toEqual({ type: 'block' });
    expect(r.condition.requestDomains).toEqual(['google-analytics.com']);
    expect(r.condition.initiatorDomains).toEqual(['dailyglobe.example']);
    expect(r.condition.domainType).toBe('thirdParty');
    expect(r.condition.resourceTypes).not.toContain('main_frame');
    expect(r.condition.resourceTypes).toContain('sub_frame');
  });

  it('uses Firefox\'s own resource types for the Firefox build (it rejects Chrome-only ones)', () => {
    const firefox = blockRule(entry({}), 'firefox').condition.resourceTypes ?? [];
    expect(firefox).toEqual(expect.arrayContaining(['beacon', 'imageset', 'sub_frame', 'script', 'ping']));
    expect(firefox).not.toContain('webtransport');
    expect(firefox).not.toContain('webbundle');
    expect(firefox).not.toContain('main_frame');
    expect(gpcRules(true, [], 'firefox')[0].condition.resourceTypes).toEqual(firefox);
    expect(blockRule(entry({})).condition.resourceTypes).toContain('webtransport');
  });

  it('has no initiator restriction when blocking everywhere', () => {
    expect(blockRule(entry({ scope: 'everywhere', site: '' })).condition.initiatorDomains).toBeUndefined();
  });

  it('allocates rule ids above the GPC range', () => {
    expect(nextRuleId([])).toBe(1000);
    expect(nextRuleId([entry({ ruleId: 1000 }), entry({ ruleId: 1004 })])).toBe(1005);
  });

  it('blocks TrackerDB domains except hosting/essential ones, plus what was seen, without redundant subdomains', () => {
    const domains = blockDomainsFor('amazon_associates', [
      { category: 'advertising', domains: ['amazon-adsystem.com'] },
      { category: 'hosting', domains: ['cloudfront.net'] },
      { category: 'advertising', domains: ['aax.amazon-adsystem.com'] },
    ], ['c.amazon-adsystem.com', 'd3io1k5o0zdpqr.cloudfront.net']);
    expect(domains).toEqual(['amazon-adsystem.com', 'd3io1k5o0zdpqr.cloudfront.net']);
    expect(blockDomainsFor('domain:tracksy-metrics.example', [], ['cdn.tracksy-metrics.example'])).toEqual(['tracksy-metrics.example']);
  });

  it('charges a blocked request to the block that caused it, site scope first', () => {
    const site = entry({ ruleId: 1000 });
    const everywhere = entry({ ruleId: 1001, scope: 'everywhere', site: '' });
    expect(matchBlock([everywhere, site], 'www.google-analytics.com', 'www.dailyglobe.example')).toBe(site);
    expect(matchBlock([everywhere, site], 'www.google-analytics.com', 'www.cartwheel-shop.example')).toBe(everywhere);
    expect(matchBlock([site], 'www.google-analytics.com', 'www.cartwheel-shop.example')).toBeNull();
    expect(matchBlock([site], 'notgoogle-analytics.com', 'www.dailyglobe.example')).toBeNull();
    expect(matchBlock([site], 'www.google-analytics.com', null)).toBeNull();
  });

  it('reports the block that applies on a site with that site\'s count', () => {
    const list = [entry({ counts: { 'dailyglobe.example': 3 } }), entry({ key: 'criteo', scope: 'everywhere', site: '', counts: { 'dailyglobe.example': 2, 'x.example': 5 } })];
    expect(blocksForSite(list, 'dailyglobe.example')).toEqual({ google: { scope: 'site', count: 3 }, criteo: { scope: 'everywhere', count: 2 } });
    expect(blocksForSite(list, 'cartwheel-shop.example')).toEqual({ criteo: { scope: 'everywhere', count: 0 } });
  });
});

describe('GPC rules', () => {
  it('sets Sec-GPC: 1 on navigations and subresources when on, nothing when off', () => {
    expect(gpcRules(false, [])).toEqual([]);
    const [sub, nav] = gpcRules(true, []);
    expect(sub.action).toEqual({ type: 'modifyHeaders', requestHeaders: [{ header: 'Sec-GPC', operation: 'set', value: '1' }] });
    expect(nav.condition.resourceTypes).toEqual(['main_frame']);
    expect(sub.condition.resourceTypes).not.toContain('main_frame');
    expect(sub.condition.excludedInitiatorDomains).toBeUndefined();
  });

  it('excepts a site: its own requests (initiator) and navigations to it (request domain)', () => {
    const [sub, nav] = gpcRules(true, ['WashingtonPost.com', 'https://globalprivacycontrol.org/x', 'not a domain']);
    expect(sub.condition.excludedInitiatorDomains).toEqual(['globalprivacycontrol.org', 'washingtonpost.com']);
    expect(nav.condition.excludedRequestDomains).toEqual(['globalprivacycontrol.org', 'washingtonpost.com']);
    expect(exceptionMatchPatterns(['washingtonpost.com'])).toEqual(['*://washingtonpost.com/*', '*://*.washingtonpost.com/*']);
  });

  it('normalises domains', () => {
    expect(normaliseDomains(['.Example.com', 'example.com:443', 'a b', ''])).toEqual(['example.com']);
  });
});
