import { describe, expect, it } from 'vitest';
import { MAX_WATCHED_DOMAINS, SetCookieWatch, setCookieSpec, watchableDomain, type HeadersDetails, type HeadersReceivedEvent } from './set-cookie-watch';
import type { CookieSeen } from '../core/types';

type Registered = { cb: (d: HeadersDetails) => undefined; urls: string[]; spec: string[] };

function fakeEvent() {
  const live: Registered[] = [];
  const event: HeadersReceivedEvent = {
    addListener: (cb, filter, spec) => { live.push({ cb, urls: filter.urls, spec }); },
    removeListener: (cb) => { const i = live.findIndex((l) => l.cb === cb); if (i >= 0) live.splice(i, 1); },
  };
  return { event, live };
}

const tick = () => new Promise((r) => setTimeout(r, 5));
const response = (url: string, cookies: string[], extra: Partial<HeadersDetails> = {}): HeadersDetails => ({
  requestId: '1', url, type: 'image', tabId: 3, frameId: 0, timeStamp: 1000,
  responseHeaders: [{ name: 'Content-Type', value: 'image/gif' }, ...cookies.map((value) => ({ name: 'Set-Cookie', value }))], ...extra,
});

describe('SetCookieWatch', () => {
  it('listens only to the domains it watches, once per burst of new domains, with extraHeaders in Chrome', async () => {
    const { event, live } = fakeEvent();
    const saved: string[][] = [];
    const watch = new SetCookieWatch(event, false, { onSetCookie: () => undefined, save: (d) => saved.push(d) });
    expect(live).toEqual([]); // nothing watched: no listener at all
    watch.watch('tracksy-metrics.example');
    watch.watch('tracksy-metrics.example');
    watch.watch('other.example');
    expect(live).toEqual([]);
    await tick();
    expect(live).toHaveLength(1);
    expect(live[0].urls).toEqual(['*://*.tracksy-metrics.example/*', '*://*.other.example/*']);
    expect(live[0].spec).toEqual(['responseHeaders', 'extraHeaders']);
    expect(saved).toEqual([['tracksy-metrics.example', 'other.example']]);
    watch.watch('third.example');
    await tick();
    // The new listener replaced the old one (never two for long, never none).
    expect(live).toHaveLength(1);
    expect(live[0].urls).toHaveLength(3);
    expect(setCookieSpec(true)).toEqual(['responseHeaders']);
  });

  it('hands over parsed Set-Cookie lines (values never kept), ignoring main frames and the browser\'s own requests', async () => {
    const { event, live } = fakeEvent();
    const got: CookieSeen[][] = [];
    const watch = new SetCookieWatch(event, false, { onSetCookie: (_d, c) => got.push(c) });
    watch.restore(['tracksy-metrics.example']);
    expect(live).toHaveLength(1);
    live[0].cb(response('https://pixel.tracksy-metrics.example/p.gif', ['uid=366518263d63a825cf880b17; Max-Age=31536000; Path=/; SameSite=None; Secure']));
    live[0].cb(response('https://pixel.tracksy-metrics.example/p.gif', []));
    live[0].cb(response('https://tracksy-metrics.example/', ['a=b'], { type: 'main_frame' }));
    live[0].cb(response('https://pixel.tracksy-metrics.example/p.gif', ['a=b'], { tabId: -1 }));
    expect(got).toEqual([[{ name: 'uid', valueLength: 24, identifierLike: true, maxAgeSeconds: 31536000 }]]);
  });

  it('keeps the most recently added domains only, and refuses what a match pattern cannot name', async () => {
    const { event, live } = fakeEvent();
    const watch = new SetCookieWatch(event, true, { onSetCookie: () => undefined });
    for (let i = 0; i < MAX_WATCHED_DOMAINS + 5; i++) watch.watch(`d${i}.example`);
    watch.watch('127.0.0.1');
    watch.watch('bad*.example');
    watch.watch('localhost');
    await tick();
    expect(watch.watched).toHaveLength(MAX_WATCHED_DOMAINS);
    expect(watch.watched[0]).toBe('d5.example');
    expect(live[0].urls).toHaveLength(MAX_WATCHED_DOMAINS);
    expect(watchableDomain('xn--fiqs8s.example')).toBe(true);
  });
});
