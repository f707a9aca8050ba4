import { describe, expect, it } from 'vitest';
import { groupOrganizations } from './organizations';

const row = (host: string, domain: string, org: string | null, count: number, category = 'advertising' as const, thirdParty = true) =>
  ({ host, domain, org, orgName: org ? org.toUpperCase() : domain, category, count, thirdParty });

describe('groupOrganizations', () => {
  it('merges hosts of one organization and sums their requests', () => {
    const orgs = groupOrganizations([row('a.doubleclick.net', 'doubleclick.net', 'google', 2), row('www.google-analytics.com', 'google-analytics.com', 'google', 3)]);
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ org: 'google', requests: 5, hosts: ['a.doubleclick.net', 'www.google-analytics.com'], verdict: null });
  });
  it('joins rows stored under either key of one company (TransUnion: neustar and transunion) into one row', () => {
    const orgs = groupOrganizations([row('cdn.truoptik.com', 'truoptik.com', 'transunion', 2), row('secure.adadvisor.net', 'adadvisor.net', 'neustar', 1)]);
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ org: 'neustar', requests: 3 });
  });
  it('keeps unknown third parties apart by registrable domain and drops first parties', () => {
    const orgs = groupOrganizations([row('x.unknown.example', 'unknown.example', null, 1), row('y.other.example', 'other.example', null, 4), row('www.site.example', 'site.example', null, 9, 'advertising', false)]);
    expect(orgs.map((o) => o.name)).toEqual(['other.example', 'unknown.example']);
  });
  it('shows and judges an organization under its most privacy-relevant role, not its busiest one', () => {
    const orgs = groupOrganizations([{ ...row('a.g.com', 'g.com', 'google', 1), category: 'advertising' }, { ...row('b.g.com', 'g.com', 'google', 5), category: 'site_analytics' }]);
    expect(orgs[0].category).toBe('advertising');
    const fonts = groupOrganizations([{ ...row('f.g.com', 'g.com', 'google', 9), category: 'hosting' }, { ...row('a.g.com', 'g.com', 'google', 1), category: 'site_analytics' }]);
    expect(fonts[0].category).toBe('site_analytics');
  });
});
