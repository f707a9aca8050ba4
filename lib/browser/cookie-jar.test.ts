import { describe, expect, it } from 'vitest';
import { CookieJarLookups, sentAsThirdParty, type JarCookie } from './cookie-jar';
import type { Classification, CookieSeen } from '../core/types';
import type { VisitRef } from './visit-tracker';

const cls = (host: string): Classification => ({ host, domain: host.split('.').slice(-2).join('.'), siteDomain: 'news.example', thirdParty: true, org: null, orgName: host, category: 'unknown', pattern: null });
const visit = (id: string): VisitRef => ({ visitId: id, site: 'news.example', pageUrl: 'https://news.example/' });

function setUp(jar: Record<string, JarCookie[]>) {
  const asked: string[] = [];
  const seen: { visitId: string; host: string; time: number; cookies: CookieSeen[] }[] = [];
  const lookups = new CookieJarLookups({
    getAll: async ({ url }) => { asked.push(url); return jar[url] ?? []; },
    onCookies: (v, c, request, cookies) => { seen.push({ visitId: v.visitId, host: c.host, time: request.time, cookies }); },
    now: () => 1_000_000,
  });
  return { lookups, asked, seen };
}

describe('CookieJarLookups', () => {
  it('asks the jar once per visit × host, after the idle step, and reports the cookies a third party receives', async () => {
    const { lookups, asked, seen } = setUp({
      'https://px.tracker.example/': [
        { name: 'uid', value: '5f2a9c1e7b3d4a60', domain: '.tracker.example', sameSite: 'no_restriction', expirationDate: 1000 + 3600 },
        { name: 'pref', value: 'on', domain: 'px.tracker.example', sameSite: 'no_restriction', session: true },
        { name: 'lax', value: 'abcdefgh12345678', domain: 'px.tracker.example', sameSite: 'lax' },
      ],
    });
    lookups.note(visit('v1'), cls('px.tracker.example'), 'https://px.tracker.example/p.gif?i=1', 10);
    lookups.note(visit('v1'), cls('px.tracker.example'), 'https://px.tracker.example/p.gif?i=2', 11);
    lookups.note(visit('v1'), cls('cdn.other.example'), 'https://cdn.other.example/a.js', 12);
    expect(asked).toEqual([]); // not inside the step that noted them
    await lookups.settled();
    expect(asked.sort()).toEqual(['https://cdn.other.example/', 'https://px.tracker.example/']);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ visitId: 'v1', host: 'px.tracker.example', time: 10 });
    // SameSite=Lax stays home on a cross-site request: not counted. Values are never kept.
    expect(seen[0].cookies).toEqual([
      { name: 'uid', valueLength: 16, identifierLike: true, domain: 'tracker.example', maxAgeSeconds: 3600 },
      { name: 'pref', valueLength: 2, identifierLike: false, domain: 'px.tracker.example' },
    ]);
    // A new visit of the same page asks again.
    lookups.note(visit('v2'), cls('px.tracker.example'), 'https://px.tracker.example/p.gif', 20);
    await lookups.settled();
    expect(asked).toHaveLength(3);
    expect(seen.map((s) => s.visitId)).toEqual(['v1', 'v2']);
  });

  it('counts only cookies a cross-site request carries', () => {
    expect(sentAsThirdParty({ name: 'a', value: 'x', domain: 'a.example', sameSite: 'no_restriction' })).toBe(true);
    expect(sentAsThirdParty({ name: 'a', value: 'x', domain: 'a.example', sameSite: 'unspecified' })).toBe(false);
    expect(sentAsThirdParty({ name: 'a', value: 'x', domain: 'a.example', sameSite: 'strict' })).toBe(false);
  });

  it('survives a failing jar and a malformed URL', async () => {
    const lookups = new CookieJarLookups({ getAll: async () => { throw new Error('no'); }, onCookies: () => { throw new Error('not called'); }, log: () => undefined });
    lookups.note(visit('v1'), cls('a.example'), 'https://a.example/x', 1);
    lookups.note(visit('v1'), cls('b.example'), 'not a url', 1);
    await expect(lookups.settled()).resolves.toBeUndefined();
  });
});
