import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../extract.ts';
import { judgeSite } from '../../verdict/judge.ts';
import type { OrganizationVerdict } from '../../types.ts';
import { COOKIE_ROWS } from './cookies.ts';
import { lexiconEntries } from './lexicon.ts';

const db = JSON.parse(readFileSync(new URL('../../../../node_modules/@ghostery/trackerdb/dist/trackerdb.json', import.meta.url), 'utf8')) as {
  organizations: Record<string, unknown>;
  categories: Record<string, unknown>;
};
const NAMED_CATEGORIES = new Set(['advertising', 'site_analytics', 'hosting', 'social_media', 'customer_interaction', 'essential']);

describe('cookie names (data)', () => {
  it('every row: a whole-word cookie name, a TrackerDB organization, a category, the product and its vendor\'s documentation', () => {
    expect(COOKIE_ROWS.length).toBeGreaterThanOrEqual(50);
    for (const r of COOKIE_ROWS) {
      expect(r.cookie, r.cookie).toMatch(/^[A-Za-z0-9_]{3,40}$/);
      expect(db.organizations[r.org], r.org).toBeDefined();
      expect(NAMED_CATEGORIES.has(r.category), `${r.cookie}: ${r.category}`).toBe(true);
      expect(r.product.length, r.cookie).toBeGreaterThan(2);
      expect(r.source, r.cookie).toMatch(/^https:\/\/[\w.-]+\.[a-z]{2,}\//);
    }
    expect(new Set(COOKIE_ROWS.map((r) => r.cookie)).size).toBe(COOKIE_ROWS.length);
  });

  it('no cookie name is an English word or another company\'s alias', () => {
    const others = new Map(lexiconEntries().filter((e) => e.source !== 'cookie').map((e) => [e.alias.toLowerCase(), e.org]));
    for (const r of COOKIE_ROWS) {
      // Every row has a vendor mark: a leading underscore, an underscore inside or the vendor's own letters.
      expect(/_/.test(r.cookie) || /^(?:AWS|hubspot|bcookie|optimizely|UserMatch|AnalyticsSync)/.test(r.cookie), r.cookie).toBe(true);
      const other = others.get(r.cookie.toLowerCase());
      if (other) expect(other, r.cookie).toBe(r.org);
    }
  });
});

const row = (org: string, category: OrganizationVerdict['category'], hosts: string[]): OrganizationVerdict =>
  ({ org, name: org, category, requests: 1, hosts, verdict: null, evidence: null });
const verdictOf = (text: string, r: OrganizationVerdict) =>
  judgeSite({ site: 'example.com', organizations: [r], policy: { status: 'found', url: null, analysis: analyzePolicy(text) } }).organizations[0];

describe('a cookie table that lists cookie names names their products', () => {
  const LIST = 'Advertising cookies. These cookies include: "\\_fbp", "\\_gcl\\_au" and "ajs\\_anonymous\\_id".';

  it('names the company with the product that sets the cookie, as written (markdown escapes and all)', () => {
    const a = analyzePolicy(LIST);
    expect(a.thirdParties.map((t) => [t.org, t.name])).toEqual([
      ['facebook', '_fbp (Meta Pixel cookie)'], ['google', '_gcl_au (Google Ads cookie)'], ['twilio', 'ajs_anonymous_id (Segment cookie)'],
    ]);
    expect(verdictOf(LIST, row('facebook', 'advertising', ['connect.facebook.net'])).verdict).toBe('named');
  });

  it('a load-balancer cookie names Amazon\'s hosting, not its ad server', () => {
    const text = 'Functionality cookies. These cookies include: "AWSALB" and "AWSALBCORS".';
    expect(verdictOf(text, row('amazon_associates', 'hosting', ['s3.amazonaws.com'])).verdict).toBe('named');
    expect(verdictOf(text, row('amazon_associates', 'advertising', ['c.amazon-adsystem.com'])).verdict).not.toBe('named');
  });

  it('not in other capitals or inside longer words', () => {
    expect(analyzePolicy('We keep a record called _GA_ARCHIVE and the file my_fbp_notes for our own use of cookies.').thirdParties).toEqual([]);
  });
});
