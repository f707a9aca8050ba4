import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb } from '../store/db';
import { PolicyService, anchorsOf } from './policy-service';
import type { FetchedDocument } from './policy-fetch';
import type { FenceContext } from '../core/policy/fence';

const POLICY = 'Privacy Policy. We collect your email address. We use Google Analytics to measure traffic. We share device identifiers with our advertising partners.';

/** `html`: pages are served as HTML and read by a stand-in reader of version `html.reader`. */
function setup(pages: Record<string, string>, html?: { reader: number }) {
  const db = openDb(`ps-${Math.random()}`, new IDBFactory(), IDBKeyRange);
  const fetched: string[] = [];
  const fences: FenceContext[] = [];
  let now = 1_000_000;
  const service = new PolicyService(db, {
    fetchDocument: async (url, fence): Promise<FetchedDocument> => {
      fetched.push(url);
      fences.push(fence);
      const body = pages[url];
      if (body === undefined) return { ok: false, url, status: 'fetch-failed', reason: 'HTTP 404' };
      return html ? { ok: true, url, kind: 'html', body, contentType: 'text/html' } : { ok: true, url, kind: 'text', body, contentType: 'text/plain' };
    },
    // A newer reader writes the same page differently (here: one more line), as a reader update does.
    extractHtml: async (page) => ({ title: '', text: html && html.reader > 1 ? `${page}\nRead by reader ${html.reader}.` : page, reader: html?.reader }),
    now: () => now,
  });
  return { db, fetched, fences, service, advance: (ms: number) => { now += ms; } };
}

describe('PolicyService', () => {
  it('follows the page\'s privacy link, analyses and stores the policy by hash', async () => {
    const { db, service } = setup({ 'https://a.example/legal/privacy': POLICY });
    await service.onPageLinks('a.example', 'https://a.example/', [{ href: 'https://a.example/legal/privacy', text: 'Privacy Policy', inFooter: true }]);
    const site = await db.sites.get('a.example');
    expect(site).toMatchObject({ policyStatus: 'found', policyUrl: 'https://a.example/legal/privacy' });
    const stored = await db.policies.get(`a.example|${site?.policyHash}`);
    expect(stored?.analysis.thirdParties.map((t) => t.org)).toContain('google');
  });

  it('checks a site at most once a day, and keeps the previous version with a sentence diff', async () => {
    const pages: Record<string, string> = { 'https://a.example/privacy': POLICY };
    const { db, fetched, service, advance } = setup(pages);
    const links = [{ href: 'https://a.example/privacy', text: 'Privacy' }];
    await service.onPageLinks('a.example', 'https://a.example/', links);
    const n = fetched.length;
    await service.onPageLinks('a.example', 'https://a.example/', links);
    expect(fetched.length).toBe(n);
    pages['https://a.example/privacy'] = `${POLICY} We now sell your data to brokers.`;
    advance(25 * 3600 * 1000);
    await service.onPageLinks('a.example', 'https://a.example/', links);
    const site = await db.sites.get('a.example');
    const latest = await db.policies.get(`a.example|${site?.policyHash}`);
    expect(latest?.previousHash).toBeDefined();
    expect(latest?.diff?.added.join(' ')).toContain('sell your data');
    expect(await db.policies.count()).toBe(2);
  });

  it('keeps the same page read by a newer HTML reader as a re-reading, not as a change the site made', async () => {
    const pages: Record<string, string> = { 'https://a.example/privacy': POLICY };
    const reader = { reader: 1 };
    const { db, service, advance } = setup(pages, reader);
    const links = [{ href: 'https://a.example/privacy', text: 'Privacy' }];
    await service.onPageLinks('a.example', 'https://a.example/', links);
    reader.reader = 2;
    advance(25 * 3600 * 1000);
    await service.onPageLinks('a.example', 'https://a.example/', links);
    const reread = await db.policies.get(`a.example|${(await db.sites.get('a.example'))?.policyHash}`);
    expect(reread).toMatchObject({ reader: 2, reread: true });
    expect(reread?.previousHash).toBeDefined();
    expect(reread?.diff).toBeUndefined();
    // The same reader again, and the site's own change: a change with its diff.
    pages['https://a.example/privacy'] = `${POLICY} We now sell your data to brokers.`;
    advance(25 * 3600 * 1000);
    await service.onPageLinks('a.example', 'https://a.example/', links);
    const changed = await db.policies.get(`a.example|${(await db.sites.get('a.example'))?.policyHash}`);
    expect(changed?.reread).toBeUndefined();
    expect(changed?.diff?.added.join(' ')).toContain('sell your data');
    expect(await db.policies.count()).toBe(3);
  });

  it('falls back to common paths and says why when nothing is found', async () => {
    const { db, fetched, service } = setup({});
    await service.onPageLinks('b.example', 'https://b.example/', []);
    expect(fetched).toContain('https://b.example/privacy');
    expect(fetched).toContain('https://b.example/.well-known/gpc.json');
    const site = await db.sites.get('b.example');
    expect(site?.policyStatus).toBe('not-found');
    expect(site?.policyReason).toMatch(/no privacy policy/);
  });

  it('rejects a page that does not read like a policy', async () => {
    const { db, service } = setup({ 'https://c.example/privacy': 'Welcome to our shop! Great shoes.' });
    await service.onPageLinks('c.example', 'https://c.example/', [{ href: 'https://c.example/privacy', text: 'Privacy' }]);
    expect((await db.sites.get('c.example'))?.policyStatus).toBe('not-found');
  });

  it('drops candidates outside the fence before they use a slot, and hands the fence to every fetch', async () => {
    const { db, fetched, fences, service } = setup({ 'https://e.example/privacy': POLICY });
    const hostile = ['https://127.0.0.1/privacy', 'https://127.0.0.2/privacy-policy', 'https://localhost/privacy', 'https://[::1]/privacy',
      'https://tracker.example/privacy?uid=123', 'http://e.example/privacy-notice', 'https://e.example:8443/privacy'];
    const links = [...hostile.map((href) => ({ href, text: 'Privacy Policy', rel: 'privacy-policy', inFooter: true })), { href: 'https://e.example/privacy', text: 'Privacy' }];
    await service.onPageLinks('e.example', 'https://e.example/', links);
    expect(fetched.filter((u) => !u.startsWith('https://e.example/'))).toEqual([]);
    expect(fetched).not.toContain('http://e.example/privacy-notice');
    expect(fetched[0] === 'https://e.example/privacy' || fetched[1] === 'https://e.example/privacy').toBe(true);
    expect((await db.sites.get('e.example'))?.policyStatus).toBe('found');
    expect(fences[0]).toMatchObject({ pageUrl: 'https://e.example/', linked: expect.arrayContaining(hostile) });
  });

  it('reads anchors of a home page with a bounded scan', () => {
    const links = anchorsOf('<p><a href="/about">About</a></p><footer><a href="/privacy">Privacy Policy</a></footer>', 'https://d.example/');
    expect(links).toEqual([
      { href: 'https://d.example/about', text: 'About', inFooter: false, position: 0 },
      { href: 'https://d.example/privacy', text: 'Privacy Policy', inFooter: true, position: 1 },
    ]);
  });
});
