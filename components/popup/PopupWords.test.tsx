/**
 * The popup's expanded row in the reader's words (zh_CN): the verdict's reason from its structured `why`,
 * the cookie banner's vendor list as its own block (never the ✓ of "named in the policy"), personal data
 * as "电子邮件地址（Base64 编码）" rather than `(email, base64)`, companies by their Chinese names, and the
 * cookie banner's platform by name rather than autoconsent's rule id.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import type { PopupSource } from './source';
import type { OptOutState } from '../../lib/core/optouts/types';
import type { DataFlowVerdict, OrganizationVerdict, TabReport } from '../../lib/core/types';
import { createTranslator, type MessagesFile } from '../common/i18n';
import { baseReport } from '../site/sample-report';
import { PopupApp } from './PopupApp';

const tZh = createTranslator(zh as MessagesFile);
const tEn = createTranslator(en as MessagesFile);
afterEach(cleanup);

const amazon: OrganizationVerdict = {
  org: 'amazon_associates', name: 'Amazon', category: 'advertising', requests: 3, hosts: ['s.amazon-adsystem.com'],
  verdict: 'undisclosed', evidence: null, why: { code: 'undisclosed', unknownCompany: false }, other: { tcfVendor: 793 },
};
const tencent: OrganizationVerdict = {
  org: 'qq.com', name: 'QQ.com', category: 'site_analytics', requests: 2, hosts: ['pingjs.qq.com'], verdict: 'named',
  evidence: { text: '我们使用腾讯移动分析（MTA）统计访问量。', start: 0, end: 20 }, why: { code: 'named', name: '腾讯移动分析', via: 'sdk-table' },
};
const flow = (f: Partial<DataFlowVerdict>): DataFlowVerdict => ({
  type: 'Contact', kind: 'email', encoding: 'base64', recipientDomain: 'amazon-adsystem.com', recipientOrg: 'amazon_associates',
  evidence: 'https://s.amazon-adsystem.com/e?u=[base64 of email]', time: 1, verdict: null, policyEvidence: null, ...f,
});
const report: TabReport = baseReport({
  site: 'shop.example.cn',
  organizations: [amazon, tencent],
  dataFlows: [flow({}), flow({ encoding: 'sha256', evidence: 'x' }), flow({ encoding: 'sha256', evidence: 'y' }),
    flow({ kind: 'typed-value', label: 'email', encoding: 'sha256', evidence: 'z' }),
    flow({ kind: 'phone', encoding: 'plain', recipientOrg: 'qq.com', recipientDomain: 'qq.com' })],
  details: {
    amazon_associates: { key: 'amazon_associates', sampleUrls: [], dataTypes: ['Contact'], consent: ['before-consent'] },
    'qq.com': { key: 'qq.com', sampleUrls: [], dataTypes: ['Contact'], consent: [] },
  },
});

function source(state: OptOutState | null): PopupSource {
  return {
    tabId: async () => 3,
    tabReport: async () => report,
    visitHosts: async () => ({ visitId: null, pageUrl: null, hosts: [] }),
    send: async <R,>(msg: { type: string }) => (msg.type === 'optout-state' ? state : null) as R,
  };
}

async function openRow(container: Element, org: string): Promise<HTMLElement> {
  const row = await waitFor(() => {
    const li = container.querySelector<HTMLElement>(`li.fp-org[data-org="${org}"]`);
    if (!li) throw new Error(`no row ${org}`);
    return li;
  });
  fireEvent.click(row.querySelector('button.fp-org-toggle')!);
  return waitFor(() => {
    const details = row.querySelector<HTMLElement>('.fp-details');
    if (!details) throw new Error('not expanded');
    return details;
  });
}

describe('the popup row in Chinese words', () => {
  it('gives the reason, the cookie banner as its own kind of evidence, and the data in words', async () => {
    const { container } = render(<PopupApp source={source(null)} t={tZh} refreshMs={0} />);
    const details = await openRow(container, 'amazon_associates');
    expect(container.querySelector('li.fp-org[data-org="amazon_associates"] .fp-org-name')!.textContent).toBe('亚马逊');
    // The reason, from the structured why, with the company's Chinese name.
    expect(details.querySelector('[data-testid="why"]')!.textContent).toBe(tZh('why_undisclosed', '亚马逊'));
    expect(details.querySelector('[data-testid="why"]')!.textContent).toBe('隐私政策没有提到 亚马逊。');
    // The cookie banner's vendor list: its own block, its own words, never the ✓ look of a policy naming.
    const other = details.querySelector('[data-testid="other-evidence"]')!;
    expect(other.querySelector('h4')!.textContent).toBe('隐私政策之外');
    expect(other.textContent).toContain('已列入该网站的 Cookie 横幅（TCF 供应商 793）');
    expect(other.textContent).not.toContain('✓');
    expect(other.closest('.fp-verdict-named')).toBeNull();
    // Data flows as words, one line per distinct finding; no detector codes.
    const flows = [...details.querySelectorAll('[data-testid="flows"] li')].map((li) => li.textContent);
    expect(flows).toEqual(['联系方式：电子邮件地址（Base64 编码）', '联系方式：电子邮件地址（SHA-256 哈希）', '联系方式：您输入的电子邮件地址（SHA-256 哈希）']);
    expect(details.textContent).not.toMatch(/email|base64|sha256|amazon_associates|TCF vendor/);
    expect(details.textContent).toContain('在您回应 Cookie 横幅之前就已开始');
  });

  it('says which policy passage named the company, and lists its own data', async () => {
    const { container } = render(<PopupApp source={source(null)} t={tZh} refreshMs={0} />);
    const details = await openRow(container, 'qq.com');
    expect(details.querySelector('blockquote')!.textContent).toBe('我们使用腾讯移动分析（MTA）统计访问量。');
    expect(details.querySelector('[data-testid="why"]')!.textContent).toBe('隐私政策在第三方 SDK 清单中列出了 腾讯移动分析。');
    expect(details.querySelector('[data-testid="other-evidence"]')).toBeNull();
    expect([...details.querySelectorAll('[data-testid="flows"] li')].map((li) => li.textContent)).toEqual(['联系方式：电话号码（明文）']);
  });

  it('names the cookie banner by its platform, or says "a cookie banner" when the rule names none', async () => {
    const state = (cmp: string): OptOutState => ({ site: 'shop.example.cn', gpc: { enabled: false, siteException: false }, alwaysRejectBanners: false, banner: { cmp, status: 'shown', time: 1 }, blocks: [] });
    const cases: [string, string][] = [
      ['Cybotcookiebot', '此页面显示了 Cookie 横幅（Cookiebot）。'],
      ['Sourcepoint-frame', '此页面显示了 Cookie 横幅（Sourcepoint）。'],
      ['HEURISTIC-OPTOUT', '此页面显示了 Cookie 横幅。'],
      ['auto_DE_example.de_x1y', '此页面显示了 Cookie 横幅。'],
    ];
    for (const [rule, words] of cases) {
      const { findByTestId, unmount } = render(<PopupApp source={source(state(rule))} t={tZh} refreshMs={0} />);
      expect((await findByTestId('banner')).textContent).toContain(words);
      unmount();
    }
  });

  it('reads the same in English', async () => {
    const { container } = render(<PopupApp source={source(null)} t={tEn} refreshMs={0} />);
    const details = await openRow(container, 'amazon_associates');
    expect(details.querySelector('[data-testid="why"]')!.textContent).toBe('The privacy policy does not mention Amazon.');
    expect(details.querySelector('[data-testid="other-evidence"]')!.textContent).toContain("Listed in the site's cookie banner (TCF vendor 793)");
    expect([...details.querySelectorAll('[data-testid="flows"] li')].map((li) => li.textContent))
      .toEqual(['contact details: e-mail address, Base64-encoded', 'contact details: e-mail address, hashed with SHA-256',
        'contact details: the e-mail address you typed, hashed with SHA-256']);
  });
});
