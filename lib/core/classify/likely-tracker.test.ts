import { describe, expect, it } from 'vitest';
import type { CookieSeen } from '../types.ts';
import { estimateEntropyBits, isIdentifierLike, LikelyTrackerHeuristic } from './likely-tracker.ts';

const idCookie: CookieSeen = { name: 'uid', valueLength: 32, identifierLike: true };
const prefCookie: CookieSeen = { name: 'lang', valueLength: 5, identifierLike: false };

describe('isIdentifierLike', () => {
  it.each([
    'GA1.2.1234567890.1712345678', 'bMQnWfX0Qae3c028bVMVOxmAPVoAAAAA', '5C1C717F91936A1F9794AC93D4CEF9B6',
    '530e5ff1-7b5e-4441-b4c2-31f9c84f5aba', '2bEZAnQXyzR9aYS683G%2FAhmAPVo%3D', '87654321',
  ])('identifier: %s', (v) => expect(isIdentifierLike(v)).toBe(true));

  it.each([
    'true', 'false', 'en-US', 'zh_CN', 'zh-Hans-CN', '1', 'myTest', '2024-01-15', '2024-01-15T10:20:30Z',
    'Sat, 23 Dec 2017 00:45:29 GMT', '1712345678', '1712345678901', '00000000', 'aaaaaaab', 'undefined',
    '"accepted"', 'v1.2.3', '1.10.2', 'DISMISSED',
  ])('not an identifier: %s', (v) => expect(isIdentifierLike(v)).toBe(false));

  it('entropy estimate grows with alphabet and length', () => {
    expect(estimateEntropyBits('12345678')).toBeLessThan(estimateEntropyBits('abcdef12'));
    expect(estimateEntropyBits('abcdefgh')).toBeLessThan(estimateEntropyBits('aBcDeFgH'));
  });
});

describe('LikelyTrackerHeuristic', () => {
  it('2 sites → not a tracker, 3 sites → likely tracker', () => {
    const h = new LikelyTrackerHeuristic();
    expect(h.observe('px.tracker.example', 'news.com', idCookie)).toBe(false);
    expect(h.observe('tracker.example', 'shop.com', idCookie)).toBe(false);
    expect(h.observe('tracker.example', 'www.shop.com', idCookie)).toBe(false); // same site again
    expect(h.isLikelyTracker('tracker.example')).toBe(false);
    expect(h.observe('cdn.tracker.example', 'blog.org', idCookie)).toBe(true);
    expect(h.isLikelyTracker('x.tracker.example')).toBe(true);
    expect(h.likelyTrackers()).toEqual(['tracker.example']);
    expect(h.sitesFor('tracker.example').sort()).toEqual(['blog.org', 'news.com', 'shop.com']);
  });

  it('ignores non-identifying cookies and first-party cookies', () => {
    const h = new LikelyTrackerHeuristic();
    for (const site of ['a.com', 'b.com', 'c.com', 'd.com']) h.observe('prefs.example', site, prefCookie);
    for (let i = 0; i < 5; i++) h.observe('www.self.com', 'self.com', idCookie);
    expect(h.likelyTrackers()).toEqual([]);
  });

  it('round-trips through JSON and rejects malformed state', () => {
    const h = new LikelyTrackerHeuristic();
    for (const site of ['a.com', 'b.com', 'c.com']) h.observe('t.example', site, idCookie);
    h.observe('u.example', 'a.com', idCookie);
    const restored = LikelyTrackerHeuristic.fromJSON(JSON.parse(JSON.stringify(h)));
    expect(restored.toJSON()).toEqual(h.toJSON());
    expect(restored.isLikelyTracker('t.example')).toBe(true);
    expect(restored.observe('u.example', 'b.com', idCookie)).toBe(false);
    expect(restored.observe('u.example', 'c.com', idCookie)).toBe(true);
    for (const bad of [null, 42, 'x', { version: 2 }, { version: 1, domains: null }, { version: 1, domains: { a: 'b', c: [1, 2] } }]) {
      expect(LikelyTrackerHeuristic.fromJSON(bad).likelyTrackers()).toEqual([]);
    }
  });

  it('threshold is configurable and validated', () => {
    const h = new LikelyTrackerHeuristic(1);
    expect(h.observe('t.example', 'a.com', idCookie)).toBe(true);
    expect(() => new LikelyTrackerHeuristic(0)).toThrow(RangeError);
  });
});
