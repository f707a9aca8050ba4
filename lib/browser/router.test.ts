import { describe, expect, it } from 'vitest';
import { MessageRouter } from './router';

function router() {
  const seen: { kind: string; msg: unknown; ctx?: unknown }[] = [];
  const r = new MessageRouter({
    content: (msg, ctx) => { seen.push({ kind: 'content', msg, ctx }); return 'ok'; },
    page: (msg) => { seen.push({ kind: 'page', msg }); return 'page-ok'; },
  }, { extensionId: 'me', extensionOrigin: 'chrome-extension://me/', maxContentPerSecond: 3 });
  return { r, seen };
}

describe('MessageRouter', () => {
  it('drops messages from other extensions', async () => {
    const { r, seen } = router();
    expect(await r.handle({ type: 'ping' }, { id: 'evil', url: 'chrome-extension://evil/x.html' })).toBeUndefined();
    expect(seen).toHaveLength(0);
  });
  it('lets extension pages send page messages, but not content scripts', async () => {
    const { r, seen } = router();
    expect(await r.handle({ type: 'get-tab-report', tabId: 3 }, { id: 'me', url: 'chrome-extension://me/popup.html' })).toBe('page-ok');
    expect(await r.handle({ type: 'get-tab-report', tabId: 3 }, { id: 'me', url: 'https://evil.example/', tab: { id: 9 } })).toBeUndefined();
    expect(seen.map((s) => s.kind)).toEqual(['page']);
  });
  it('takes the tab of a content message from the sender, never from the message', async () => {
    const { r, seen } = router();
    await r.handle({ type: 'probe-events', events: [], tabId: 1 }, { id: 'me', url: 'https://a.example/', tab: { id: 42 }, frameId: 0 });
    expect((seen[0].ctx as { tabId: number }).tabId).toBe(42);
  });
  it('rate-limits a chatty tab and rejects oversized messages', async () => {
    const { r, seen } = router();
    const sender = { id: 'me', url: 'https://a.example/', tab: { id: 7 } };
    for (let i = 0; i < 10; i++) await r.handle({ type: 'probe-events', events: [] }, sender, 1000);
    expect(seen).toHaveLength(3);
    await r.handle({ type: 'policy-links', pageUrl: 'x', links: [{ href: 'x'.repeat(300_000), text: '' }] }, sender, 5000);
    expect(seen).toHaveLength(3);
  });
});
