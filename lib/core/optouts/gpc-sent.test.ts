import { describe, expect, it } from 'vitest';
import { gpcSentMatcher } from './gpc-sent';
import { gpcRules } from './rules';

describe('gpcSentMatcher: whether our DNR rules put Sec-GPC: 1 on a request', () => {
  it('says no for every request when GPC is off (no rules)', () => {
    expect(gpcRules(false, [])).toEqual([]);
    const sent = gpcSentMatcher({ gpcEnabled: false, gpcExceptions: [] });
    expect(sent('image', 'https://www.google-analytics.com/p.gif', 'https://news.example')).toBe(false);
    expect(sent('main_frame', 'https://news.example/', undefined)).toBe(false);
  });

  it('says yes for navigations and every subresource type the rules name when GPC is on', () => {
    const sent = gpcSentMatcher({ gpcEnabled: true, gpcExceptions: [] });
    const [sub] = gpcRules(true, []);
    for (const type of sub.condition.resourceTypes ?? []) expect(sent(type, 'https://t.example/x', 'https://news.example'), type).toBe(true);
    expect(sent('main_frame', 'https://news.example/', undefined)).toBe(true);
  });

  it('follows the exception rules: requests a page on an excepted site makes, and navigations to it', () => {
    const sent = gpcSentMatcher({ gpcEnabled: true, gpcExceptions: ['News.Example'] });
    // Initiated by the excepted site (or a subdomain): excludedInitiatorDomains.
    expect(sent('image', 'https://www.google-analytics.com/p.gif', 'https://www.news.example')).toBe(false);
    expect(sent('script', 'https://cdn.example/a.js', 'https://news.example')).toBe(false);
    // The same tracker from another site keeps GPC.
    expect(sent('image', 'https://www.google-analytics.com/p.gif', 'https://shop.example')).toBe(true);
    // Navigating to the excepted site: excludedRequestDomains; leaving it for another site: GPC again.
    expect(sent('main_frame', 'https://www.news.example/a', 'https://shop.example')).toBe(false);
    expect(sent('main_frame', 'https://shop.example/', 'https://news.example')).toBe(true);
    // A look-alike domain is not the excepted site.
    expect(sent('image', 'https://t.example/p', 'https://notnews.example')).toBe(true);
  });
});
