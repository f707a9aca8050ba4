import { describe, expect, it } from 'vitest';
import { domainOfUrl, hostOf, isThirdParty, partyOf, registrableDomain } from './party.ts';
import { BoundedCache } from './lru.ts';

describe('hostOf', () => {
  it.each([
    ['https://www.Example.COM:8443/a?b#c', 'www.example.com'],
    ['http://user:pw@tracker.example.net/x', 'tracker.example.net'],
    ['https://[2001:db8::1]:443/x', '2001:db8::1'],
    ['https://cdn.example.com./lib.js', 'cdn.example.com'],
    ['wss://socket.example.org', 'socket.example.org'],
    ['https://example.com?x=1', 'example.com'],
    ['blob:https://app.example.com/uuid', 'app.example.com'],
    ['data:image/png;base64,AAAA', ''],
    ['about:blank', ''],
    ['not a url', ''],
  ])('%s → %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });

  it('agrees with the WHATWG parser on ordinary URLs', () => {
    for (const u of ['https://a.b.co.uk/x', 'http://localhost:3000/', 'https://xn--bcher-kva.example/p', 'https://192.168.0.1/x']) {
      expect(hostOf(u)).toBe(new URL(u).hostname);
    }
  });
});

describe('registrableDomain', () => {
  it('uses ICANN suffixes only (private suffixes like github.io are not split)', () => {
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('stats.g.doubleclick.net')).toBe('doubleclick.net');
    expect(registrableDomain('alice.github.io')).toBe('github.io');
    expect(registrableDomain('d1.cloudfront.net')).toBe('cloudfront.net');
  });
  it('falls back to the host for IPs and single labels', () => {
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableDomain('localhost')).toBe('localhost');
    expect(registrableDomain('')).toBe('');
  });
  it('domainOfUrl', () => expect(domainOfUrl('https://a.b.example.com.cn/x')).toBe('example.com.cn'));
});

describe('first vs third party', () => {
  it('same registrable domain is first party, subdomains included', () => {
    expect(partyOf('https://cdn.shop.example.com/a.js', 'https://www.example.com/').thirdParty).toBe(false);
  });
  it('same owner on another domain is still third party (strict eTLD+1)', () => {
    expect(partyOf('https://i.ytimg.com/x.jpg', 'https://www.youtube.com/').thirdParty).toBe(true);
    expect(partyOf('https://scache.vzw.com/a.js', 'https://www.verizonwireless.com/').thirdParty).toBe(true);
  });
  it('the top-level document and host-less requests are never third party', () => {
    expect(isThirdParty('other.com', 'site.com', 'main_frame')).toBe(false);
    expect(isThirdParty('', 'site.com')).toBe(false);
    expect(partyOf('data:text/plain,hi', 'https://site.com/').thirdParty).toBe(false);
  });
});

describe('BoundedCache', () => {
  it('never holds more than 2 × max and keeps recently read entries', () => {
    const c = new BoundedCache<number, number>(10);
    for (let i = 0; i < 100; i++) {
      c.set(i, i);
      if (c.get(0) === undefined) c.set(0, 0); // keep 0 hot
      expect(c.size).toBeLessThanOrEqual(20);
    }
    expect(c.get(0)).toBe(0);
    expect(c.get(1)).toBeUndefined();
    expect(c.get(99)).toBe(99);
  });
});
