import { describe, expect, it } from 'vitest';
import { fetchPolicyDocument, MAX_POLICY_BYTES } from './policy-fetch';

const respond = (body: BodyInit | null, headers: Record<string, string>, status = 200) =>
  async (_url: string, _init: RequestInit) => new Response(body, { status, headers });

describe('fetchPolicyDocument', () => {
  it('omits credentials and the referrer', async () => {
    let init: RequestInit | undefined;
    await fetchPolicyDocument('https://a.example/privacy', async (_u, i) => { init = i; return new Response('<p>privacy</p>', { headers: { 'content-type': 'text/html' } }); });
    expect(init).toMatchObject({ credentials: 'omit', redirect: 'follow', referrerPolicy: 'no-referrer' });
  });
  it('reports a PDF as an unsupported format', async () => {
    const r = await fetchPolicyDocument('https://a.example/p.pdf', respond('%PDF-1.7', { 'content-type': 'application/pdf' }));
    expect(r).toMatchObject({ ok: false, status: 'unsupported-format' });
  });
  it('cuts off a body larger than 5 MB while streaming', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(97);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({ pull(c) { if (sent++ < 8) c.enqueue(chunk); else c.close(); } });
    const r = await fetchPolicyDocument('https://a.example/big', respond(stream, { 'content-type': 'text/html' }));
    expect(r).toMatchObject({ ok: false, status: 'too-large' });
    expect(sent).toBeLessThanOrEqual(Math.ceil(MAX_POLICY_BYTES / chunk.length) + 2);
  });
  it('decodes a GBK page by its declared charset', async () => {
    // "隐私政策" in GBK.
    const gbk = new Uint8Array([0xd2, 0xfe, 0xcb, 0xbd, 0xd5, 0xfe, 0xb2, 0xdf]);
    const r = await fetchPolicyDocument('https://a.example/zh', respond(gbk, { 'content-type': 'text/html; charset=gbk' }));
    expect(r.ok && r.body).toContain('隐私政策');
  });
  it('times out instead of hanging', async () => {
    const never = (_u: string, init: RequestInit) => new Promise<Response>((_r, reject) => init.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))));
    const r = await fetchPolicyDocument('https://a.example/slow', never, 50);
    expect(r).toMatchObject({ ok: false, status: 'fetch-failed' });
    expect(!r.ok && r.reason).toMatch(/timed out/);
  });
  it('refuses non-http URLs', async () => {
    expect(await fetchPolicyDocument('javascript:alert(1)', respond('', {}))).toMatchObject({ ok: false });
  });
});
