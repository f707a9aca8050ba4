import { describe, expect, it } from 'vitest';
import { fetchPolicyDocument, MAX_POLICY_BYTES, MAX_REDIRECTS, type FetchLike, type PolicyFetchOptions } from './policy-fetch';

const respond = (body: BodyInit | null, headers: Record<string, string>, status = 200) =>
  async (_url: string, _init: RequestInit) => new Response(body, { status, headers });
const fence = { pageUrl: 'https://a.example/' };
const via = (fetchImpl: FetchLike, extra: Partial<PolicyFetchOptions> = {}): PolicyFetchOptions => ({ fence, fetchImpl, ...extra });

describe('fetchPolicyDocument', () => {
  it('omits credentials and the referrer', async () => {
    let init: RequestInit | undefined;
    await fetchPolicyDocument('https://a.example/privacy', via(async (_u, i) => { init = i; return new Response('<p>privacy</p>', { headers: { 'content-type': 'text/html' } }); }));
    expect(init).toMatchObject({ credentials: 'omit', redirect: 'manual', referrerPolicy: 'no-referrer' });
  });
  it('reports a PDF as an unsupported format', async () => {
    const r = await fetchPolicyDocument('https://a.example/p.pdf', via(respond('%PDF-1.7', { 'content-type': 'application/pdf' })));
    expect(r).toMatchObject({ ok: false, status: 'unsupported-format' });
  });
  it('cuts off a body larger than 5 MB while streaming', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(97);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({ pull(c) { if (sent++ < 8) c.enqueue(chunk); else c.close(); } });
    const r = await fetchPolicyDocument('https://a.example/big', via(respond(stream, { 'content-type': 'text/html' })));
    expect(r).toMatchObject({ ok: false, status: 'too-large' });
    expect(sent).toBeLessThanOrEqual(Math.ceil(MAX_POLICY_BYTES / chunk.length) + 2);
  });
  it('decodes a GBK page by its declared charset', async () => {
    // "隐私政策" in GBK.
    const gbk = new Uint8Array([0xd2, 0xfe, 0xcb, 0xbd, 0xd5, 0xfe, 0xb2, 0xdf]);
    const r = await fetchPolicyDocument('https://a.example/zh', via(respond(gbk, { 'content-type': 'text/html; charset=gbk' })));
    expect(r.ok && r.body).toContain('隐私政策');
  });
  it('times out instead of hanging', async () => {
    const never = (_u: string, init: RequestInit) => new Promise<Response>((_r, reject) => init.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))));
    const r = await fetchPolicyDocument('https://a.example/slow', via(never, { timeoutMs: 50 }));
    expect(r).toMatchObject({ ok: false, status: 'fetch-failed' });
    expect(!r.ok && r.reason).toMatch(/timed out/);
  });
  it('refuses non-http URLs', async () => {
    expect(await fetchPolicyDocument('javascript:alert(1)', via(respond('', {})))).toMatchObject({ ok: false, status: 'refused' });
  });
});

/** A fake network: answers by URL, records every request that would have left the browser. */
function network(routes: Record<string, () => Response>) {
  const requested: string[] = [];
  const fetchImpl: FetchLike = async (url) => {
    requested.push(url);
    const route = routes[url];
    return route ? route() : new Response('not found', { status: 404 });
  };
  return { requested, fetchImpl };
}
const page = (text = '<h1>Privacy Policy</h1>') => () => new Response(text, { headers: { 'content-type': 'text/html' } });
const redirect = (location: string, status = 302) => () => new Response(null, { status, headers: { location } });
/** What a browser gives a `redirect: 'manual'` fetch: no status, no Location. */
const opaqueRedirect = () => () => ({ type: 'opaqueredirect', status: 0, ok: false, url: '', headers: new Headers(), body: null }) as unknown as Response;

describe('fetchPolicyDocument: the fence, on every hop', () => {
  it('never sends a request the fence refuses (loopback, private, localhost, tracker, uid query, http, port)', async () => {
    const { requested, fetchImpl } = network({});
    for (const url of ['https://127.0.0.1/privacy', 'https://10.0.0.1/privacy', 'https://localhost/privacy', 'https://[::1]/privacy', 'https://2130706433/privacy',
      'https://tracker.example/privacy', 'https://a.example/privacy?uid=8f3a9c2b1d4e5f60', 'http://a.example/privacy', 'https://a.example:8443/privacy']) {
      const r = await fetchPolicyDocument(url, via(fetchImpl, { fence: { pageUrl: 'https://a.example/', linked: [url] } }));
      expect(r, url).toMatchObject({ ok: false, status: 'refused' });
    }
    expect(requested).toEqual([]);
  });

  it('follows a same-site redirect (Location visible, as in node) and re-checks each hop', async () => {
    const net = network({ 'https://a.example/privacy': redirect('/legal/privacy', 301), 'https://a.example/legal/privacy': page() });
    const r = await fetchPolicyDocument('https://a.example/privacy', via(net.fetchImpl));
    expect(r).toMatchObject({ ok: true, url: 'https://a.example/legal/privacy' });
    expect(net.requested).toEqual(['https://a.example/privacy', 'https://a.example/legal/privacy']);
  });

  it('stops a redirect chain at the hop that leaves the fence: loopback, tracker, http, private', async () => {
    for (const target of ['https://127.0.0.1/admin', 'https://tracker.example/p?uid=1', 'http://a.example/privacy', 'https://192.168.1.1/', 'https://localhost./x']) {
      const net = network({ 'https://a.example/privacy': redirect('https://a.example/step2'), 'https://a.example/step2': redirect(target) });
      const r = await fetchPolicyDocument('https://a.example/privacy', via(net.fetchImpl));
      expect(r, target).toMatchObject({ ok: false, status: 'refused' });
      expect(net.requested, target).toEqual(['https://a.example/privacy', 'https://a.example/step2']);
    }
  });

  it('lets the site redirect to a policy host it did not link (its own server points there)', async () => {
    const termly = 'https://app.termly.io/document/privacy-policy/abc';
    const net = network({ 'https://a.example/privacy': redirect(termly), [termly]: page() });
    expect(await fetchPolicyDocument('https://a.example/privacy', via(net.fetchImpl))).toMatchObject({ ok: true, url: termly });
  });

  it('asks the redirect witness where an opaque redirect went, and refuses when nobody knows', async () => {
    const net = network({ 'https://a.example/privacy': opaqueRedirect(), 'https://a.example/p2': page() });
    const asked: string[] = [];
    const ok = await fetchPolicyDocument('https://a.example/privacy', via(net.fetchImpl, { redirectTarget: async (u) => { asked.push(u); return 'https://a.example/p2'; } }));
    expect(ok).toMatchObject({ ok: true, url: 'https://a.example/p2' });
    expect(asked).toEqual(['https://a.example/privacy']);
    const toLoopback = await fetchPolicyDocument('https://a.example/privacy', via(net.fetchImpl, { redirectTarget: async () => 'https://127.0.0.2/' }));
    expect(toLoopback).toMatchObject({ ok: false, status: 'refused' });
    const unknown = await fetchPolicyDocument('https://a.example/privacy', via(net.fetchImpl, { redirectTarget: async () => null }));
    expect(unknown).toMatchObject({ ok: false, status: 'refused', reason: expect.stringContaining('unknown place') });
    expect(await fetchPolicyDocument('https://a.example/privacy', via(net.fetchImpl))).toMatchObject({ ok: false, status: 'refused' });
  });

  it(`gives up after ${MAX_REDIRECTS} redirects`, async () => {
    const routes: Record<string, () => Response> = {};
    for (let i = 0; i < 10; i++) routes[`https://a.example/r${i}`] = redirect(`/r${i + 1}`);
    const net = network(routes);
    expect(await fetchPolicyDocument('https://a.example/r0', via(net.fetchImpl))).toMatchObject({ ok: false, status: 'fetch-failed', reason: expect.stringContaining('redirects') });
    expect(net.requested).toHaveLength(MAX_REDIRECTS + 1);
  });
});
