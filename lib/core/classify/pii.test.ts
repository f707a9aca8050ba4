import { describe, expect, it } from 'vitest';
import type { Observation, PiiSeed } from '../types.ts';
import { md5, sha1, sha256, sha512 } from './hash.ts';
import { base64Needles, createPiiScanner, excerpt, safeDecode, scanForPii } from './pii.ts';
import { findCoordinates, findEmails, findPhones } from './pii-detect.ts';

const to = { domain: 'tracker.example', org: 'acme' };
const obs = (url: string, body?: string): Observation => ({ url, type: 'xmlhttprequest', pageUrl: 'https://site.com/', time: 42, ...(body ? { body } : {}) });
const kinds = (url: string, body?: string, seeds: PiiSeed[] = []) => scanForPii(obs(url, body), to, seeds).map((f) => `${f.kind}/${f.encoding}`);

describe('emails', () => {
  it('finds plain and url-encoded addresses, masked in the evidence', () => {
    const flows = scanForPii(obs('https://t.example/c?em=john.doe%40example.com&x=1'), to);
    expect(flows).toHaveLength(1);
    expect(flows[0]).toMatchObject({ type: 'Contact', kind: 'email', encoding: 'urlencoded', recipientDomain: 'tracker.example', recipientOrg: 'acme', time: 42, source: 'url' });
    expect(flows[0].evidence).toContain('j***@e***.com');
    expect(flows[0].evidence).not.toContain('john');
    expect(kinds('https://t.example/p', '{"email":"Jane@Mail.Example.co.uk"}')).toEqual(['email/plain']);
  });
  it('labels a value readable in the raw text as plain even when the URL has other escapes', () => {
    expect(kinds('https://t.example/c?em=jane@example.com&dl=https%3A%2F%2Fsite.com%2F')).toEqual(['email/plain']);
    expect(kinds('https://t.example/c?ph=+447911123456&dl=https%3A%2F%2Fsite.com%2F')).toEqual(['phone/plain']);
    expect(kinds('https://t.example/c', 'a=1&e=jane%40example.com&ph=%2B447911123456')).toEqual(['email/urlencoded', 'phone/urlencoded']);
  });
  it.each([
    'https://cdn.site.com/img/logo@2x.png', 'https://cdn.site.com/img/icon@3x.webp?v=2',
    'https://cdn.jsdelivr.net/npm/@ghostery/adblocker@2.17.3/dist/index.js',
    'https://medium.com/@someone/post-123', 'https://site.com/a@b', 'https://site.com/x?q=a@b.c',
    'https://unpkg.com/preact@10.29.8/dist/preact.min.js', 'https://site.com/bundle@1.2.3.min.mjs',
  ])('no email in %s', (url) => expect(kinds(url)).toEqual([]));
  it('ignores CSS at-rules and JSDoc in bodies', () => {
    const css = '@media screen and (max-width:600px){.a{color:red}}@import url(x.css);@font-face{font-family:x}';
    const js = '/** @param {string} a @returns x */function f(a){return a.b@c}var e=n.prototype;e@t.prototype';
    expect(findEmails(css)).toEqual([]);
    expect(findEmails(js)).toEqual([]);
  });
});

describe('phones', () => {
  it.each([
    ['https://t.example/c?ph=%2B447911123456', 'urlencoded'],
    ['https://t.example/c?ph=+44 20 7946 0958', 'plain'],
    ['https://t.example/c?phone=(555) 555-5555', 'plain'],
    ['https://t.example/c?tel=555-555-5555&x=1', 'plain'],
    ['https://t.example/c?mobile=13812345678', 'plain'],
  ])('finds %s', (url, enc) => expect(kinds(url)).toEqual([`phone/${enc}`]));

  it('finds a Chinese mobile number in a JSON body', () => {
    expect(findPhones('{"shouji":"15912345678","n":1}').map((h) => h.value)).toEqual(['15912345678']);
  });

  it.each([
    'https://t.example/c?ts=1712345678901', // ms timestamp: 13 digits
    'https://t.example/c?t=13812345678', // id/time key
    'https://t.example/c?orderId=15912345678',
    'https://t.example/c?_=17123456789',
    'https://t.example/c?id=a13812345678b',
    'https://t.example/c?v=1.13812345678',
    'https://t.example/c?x=138123456789', // 12 digits
    'https://t.example/lib/jquery-3.5.1.min.js?ver=+1.2.3',
    'https://t.example/c?r=0.5551234567&cb=123-456-7890', // NANP area code cannot start with 1
    'https://t.example/c?ip=192.168.100.200&d=2024-01-15',
    'https://t.example/c?uuid=530e5ff1-7b5e-4441-b4c2-31f9c84f5aba',
  ])('no phone in %s', (url) => expect(kinds(url)).toEqual([]));
});

describe('coordinates', () => {
  it.each([
    'https://t.example/g?lat=31.2304&lng=121.4737',
    'https://t.example/g?latitude=-33.8688&longitude=151.2093',
    'https://t.example/g?ll=31.2304,121.4737',
    'https://t.example/g?ll=31.2304%2C121.4737',
  ])('finds %s', (url) => expect(kinds(url).map((k) => k.split('/')[0])).toEqual(['geo']));

  it('finds JSON lat/lon and GeoJSON order', () => {
    expect(findCoordinates('{"lat":48.8566,"lon":2.3522}')).toHaveLength(1);
    expect(findCoordinates('{"coordinates":[121.4737,31.2304]}')).toHaveLength(1);
  });

  it('masks coordinates to one decimal', () => {
    const [f] = scanForPii(obs('https://t.example/g?lat=31.2304&lng=121.4737'), to);
    expect(f.type).toBe('Location');
    expect(f.evidence).toContain('lat=31.2***&lng=121.4***');
    expect(f.evidence).not.toContain('2304');
  });

  it.each([
    'https://t.example/g?lat=0&lng=0', 'https://t.example/g?lat=0.00&lng=0.00',
    'https://t.example/g?lat=95.1234&lng=10.1234', // out of range
    'https://t.example/g?lat=31&lng=121', // no precision
    'https://t.example/g?flat=31.2304&plng=121.4737', 'https://t.example/x?translate=31.1234,40.1234,50.1234',
    'https://t.example/x?v=1.2345,6.7890,3.1415',
  ])('no coordinates in %s', (url) => expect(kinds(url)).toEqual([]));

  it('ignores SVG paths and number lists in minified code', () => {
    const body = '<path d="M 31.2304,121.4737 L 12.3456,78.9012 Z"/>var m=[1.2345,2.3456,3.4567];x.translate(12.3456, 45.6789)';
    expect(findCoordinates(body)).toEqual([]);
  });
});

describe('seeds (typed values, Blacklight method)', () => {
  const email = 'Jane.Roe@Example.com';
  const seeds: PiiSeed[] = [{ value: email, type: 'Contact' }, { value: 'correct horse battery', label: 'search query' }];
  const scanner = createPiiScanner(seeds);
  const scan = (url: string, body?: string) => scanner.scan(obs(url, body), to);

  it('plain, case-insensitive, reported as the seed (not twice as an email)', () => {
    const f = scan(`https://t.example/c?e=${email.toLowerCase()}`);
    expect(f.map((x) => `${x.kind}/${x.encoding}/${x.type}`)).toEqual(['typed-value/plain/Contact']);
    expect(f[0].evidence).toContain('j***@e***.com');
  });
  it('says what the typed value was (its label), so the report can name it in words', () => {
    expect(scan(`https://t.example/c?e=${email}`).map((x) => x.label)).toEqual(['email']);
    expect(scan('https://t.example/c?q=correct%20horse%20battery').map((x) => x.label)).toEqual(['search query']);
    expect(scan('https://t.example/c?to=jane@example.org').map((x) => `${x.kind}/${x.label ?? '-'}`)).toEqual(['email/-']);
  });
  it('url-encoded and form-encoded', () => {
    expect(scan('https://t.example/c?q=correct%20horse%20battery').map((x) => x.encoding)).toEqual(['urlencoded']);
    expect(scan('https://t.example/c', 'q=correct+horse+battery').map((x) => x.encoding)).toEqual(['urlencoded']);
  });
  it('base64, url-safe base64 and inside longer base64 payloads', () => {
    const b64 = btoa(JSON.stringify({ user: { mail: email }, t: 1 }));
    expect(scan(`https://t.example/c?d=${b64}`).map((x) => x.encoding)).toEqual(['base64']);
    const urlSafe = btoa('??>' + email).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(scan(`https://t.example/c?d=${urlSafe}`).map((x) => x.encoding)).toEqual(['base64']);
    // Misaligned inside a payload that does not decode as text: found by the precomputed needles.
    const blob = btoa(String.fromCharCode(0, 1, 2, 3, 255) + 'x' + email + String.fromCharCode(0, 0, 1));
    const f = scan('https://t.example/c', `payload=${blob}`);
    expect(f.map((x) => x.encoding)).toEqual(['base64']);
    expect(f[0].evidence).toContain('[base64 of email]');
  });
  it.each([['md5', md5], ['sha1', sha1], ['sha256', sha256], ['sha512', sha512]] as const)('%s of the normalised value', (name, fn) => {
    const f = scan(`https://t.example/tr?ud[em]=${fn(email.toLowerCase())}`);
    expect(f.map((x) => x.encoding)).toEqual([name]);
    expect(f[0].evidence).toContain(`[${name} of email]`);
    expect(f[0].evidence).not.toMatch(/[0-9a-f]{32}/);
    // Uppercase hex is the same digest.
    expect(scan(`https://t.example/tr?h=${fn(email).toUpperCase()}`).map((x) => x.encoding)).toEqual([name]);
  });
  it('phone seeds are also hashed as bare digits (ad-platform advanced matching)', () => {
    const s = createPiiScanner([{ value: '+44 7911 123456', type: 'Contact' }]);
    expect(s.scan(obs(`https://t.example/tr?ph=${sha256('447911123456')}`), to).map((x) => x.encoding)).toEqual(['sha256']);
  });
  it('no false positives from unrelated hashes and short seeds', () => {
    expect(scan(`https://t.example/c?h=${sha256('someone-else@example.com')}&id=${md5('x')}`)).toEqual([]);
    const shortSeed = createPiiScanner([{ value: 'abc' }]);
    expect(shortSeed.scan(obs('https://t.example/abc/abc?abc=1'), to)).toEqual([]);
    expect(shortSeed.scan(obs(`https://t.example/c?h=${sha1('abc')}`), to).map((x) => x.encoding)).toEqual(['sha1']);
  });
});

describe('bounds and helpers', () => {
  it('scans at most 8 KB of URL and 64 KB of body', () => {
    expect(kinds('https://t.example/c?x=' + 'a'.repeat(9000) + '&e=john@example.com')).toEqual([]);
    expect(kinds('https://t.example/c', 'x'.repeat(70_000) + ' john@example.com')).toEqual([]);
  });
  it('is fast on adversarial input (linear detectors)', () => {
    const nasty = ['@'.repeat(20000), '+1'.repeat(20000), 'lat=1.'.repeat(5000), '1,'.repeat(20000), 'a.'.repeat(20000) + '@', '(555) '.repeat(5000)];
    const t = performance.now();
    for (const n of nasty) scanForPii(obs('https://t.example/c', n), to, [{ value: 'john@example.com' }]);
    expect(performance.now() - t).toBeLessThan(2000);
  });
  it('evidence is at most 200 chars and masks every value in the window', () => {
    const url = `https://t.example/c?${'p=1&'.repeat(60)}a=john@example.com&b=mary@example.org&${'q=2&'.repeat(60)}`;
    const flows = scanForPii(obs(url), to);
    expect(flows).toHaveLength(2);
    for (const f of flows) {
      expect(f.evidence.length).toBeLessThanOrEqual(200);
      expect(f.evidence).not.toMatch(/john|mary/);
    }
  });
  it('excerpt / safeDecode / base64Needles', () => {
    expect(excerpt('abc SECRET def', [{ start: 4, end: 10, masked: '***' }], { start: 4, end: 10, masked: '***' })).toBe('abc *** def');
    expect(safeDecode('a%40b%E0%A4%A+c', true)).toBe('a@b%E0%A4%A c');
    for (const n of base64Needles('john@example.com')) expect(n.length).toBeGreaterThanOrEqual(8);
  });
  it('fast path: nothing to do for ordinary requests', () => {
    expect(kinds('https://cdn.site.com/static/app.3f2a1b.js')).toEqual([]);
    expect(kinds('https://www.google-analytics.com/collect?v=1&tid=UA-1234567-1&cid=1234567890.1712345678&t=pageview&dl=https%3A%2F%2Fsite.com%2F')).toEqual([]);
  });
});
