import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HarInputError, observationsFromHar, parseSetCookie } from './har.ts';

const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/har/${name}`, 'utf8'));

const minimal = (entries: unknown[], pages: unknown[] = [{ id: 'p', title: 'https://shop.example/' }]) => ({ log: { version: '1.2', pages, entries } });
const entry = (url: string, extra: Record<string, unknown> = {}) => ({
  pageref: 'p', startedDateTime: '2024-01-01T00:00:00.000Z',
  request: { method: 'GET', url, headers: [], cookies: [] },
  response: { status: 200, headers: [], cookies: [], content: { mimeType: '' } },
  ...extra,
});

describe('observationsFromHar', () => {
  it('reads every entry of real HARs (chrome-har dialects)', () => {
    for (const name of ['mytoys.de.har', 'verizon.har', 'ferguson.har']) {
      const har = fixture(name);
      const obs = observationsFromHar(har);
      expect(obs).toHaveLength(har.log.entries.length);
      for (const o of obs) {
        expect(o.url).toMatch(/^(https?|wss?|data|blob):/);
        expect(o.pageUrl).toMatch(/^https?:\/\//);
        expect(o.time).toBeGreaterThan(1e12);
      }
    }
  });

  it('page URL from the title when it is one, else from the first document', () => {
    expect(new Set(observationsFromHar(fixture('ferguson.har')).map((o) => o.pageUrl))).toEqual(new Set(['https://www.ferguson.com']));
    // mytoys: title "Registrierung | myToys.de run 1"; first 200 text/html entry after three 302 hops.
    const mytoys = observationsFromHar(fixture('mytoys.de.har'));
    expect(mytoys[0].pageUrl).toBe('https://checkout.mytoys.de/checkout/registration');
    expect(mytoys.slice(0, 4).map((o) => o.type)).toEqual(['main_frame', 'main_frame', 'main_frame', 'main_frame']);
    expect(mytoys[4].type).toBe('stylesheet');
  });

  it('types from _resourceType, else from the mime type or the path', () => {
    const obs = observationsFromHar(minimal([
      entry('https://shop.example/', { response: { status: 200, content: { mimeType: 'text/html' } } }),
      entry('https://t.example/a.js'),
      entry('https://t.example/pixel', { response: { status: 200, content: { mimeType: 'image/gif' } } }),
      entry('https://t.example/api', { _resourceType: 'fetch' }),
      entry('https://t.example/f', { _resourceType: 'document' }),
      entry('https://t.example/ping', { request: { method: 'POST', url: 'https://t.example/ping', postData: { text: 'a=1' } } }),
      entry('https://t.example/form', { request: { method: 'POST', url: 'https://t.example/form', postData: { params: [{ name: 'e', value: 'a@b.example' }] } } }),
    ]));
    expect(obs.map((o) => o.type)).toEqual(['main_frame', 'script', 'image', 'xmlhttprequest', 'sub_frame', 'xmlhttprequest', 'xmlhttprequest']);
    expect(obs[5]).toMatchObject({ method: 'POST', body: 'a=1' });
    expect(obs[6].body).toBe('e=a%40b.example');
  });

  it('WebPageTest titles and string initiators', () => {
    const obs = observationsFromHar(minimal(
      [entry('http://www.news.example/x.js', { _initiator: 'http://www.news.example/' })],
      [{ id: 'p', title: 'Run 1, First View for http://news.example' }],
    ));
    expect(obs[0]).toMatchObject({ pageUrl: 'http://news.example', initiator: 'http://www.news.example/' });
  });

  it('cookies: names sent, Set-Cookie shape without values, GPC header', () => {
    const [o] = observationsFromHar(minimal([entry('https://t.example/c', {
      request: { method: 'GET', url: 'https://t.example/c', headers: [{ name: 'Sec-GPC', value: '1' }, { name: 'Cookie', value: 'a=1; uid=xyz' }], cookies: [] },
      response: { status: 200, headers: [{ name: 'Set-Cookie', value: 'uid=5C1C717F91936A1F9794AC93D4CEF9B6; Max-Age=31536000; Domain=.t.example\nlang=en-US; Path=/' }], cookies: [] },
    })]));
    expect(o.cookiesSent).toEqual(['a', 'uid']);
    expect(o.gpc).toBe(true);
    expect(o.cookiesSet).toEqual([
      { name: 'uid', valueLength: 32, identifierLike: true, maxAgeSeconds: 31536000, domain: 't.example' },
      { name: 'lang', valueLength: 5, identifierLike: false },
    ]);
    expect(JSON.stringify(o)).not.toContain('5C1C717F');
  });

  it('parseSetCookie converts Expires relative to the request time', () => {
    const t = Date.parse('2024-01-01T00:00:00Z');
    expect(parseSetCookie('id=abcdef123456; Expires=Tue, 02 Jan 2024 00:00:00 GMT', t).maxAgeSeconds).toBe(86400);
  });

  it.each([
    ['', /invalid JSON/], ['{', /invalid JSON/], [null, /no "log"/], [{}, /no "log"/], [{ log: {} }, /log.entries/],
    [{ log: { entries: [{}] } }, /entry 0 has no request.url/],
  ])('bad input %j throws a one-line HarInputError', (input, message) => {
    let err: unknown;
    try {
      observationsFromHar(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HarInputError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
  });

  it('reads a WebPageTest export (aftonbladet.se, from the corpus, copied into the fixtures)', () => {
    const har = JSON.parse(readFileSync('tests/fixtures/har-formats/aftonbladet.se.har', 'utf8'));
    const obs = observationsFromHar(har);
    expect(obs).toHaveLength(har.log.entries.length);
    expect(obs[0].pageUrl).toBe('http://aftonbladet.se');
  });
});
