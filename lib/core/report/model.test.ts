import { describe, expect, it } from 'vitest';
import { buildReportModel, buildSiteIndex, searchSites } from './model';
import { buildGraph, OTHER_SITES } from './graph';
import { generateHistory } from '../../../tests/support/generate-history';
import type { History } from './types';

const T0 = Date.UTC(2026, 0, 1);

function small(): History {
  return {
    visits: [
      { id: 'v1', site: 'a.example', url: 'https://a.example/', title: 'A one', startedAt: T0, lastAt: T0 + 10 },
      { id: 'v2', site: 'a.example', url: 'https://a.example/x', title: 'A two', startedAt: T0 + 1000, lastAt: T0 + 1010 },
      { id: 'v3', site: 'b.example', url: 'https://b.example/', startedAt: T0 + 5000, lastAt: T0 + 5010 },
    ],
    hostStats: [
      { visitId: 'v1', site: 'a.example', host: 'www.google-analytics.com', domain: 'google-analytics.com', thirdParty: true, org: 'google', orgName: 'Google', category: 'site_analytics', count: 3 },
      { visitId: 'v2', site: 'a.example', host: 'securepubads.g.doubleclick.net', domain: 'doubleclick.net', thirdParty: true, org: 'google', orgName: 'Google', category: 'advertising', count: 5 },
      { visitId: 'v2', site: 'a.example', host: 'a.example', domain: 'a.example', thirdParty: false, org: null, orgName: 'a.example', category: 'unknown', count: 9 },
      { visitId: 'v2', site: 'a.example', host: 'px.tiny.example', domain: 'tiny.example', thirdParty: true, org: null, orgName: 'px.tiny.example', category: 'unknown', count: 1 },
      { visitId: 'v3', site: 'b.example', host: 'www.google-analytics.com', domain: 'google-analytics.com', thirdParty: true, org: 'google', orgName: 'Google', category: 'site_analytics', count: 2 },
      // A row whose visit was pruned: ignored, never counted.
      { visitId: 'gone', site: 'b.example', host: 'www.facebook.com', domain: 'facebook.com', thirdParty: true, org: 'facebook', orgName: 'Meta', category: 'advertising', count: 7 },
    ],
    dataFlows: [{ visitId: 'v2', site: 'a.example', type: 'Contact', kind: 'email', encoding: 'sha256', recipientDomain: 'doubleclick.net', recipientOrg: 'google', evidence: 'x', time: T0 + 1001 }],
    consentFindings: [],
    sites: [
      { site: 'a.example', policyStatus: 'found', policyUrl: 'https://a.example/privacy', policyHash: 'h2', lastVisit: T0 + 1000 },
      { site: 'b.example', policyStatus: 'not-found', lastVisit: T0 + 5000 },
    ],
    policies: [
      { site: 'a.example', hash: 'h1', fetchedAt: T0 - 100, url: 'https://a.example/privacy' },
      { site: 'a.example', hash: 'h2', fetchedAt: T0 + 500, url: 'https://a.example/privacy', previousHash: 'h1', diff: { added: ['We share with Google.'], removed: [] } },
    ],
    verdicts: [
      { site: 'a.example', policyHash: 'h1', computedAt: T0, analysis: { site: 'a.example', policy: null, organizations: [{ org: 'google', name: 'Google', category: 'advertising', requests: 1, hosts: [], verdict: 'undisclosed', evidence: null }], dataFlows: [], consent: [] } },
      { site: 'a.example', policyHash: 'h2', computedAt: T0 + 600, analysis: { site: 'a.example', policy: null, organizations: [{ org: 'google', name: 'Google', category: 'advertising', requests: 1, hosts: [], verdict: 'named', evidence: { text: 'We share with Google.', start: 0, end: 21 } }], dataFlows: [{ type: 'Contact', kind: 'email', encoding: 'sha256', recipientDomain: 'doubleclick.net', recipientOrg: 'google', evidence: 'x', time: 0, verdict: 'category', policyEvidence: null }], consent: [] } },
    ],
  };
}

describe('buildReportModel', () => {
  it('aggregates each site over its visits and takes verdicts judged against the current policy', () => {
    const m = buildReportModel(small(), {}, T0 + 9999);
    expect(m.sites.map((s) => s.site)).toEqual(['b.example', 'a.example']);
    const a = m.sites[1];
    expect(a.visits).toHaveLength(2);
    expect(a.title).toBe('A two');
    const google = a.organizations.find((o) => o.key === 'google')!;
    expect(google.requests).toBe(8);
    expect(google.requestsByHost).toEqual({ 'www.google-analytics.com': 3, 'securepubads.g.doubleclick.net': 5 });
    expect(google.verdict).toBe('named');
    expect(google.evidence?.text).toBe('We share with Google.');
    expect(a.policy).toMatchObject({ hash: 'h2', fetchedAt: T0 + 500, judgedAt: T0 + 600, url: 'https://a.example/privacy' });
    expect(a.organizations.find((o) => o.key === 'domain:tiny.example')?.verdict).toBeNull();
    expect(a.counts).toMatchObject({ named: 1, unjudged: 1 });
    expect(a.dataFlows[0].verdict).toBe('category');
    expect(a.policyChanges.map((c) => c.previousHash)).toEqual(['h1', null]);
  });

  it('marks a version that is the previous page read again by a newer reader, with no sentences added or removed', () => {
    const h = small();
    h.policies.push({ site: 'a.example', hash: 'h3', fetchedAt: T0 + 700, url: 'https://a.example/privacy', previousHash: 'h2', reread: true });
    const a = buildReportModel(h, {}, T0 + 9999).sites.find((s) => s.site === 'a.example')!;
    expect(a.policyChanges[0]).toMatchObject({ hash: 'h3', previousHash: 'h2', reread: true, added: [], removed: [] });
    expect(a.policyChanges[1].reread).toBeUndefined();
  });

  it('handles sites without verdicts (null), ignores rows of deleted visits', () => {
    const m = buildReportModel(small());
    const b = m.sites.find((s) => s.site === 'b.example')!;
    expect(b.organizations.map((o) => [o.key, o.verdict])).toEqual([['google', null]]);
    expect(b.counts.unjudged).toBe(1);
    expect(m.organizations[0]).toMatchObject({ key: 'google', siteCount: 2, requests: 10, verdicts: expect.objectContaining({ named: 1, unjudged: 1 }) });
    expect(m.organizations.some((o) => o.key === 'facebook')).toBe(false);
    expect(m.totals).toMatchObject({ sites: 2, visits: 3, requests: 11 });
  });

  it('filters by date range and selected sites', () => {
    expect(buildReportModel(small(), { from: T0 + 500 }).sites.map((s) => [s.site, s.visits.length])).toEqual([['b.example', 1], ['a.example', 1]]);
    const onlyA = buildReportModel(small(), { sites: ['a.example'], to: T0 + 100 });
    expect(onlyA.sites.map((s) => s.site)).toEqual(['a.example']);
    expect(onlyA.sites[0].organizations[0].requests).toBe(3);
    expect(onlyA.filter).toEqual({ from: null, to: T0 + 100, sites: ['a.example'] });
    expect(onlyA.policyChanges.map((c) => c.hash)).toEqual(['h1']);
  });
});

describe('site index and search (dashboard first view)', () => {
  it('lists sites newest first with visit counts and searches site, title and URL', () => {
    const idx = buildSiteIndex(small().visits, small().sites);
    expect(idx.map((e) => [e.site, e.visitCount, e.policyStatus])).toEqual([['b.example', 1, 'not-found'], ['a.example', 2, 'found']]);
    expect(idx[1].title).toBe('A two');
    expect(searchSites(idx, 'a two').map((e) => e.site)).toEqual(['a.example']);
    expect(searchSites(idx, 'B.EXAMPLE').map((e) => e.site)).toEqual(['b.example']);
    expect(buildSiteIndex(small().visits, small().sites, { to: T0 + 1 }).map((e) => e.site)).toEqual(['a.example']);
  });
});

describe('graph', () => {
  it('stays bounded for 2,000 sites and folds the rest into aggregate nodes', () => {
    const m = buildReportModel(generateHistory(2000));
    const g = buildGraph(m, { maxOrgs: 12, maxSites: 20 });
    expect(g.sites.length).toBe(21);
    expect(g.orgs.length).toBeLessThanOrEqual(13);
    expect(g.hiddenSites).toBe(1980);
    const folded = g.edges.filter((e) => e.site === OTHER_SITES);
    expect(folded.length).toBeGreaterThan(0);
    // Folded edge weights are site counts: with the shown sites they add up to the organization's total.
    const google = m.organizations.find((o) => o.key === 'google')!;
    const shown = g.edges.filter((e) => e.org === 'google' && e.site !== OTHER_SITES).length;
    expect(shown + (folded.find((e) => e.org === 'google')?.weight ?? 0)).toBe(google.siteCount);
    expect(g.edges.length).toBeLessThan(20 * 13 + 13 + 20);
  });
});
