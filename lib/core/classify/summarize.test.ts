import { describe, expect, it } from 'vitest';
import type { Classification, Observation } from '../types.ts';
import { groupOrganizations } from './organizations.ts';
import { summarize, type Classifier } from './summarize.ts';
import { partyOf } from './party.ts';

// A stub classifier keeps this test about aggregation, not about the tracker database.
const KNOWN: Record<string, Pick<Classification, 'org' | 'orgName' | 'category' | 'pattern'>> = {
  'www.google-analytics.com': { org: 'google', orgName: 'Google', category: 'site_analytics', pattern: 'google_analytics' },
  'www.googletagmanager.com': { org: 'google', orgName: 'Google', category: 'utilities', pattern: 'google_tag_manager' },
  'ad.doubleclick.net': { org: 'google', orgName: 'Google', category: 'advertising', pattern: 'doubleclick' },
  'cdn.orgless.example': { org: null, orgName: 'Orgless Widget', category: 'misc', pattern: 'orgless' },
};
const stub: Classifier = {
  classify(o: Observation): Classification {
    const p = partyOf(o.url, o.pageUrl, o.type);
    const k = KNOWN[p.host];
    return { host: p.host, domain: p.domain, siteDomain: p.siteDomain, thirdParty: p.thirdParty, ...(k ?? { org: null, orgName: p.domain, category: 'unknown', pattern: null }) };
  },
};
const page = 'https://www.site.com/';
const o = (url: string, extra: Partial<Observation> = {}): Observation => ({ url, pageUrl: page, type: 'script', time: 1, ...extra });

describe('summarize', () => {
  const obs = [
    o(page, { type: 'main_frame' }),
    o('https://static.site.com/app.js'),
    o('https://www.googletagmanager.com/gtm.js'),
    o('https://www.google-analytics.com/collect?v=1'),
    o('https://ad.doubleclick.net/x'),
    o('https://a.unknown-cdn.net/1.js'),
    o('https://b.unknown-cdn.net/2.js'),
    o('https://b.unknown-cdn.net/3.js'),
    o('https://cdn.orgless.example/w.js'),
    o('https://px.unknown-cdn.net/p?e=john.doe%40example.com'),
    o('https://www.site.com/login', { body: 'email=john.doe%40example.com' }),
  ];
  const s = summarize(obs, stub);

  it('one row per third-party organization, unknowns grouped by registrable domain, sorted by requests', () => {
    expect(s.site).toBe('site.com');
    expect(s.totalRequests).toBe(11);
    expect(s.firstPartyRequests).toBe(3);
    expect(s.thirdPartyRequests).toBe(8);
    expect(s.organizations).toEqual([
      { org: null, name: 'unknown-cdn.net', category: 'unknown', requests: 4, hosts: ['a.unknown-cdn.net', 'b.unknown-cdn.net', 'px.unknown-cdn.net'] },
      { org: 'google', name: 'Google', category: 'advertising', requests: 3, hosts: ['ad.doubleclick.net', 'www.google-analytics.com', 'www.googletagmanager.com'] },
      { org: null, name: 'orgless.example', category: 'misc', requests: 1, hosts: ['cdn.orgless.example'] },
    ]);
    expect(s.classifications).toHaveLength(obs.length);
  });

  it('data flows to third parties only by default, deduplicated', () => {
    expect(s.dataFlows.map((f) => [f.kind, f.recipientDomain])).toEqual([['email', 'unknown-cdn.net']]);
    const all = summarize([...obs, obs[9]], stub, { includeFirstPartyFlows: true });
    expect(all.dataFlows.map((f) => f.recipientDomain).sort()).toEqual(['site.com', 'unknown-cdn.net']);
  });

  it('seeds are passed to the scanner', () => {
    const withSeed = summarize([o('https://a.unknown-cdn.net/t?q=secret-handle-99')], stub, { seeds: [{ value: 'secret-handle-99', label: 'username' }] });
    expect(withSeed.dataFlows.map((f) => f.kind)).toEqual(['typed-value']);
  });

  it('groups exactly as the extension does (one path: the same groupOrganizations)', () => {
    const hosts = new Map<string, { host: string; domain: string; thirdParty: boolean; org: string | null; orgName: string; category: Classification['category']; count: number }>();
    for (const c of s.classifications) {
      if (!c.thirdParty) continue;
      const h = hosts.get(c.host) ?? { host: c.host, domain: c.domain, thirdParty: true, org: c.org, orgName: c.orgName, category: c.category, count: 0 };
      h.count++;
      hosts.set(c.host, h);
    }
    const extension = groupOrganizations([...hosts.values()]).map(({ org, name, category, requests, hosts: h }) => ({ org, name, category, requests, hosts: h }));
    expect(s.organizations).toEqual(extension);
  });

  it('empty input', () => {
    expect(summarize([], stub)).toMatchObject({ site: '', totalRequests: 0, organizations: [], dataFlows: [] });
  });
});
