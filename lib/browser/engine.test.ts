import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadClassifierOrUnknown } from './engine';

afterEach(() => { vi.unstubAllGlobals(); });

describe('a corrupt or missing tracker database', () => {
  for (const [name, response] of [
    ['garbage bytes', () => new Response(new Uint8Array(4096).fill(7))],
    ['a truncated file', () => new Response(new Uint8Array([1, 0, 0, 0]))],
    ['HTTP 404', () => new Response('missing', { status: 404 })],
  ] as const) {
    it(`(${name}) gives an unknown-only classifier and logs why, instead of failing the worker's start`, async () => {
      vi.stubGlobal('fetch', async () => response());
      const logs: string[] = [];
      const classifier = await loadClassifierOrUnknown((p) => `chrome-extension://x${p}`, (m) => logs.push(m));
      expect(logs).toHaveLength(1);
      expect(logs[0]).toMatch(/^\[engine\] tracker database unusable, recording every host as unknown: /);
      expect(classifier.classify({ url: 'https://www.google-analytics.com/collect', type: 'image', pageUrl: 'https://news.example/', time: 1 }))
        .toMatchObject({ host: 'www.google-analytics.com', domain: 'google-analytics.com', thirdParty: true, org: null, category: 'unknown', pattern: null });
      expect(classifier.classify({ url: 'https://cdn.news.example/a.js', type: 'script', pageUrl: 'https://news.example/', time: 1 }).thirdParty).toBe(false);
    });
  }
});
