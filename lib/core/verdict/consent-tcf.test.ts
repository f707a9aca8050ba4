import { readFileSync } from 'node:fs';
import { GVL, TCModel, TCString } from '@iabtcf/core';
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../policy/extract.ts';
import type { Claim, OrganizationVerdict } from '../types.ts';
import { consentFindings, type HostTiming } from './consent.ts';
import { judgeSite } from './judge.ts';
import { headline, score } from './summary.ts';
import { decodeTcString, listedOrganizations, TcfDecodeError } from './tcf.ts';
import { TCF_VENDOR_ORGS } from './tcf-vendors.ts';

const T = 1_767_225_600_000;
const host = (h: string, category: HostTiming['category'], first: number, last: number, gpc?: boolean): HostTiming =>
  ({ host: h, org: h.split('.')[1] ?? null, name: h, category, first: T + first, last: T + last, ...(gpc === undefined ? {} : { gpc }) });
const HOSTS = [
  host('www.google-analytics.com', 'site_analytics', 100, 9000),
  host('static.criteo.net', 'advertising', 3000, 3000),
  host('js.stripe.com', 'utilities', 50, 9000),
  host('bidder.criteo.com', 'advertising', 6000, 6000),
];
const GPC_CLAIM: Claim = { kind: 'honours-gpc', evidence: { text: 'We honor Global Privacy Control signals.', start: 0, end: 40 } };

describe('consent moments', () => {
  it('before-consent: ad/analytics hosts that fired before the answer, with both timestamps', () => {
    const f = consentFindings(HOSTS, { bannerShownAt: T + 50, answeredAt: T + 5000, answer: 'accept' }, null, []);
    expect(f.map((x) => [x.moment, x.host, x.requestTime - T, x.consentTime! - T])).toEqual([
      ['before-consent', 'www.google-analytics.com', 100, 5000],
      ['before-consent', 'static.criteo.net', 3000, 5000],
    ]);
  });

  it('before-consent when the banner was never answered; nothing when no banner was detected', () => {
    const f = consentFindings(HOSTS, { bannerShownAt: T + 50 }, null, []);
    expect(f.map((x) => x.host)).toEqual(['www.google-analytics.com', 'static.criteo.net', 'bidder.criteo.com']);
    expect(f.every((x) => x.consentTime === null)).toBe(true);
    expect(consentFindings(HOSTS, null, null, [])).toEqual([]);
  });

  it('after-reject: last request later than the rejection (beyond the grace period)', () => {
    const f = consentFindings(HOSTS, { bannerShownAt: T, answeredAt: T + 5500, answer: 'reject' }, null, []).filter((x) => x.moment === 'after-reject');
    // bidder.criteo.com's last request came 500 ms after the click — within the default grace, so an
    // in-flight beacon is not an accusation; 3.5 s later (analytics) is.
    expect(f.map((x) => [x.host, x.requestTime - T, x.consentTime! - T])).toEqual([['www.google-analytics.com', 9000, 5500]]);
    const strict = consentFindings(HOSTS, { bannerShownAt: T, answeredAt: T + 5500, answer: 'reject' }, null, [], { rejectGraceMs: 0 });
    expect(strict.filter((x) => x.moment === 'after-reject')).toHaveLength(2);
    const late = consentFindings(HOSTS, { bannerShownAt: T, answeredAt: T + 8500, answer: 'reject' }, null, []);
    expect(late.filter((x) => x.moment === 'after-reject')).toEqual([]);
  });

  it('despite-gpc: only when the site claims to honour GPC (policy or gpc.json) and the requests carried it', () => {
    const sent = { sent: true, sentAt: T };
    expect(consentFindings(HOSTS, null, sent, [])).toEqual([]);
    const byClaim = consentFindings(HOSTS, null, sent, [GPC_CLAIM]);
    expect(byClaim.map((x) => [x.moment, x.host])).toEqual([['despite-gpc', 'static.criteo.net'], ['despite-gpc', 'bidder.criteo.com']]);
    expect(byClaim[0].evidence).toEqual(GPC_CLAIM.evidence);
    expect(consentFindings(HOSTS, null, { ...sent, siteDeclares: true }, [])).toHaveLength(2);
    expect(consentFindings(HOSTS, null, { sent: false, siteDeclares: true }, [GPC_CLAIM])).toEqual([]);
    const noHeader = HOSTS.map((h) => ({ ...h, gpc: false }));
    expect(consentFindings(noHeader, null, sent, [GPC_CLAIM])).toEqual([]);
  });
});

// A minimal vendor list (encoding needs one; decoding does not): only the fields TCModel reads.
const vendor = (id: number) => ({ id, name: `Vendor ${id}`, purposes: [1], legIntPurposes: [2], flexiblePurposes: [], specialPurposes: [], features: [], specialFeatures: [], policyUrl: 'https://vendor.example/privacy' });
const purpose = (id: number) => ({ id, name: `Purpose ${id}`, description: '', descriptionLegal: '' });
const GVL_JSON = {
  gvlSpecificationVersion: 2, vendorListVersion: 150, tcfPolicyVersion: 4, lastUpdated: '2026-01-01T00:00:00Z',
  purposes: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => [i, purpose(i)])),
  specialPurposes: {}, features: {}, specialFeatures: {}, stacks: {},
  vendors: Object.fromEntries([10, 32, 91, 755].map((i) => [i, vendor(i)])),
};

function tcString(consented: number[], li: number[] = []): string {
  const m = new TCModel(new GVL(GVL_JSON as never));
  m.cmpId = 7;
  m.cmpVersion = 1;
  m.vendorListVersion = 150;
  m.policyVersion = 4;
  m.isServiceSpecific = true;
  m.purposeConsents.set([1, 3, 4]);
  m.vendorConsents.set(consented);
  m.vendorLegitimateInterests.set(li);
  return TCString.encode(m);
}

describe('TCF', () => {
  it('decodes a real TC string: consented, legitimate-interest and listed vendors', () => {
    const d = decodeTcString(tcString([755, 91, 32], [10]));
    expect(d.cmpId).toBe(7);
    expect(d.consented).toEqual([32, 91, 755]);
    expect(d.legitimateInterest).toEqual([10]);
    expect(d.listed).toEqual([10, 32, 91, 755]);
    expect(d.purposesConsented).toEqual([1, 3, 4]);
    expect([...listedOrganizations(d.listed)]).toEqual([['index_exchange', 10], ['microsoft', 32], ['criteo', 91], ['google', 755]]);
  });

  it('rejects junk with a TcfDecodeError', () => {
    expect(() => decodeTcString('hello world')).toThrow(TcfDecodeError);
    expect(() => decodeTcString('')).toThrow(TcfDecodeError);
  });

  it('every mapped organization exists in TrackerDB', () => {
    const db = JSON.parse(readFileSync('node_modules/@ghostery/trackerdb/dist/trackerdb.json', 'utf8')) as { organizations: Record<string, unknown> };
    for (const [id, org] of Object.entries(TCF_VENDOR_ORGS)) expect(db.organizations[org], `vendor ${id} → ${org}`).toBeTruthy();
  });

  it('a vendor the banner lists is other evidence of its own kind: never named in the policy, never clears a contradiction', () => {
    const criteo: OrganizationVerdict = { org: 'criteo', name: 'Criteo', category: 'advertising', requests: 1, hosts: ['static.criteo.net'], verdict: null, evidence: null };
    const policy = { status: 'found' as const, url: null, analysis: analyzePolicy('We collect your email address when you subscribe to our newsletter.') };
    const listed = judgeSite({ site: 'example.com', organizations: [criteo], policy, consent: { tcString: tcString([91]) } }).organizations[0];
    expect(listed.verdict).toBe('undisclosed');
    expect(listed.other).toEqual({ tcfVendor: 91 });
    const denying = { status: 'found' as const, url: null, analysis: analyzePolicy('We do not share your personal information with third parties.') };
    const contradicted = judgeSite({ site: 'example.com', organizations: [criteo], policy: denying, consent: { tcString: tcString([91]) } }).organizations[0];
    expect(contradicted.verdict).toBe('contradicted');
    expect(contradicted.other).toEqual({ tcfVendor: 91 });
    const junk = judgeSite({ site: 'example.com', organizations: [criteo], policy, consent: { tcString: 'not-a-tc-string!' } }).organizations[0];
    expect(junk.verdict).toBe('undisclosed');
    expect(junk.other).toBeUndefined();
  });
});

describe('summary', () => {
  const counts = (named: number, category: number, undisclosed: number, contradicted: number, noPolicy = 0) =>
    ({ named, category, undisclosed, contradicted, 'no-policy': noPolicy });
  it('headline in English and Chinese', () => {
    expect(headline(counts(4, 1, 3, 0))).toBe("3 of 8 companies that tracked you here are not disclosed in this site's privacy policy");
    expect(headline(counts(4, 1, 3, 0), 'zh')).toBe('在这里追踪您的 8 家公司中，有 3 家未在该网站的隐私政策中披露');
    expect(headline(counts(1, 0, 0, 0))).toBe("The company that tracked you here is named in this site's privacy policy");
    // Named and covered-only-by-a-category are kept apart, in both languages.
    expect(headline(counts(2, 3, 0, 0))).toBe('Of the 5 companies that tracked you here, 2 are named in this site\'s privacy policy and 3 are only covered by a general description (such as "advertising partners")');
    expect(headline(counts(2, 3, 0, 0), 'zh')).toBe('在这里追踪您的 5 家公司中，2 家在该网站的隐私政策中被点名，3 家只被笼统提及（如“广告合作伙伴”）');
    expect(headline(counts(0, 2, 0, 0))).toMatch(/^This site's privacy policy names none of the 2 companies/);
    // A contradiction is a contradiction in Chinese too, never "not mentioned".
    expect(headline(counts(1, 0, 0, 2), 'zh')).toBe('在这里追踪您的 3 家公司中，有 2 家的行为与该网站隐私政策所述相矛盾');
    expect(headline(counts(0, 0, 0, 0), 'zh')).toBe('此页面上没有第三方公司追踪您');
    expect(headline(counts(0, 0, 0, 0, 2), 'zh')).toBe('有 2 家公司在这里追踪您，但我们没有找到该网站可读的隐私政策');
  });

  it('score: every point explained by a line, and the lines add up', () => {
    const org = (name: string, verdict: OrganizationVerdict['verdict']): OrganizationVerdict =>
      ({ org: name.toLowerCase(), name, category: 'advertising', requests: 1, hosts: [], verdict, evidence: null });
    const s = score([org('A', 'named'), org('B', 'undisclosed'), org('C', 'contradicted'), org('D', 'category')], [], [
      { moment: 'after-reject', org: 'b', name: 'B', host: 'b.example', requestTime: 2, consentTime: 1 },
      { moment: 'after-reject', org: 'b', name: 'B', host: 'x.b.example', requestTime: 3, consentTime: 1 },
    ]);
    expect(s.value).toBe(100 - 8 - 15 - 2 - 10);
    const sum = s.lines.filter((l) => l.startsWith('−')).reduce((acc, l) => acc + Number(/^−(\d+)/.exec(l)![1]), 0);
    expect(100 - sum).toBe(s.value);
    expect(s.lines.at(-1)).toBe(`= ${s.value}`);
  });
});
