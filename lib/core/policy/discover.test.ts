import { describe, expect, it } from 'vitest';
import { COMMON_POLICY_PATHS, parseGpcJson, scorePolicyLinks } from './discover.ts';

const page = 'https://www.example.com/shop/item';

describe('scorePolicyLinks', () => {
  it('ranks rel=privacy-policy first, then link text, and ignores javascript:/mailto:', () => {
    const r = scorePolicyLinks([
      { href: '/about', text: 'About us' },
      { href: 'javascript:void(0)', text: 'Privacy Policy' },
      { href: 'mailto:privacy@example.com', text: 'Privacy' },
      { href: '/legal/p', text: 'Legal', rel: 'privacy-policy' },
      { href: '/privacy-notice', text: 'Privacy Notice', inFooter: true },
    ], page);
    expect(r.map((c) => c.url)).toEqual(['https://www.example.com/legal/p', 'https://www.example.com/privacy-notice']);
  });

  it('understands zh/de/fr/es/ja link texts', () => {
    for (const text of ['隐私政策', '隐私权政策', '个人信息保护政策', '隐私声明', 'Datenschutzerklärung', 'Politique de confidentialité', 'Política de privacidad', 'プライバシーポリシー', '個人情報保護方針']) {
      const [c] = scorePolicyLinks([{ href: '/x', text }], page);
      expect(c?.kind, text).toBe('privacy');
    }
  });

  it('keeps cookie policies as lower-ranked fallbacks and prefers same-site links', () => {
    const r = scorePolicyLinks([
      { href: '/cookie-policy', text: 'Cookie Policy' },
      { href: 'https://other.org/privacy', text: 'Privacy Policy' },
      { href: 'https://shop.example.com/privacy', text: 'Privacy Policy' },
    ], page);
    expect(r[0]).toMatchObject({ url: 'https://shop.example.com/privacy', sameSite: true });
    expect(r[1].sameSite).toBe(false);
    expect(r.at(-1)).toMatchObject({ kind: 'cookie' });
  });

  it('survives garbage input', () => {
    expect(scorePolicyLinks([{ href: 'http://[::1', text: 'Privacy' }], page)).toEqual([]);
    expect(scorePolicyLinks([], 'not a url')).toEqual([]);
  });

  it('exports common paths', () => {
    expect(COMMON_POLICY_PATHS).toContain('/privacy-policy');
    expect(COMMON_POLICY_PATHS).toContain('/legal/privacy');
  });
});

describe('parseGpcJson', () => {
  it('parses valid resources and never throws', () => {
    expect(parseGpcJson('{"gpc": true, "lastUpdate": "2021-06-01"}')).toEqual({ gpc: true, lastUpdate: '2021-06-01' });
    expect(parseGpcJson('{"gpc": false}')).toEqual({ gpc: false });
    for (const bad of ['', 'null', '[]', '{"gpc":"yes"}', '{', '<html>', '{"gpc": true, "lastUpdate": 5}']) {
      expect(() => parseGpcJson(bad)).not.toThrow();
    }
    expect(parseGpcJson('{"gpc":"yes"}')).toBeNull();
    expect(parseGpcJson('{"gpc": true, "lastUpdate": 5}')).toEqual({ gpc: true });
  });
});
