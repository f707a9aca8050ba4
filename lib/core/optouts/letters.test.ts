import { describe, expect, it } from 'vitest';
import { buildLetter, defaultLaw, LAWS, LETTER_KINDS, LETTER_LANGUAGES, letterRecipient, parseContact, type LetterInput } from './letters';

const observed = [{
  name: 'Google', hosts: ['www.google-analytics.com', 'securepubads.g.doubleclick.net'],
  firstSeen: Date.UTC(2026, 0, 14, 10), lastSeen: Date.UTC(2026, 0, 15, 9), dataTypes: ['Cookies and tracking elements' as const, 'Contact' as const],
}];

const citation = {
  en: { gdpr: { access: 'Article 15', deletion: 'Article 17' }, ccpa: { access: '§1798.110', deletion: '§1798.105' }, pipl: { access: 'Articles 44 and 45', deletion: 'Article 47' } },
  zh_CN: { gdpr: { access: '第15条', deletion: '第17条' }, ccpa: { access: '第1798.110条', deletion: '第1798.105条' }, pipl: { access: '第四十五条', deletion: '第四十七条' } },
} as const;

describe('data request letters', () => {
  for (const law of LAWS) for (const kind of LETTER_KINDS) for (const language of LETTER_LANGUAGES) {
    it(`${law} × ${kind} × ${language}: cites the right article and lists what was observed`, () => {
      const input: LetterInput = { law, kind, language, recipient: { name: 'Google', contact: 'privacy@google.example' }, site: 'dailyglobe.example', observed };
      const l = buildLetter(input);
      const cite = citation[language][law][kind];
      expect(l.subject + l.body).toContain(cite);
      expect(l.body).toContain('www.google-analytics.com');
      expect(l.body).toContain('securepubads.g.doubleclick.net');
      expect(l.body).toContain('dailyglobe.example');
      expect(l.body).toContain('2026-01-14 – 2026-01-15');
      if (language === 'zh_CN') {
        expect(l.body).toMatch(/[\u4e00-\u9fff]/);
        expect(l.body).toContain('Cookie 及跟踪标识');
        expect(l.body).toContain('[您的姓名]');
        expect(l.subject).toContain(kind === 'access' ? '查阅' : '删除');
      } else {
        expect(l.body).not.toMatch(/[\u4e00-\u9fff]/);
        expect(l.body).toContain('Cookies and tracking elements');
        expect(l.subject).toMatch(kind === 'access' ? /access/i : /deletion/i);
      }
      expect(l.mailto.startsWith('mailto:privacy@google.example?subject=')).toBe(true);
      const params = new URLSearchParams(l.mailto.slice(l.mailto.indexOf('?') + 1));
      expect(params.get('body')).toBe(l.body);
      expect(params.get('subject')).toBe(l.subject);
    });
  }

  it('uses the requester name when given and keeps mailto short with many hosts', () => {
    const many = [{ ...observed[0], hosts: Array.from({ length: 40 }, (_, i) => `h${i}.tracker.example`) }];
    const l = buildLetter({ law: 'gdpr', kind: 'access', language: 'en', recipient: { name: 'X' }, site: 's.example', observed: many, requesterName: 'Ada Lovelace' });
    expect(l.body).toContain('Ada Lovelace');
    expect(l.body).not.toContain('h20.tracker.example');
    expect(l.mailto.startsWith('mailto:?subject=')).toBe(true);
  });

  it('reads TrackerDB privacy contacts (address, web form, prose)', () => {
    expect(parseContact('dpo@criteo.com')).toEqual({ email: 'dpo@criteo.com' });
    expect(parseContact('https://www.google.com/contact/')).toEqual({ url: 'https://www.google.com/contact/' });
    expect(parseContact('Karen Z. Email: privacyoffice@verizon.com; Verizon Privacy Office')).toEqual({ email: 'privacyoffice@verizon.com' });
    expect(parseContact(undefined)).toEqual({});
    const l = buildLetter({ law: 'ccpa', kind: 'deletion', language: 'en', recipient: { name: 'Google', contact: 'https://www.google.com/contact/' }, site: 's.example', observed });
    expect(l.contactUrl).toBe('https://www.google.com/contact/');
    expect(l.mailto.startsWith('mailto:?')).toBe(true);
  });

  it('defaults to PIPL for Chinese and GDPR otherwise', () => {
    expect(defaultLaw('zh_CN')).toBe('pipl');
    expect(defaultLaw('en')).toBe('gdpr');
  });
});

describe('PIPL letters addressed right', () => {
  const tencent = { org: 'qq.com', name: 'QQ.com', info: { name: 'QQ.com' } };

  it('uses the personal-information contact the tracker supplement knows, and the legal entity in the letter language', () => {
    const zh = letterRecipient(tencent, 'zh_CN');
    expect(zh).toEqual({ name: '深圳市腾讯计算机系统有限公司', contact: 'Dataprivacy@tencent.com' });
    const letter = buildLetter({ law: 'pipl', kind: 'access', language: 'zh_CN', recipient: zh, site: 'news.example.cn', observed: [{ ...observed[0], name: '腾讯', hosts: ['pingjs.qq.com'] }] });
    expect(letter.mailto.startsWith('mailto:Dataprivacy@tencent.com?')).toBe(true);
    expect(letter.body.startsWith('深圳市腾讯计算机系统有限公司：')).toBe(true);
    expect(letter.body).toContain('- 腾讯：域名 pingjs.qq.com');
    expect(letterRecipient(tencent, 'en')).toEqual({ name: 'Shenzhen Tencent Computer Systems Co., Ltd.', contact: 'Dataprivacy@tencent.com' });
  });

  it('the supplement contact wins over TrackerDB\'s; without one, TrackerDB\'s contact, then the policy page', () => {
    expect(letterRecipient({ ...tencent, info: { name: 'QQ.com', privacyContact: 'old@qq.example' } }, 'zh_CN').contact).toBe('Dataprivacy@tencent.com');
    // Without the supplement the same party falls back to what TrackerDB knows.
    expect(letterRecipient({ ...tencent, info: { name: 'QQ.com', privacyContact: 'old@qq.example' } }, 'zh_CN', null).contact).toBe('old@qq.example');
    const bytedance = letterRecipient({ org: 'bytedance_inc', name: 'ByteDance Inc', info: { name: 'ByteDance Inc', privacyContact: 'privacy@bytedance.com' } }, 'zh_CN');
    expect(bytedance).toEqual({ name: '北京字节跳动科技有限公司', contact: 'privacy@bytedance.com' });
    expect(letterRecipient({ org: 'meizu', name: 'Meizu', info: { name: 'Meizu', privacyPolicyUrl: 'https://www.meizu.example/privacy' } }, 'zh_CN'))
      .toEqual({ name: '魅族', contact: 'https://www.meizu.example/privacy' });
    expect(letterRecipient({ org: null, name: 'unknown-cdn.cn' }, 'zh_CN')).toEqual({ name: 'unknown-cdn.cn' });
  });

  it('a supplement contact that is an e-mail address goes into the mailto: link', () => {
    const l = buildLetter({ law: 'pipl', kind: 'deletion', language: 'zh_CN', recipient: letterRecipient({ org: 'xiaomi', name: 'Xiaomi' }, 'zh_CN'), site: 'shop.example.cn', observed });
    expect(l.mailto.startsWith('mailto:privacy@xiaomi.com?')).toBe(true);
    expect(l.contactUrl).toBeUndefined();
  });
});
