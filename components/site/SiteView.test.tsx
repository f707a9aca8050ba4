import { describe, expect, it } from 'vitest';
import { fireEvent, render, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import type { CategoryKey, ConsentMoment, DataType, OrganizationVerdict, PolicyStatus, TabReport, Verdict } from '../../lib/core/types';
import { createTranslator, type MessagesFile, type Translate } from '../common/i18n';
import { baseReport, syntheticReport } from './sample-report';
import { SiteView } from './SiteView';
import { renderPopupModel, VERDICT_ORDER } from './model';

const tEn = createTranslator(en as MessagesFile);
const tZh = createTranslator(zh as MessagesFile);

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
function org(name: string, verdict: Verdict | null, extra: Partial<OrganizationVerdict> = {}): OrganizationVerdict {
  return { org: name.toLowerCase(), name, category: 'advertising', requests: 3, hosts: [`ads.${name.toLowerCase()}.example`], verdict, evidence: null, ...extra };
}

describe('SiteView', () => {
  it('orders groups by severity with not-judged-yet last, and shows counts, categories and data types', () => {
    const report = baseReport({
      organizations: [org('Named', 'named'), org('Pending', null), org('Hidden', 'undisclosed', { requests: 12 }), org('Liar', 'contradicted'), org('Vague', 'category')],
      details: { hidden: { key: 'hidden', sampleUrls: [], dataTypes: ['Location', 'Cookies and tracking elements'], consent: [] } },
    });
    const { container } = render(<SiteView report={report} t={tEn} />);
    const groups = [...container.querySelectorAll('[data-verdict-group]')].map((g) => g.getAttribute('data-verdict-group'));
    expect(groups).toEqual(['contradicted', 'undisclosed', 'category', 'named', 'pending']);
    const hidden = container.querySelector('[data-org="hidden"]')!;
    expect(hidden.textContent).toContain('12 requests');
    expect(hidden.textContent).toContain('advertising');
    expect(hidden.textContent).toContain('Received: location, cookies and tracking IDs');
    expect(hidden.querySelector('.fp-badge')!.textContent).toContain('Not disclosed');
    expect(container.querySelector('[data-org="pending"] .fp-badge')!.textContent).toContain('Not checked yet');
    // The core's one headline: the contradiction is named as one, never counted as "not mentioned".
    expect(container.querySelector('[data-testid="headline"]')!.textContent).toBe(
      "1 of 4 companies that tracked you here is not disclosed in this site's privacy policy, and 1 did what the policy says does not happen");
    const inZh = render(<SiteView report={report} t={tZh} />);
    expect(inZh.container.querySelector('[data-testid="headline"]')!.textContent).toBe(
      '在这里追踪您的 4 家公司中，有 1 家未在该网站的隐私政策中披露，另有 1 家的行为与政策所述相矛盾');
    inZh.unmount();
  });

  it('expands a row with a disclosure button: quote, fragment link, contacts, hosts, samples, consent', () => {
    const sentence = 'We work with Acme-Ads, Inc. & partners to measure ads.';
    const report = baseReport({
      organizations: [org('Acme', 'named', { evidence: { text: sentence, start: 0, end: sentence.length } })],
      details: { acme: { key: 'acme', sampleUrls: ['https://ads.acme.example/p.gif?id=1'], dataTypes: [], consent: ['after-reject', 'despite-gpc'],
        info: { key: 'acme', name: 'Acme', privacyPolicyUrl: 'https://acme.example/privacy', privacyContact: 'privacy@acme.example' } } },
    });
    const { container, getByRole } = render(<SiteView report={report} t={tEn} />);
    // Collapsed rows render no details at all (that is what keeps 300 rows cheap).
    expect(container.querySelector('.fp-details')).toBeNull();
    const button = getByRole('button', { name: /Acme/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const region = container.querySelector(`#${button.getAttribute('aria-controls')}`) as HTMLElement;
    expect(region).not.toBeNull();
    expect(region.querySelector('blockquote')!.textContent).toBe(sentence);
    expect(within(region).getByRole('link', { name: 'Open the policy at this sentence' }).getAttribute('href'))
      .toBe('https://www.example.com/privacy#:~:text=We%20work%20with%20Acme%2DAds%2C%20Inc.%20%26%20partners%20to%20measure%20ads.');
    expect(within(region).getByRole('link', { name: 'Their privacy policy' }).getAttribute('href')).toBe('https://acme.example/privacy');
    expect(region.textContent).toContain('privacy@acme.example');
    expect(region.textContent).toContain('ads.acme.example');
    expect(region.textContent).toContain('https://ads.acme.example/p.gif?id=1');
    expect(region.textContent).toContain('Kept going after you said no to cookies');
    expect(region.textContent).toContain('Ignored your Global Privacy Control signal');
    fireEvent.click(button);
    expect(container.querySelector('.fp-details')).toBeNull();
  });

  it('renders hostile titles, names and policy sentences as text, and links only http(s) URLs', () => {
    const report = baseReport({
      title: HOSTILE, site: HOSTILE,
      policy: { url: 'javascript:alert(3)', status: 'found' },
      organizations: [org(HOSTILE, 'named', { org: 'evil', evidence: { text: `We share with <b>partners</b> ${HOSTILE}`, start: 0, end: 10 } })],
      details: { evil: { key: 'evil', sampleUrls: [HOSTILE], dataTypes: [], consent: [],
        info: { key: 'evil', name: HOSTILE, privacyPolicyUrl: 'javascript:alert(4)', privacyContact: 'data:text/html,<script>alert(5)</script>' } } },
    });
    const { container, getByRole } = render(<SiteView report={report} t={tEn} />);
    fireEvent.click(getByRole('button', { name: /img src=x/ }));
    expect(container.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(container.querySelector('[data-testid="page-title"]')!.textContent).toBe(HOSTILE);
    expect(container.querySelector('blockquote')!.textContent).toBe(`We share with <b>partners</b> ${HOSTILE}`);
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(container.textContent).toContain('data:text/html,<script>alert(5)</script>');
  });

  it('renders in node to an escaped string, with static <details> rows for the exported report', () => {
    const report = baseReport({ title: HOSTILE, organizations: [org('Acme', 'undisclosed')] });
    const html = renderToString(<SiteView report={report} t={tEn} mode="static" expandAll />);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x');
    expect(html).toContain('<details open');
    expect(html).toContain('ads.acme.example');
  });

  it('names companies in the reader\'s language: 腾讯/百度/字节跳动 in zh_CN, English names otherwise, unknown parties by domain', () => {
    const cn = (o: Partial<OrganizationVerdict> & { org: string | null; name: string }): OrganizationVerdict =>
      ({ category: 'site_analytics', requests: 2, hosts: ['x.example'], verdict: 'undisclosed', evidence: null, ...o });
    const report = baseReport({
      site: 'news.example.cn',
      organizations: [cn({ org: 'qq.com', name: 'QQ.com' }), cn({ org: 'baidu', name: 'Baidu' }), cn({ org: 'bytedance_inc', name: 'ByteDance Inc' }),
        cn({ org: null, name: 'tracker-xyz.cn', category: 'unknown' })],
      details: { 'qq.com': { key: 'qq.com', info: { key: 'qq.com', name: 'QQ.com' }, sampleUrls: [], dataTypes: [], consent: [] } },
    });
    const names = (t: Translate) => {
      const { container } = render(<SiteView report={report} t={t} />);
      return [...container.querySelectorAll('.fp-org-name')].map((e) => e.textContent).sort();
    };
    expect(names(tZh)).toEqual(['tracker-xyz.cn', '字节跳动', '百度', '腾讯'].sort());
    expect(names(tEn)).toEqual(['Baidu', 'ByteDance', 'Tencent', 'tracker-xyz.cn']);
    // The data-org keys are the organization keys whatever the language.
    const { container } = render(<SiteView report={report} t={tZh} />);
    expect(container.querySelector('[data-org="qq.com"] .fp-org-name')!.textContent).toBe('腾讯');
    expect(container.querySelector('[data-org="tracker-xyz.cn"]')).not.toBeNull();
  });

  it('speaks Chinese with the zh_CN messages', () => {
    const report = baseReport({ policyChanged: true, organizations: [org('Baidu', null, { category: 'site_analytics' })] });
    const { container } = render(<SiteView report={report} t={tZh} />);
    expect(container.textContent).toContain('正在检查');
    expect(container.textContent).toContain('隐私政策自您上次访问后已更改');
    expect(container.textContent).toContain('统计您如何使用网站');
    expect(container.textContent).toContain('3 个请求');
  });

  it('says so plainly when no other company was contacted or no policy exists', () => {
    const none = render(<SiteView report={baseReport()} t={tEn} />);
    expect(none.container.textContent).toContain('No third-party companies tracked you on this page');
    none.unmount();
    const noPolicy = render(<SiteView report={baseReport({ policy: { url: null, status: 'not-found' }, organizations: [org('A', 'no-policy')] })} t={tEn} />);
    expect(noPolicy.container.textContent).toContain('No privacy policy found');
    expect(noPolicy.container.textContent).toContain('we found no readable privacy policy for this site');
    expect(noPolicy.container.querySelector('.fp-policy a')).toBeNull();
  });

  it('renders 300 organizations with no details until one is opened', () => {
    const { container } = render(<SiteView report={syntheticReport(300)} t={tEn} />);
    expect(container.querySelectorAll('li.fp-org')).toHaveLength(300);
    expect(container.querySelectorAll('.fp-details')).toHaveLength(0);
    expect(renderPopupModel(syntheticReport(300)).groups.map((g) => g.verdict)).toEqual(VERDICT_ORDER);
  });
});

describe('translations', () => {
  const categories: CategoryKey[] = ['advertising', 'site_analytics', 'consent', 'essential', 'hosting', 'customer_interaction',
    'audio_video_player', 'extensions', 'adult_advertising', 'social_media', 'utilities', 'misc', 'unknown'];
  const dataTypes: DataType[] = ['Contact', 'Cookies and tracking elements', 'IP address and device IDs', 'Location', 'Financial', 'Health',
    'Demographic', 'Personal identifier', 'User online activities', 'User profile', 'Computer information', 'Social media data',
    'Survey data', 'Generic personal information', 'Other'];
  const statuses: PolicyStatus[] = ['pending', 'found', 'not-found', 'unsupported-format', 'fetch-failed', 'too-large', 'empty'];

  /** Every label a report can need, rendered expanded: a missing key would show up as the raw key. */
  function everything(status: PolicyStatus, changed = false): TabReport {
    const organizations = categories.map((c, i) => org(`Org${i}`, VERDICT_ORDER[i % VERDICT_ORDER.length], { category: c,
      evidence: i % 2 ? { text: 'We share data.', start: 0, end: 14 } : null }));
    const details = Object.fromEntries(organizations.map((o, i) => [o.org!, { key: o.org!, sampleUrls: ['https://x.example/'],
      dataTypes: dataTypes.slice(i, i + 3), consent: ['before-consent', 'after-reject', 'despite-gpc'] as ConsentMoment[],
      likelyTracker: true, info: { key: o.org!, name: o.name, privacyPolicyUrl: 'https://x.example/p', privacyContact: 'a@x.example' } }]));
    return baseReport({ organizations, details: details as TabReport['details'], policy: { url: 'https://s.example/p', status }, policyChanged: changed });
  }

  for (const [locale, messages] of [['en', en], ['zh_CN', zh]] as const) {
    it(`${locale} has every key the site view uses`, () => {
      const missing = new Set<string>();
      const base = createTranslator(messages as MessagesFile);
      const strict: Translate = (key, subs) => { if (!(key in messages)) missing.add(key); return base(key, subs); };
      for (const [i, status] of statuses.entries()) {
        const r = render(<SiteView report={everything(status, i === 1)} t={strict} mode="static" expandAll />);
        r.unmount();
      }
      expect([...missing]).toEqual([]);
    });
  }

  it('en and zh_CN define the same popup keys', () => {
    const mine = (m: object) => Object.keys(m).filter((k) => /^(popup|verdict|category|datatype|consent|common)_/.test(k)).sort();
    expect(mine(zh)).toEqual(mine(en));
  });
});

describe('expanded rows survive a verdict change', () => {
  it('keeps an opened organization open when a refresh moves it to another group', async () => {
    const { render, fireEvent } = await import('@testing-library/preact');
    const { SiteView } = await import('./SiteView');
    const { syntheticReport } = await import('./sample-report');
    const { createTranslator } = await import('../common/i18n');
    const messages = (await import('../../public/_locales/en/messages.json')).default;
    const t = createTranslator(messages as never);
    const first = syntheticReport(3);
    first.organizations.forEach((o) => { o.verdict = null; });
    const view = render(<SiteView report={first} t={t} />);
    const toggle = view.getAllByRole('button', { expanded: false })[0];
    const name = toggle.textContent ?? '';
    fireEvent.click(toggle);
    const second = structuredClone(first);
    second.organizations.forEach((o) => { o.verdict = 'undisclosed'; });
    view.rerender(<SiteView report={second} t={t} />);
    const again = view.getAllByRole('button').find((b) => (b.textContent ?? '').includes(name.replace(/[▸▾]/g, '').slice(0, 10)));
    expect(again?.getAttribute('aria-expanded')).toBe('true');
  });
});
