import { describe, expect, it } from 'vitest';
import { MAX_WITNESSED_CALLS, callUrl, installNetworkWitness, type NetworkCall } from './network-witness';
import { encodeNetworkCall, parseNetworkCall } from './intake';

/** A window with a fetch that answers by URL: '/fail' rejects like a blocked request, anything else resolves. */
function fakeWindow() {
  const seen: { self: unknown; input: unknown; init: unknown }[] = [];
  const win = {
    location: { href: 'https://www.site.example/page' },
    fetch(this: unknown, input: unknown, init?: unknown) {
      seen.push({ self: this, input, init });
      return String(input).includes('fail') ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve({ status: 200 });
    },
  };
  return { win: win as never as Parameters<typeof installNetworkWitness>[0] & { fetch: typeof fetch }, seen };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('network witness (MAIN-world fetch wrapper)', () => {
  it('notes each fetch that got a response, with its absolute URL, and passes arguments and result through', async () => {
    const { win, seen } = fakeWindow();
    const calls: NetworkCall[] = [];
    installNetworkWitness(win, (c) => calls.push(c));
    const init = { method: 'POST', body: '{"event":"Pageview"}' };
    const response = await win.fetch('https://analytics.tiktok.com/api/v2/pixel?sdkid=DEMO', init);
    await win.fetch('/relative?x=1');
    await win.fetch(new URL('https://api.segment.io/v1/t'));
    await win.fetch({ url: 'https://m.stripe.com/6' } as Request);
    await settle();
    expect(response).toEqual({ status: 200 });
    expect(seen[0].init).toBe(init);
    expect(calls).toEqual([
      { url: 'https://analytics.tiktok.com/api/v2/pixel?sdkid=DEMO', initiatorType: 'fetch' },
      { url: 'https://www.site.example/relative?x=1', initiatorType: 'fetch' },
      { url: 'https://api.segment.io/v1/t', initiatorType: 'fetch' },
      { url: 'https://m.stripe.com/6', initiatorType: 'fetch' },
    ]);
  });

  it('never notes a fetch that failed (blocked, offline) and keeps its rejection for the page', async () => {
    const { win } = fakeWindow();
    const calls: NetworkCall[] = [];
    installNetworkWitness(win, (c) => calls.push(c));
    await expect(win.fetch('https://blocked.example/fail')).rejects.toThrow('Failed to fetch');
    await settle();
    expect(calls).toEqual([]);
  });

  it('ignores non-http URLs, stops noting after the cap, and survives a throwing receiver', async () => {
    const { win } = fakeWindow();
    let n = 0;
    installNetworkWitness(win, () => { n++; if (n === 1) throw new Error('receiver broke'); });
    await win.fetch('data:text/plain,hi');
    for (let i = 0; i < MAX_WITNESSED_CALLS + 50; i++) await win.fetch(`https://t.example/${i}`);
    await settle();
    expect(n).toBe(MAX_WITNESSED_CALLS);
  });

  it('resolves URLs like the browser does and refuses what is not one', () => {
    expect(callUrl('//cdn.example/a', 'https://www.site.example/')).toBe('https://cdn.example/a');
    expect(callUrl('javascript:alert(1)', 'https://www.site.example/')).toBeNull();
    expect(callUrl(42, 'https://www.site.example/')).toBeNull();
    expect(callUrl('http://[bad', 'https://www.site.example/')).toBeNull();
  });
});

describe('network witness intake (forgeable by the page)', () => {
  it('round-trips a call and rejects forged or oversized ones', () => {
    const call: NetworkCall = { url: 'https://analytics.tiktok.com/api/v2/pixel', initiatorType: 'fetch' };
    expect(parseNetworkCall(encodeNetworkCall(call))).toEqual(call);
    expect(parseNetworkCall('beacon\thttps://t.example/')).toBeNull();
    expect(parseNetworkCall('fetch\tjavascript:alert(1)')).toBeNull();
    expect(parseNetworkCall(`fetch\thttps://t.example/${'a'.repeat(3000)}`)).toBeNull();
    expect(parseNetworkCall({ url: 'https://t.example/' })).toBeNull();
    expect(parseNetworkCall('fetch https://t.example/')).toBeNull();
  });
});
