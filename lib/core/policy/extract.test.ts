import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePolicy, detectLanguage, PolicyInputError, type PolicyResult } from './extract.ts';

const orgs = (r: PolicyResult) => [...new Set(r.thirdParties.map((t) => t.org))];

/** Every Evidence must index the returned text exactly. */
function checkEvidence(r: PolicyResult): void {
  const all = [
    ...r.thirdParties, ...r.categories, ...r.dataTypes, ...r.purposes, ...r.claims, ...r.optOuts, ...r.sdkRows,
  ].map((x) => x.evidence);
  for (const e of all) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(r.text.length);
    expect(r.text.slice(e.start, e.end)).toBe(e.text);
  }
}

describe('named third parties', () => {
  it('finds recipients and tools', () => {
    const r = analyzePolicy('We use Google Analytics and the Facebook Pixel to measure our ads. We share data with Criteo.');
    expect(orgs(r)).toEqual(['google', 'facebook', 'criteo']);
    checkEvidence(r);
  });

  it('rejects generic words: Branch, Just, Respond, Target', () => {
    const r = analyzePolicy('Visit any Branch of our bank. We just want to Respond quickly. Our Target audience is adults; we collect data.');
    expect(r.thirdParties).toEqual([]);
  });

  it('accepts Branch Metrics by its full name', () => {
    expect(orgs(analyzePolicy('Our app uses the Branch Metrics SDK for deep links.'))).toEqual(['branch_metrics_inc']);
  });

  it('rejects browsers, operating systems and card brands', () => {
    const r = analyzePolicy('You can block cookies in Microsoft Internet Explorer, Google Chrome or Apple Safari. We accept Visa and Mastercard payment information.');
    expect(r.thirdParties).toEqual([]);
  });

  it('does not count the policy owner (definition, siteDomain or hint)', () => {
    const text = 'Pinterest, Inc. ("Pinterest", "we", "us") provides this policy. Pinterest shares data with service providers. We use Google Analytics.';
    expect(orgs(analyzePolicy(text))).toEqual(['google']);
    expect(orgs(analyzePolicy('Twitter collects data from our service providers.', { siteDomain: 'twitter.com' }))).toEqual([]);
    expect(orgs(analyzePolicy('Criteo processes data for our services.', { ownerHints: ['Criteo'] }))).toEqual([]);
  });

  it('reads the owner\'s name before its street address, not the address', () => {
    const text = 'Examplia GmbH, Hauptstraße 20, 10115 Berlin, Germany ("Examplia", "we", "us") runs this website. We use Google Analytics.';
    expect(analyzePolicy(text).owner).toBe('Examplia GmbH');
    expect(analyzePolicy('Criteo SA, Rue Blanche 32, 75009 Paris, France ("we") runs this website. Criteo uses cookies.').owner).toBe('Criteo SA');
  });

  it('turns a negated sharing statement into a claim, not a disclosure', () => {
    const r = analyzePolicy('We do not share your personal information with Facebook.');
    expect(r.thirdParties).toEqual([]);
    expect(r.claims.some((c) => c.kind === 'no-sharing' && c.recipient === 'facebook')).toBe(true);
  });

  it('keeps mentions that are not negated by the author', () => {
    const r = analyzePolicy('If you do not want Google Analytics to collect your data, you can install the opt-out add-on.');
    expect(orgs(r)).toEqual(['google']);
  });

  it('maps Chinese names', () => {
    const r = analyzePolicy('我们接入了百度统计、友盟+和穿山甲SDK，用于统计分析和广告投放。我们使用巨量引擎的服务。');
    expect(orgs(r)).toEqual(['baidu', 'umeng', 'bytedance_inc']);
    expect(r.language).toBe('zh');
  });
});

describe('SDK tables', () => {
  it('reads pipe tables with SDK / company columns', () => {
    const md = '## 第三方SDK目录\n\n| SDK名称 | 公司名称 | 使用目的 | 收集个人信息类型 |\n|---|---|---|---|\n| 友盟SDK | 友盟同欣（北京）科技有限公司 | 统计分析 | 设备信息、IMEI |\n| 微信SDK | 深圳市腾讯计算机系统有限公司 | 分享 | 设备标识 |';
    const r = analyzePolicy(md);
    expect(r.sdkRows.map((x) => [x.sdk, x.org])).toEqual([['友盟SDK', 'umeng'], ['微信SDK', 'qq.com']]);
    expect(r.sdkRows[0].purpose).toBe('统计分析');
    expect(orgs(r)).toEqual(expect.arrayContaining(['umeng', 'qq.com']));
    checkEvidence(r);
  });

  it('reads "SDK名称：… 公司：…" lines', () => {
    const r = analyzePolicy('SDK名称：百度地图SDK\n公司名称：北京百度网讯科技有限公司\n使用目的：定位\n收集信息：位置信息');
    expect(r.sdkRows).toHaveLength(1);
    expect(r.sdkRows[0]).toMatchObject({ sdk: '百度地图SDK', org: 'baidu', purpose: '定位' });
  });
});

describe('categories, data types, purposes', () => {
  it('maps recipient categories', () => {
    const r = analyzePolicy('We share information with advertising partners, analytics providers and social media platforms. 我们会与广告合作伙伴共享信息。');
    expect(new Set(r.categories.map((c) => c.category))).toEqual(new Set(['advertising', 'site_analytics', 'social_media']));
  });

  it('uses sentence context for data types', () => {
    const r = analyzePolicy('We collect your email address and precise location. Our office location is in Berlin. We do not collect health information.');
    const types = new Set(r.dataTypes.map((d) => d.type));
    expect(types.has('Contact')).toBe(true);
    expect(types.has('Location')).toBe(true);
    expect(types.has('Health')).toBe(false);
    const shared = analyzePolicy('We share your IP address with third-party advertisers.').dataTypes[0];
    expect(shared).toMatchObject({ type: 'IP address and device IDs', shared: true });
  });

  it('reads list items under a collection heading', () => {
    const r = analyzePolicy('## Information we collect\n\n- Email address\n- Date of birth');
    expect(r.dataTypes.map((d) => d.type)).toEqual(['Contact', 'Demographic']);
  });

  it('finds purposes', () => {
    const r = analyzePolicy('We use this information to personalize content and for security purposes.');
    expect(new Set(r.purposes.map((p) => p.purpose))).toEqual(new Set(['personalization', 'security']));
  });
});

describe('claims', () => {
  const kinds = (t: string) => analyzePolicy(t).claims.map((c) => c.kind);
  it('no-sale, no-sharing, GPC, DNT, session recording, retention, children', () => {
    expect(kinds('We do not sell your personal information.')).toContain('no-sale');
    expect(kinds('我们不会向任何第三方出售您的个人信息。')).toContain('no-sale');
    expect(analyzePolicy('We do not share your email address with third parties.').claims.find((c) => c.kind === 'no-sharing'))
      .toMatchObject({ dataType: 'Contact', recipient: 'third-parties' });
    expect(kinds('We honor the Global Privacy Control signal as a valid opt-out request.')).toContain('honours-gpc');
    expect(kinds('We respond to Do Not Track signals.')).toContain('honours-dnt');
    expect(kinds('We do not respond to Do Not Track signals.')).not.toContain('honours-dnt');
    expect(kinds('We do not record your mouse movements or keystrokes.')).toContain('no-session-recording');
    expect(kinds('We retain your data for up to 24 months.')).toContain('retention');
    expect(kinds('We do not knowingly collect personal information from children under 13.')).toContain('children');
  });
});

describe('opt-outs', () => {
  it('finds vendor opt-outs, do-not-sell links, cookie settings and e-mails', () => {
    const r = analyzePolicy([
      'You can opt out of Google Analytics at https://tools.google.com/dlpage/gaoptout.',
      'Visit [Do Not Sell or Share My Personal Information](https://example.com/dns).',
      'Change your [cookie settings](https://example.com/cookies) at any time.',
      'To opt out, email privacy@example.com.',
      'See optout.aboutads.info and www.youronlinechoices.com for choices.',
    ].join('\n'));
    const kinds = r.optOuts.map((o) => o.kind);
    expect(kinds).toEqual(expect.arrayContaining(['vendor-opt-out', 'do-not-sell', 'cookie-settings', 'email']));
    expect(r.optOuts.find((o) => o.kind === 'do-not-sell')?.url).toBe('https://example.com/dns');
    expect(r.optOuts.filter((o) => o.kind === 'vendor-opt-out').length).toBeGreaterThanOrEqual(2);
    checkEvidence(r);
  });
});

describe('robustness', () => {
  it('throws PolicyInputError for empty text', () => {
    expect(() => analyzePolicy('   \n ')).toThrow(PolicyInputError);
  });

  it('never throws anything but PolicyInputError and keeps evidence invariants (property)', () => {
    const words = fc.constantFrom('We', 'do not', 'share', 'collect', 'your', 'email address', 'location', 'with', 'Google Analytics',
      'Facebook', '百度统计', '我们', '不会', '出售', '(', ')', '[', '](', 'http://x.y/z', '**', '|', '\n', '\n- ', '# ', '。', '.', ' ', '“we”', '\u0000', '\uD800');
    fc.assert(fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 20 })), { maxLength: 80 }), (parts) => {
      const text = parts.join(' ');
      try {
        checkEvidence(analyzePolicy(text));
      } catch (e) {
        if (!(e instanceof PolicyInputError)) throw e;
      }
    }), { numRuns: 300 });
  });
});

describe('detectLanguage', () => {
  it('reads a short English notice or table row as English, and German as German', () => {
    // Neither has any of the ten commonest English words; as 'other' it got no learned reading.
    expect(detectLanguage('* Audience figures are produced by an independent measurement organisation using a tag embedded in our pages.')).toBe('en');
    expect(detectLanguage('Third-party cookie | 13 months | tells us how visitors move between pages')).toBe('en');
    expect(detectLanguage('Wir geben Ihre Daten nicht an Dritte weiter, und die Daten werden mit Ihrer Zustimmung verarbeitet.')).toBe('de');
    expect(detectLanguage('我们会与第三方广告合作伙伴共享您的设备标识符，用于向您展示个性化广告。')).toBe('zh');
  });
});
