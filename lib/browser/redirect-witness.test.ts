import { describe, expect, it } from 'vitest';
import { attachRedirectWitness, RedirectWitness, type RedirectDetails } from './redirect-witness';

const ORIGIN = 'chrome-extension://abcdefgh/';
const ours = (url: string, redirectUrl: string): RedirectDetails => ({ url, redirectUrl, tabId: -1, initiator: 'chrome-extension://abcdefgh' });

describe('RedirectWitness', () => {
  it('answers with a redirect seen before or after the question', async () => {
    const w = new RedirectWitness(ORIGIN);
    w.observe(ours('https://a.example/privacy', 'https://a.example/legal'));
    expect(await w.target('https://a.example/privacy', 50)).toBe('https://a.example/legal');
    const later = w.target('https://b.example/privacy', 1000);
    w.observe(ours('https://b.example/privacy', 'https://127.0.0.1/'));
    expect(await later).toBe('https://127.0.0.1/');
  });

  it('ignores redirects of pages and other extensions, and answers null when nothing came', async () => {
    const w = new RedirectWitness(ORIGIN);
    w.observe({ url: 'https://a.example/p', redirectUrl: 'https://x.example/', tabId: 3, initiator: 'chrome-extension://abcdefgh' });
    w.observe({ url: 'https://a.example/p', redirectUrl: 'https://x.example/', tabId: -1, initiator: 'chrome-extension://other' });
    w.observe({ url: 'https://a.example/p', redirectUrl: 'https://x.example/', tabId: -1, initiator: 'chrome-extension://abcdefgh.evil' });
    w.observe({ url: 'https://a.example/p', redirectUrl: 'https://x.example/', tabId: -1 });
    expect(await w.target('https://a.example/p', 30)).toBeNull();
    // Firefox names the requesting document instead of an initiator origin.
    const fx = new RedirectWitness('moz-extension://1234-uuid/');
    fx.observe({ url: 'https://a.example/p', redirectUrl: 'https://a.example/q', tabId: -1, originUrl: 'moz-extension://1234-uuid/_generated_background_page.html' });
    expect(await fx.target('https://a.example/p', 30)).toBe('https://a.example/q');
  });

  it('forgets what it saw after 30 s', async () => {
    let now = 0;
    const w = new RedirectWitness(ORIGIN, () => now);
    w.observe(ours('https://a.example/p', 'https://a.example/q'));
    now = 31_000;
    expect(await w.target('https://a.example/p', 10)).toBeNull();
  });

  it('listens (one listener, requests outside tabs) only while our own fetches are in flight', async () => {
    const calls: { urls: string[]; tabId?: number }[] = [];
    let listener: ((d: RedirectDetails) => void) | null = null;
    let removed = 0;
    const w = attachRedirectWitness({ onBeforeRedirect: {
      addListener: (cb, filter) => { listener = cb; calls.push(filter); },
      removeListener: () => { removed++; listener = null; },
    } }, ORIGIN);
    expect(calls).toEqual([]);
    let seen: Promise<string | null> | undefined;
    await Promise.all([
      w.during(async () => {
        listener!(ours('https://a.example/p', 'https://a.example/q'));
        seen = w.witness.target('https://a.example/p', 10);
        await new Promise((r) => setTimeout(r, 5));
      }),
      w.during(async () => { await new Promise((r) => setTimeout(r, 1)); }),
    ]);
    expect(calls).toEqual([{ urls: ['<all_urls>'], tabId: -1 }]);
    expect(removed).toBe(1);
    expect(listener).toBeNull();
    await expect(seen).resolves.toBe('https://a.example/q');
  });
});
