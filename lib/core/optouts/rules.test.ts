import { describe, expect, it } from 'vitest';
import {
  blockRules, blocksForSite, exceptionMatchPatterns, gpcRules, GPC_PRIORITY, matchBlock, nextRuleId, normaliseDomains,
  ruleIdsOf, sparedPathRegex, type BlockEntry,
} from './rules';

const entry = (over: Partial<BlockEntry>): BlockEntry => ({
  key: 'google', name: 'Google', scope: 'site', site: 'dailyglobe.example', domains: ['google-analytics.com'],
  ruleId: 1000, createdAt: 0, counts: {}, ...over,
});

describe('block rules', () => {
  it('blocks the organization\'s domains as a third party on one site, never the page itself', () => {
    const rules = blockRules(entry({}));
    expect(rules).toHaveLength(1);
    const [r] = rules;
    expect(r.action).toEqual({ type: 'block' });
    expect(r.condition.excludedRequestDomains).toBeUndefined();
    expect(r.condition.requestDomains).toEqual(['google-analytics.com']);
    expect(r.condition.initiatorDomains).toEqual(['dailyglobe.example']);
    expect(r.condition.domainType).toBe('thirdParty');
    expect(r.condition.resourceTypes).not.toContain('main_frame');
    expect(r.condition.resourceTypes).toContain('sub_frame');
  });

  it('uses Firefox\'s own resource types for the Firefox build (it rejects Chrome-only ones), allow rules included', () => {
    const spared = entry({ domains: ['google.com'], spared: ['accounts.google.com', 'www.google.com/recaptcha/'], allowRuleId: 1001 });
    const [block, allow] = blockRules(spared, 'firefox');
    const firefox = block.condition.resourceTypes ?? [];
    expect(firefox).toEqual(expect.arrayContaining(['beacon', 'imageset', 'sub_frame', 'script', 'ping']));
    expect(firefox).not.toContain('webtransport');
    expect(firefox).not.toContain('webbundle');
    expect(firefox).not.toContain('main_frame');
    expect(allow.condition.resourceTypes).toEqual(firefox);
    expect(block.condition.excludedRequestDomains).toEqual(['accounts.google.com']);
    expect(gpcRules(true, [], 'firefox')[0].condition.resourceTypes).toEqual(firefox);
    expect(gpcRules(true, [], 'firefox')[0].priority).toBe(GPC_PRIORITY);
    expect(blockRules(entry({}))[0].condition.resourceTypes).toContain('webtransport');
    expect(blockRules(spared)[1].condition.resourceTypes).toContain('webtransport');
  });

  it('has no initiator restriction when blocking everywhere', () => {
    expect(blockRules(entry({ scope: 'everywhere', site: '' }))[0].condition.initiatorDomains).toBeUndefined();
  });

  it('spares functional hosts: excluded request domains, and an allow rule of equal priority for path exceptions', () => {
    const e = entry({ domains: ['google.com', 'google-analytics.com'], spared: ['accounts.google.com', 'www.google.com/recaptcha/', 'connect.facebook.net/*/sdk.js'], allowRuleId: 1001 });
    const [block, allow] = blockRules(e);
    expect(block.condition.excludedRequestDomains).toEqual(['accounts.google.com']);
    expect(allow).toMatchObject({ id: 1001, priority: block.priority, action: { type: 'allow' }, condition: { initiatorDomains: ['dailyglobe.example'], domainType: 'thirdParty' } });
    const re = new RegExp(allow.condition.regexFilter!);
    expect(re.test('https://www.google.com/recaptcha/api.js')).toBe(true);
    expect(re.test('https://www.google.com:443/recaptcha/api2/anchor?k=1')).toBe(true);
    expect(re.test('https://connect.facebook.net/en_US/sdk.js')).toBe(true);
    expect(re.test('https://www.google.com/pagead/1p-user-list')).toBe(false);
    expect(re.test('https://evil.example/www.google.com/recaptcha/')).toBe(false);
    expect(re.test('https://www.google.com.evil.example/recaptcha/')).toBe(false);
    expect(re.test('https://connect.facebook.net/en_US/fbevents.js')).toBe(false);
    expect(ruleIdsOf(e)).toEqual([1000, 1001]);
    // No path exception, no allow rule; no allow id, no allow rule either.
    expect(blockRules(entry({ spared: ['accounts.google.com'] }))).toHaveLength(1);
    expect(blockRules(entry({ spared: ['www.google.com/recaptcha/'] }))).toHaveLength(1);
    expect(sparedPathRegex(['accounts.google.com'])).toBeNull();
  });

  it('allocates rule ids above the GPC range, counting allow rules', () => {
    expect(nextRuleId([])).toBe(1000);
    expect(nextRuleId([entry({ ruleId: 1000 }), entry({ ruleId: 1004 })])).toBe(1005);
    expect(nextRuleId([entry({ ruleId: 1000, allowRuleId: 1007 })])).toBe(1008);
    expect(nextRuleId([entry({ ruleId: 1000 })], [1003])).toBe(1004);
  });

  it('keeps GPC headers above allow rules (a spared request still says Sec-GPC: 1) and blocks above nothing else', () => {
    expect(GPC_PRIORITY).toBeGreaterThan(blockRules(entry({}))[0].priority);
    for (const r of gpcRules(true, [])) expect(r.priority).toBe(GPC_PRIORITY);
  });

  it('charges a blocked request to the block that caused it, site scope first', () => {
    const site = entry({ ruleId: 1000 });
    const everywhere = entry({ ruleId: 1001, scope: 'everywhere', site: '' });
    expect(matchBlock([everywhere, site], 'www.google-analytics.com', 'www.dailyglobe.example')).toBe(site);
    expect(matchBlock([everywhere, site], 'www.google-analytics.com', 'www.cartwheel-shop.example')).toBe(everywhere);
    expect(matchBlock([site], 'www.google-analytics.com', 'www.cartwheel-shop.example')).toBeNull();
    expect(matchBlock([site], 'notgoogle-analytics.com', 'www.dailyglobe.example')).toBeNull();
    expect(matchBlock([site], 'www.google-analytics.com', null)).toBeNull();
    const spares = entry({ domains: ['google.com'], spared: ['accounts.google.com'] });
    expect(matchBlock([spares], 'accounts.google.com', 'www.dailyglobe.example')).toBeNull();
    expect(matchBlock([spares], 'www.google.com', 'www.dailyglobe.example')).toBe(spares);
  });

  it('reports the block that applies on a site with that site\'s count', () => {
    const list = [entry({ counts: { 'dailyglobe.example': 3 } }), entry({ key: 'criteo', scope: 'everywhere', site: '', counts: { 'dailyglobe.example': 2, 'x.example': 5 } })];
    list[1].functional = true;
    expect(blocksForSite(list, 'dailyglobe.example')).toEqual({ google: { scope: 'site', count: 3, functional: false }, criteo: { scope: 'everywhere', count: 2, functional: true } });
    expect(blocksForSite(list, 'cartwheel-shop.example')).toEqual({ criteo: { scope: 'everywhere', count: 0, functional: true } });
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
