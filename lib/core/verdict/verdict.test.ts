import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../policy/extract.ts';
import type { DataFlow, OrganizationVerdict, ProbeEvent } from '../types.ts';
import type { PolicyInput } from './context.ts';
import { judgeSite } from './judge.ts';
import { sameNameAsSite } from './match.ts';

const row = (org: string | null, name: string, category: OrganizationVerdict['category'], hosts: string[]): OrganizationVerdict =>
  ({ org, name, category, requests: 1, hosts, verdict: null, evidence: null });
const policyOf = (text: string, site = 'example.com'): PolicyInput =>
  ({ status: 'found', url: 'https://example.com/privacy', hash: 'h1', analysis: analyzePolicy(text, { siteDomain: site }) });
const verdictOf = (text: string, r: OrganizationVerdict, extra: { probe?: ProbeEvent[] } = {}) =>
  judgeSite({ site: 'example.com', organizations: [r], policy: policyOf(text), ...extra }).organizations[0];

const GOOGLE = row('google', 'Google', 'advertising', ['www.google-analytics.com']);
const CRITEO = row('criteo', 'Criteo', 'advertising', ['static.criteo.net']);
const HOTJAR = row('hotjar', 'Hotjar', 'site_analytics', ['static.hotjar.com']);
const CLOUDFRONT = row('amazon_associates', 'Amazon', 'hosting', ['d1.cloudfront.net']);

describe('organization verdicts', () => {
  it('named: the analyzer finds the org, with evidence at real offsets', () => {
    const text = 'Privacy.\n\nWe use Google Analytics to understand how visitors use our website.';
    const v = verdictOf(text, GOOGLE);
    expect(v.verdict).toBe('named');
    const analysed = policyOf(text).analysis!.text;
    expect(analysed.slice(v.evidence!.start, v.evidence!.end)).toBe(v.evidence!.text);
    expect(v.evidence!.text).toContain('Google Analytics');
  });

  it('every TrackerDB name is in the lexicon: "Steel House" is named where it stands as a company', () => {
    const steel = row('steelhouse', 'Steel House, Inc.', 'advertising', ['px.steelhousemedia.com']);
    expect(verdictOf('We share information with Steel House and other advertising technology vendors for retargeting.', steel).verdict).toBe('named');
    // Dictionary words need a company context: "the steel house" in ordinary prose names no one.
    expect(verdictOf('Our headquarters is a steel house; we share information with our service providers.', steel).verdict).toBe('undisclosed');
  });

  it('one company under two TrackerDB keys: the policy\'s name covers the tracker filed under the other key', () => {
    // "TransUnion" maps to `neustar` in the lexicon; TrackerDB files TransUnion's TruAudience tag under `transunion`.
    const truAudience = row('transunion', 'TransUnion', 'advertising', ['truoptik.com']);
    const v = verdictOf('We share device identifiers with TransUnion, which uses them to measure and target advertising.', truAudience);
    expect(v.verdict).toBe('named');
    expect(verdictOf('We do not share your personal information with TransUnion.', truAudience).verdict).toBe('contradicted');
    // A company of the same name on another site is another company.
    const webStat = row('webstat', 'WebSTAT', 'site_analytics', ['webstat.com']);
    expect(verdictOf('We use Web-Stat, Inc. to count visits to our pages.', webStat).verdict).not.toBe('named');
  });

  it('a renamed brand: the policy\'s old name covers the tracker TrackerDB now files under the new owner', () => {
    // TrackerDB keeps `smart_adserver` and `sendinblue` as organizations, but their patterns belong to `equativ` and `brevo`.
    const equativ = row('equativ', 'Equativ', 'advertising', ['ced.sascdn.com']);
    expect(verdictOf('We use Smart Adserver to show advertising on this site.', equativ).verdict).toBe('named');
    const brevo = row('brevo', 'Brevo', 'customer_interaction', ['cdn.brevo.com']);
    expect(verdictOf('Our newsletters are sent with Sendinblue, which records whether you open them.', brevo).verdict).toBe('named');
    // Still one company only: naming Equativ's brand does not cover an unrelated ad server.
    expect(verdictOf('We use Smart Adserver to show advertising on this site.', CRITEO).verdict).not.toBe('named');
  });

  it('negated mention is not a disclosure: "we do not share … with Criteo" → contradicted, never named', () => {
    const v = verdictOf('We do not share your personal information with Criteo. We use cookies on our site.', CRITEO);
    expect(v.verdict).toBe('contradicted');
  });

  it('category: "advertising partners" covers an ad network; "service providers" does not', () => {
    expect(verdictOf('We share device identifiers with our advertising partners, who may show you ads.', CRITEO).verdict).toBe('category');
    expect(verdictOf('We share information with service providers who host our website for us.', CRITEO).verdict).toBe('undisclosed');
  });

  it('category: "service providers" covers hosting/CDN', () => {
    expect(verdictOf('We share information with service providers who host our website for us.', CLOUDFRONT).verdict).toBe('category');
  });

  it('category: "service providers" covers a customer-support chat tool acting for the site, never its ads', () => {
    const intercom = row('intercom', 'Intercom', 'customer_interaction', ['widget.intercom.io']);
    const text = 'We may employ third-party service providers to facilitate our Services and to provide the Services on our behalf.';
    expect(verdictOf(text, intercom).verdict).toBe('category');
    expect(verdictOf(text, CRITEO).verdict).toBe('undisclosed');
  });

  it('unknown third party: undisclosed unless its domain is in the policy', () => {
    const unknown = row(null, 'tracksy-metrics.example', 'unknown', ['cdn.tracksy-metrics.example']);
    expect(verdictOf('We share information with service providers who host our website.', unknown).verdict).toBe('undisclosed');
    expect(verdictOf('We use analytics from tracksy-metrics.example to count visits.', unknown).verdict).toBe('named');
  });

  it('a domain with the site\'s own name is not judged', () => {
    expect(sameNameAsSite('mytoys.com', 'mytoys.de')).toBe(true);
    expect(sameNameAsSite('verizon.com', 'verizonwireless.com')).toBe(true);
    expect(sameNameAsSite('vzw.com', 'verizonwireless.com')).toBe(false);
    const v = judgeSite({ site: 'mytoys.de', organizations: [row(null, 'mytoys.com', 'unknown', ['www.mytoys.com'])], policy: policyOf('We collect your email address.', 'mytoys.de') }).organizations[0];
    expect(v.verdict).toBeNull();
  });

  it('a no-sale promise is not contradicted by a tracker: collecting is not shown to be selling', () => {
    expect(verdictOf('We do not sell your information to anyone.', CRITEO).verdict).toBe('undisclosed');
    expect(verdictOf('We do not share your personal information with third parties.', CRITEO).verdict).toBe('contradicted');
  });

  it('contradicted: replay vendor runs while the policy denies recording mouse movements, even when named', () => {
    const text = 'We use Hotjar to see which pages are popular. We do not use tools that record your mouse movements or keystrokes on our website.';
    const v = verdictOf(text, HOTJAR);
    expect(v.verdict).toBe('contradicted');
    expect(v.evidence!.text).toContain('mouse movements');
    // Without the denial the same vendor is simply named.
    expect(verdictOf('We use Hotjar to see which pages are popular.', HOTJAR).verdict).toBe('named');
  });

  it('contradicted: the probe attributes keystroke listening to a script of an otherwise innocuous org', () => {
    const text = 'We do not use tools that record your mouse movements or keystrokes. We share data with our analytics providers.';
    const other = row(null, 'widgets.example', 'unknown', ['cdn.widgets.example']);
    expect(verdictOf(text, other).verdict).toBe('undisclosed');
    const probe: ProbeEvent[] = [{ kind: 'input-listeners', scriptUrl: 'https://cdn.widgets.example/w.js', time: 1 }];
    expect(verdictOf(text, other, { probe }).verdict).toBe('contradicted');
  });

  it('a listener registered through a library on a CDN is charged to no company unless every script on the stack is theirs', () => {
    const text = 'We do not use tools that record your mouse movements or keystrokes.';
    const cdn = row(null, 'jsdelivr.net', 'unknown', ['cdn.jsdelivr.net']);
    const viaLibrary: ProbeEvent[] = [{ kind: 'input-listeners', scriptUrl: 'https://cdn.jsdelivr.net/jquery.js', stackScripts: ['https://cdn.jsdelivr.net/jquery.js', 'https://www.example.com/app.js'], time: 1 }];
    expect(verdictOf(text, cdn, { probe: viaLibrary }).verdict).toBe('undisclosed');
    const own: ProbeEvent[] = [{ kind: 'input-listeners', scriptUrl: 'https://cdn.jsdelivr.net/rec.js', stackScripts: ['https://cdn.jsdelivr.net/rec.js'], time: 1 }];
    expect(verdictOf(text, cdn, { probe: own }).verdict).toBe('contradicted');
  });

  it('contradicted: a blanket "we do not share … with third parties" vs an undisclosed ad company; a disclosed one stays disclosed', () => {
    const text = 'We do not share your personal information with third parties. We use Google Analytics for statistics.';
    expect(verdictOf(text, CRITEO).verdict).toBe('contradicted');
    expect(verdictOf(text, GOOGLE).verdict).toBe('named');
    // Analytics companies are not accused by a blanket sharing promise (only ad companies are).
    expect(verdictOf(text, row('mixpanel', 'Mixpanel', 'site_analytics', ['api.mixpanel.com'])).verdict).toBe('undisclosed');
  });

  it('a denial about one narrower kind of data (sensitive, precise location, financial) never accuses an ad company', () => {
    for (const text of [
      'We will not share your sensitive personal information with third parties.',
      'We do not share your financial information with third parties.',
      '我们不会与任何第三方共享您的个人敏感信息。',
      '我们不会向第三方提供您的精确位置信息。',
    ]) expect(verdictOf(text, CRITEO).verdict, text).toBe('undisclosed');
    expect(verdictOf('我们不会与任何第三方共享您的个人信息。', CRITEO).verdict).toBe('contradicted');
  });

  it('denials narrowed by purpose, place, manner or source never accuse an ad company', () => {
    for (const text of [
      'We do not share your personal information with third parties for their marketing.',
      'We do not transfer your personal information to third parties outside the European Economic Area.',
      'We do not share your personal information with third parties in ways different from what is disclosed in this statement.',
      'We do not share the personal information you give us with any third party.',
      // "your details": what a form collected (category look-alike development round 4).
      'We do not pass your details to anyone else for marketing.',
      '我们不会向境外第三方提供您的个人信息。',
      '我们不会向无关的第三方提供您的个人信息。',
      'We do not share your personal information with third parties without a legal basis.',
      'We do not share your personal information with third parties, as explained below.',
      'We do not share your personal information with third parties for purposes unrelated to our services.',
      'We do not share your personal information with third parties we do not trust.',
      'We do not give your personal information to third parties to send you their own offers.',
    ]) expect(verdictOf(text, CRITEO).verdict, text).toBe('undisclosed');
  });

  it('"except in the situations this policy describes" narrows a Chinese denial; a closed list of recipients does not', () => {
    expect(verdictOf('除本政策所述情形外，我们不会与第三方共享您的个人信息。', CRITEO).verdict).toBe('undisclosed');
    expect(verdictOf('除本政策所列的第三方服务外，我们不会与其他第三方共享您的个人信息。', CRITEO).verdict).toBe('contradicted');
  });

  // Denials narrowed by the next sentence (dev/denials-3.json, 9th session; the shape had also been read on a
  // measure-only category passage in that session's truthfulness pass — disclosed in docs/eval-ninth-session.md).
  it('a denial the next sentence takes back never accuses; one the next sentence only explains still does', () => {
    for (const [text, r] of [
      ['We do not share your personal information with outside parties. This does not include trusted partners who help us run our website.', CRITEO],
      ['We do not disclose your personal information to other companies. We may disclose it to service providers, including providers of marketing services.', CRITEO],
      ['We do not record your screen or keystrokes. With your consent, we may use tools that record your interactions with some pages.', HOTJAR],
      ['我们不会与任何第三方共享您的个人信息。但以下情形除外：为实现广告投放，我们可能与广告合作伙伴共享设备标识符。', CRITEO],
    ] as const) expect(verdictOf(text, r).verdict, text).not.toBe('contradicted');
    expect(verdictOf('We do not share your personal information with third parties. We keep it on servers in Germany.', CRITEO).verdict).toBe('contradicted');
    // Another paragraph is not "the next sentence".
    expect(verdictOf('We do not share your personal information with third parties.\n\nHowever, you can delete your account at any time.', CRITEO).verdict).toBe('contradicted');
  });

  it('a link label "Do Not Sell or Share My Personal Information" is not a promise', () => {
    expect(verdictOf('Do Not Sell or Share My Personal Information\n\nWe collect your email address when you order.', CRITEO).verdict).toBe('undisclosed');
  });

  it('no-policy: no readable policy → no-policy for every company, never a guess; pending → null', () => {
    const none = judgeSite({ site: 'example.com', organizations: [GOOGLE, CRITEO], policy: null });
    expect(none.organizations.map((o) => o.verdict)).toEqual(['no-policy', 'no-policy']);
    expect(none.organizations.every((o) => o.evidence === null)).toBe(true);
    expect(none.summary!.headline).toBe('2 companies tracked you here, and we found no readable privacy policy for this site');
    const failed = judgeSite({ site: 'example.com', organizations: [GOOGLE], policy: { status: 'fetch-failed', url: 'https://example.com/p' } });
    expect(failed.organizations[0].verdict).toBe('no-policy');
    const pending = judgeSite({ site: 'example.com', organizations: [GOOGLE], policy: { status: 'pending', url: null } });
    expect(pending.organizations[0].verdict).toBeNull();
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    const input = { site: 'example.com', organizations: [GOOGLE, CRITEO, HOTJAR], policy: policyOf('We use Google Analytics. We share data with advertising partners.') };
    expect(JSON.stringify(judgeSite(input))).toBe(JSON.stringify(judgeSite(input)));
  });
});

describe('data-flow verdicts', () => {
  const flow = (org: string, domain: string, kind = 'email'): DataFlow =>
    ({ type: 'Contact', kind, encoding: 'plain', recipientDomain: domain, recipientOrg: org, evidence: 'e=[email]', time: 1 });
  const SEGMENT = row('twilio', 'Twilio', 'site_analytics', ['api.segment.io']);
  const FB = row('facebook', 'Meta', 'advertising', ['www.facebook.com']);
  const judge = (text: string, orgs: OrganizationVerdict[], flows: DataFlow[]) =>
    judgeSite({ site: 'example.com', organizations: orgs, dataFlows: flows, policy: policyOf(text) }).dataFlows;

  it('named: a sentence names both the company and the data type', () => {
    const [f] = judge('The Facebook Pixel shares a hashed version of your email address with Facebook.', [FB], [flow('facebook', 'facebook.com')]);
    expect(f.verdict).toBe('named');
    expect(f.policyEvidence!.text).toContain('email address');
  });

  it('naming the company for something else does not disclose this data type', () => {
    const [f] = judge('We use Segment to collect analytics events about how you use our store.', [SEGMENT], [flow('twilio', 'segment.io')]);
    expect(f.verdict).toBe('undisclosed');
  });

  it('category: the type is shared with the recipient\'s kind of company', () => {
    const [f] = judge('We share your email address with our advertising partners to show you relevant ads.', [FB], [flow('facebook', 'facebook.com')]);
    expect(f.verdict).toBe('category');
  });

  it('contradicted: "we do not share your email address with third parties" while an email goes to an analytics company', () => {
    const [f] = judge('We use Segment for analytics services. We do not share your email address with third parties.', [SEGMENT], [flow('twilio', 'segment.io')]);
    expect(f.verdict).toBe('contradicted');
    expect(f.policyEvidence!.text).toContain('do not share your email address');
  });

  it('a typed no-sale promise is not contradicted by the flow: the data went there, a sale is not shown', () => {
    const [f] = judge('We use Segment for analytics services. We do not sell your email address to third parties.', [SEGMENT], [flow('twilio', 'segment.io')]);
    expect(f.verdict).not.toBe('contradicted');
  });

  it('no-policy when the policy is unreadable', () => {
    const [f] = judgeSite({ site: 'example.com', organizations: [SEGMENT], dataFlows: [flow('twilio', 'segment.io')], policy: { status: 'empty', url: null } }).dataFlows;
    expect(f.verdict).toBe('no-policy');
  });
});

describe('Chinese policies', () => {
  const text = [
    '# 隐私政策', '我们会收集您的设备信息和IP地址。', '## 第三方SDK目录',
    '| SDK名称 | 第三方公司名称 | 使用目的 | 收集个人信息类型 |', '| --- | --- | --- | --- |',
    '| 百度统计 | 北京百度网讯科技有限公司 | 统计分析 | 设备信息、浏览记录 |',
    '| 友盟统计 | 友盟同欣（北京）科技有限公司 | 统计分析 | 设备信息、IP地址 |',
    '除本政策所列的第三方服务外，我们不会与其他第三方共享您的个人信息。',
  ].join('\n');
  it('SDK-table rows are named; a tracker missing from the closed list is contradicted', () => {
    const a = judgeSite({
      site: 'xinxi-zh.example',
      organizations: [row('baidu', 'Baidu', 'advertising', ['hm.baidu.com']), row('umeng', 'Umeng', 'site_analytics', ['s4.cnzz.com']), row('bytedance_inc', 'ByteDance Inc', 'site_analytics', ['analytics.tiktok.com'])],
      policy: policyOf(text, 'xinxi-zh.example'),
    }, { language: 'zh' });
    expect(a.organizations.map((o) => o.verdict)).toEqual(['named', 'named', 'contradicted']);
    expect(a.summary!.headline).toBe('在这里追踪您的 3 家公司中，有 1 家的行为与该网站隐私政策所述相矛盾');
  });
});


