import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../policy/extract.ts';
import type { OrganizationVerdict } from '../types.ts';
import { judgeSite } from './judge.ts';

// "Undisclosed" says what it claims: a company the policy names only in passing (a log-in, a help link, a denial,
// the reader's own device) is shown with that sentence, never as "not mentioned".
const FACEBOOK = { org: 'facebook', name: 'Meta', category: 'advertising', requests: 1, hosts: ['connect.facebook.net'], verdict: null, evidence: null } satisfies OrganizationVerdict;
const TENCENT = { ...FACEBOOK, org: 'qq.com', name: 'Tencent', category: 'site_analytics', hosts: ['pingtas.qq.com'] } satisfies OrganizationVerdict;
const judge = (text: string, row: OrganizationVerdict) =>
  judgeSite({ site: 'example.com', organizations: [row], policy: { status: 'found', url: null, analysis: analyzePolicy(text) } }).organizations[0];

describe('an undisclosed company the policy mentions only in passing', () => {
  it.each([
    ['a social follow link', 'We respect your privacy. Follow us on Facebook for news.', FACEBOOK, 'reference', 'Facebook'],
    ['a log-in the profile comes from', '您可以通过第三方登录（如微信），我们将收集您授权的头像和昵称。', TENCENT, 'sign-in', '微信'],
    ['the reader\'s identifier there', '开具发票时，我们需要收集您的邮箱和微信的OpenID。', TENCENT, 'your-product', '微信'],
  ] as const)('%s: quoted, and said how', (_why, text, row, as, name) => {
    const o = judge(text, row);
    expect(o.verdict).toBe('undisclosed');
    expect(o.why).toMatchObject({ code: 'undisclosed', mentionedAs: as, mentionName: name });
    expect(o.evidence?.text).toContain(name);
  });

  it('a company the policy never mentions keeps "not mentioned" and no quote', () => {
    const o = judge('We use cookies to remember your language. We do not sell your data.', FACEBOOK);
    expect(o.verdict).toBe('undisclosed');
    expect(o.evidence).toBeNull();
    expect(o.why).toEqual({ code: 'undisclosed', unknownCompany: false });
  });

  it('a company named as a recipient elsewhere is named, whatever else the policy says of it', () => {
    const o = judge('Follow us on Facebook. We share your purchases with Facebook for advertising.', FACEBOOK);
    expect(o.verdict).toBe('named');
    expect(analyzePolicy('Follow us on Facebook. We share your purchases with Facebook for advertising.').asides).toEqual([]);
  });

  it('a denial with a data type is still a contradiction, not an aside', () => {
    expect(judge('We do not share your personal information with Facebook.', FACEBOOK).verdict).toBe('contradicted');
  });
});

describe('a category verdict read from the purpose of cookies alone', () => {
  const CHARTBEAT = { ...FACEBOOK, org: 'chartbeat', name: 'Chartbeat', category: 'site_analytics', hosts: ['static.chartbeat.com'] } satisfies OrganizationVerdict;
  it('says it names no party', () => {
    const o = judge('Cookies are used to track usage patterns and traffic trends on this website.', CHARTBEAT);
    expect(o.verdict).toBe('category');
    expect(o.why).toMatchObject({ code: 'category', category: 'site_analytics', agentless: true });
  });

  it('quotes a sentence with the party before one without', () => {
    const o = judge('Cookies are used to track usage patterns on this website. We allow third parties to place cookies on our pages to measure how visitors use the site.', CHARTBEAT);
    expect(o.verdict).toBe('category');
    expect(o.evidence?.text).toMatch(/^We allow third parties/);
    expect(o.why).not.toHaveProperty('agentless');
  });
});
