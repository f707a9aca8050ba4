import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import fc from 'fast-check';
import raw from './policy-hosts.json';
import { checkPolicyUrl, identifyingParam, ipKind, ownerDomainsFor, POLICY_HOSTS, type FenceContext, type FenceRefusal } from './fence.ts';

const page = 'https://www.shop.example.com/item/7';
const ctx = (linked: string[] = [], extra: Partial<FenceContext> = {}): FenceContext => ({ pageUrl: page, linked, ...extra });
const refusal = (url: string, c: FenceContext = ctx([url])): FenceRefusal | 'ok' => {
  const d = checkPolicyUrl(url, c);
  return d.ok ? 'ok' : d.refusal;
};

describe('policy-hosts.json', () => {
  it('matches its schema: lower-case domains, a name, a kind, an https example on that domain', () => {
    const schema = {
      type: 'object', required: ['version', 'hosts'], additionalProperties: false,
      properties: {
        $comment: { type: 'string' }, version: { const: 1 },
        hosts: { type: 'array', minItems: 10, items: { type: 'object', required: ['domain', 'name', 'kind', 'example'], additionalProperties: false, properties: {
          domain: { type: 'string', pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)+$' }, name: { type: 'string', minLength: 2 },
          kind: { enum: ['consent-platform', 'policy-generator'] }, example: { type: 'string', pattern: '^https://' } } } },
      },
    };
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
    for (const h of POLICY_HOSTS) {
      const host = new URL(h.example).hostname;
      expect(host === h.domain || host.endsWith(`.${h.domain}`), h.domain).toBe(true);
    }
    expect(new Set(POLICY_HOSTS.map((h) => h.domain)).size).toBe(POLICY_HOSTS.length);
  });

  it('lets each listed host through when the site links to it, and only then', () => {
    for (const h of POLICY_HOSTS) {
      expect(checkPolicyUrl(h.example, ctx([h.example])), h.example).toMatchObject({ ok: true, why: 'policy-host' });
      expect(refusal(h.example, ctx([])), h.example).toBe('not-linked');
    }
  });
});

describe('checkPolicyUrl: where', () => {
  it('allows the visited site itself and its subdomains, linked or not (common paths are not links)', () => {
    for (const u of ['https://www.shop.example.com/privacy', 'https://shop.example.com/privacy', 'https://legal.shop.example.com/p', 'https://www.shop.example.com./privacy', 'https://WWW.Shop.Example.com/Privacy']) {
      expect(checkPolicyUrl(u, ctx()), u).toMatchObject({ ok: true, why: 'same-site' });
    }
  });

  it('refuses an off-site host that serves no policies, even when linked (tracker, unrelated site)', () => {
    expect(refusal('https://tracker.example/privacy')).toBe('off-site');
    expect(refusal('https://www.google-analytics.com/privacy')).toBe('off-site');
    expect(refusal('https://shop.example.org/privacy')).toBe('off-site');
    // A different site under a private suffix is another site.
    expect(checkPolicyUrl('https://b.github.io/privacy', { pageUrl: 'https://a.github.io/', linked: ['https://b.github.io/privacy'] })).toMatchObject({ ok: false, refusal: 'off-site' });
  });

  it('allows a linked policy subdomain or owner domain, not an unlinked one', () => {
    expect(checkPolicyUrl('https://privacy.parent-group.com/notice', ctx(['https://privacy.parent-group.com/notice']))).toMatchObject({ ok: true, why: 'policy-subdomain' });
    expect(checkPolicyUrl('https://legal.parent-group.com/privacy', ctx(['legal.parent-group.com']))).toMatchObject({ ok: true, why: 'policy-subdomain' });
    expect(refusal('https://privacy.parent-group.com/notice', ctx([]))).toBe('not-linked');
    const owner = { pageUrl: 'https://www.youtube.com/watch?v=1', linked: ['https://policies.google.com/privacy'], ownerDomains: ['google.com'] };
    expect(checkPolicyUrl('https://policies.google.com/privacy', owner)).toMatchObject({ ok: true, why: 'owner-domain' });
    expect(checkPolicyUrl('https://policies.google.com/privacy', { ...owner, ownerDomains: [] })).toMatchObject({ ok: true, why: 'policy-subdomain' });
    expect(checkPolicyUrl('https://www.google.com/intl/privacy', { ...owner, ownerDomains: [] })).toMatchObject({ ok: false, refusal: 'off-site' });
  });

  it('treats a redirect from inside the fence as the site pointing there, with every other check intact', () => {
    const from = 'https://www.shop.example.com/privacy';
    expect(checkPolicyUrl('https://app.termly.io/document/privacy-policy/x', ctx(), from)).toMatchObject({ ok: true, why: 'policy-host' });
    expect(checkPolicyUrl('https://tracker.example/p', ctx(), from)).toMatchObject({ ok: false, refusal: 'off-site' });
    expect(checkPolicyUrl('https://127.0.0.1/privacy', ctx(), from)).toMatchObject({ ok: false, refusal: 'ip-literal' });
    expect(checkPolicyUrl('https://localhost/privacy', ctx(), from)).toMatchObject({ ok: false, refusal: 'local-name' });
    expect(checkPolicyUrl('http://www.shop.example.com/privacy', ctx(), from)).toMatchObject({ ok: false, refusal: 'insecure' });
  });
});

describe('checkPolicyUrl: never an address or a local name', () => {
  it('refuses loopback, private, link-local, shared and unspecified IPv4 literals', () => {
    for (const ip of ['127.0.0.1', '127.0.0.2', '127.255.255.254', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '8.8.8.8']) {
      expect(refusal(`https://${ip}/privacy`), ip).toBe('ip-literal');
    }
    expect(ipKind('192.168.1.1')).toBe('private');
    expect(ipKind('172.15.0.1')).toBe('public');
    expect(ipKind('172.32.0.1')).toBe('public');
    expect(ipKind('169.254.169.254')).toBe('link-local');
    expect(ipKind('100.64.0.1')).toBe('shared');
  });

  it('sees through decimal, octal, hex and short IPv4 spellings and a trailing dot', () => {
    for (const spelled of ['2130706433', '0x7f000001', '0x7f.0.0.1', '0177.0.0.1', '0177.1', '127.1', '127.0.0.1.', '017700000001', '3232235777', '0xc0.0xa8.1.1', '192.168.257']) {
      const d = checkPolicyUrl(`https://${spelled}/privacy`, ctx([`https://${spelled}/privacy`]));
      expect(d, spelled).toMatchObject({ ok: false, refusal: 'ip-literal' });
    }
    expect(checkPolicyUrl('https://0x7f.1/p', ctx())).toMatchObject({ reason: expect.stringContaining('loopback') });
    expect(checkPolicyUrl('https://3232235777/p', ctx())).toMatchObject({ reason: expect.stringContaining('private') });
  });

  it('refuses IPv6 literals: loopback, unique-local, link-local, IPv4-mapped, public', () => {
    for (const ip of ['[::1]', '[0:0:0:0:0:0:0:1]', '[::]', '[fd00::1]', '[fc12:3456::1]', '[fe80::1]', '[::ffff:127.0.0.1]', '[::ffff:192.168.0.1]', '[::ffff:7f00:1]', '[2001:4860:4860::8888]', '[ff02::1]']) {
      expect(refusal(`https://${ip}/privacy`), ip).toBe('ip-literal');
    }
    expect(ipKind(new URL('https://[::ffff:192.168.0.1]/').hostname)).toBe('private');
    expect(ipKind(new URL('https://[::ffff:127.0.0.1]/').hostname)).toBe('loopback');
    expect(ipKind('[fe80::1]')).toBe('link-local');
    expect(ipKind('[fd00::1]')).toBe('private');
    expect(ipKind('[::1]')).toBe('loopback');
  });

  it('refuses localhost, single-label and local names however spelled (IDN mapping, case, trailing dot)', () => {
    for (const h of ['localhost', 'LOCALHOST', 'localhost.', 'ｌｏｃａｌｈｏｓｔ', 'app.localhost', 'printer.local', 'nas.local.', 'router', 'intranet', 'db.internal', 'box.home.arpa', 'fritz.box.lan', 'x.localdomain', '1.0.0.127.in-addr.arpa']) {
      expect(refusal(`https://${h}/privacy`), h).toBe('local-name');
    }
  });

  it('accepts internationalised names in their punycode form, and keeps homographs off-site', () => {
    const idnPage = { pageUrl: 'https://www.bücher.example/', linked: [] };
    expect(checkPolicyUrl('https://www.xn--bcher-kva.example/datenschutz', idnPage)).toMatchObject({ ok: true, why: 'same-site' });
    expect(checkPolicyUrl('https://bücher.example/datenschutz', idnPage)).toMatchObject({ ok: true, url: 'https://xn--bcher-kva.example/datenschutz' });
    // Cyrillic "а" in apple: another registrable domain, and not a policy host.
    const apple = { pageUrl: 'https://www.apple-shop.com/', linked: ['https://www.аpple-shop.com/privacy'] };
    expect(checkPolicyUrl('https://www.аpple-shop.com/privacy', apple)).toMatchObject({ ok: false, refusal: 'off-site', reason: expect.stringContaining('xn--') });
  });
});

describe('checkPolicyUrl: how', () => {
  it('https only; http only when the visited page is http', () => {
    expect(refusal('http://www.shop.example.com/privacy')).toBe('insecure');
    expect(checkPolicyUrl('http://www.shop.example.com/privacy', { pageUrl: 'http://www.shop.example.com/' })).toMatchObject({ ok: true });
    expect(checkPolicyUrl('https://www.shop.example.com/privacy', { pageUrl: 'http://www.shop.example.com/' })).toMatchObject({ ok: true });
    for (const u of ['ftp://www.shop.example.com/privacy', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,privacy', 'chrome://settings', 'ws://www.shop.example.com/']) {
      expect(refusal(u), u).toBe('scheme');
    }
  });

  it('default ports only', () => {
    expect(checkPolicyUrl('https://www.shop.example.com:443/privacy', ctx())).toMatchObject({ ok: true, url: 'https://www.shop.example.com/privacy' });
    expect(checkPolicyUrl('http://www.shop.example.com:80/privacy', { pageUrl: 'http://www.shop.example.com/' })).toMatchObject({ ok: true });
    for (const u of ['https://www.shop.example.com:8443/privacy', 'https://www.shop.example.com:80/privacy', 'https://www.shop.example.com:22/', 'http://www.shop.example.com:443/privacy']) {
      expect(refusal(u, { pageUrl: u.startsWith('http:') ? 'http://www.shop.example.com/' : page }), u).toBe('port');
    }
  });

  it('no user:password@ (and the host after @ is what counts)', () => {
    expect(refusal('https://user@www.shop.example.com/privacy')).toBe('userinfo');
    expect(refusal('https://www.shop.example.com:pw@www.shop.example.com/privacy')).toBe('userinfo');
    expect(refusal('https://www.shop.example.com@127.0.0.1/privacy')).toBe('userinfo');
    expect(new URL('https://www.shop.example.com@127.0.0.1/privacy').hostname).toBe('127.0.0.1');
    expect(refusal('https://www.shop.example.com@evil.example/privacy')).toBe('userinfo');
  });

  it('no query that carries an identifier; harmless queries pass', () => {
    for (const q of ['uid=123', 'user_id=42', 'email=a%40b.example', 'x=someone@mail.example', 'sid=1', 'token=abc', 'gclid=Cj0KCQ', 'fbclid=IwAR0', '_ga=2.1.2', 'u=7',
      'ref=0b7e3c5a-1d2f-4e6a-9b8c-7d6e5f4a3b2c', 'r=8f3a9c2b1d4e5f60', 'k=dGhpcyBpcyBhIHRva2VuMTIzNDU2', 't=eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.SflKxwRJSMeKKF2QT4']) {
      expect(refusal(`https://www.shop.example.com/privacy?${q}`), q).toBe('identifier-query');
    }
    for (const q of ['lang=en', 'hl=zh-CN', 'page_id=3', 'p=privacy', 'id=abc', 'v=1.2.3', 'section=cookies', 'slug=privacy-policy-2024-update-v2']) {
      expect(refusal(`https://www.shop.example.com/privacy?${q}`), q).toBe('ok');
    }
    expect(identifyingParam(new URLSearchParams('a=1&UID=2'))).toBe('UID');
  });

  it('refuses what is not a URL or is absurdly long', () => {
    expect(refusal('not a url')).toBe('not-a-url');
    expect(refusal(`https://www.shop.example.com/${'a'.repeat(3000)}`)).toBe('too-long');
    expect(checkPolicyUrl('https://www.shop.example.com/privacy', { pageUrl: 'nonsense' })).toMatchObject({ ok: false, refusal: 'not-a-url' });
  });
});

describe('checkPolicyUrl: properties', () => {
  it('refuses every IPv4 address in every spelling, linked or not', () => {
    const spellings = (n: number) => {
      const b = [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
      return [String(n), `0x${n.toString(16)}`, `0${n.toString(8)}`, b.join('.'), b.map((x) => `0x${x.toString(16)}`).join('.'), `${b[0]}.${(n & 0xffffff)}`];
    };
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => {
      for (const s of spellings(n)) {
        const d = checkPolicyUrl(`https://${s}/privacy`, ctx([`https://${s}/privacy`]));
        if (d.ok || d.refusal !== 'ip-literal') return false;
      }
      return true;
    }), { numRuns: 300 });
  });

  it('never lets through a URL whose host is not the site, unless the site linked a policy host', () => {
    fc.assert(fc.property(fc.domain(), fc.webPath(), (domain, path) => {
      const url = `https://${domain}${path}`;
      const d = checkPolicyUrl(url, ctx());
      if (!d.ok) return true;
      const host = new URL(url).hostname;
      return d.why === 'same-site' && (host === 'example.com' || host.endsWith('.example.com'));
    }), { numRuns: 500 });
  });
});

describe('ownerDomainsFor', () => {
  const lookup = {
    classify: ({ url }: { url: string }) => ({ org: url.includes('youtube.com') ? 'google' : url.includes('broken') ? 'broken' : null }),
    organizationInfo: (key: string) => (key === 'google' ? { privacyPolicyUrl: 'https://policies.google.com/privacy', websiteUrl: 'https://www.google.com' } : { privacyPolicyUrl: 'not a url', websiteUrl: 'https://10.0.0.1/' }),
  };
  it('names the owner organization\'s policy and web domains, and nothing for unknown sites or bad data', () => {
    expect(ownerDomainsFor(lookup, 'https://www.youtube.com/watch?v=1')).toEqual(['google.com']);
    expect(ownerDomainsFor(lookup, 'https://www.shop.example.com/')).toEqual([]);
    expect(ownerDomainsFor(lookup, 'https://broken.example/')).toEqual([]);
    expect(ownerDomainsFor({ ...lookup, classify: () => { throw new Error('x'); } }, 'https://www.youtube.com/')).toEqual([]);
  });
});
