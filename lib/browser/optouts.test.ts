/** Adapter tests of the opt-out services against fakes of the browser APIs they use. */
import { describe, expect, it } from 'vitest';
import { BlockManager, type DnrApi } from './dnr';
import { GpcController, type RegisteredScript } from './gpc';
import { ConsentBridge } from './consent';
import { clearCookiesOf, type CookiesApi } from './cookie-cleaner';
import type { DnrRule } from '../core/optouts/rules';

function fakeDnr() {
  const rules = new Map<number, DnrRule>();
  const api: DnrApi = {
    getDynamicRules: async () => [...rules.values()],
    updateDynamicRules: async ({ removeRuleIds = [], addRules = [] }) => {
      for (const id of removeRuleIds) rules.delete(id);
      for (const r of addRules) { if (rules.has(r.id)) throw new Error(`duplicate id ${r.id}`); rules.set(r.id, r); }
    },
  };
  return { api, rules };
}
function fakeStorage() {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (k: string) => (k in data ? { [k]: structuredClone(data[k]) } : {}),
    set: async (o: Record<string, unknown>) => { Object.assign(data, structuredClone(o)); },
    remove: async (k: string) => { delete data[k]; },
  };
}

describe('BlockManager', () => {
  const make = (storage = fakeStorage(), dnr = fakeDnr()) => ({
    storage, dnr,
    m: new BlockManager(dnr.api, storage as never, { siteOfUrl: (u) => new URL(u).hostname.split('.').slice(-2).join('.') }),
  });

  it('adds a rule per block, replaces a repeated block, and undo removes it', async () => {
    const { m, dnr, storage } = make();
    const b = { key: 'google', name: 'Google', scope: 'site' as const, site: 'news.example', domains: ['google-analytics.com'] };
    const e1 = await m.add(b);
    const e2 = await m.add({ ...b, domains: ['google-analytics.com', 'doubleclick.net'] });
    expect(e2.ruleId).toBe(e1.ruleId);
    expect([...dnr.rules.keys()]).toEqual([1000]);
    expect(dnr.rules.get(1000)?.condition.requestDomains).toEqual(['google-analytics.com', 'doubleclick.net']);
    expect((storage.data.blocks as unknown[]).length).toBe(1);
    await m.add({ ...b, scope: 'everywhere' });
    expect([...dnr.rules.keys()].sort()).toEqual([1000, 1001]);
    expect(await m.remove('google', 'site', 'news.example')).toBe(true);
    expect(await m.remove('google', 'site', 'news.example')).toBe(false);
    expect([...dnr.rules.keys()]).toEqual([1001]);
  });

  it('tells the wiring whether any block exists, so blocked requests are listened for only then', async () => {
    const seen: boolean[] = [];
    const m = new BlockManager(fakeDnr().api, fakeStorage() as never, { siteOfUrl: (u) => new URL(u).hostname, onBlocksChanged: (any) => seen.push(any) });
    await m.sync();
    await m.add({ key: 'criteo', name: 'Criteo', scope: 'everywhere', site: '', domains: ['criteo.com'] });
    await m.remove('criteo', 'everywhere', '');
    expect(seen).toEqual([false, true, false]);
  });

  it('refuses an empty block (an empty requestDomains would match everything)', async () => {
    const { m, dnr } = make();
    await expect(m.add({ key: 'x', name: 'X', scope: 'site', site: 's.example', domains: [] })).rejects.toThrow();
    expect(dnr.rules.size).toBe(0);
  });

  it('counts ERR_BLOCKED_BY_CLIENT per site and persists the counts', async () => {
    const { m, storage } = make();
    await m.add({ key: 'criteo', name: 'Criteo', scope: 'everywhere', site: '', domains: ['criteo.com'] });
    const err = { error: 'net::ERR_BLOCKED_BY_CLIENT', tabId: -1 };
    await m.onError({ ...err, url: 'https://bidder.criteo.com/cdb', initiator: 'https://www.news.example' });
    await m.onError({ ...err, url: 'https://bidder.criteo.com/cdb', initiator: 'https://www.news.example' });
    await m.onError({ ...err, url: 'https://bidder.criteo.com/cdb', initiator: 'https://shop.example' });
    await m.onError({ ...err, url: 'https://other.example/x', initiator: 'https://shop.example' });
    await m.onError({ error: 'net::ERR_FAILED', tabId: -1, url: 'https://bidder.criteo.com/', initiator: 'https://shop.example' });
    await m.flushCounts();
    expect((storage.data.blocks as { counts: Record<string, number> }[])[0].counts).toEqual({ 'news.example': 2, 'shop.example': 1 });
    expect(await m.forSite('news.example')).toEqual({ criteo: { scope: 'everywhere', count: 2, functional: false } });
  });

  it('in Firefox, counts its NS_ERROR_ABORT for blocked requests and writes rules in Firefox\'s resource types', async () => {
    const storage = fakeStorage();
    const dnr = fakeDnr();
    const m = new BlockManager(dnr.api, storage as never, { siteOfUrl: (u) => new URL(u).hostname.split('.').slice(-2).join('.'), flavor: 'firefox' });
    const entry = await m.add({ key: 'criteo', name: 'Criteo', scope: 'site', site: 'news.example', domains: ['criteo.com'], spared: ['login.criteo.com', 'www.criteo.com/consent/'] });
    const types = dnr.rules.get(entry.ruleId)?.condition.resourceTypes ?? [];
    expect(types).toContain('beacon');
    expect(types).not.toContain('webtransport');
    // The spared path's allow rule too (Firefox rejects the whole rule on one unknown type).
    expect(dnr.rules.get(entry.allowRuleId!)?.condition.resourceTypes).toEqual(types);
    // Firefox names the page by documentUrl (it has no `initiator`).
    await m.onError({ error: 'NS_ERROR_ABORT', tabId: -1, url: 'https://bidder.criteo.com/cdb', documentUrl: 'https://www.news.example/article' });
    // Chrome's error string is not what Firefox says: not counted twice by a stray event.
    await m.onError({ error: 'net::ERR_BLOCKED_BY_CLIENT', tabId: -1, url: 'https://bidder.criteo.com/cdb', documentUrl: 'https://www.news.example/' });
    // An abort of a request no block covers is not a block, nor one on another site.
    await m.onError({ error: 'NS_ERROR_ABORT', tabId: -1, url: 'https://other.example/x', documentUrl: 'https://www.news.example/' });
    await m.onError({ error: 'NS_ERROR_ABORT', tabId: -1, url: 'https://bidder.criteo.com/cdb', documentUrl: 'https://shop.example/' });
    // Nor an abort of a spared host.
    await m.onError({ error: 'NS_ERROR_ABORT', tabId: -1, url: 'https://login.criteo.com/x', documentUrl: 'https://www.news.example/' });
    await m.flushCounts();
    expect(await m.forSite('news.example')).toEqual({ criteo: { scope: 'site', count: 1, functional: false } });
  });

  it('sync makes the dynamic rules match storage (and leaves GPC\'s ids alone)', async () => {
    const storage = fakeStorage();
    const first = make(storage);
    await first.m.add({ key: 'google', name: 'Google', scope: 'site', site: 'a.example', domains: ['google.com'] });
    const dnr = fakeDnr();
    dnr.rules.set(1, { id: 1, priority: 1, action: { type: 'block' }, condition: {} });
    dnr.rules.set(1500, { id: 1500, priority: 1, action: { type: 'block' }, condition: {} });
    const second = make(storage, dnr);
    await second.m.sync();
    expect([...dnr.rules.keys()].sort((a, b) => a - b)).toEqual([1, 1000]);
  });

  it('spares functional hosts with an allow rule of its own id; the second choice drops both; undo removes every rule', async () => {
    const { m, dnr, storage } = make();
    const base = { key: 'google', name: 'Google', scope: 'site' as const, site: 'news.example', domains: ['google.com', 'google-analytics.com'] };
    const e = await m.add({ ...base, spared: ['accounts.google.com', 'www.google.com/recaptcha/'] });
    expect(e).toMatchObject({ ruleId: 1000, allowRuleId: 1001 });
    expect(dnr.rules.get(1000)?.condition.excludedRequestDomains).toEqual(['accounts.google.com']);
    expect(dnr.rules.get(1001)?.action).toEqual({ type: 'allow' });
    // Another block takes the next free id, past the allow rule.
    expect((await m.add({ key: 'criteo', name: 'Criteo', scope: 'everywhere', site: '', domains: ['criteo.com'] })).ruleId).toBe(1002);
    // Second choice: same block, nothing spared, the allow rule gone, the flag stored.
    const full = await m.add({ ...base, domains: ['google.com', 'google-analytics.com', 'recaptcha.net'], spared: [], functional: true });
    expect(full).toMatchObject({ ruleId: 1000, functional: true });
    expect(full.allowRuleId).toBeUndefined();
    expect([...dnr.rules.keys()].sort()).toEqual([1000, 1002]);
    expect(dnr.rules.get(1000)?.condition.excludedRequestDomains).toBeUndefined();
    expect(await m.forSite('news.example')).toMatchObject({ google: { scope: 'site', functional: true } });
    // Back to the default, then undo: one call removes the block and its allow rule.
    await m.add({ ...base, spared: ['www.google.com/recaptcha/'] });
    expect([...dnr.rules.keys()].sort()).toEqual([1000, 1002, 1003]);
    expect(await m.remove('google', 'site', 'news.example')).toBe(true);
    expect([...dnr.rules.keys()]).toEqual([1002]);
    expect((storage.data.blocks as unknown[]).length).toBe(1);
  });

  it('sync restores the allow rules from storage', async () => {
    const storage = fakeStorage();
    await make(storage).m.add({ key: 'google', name: 'Google', scope: 'everywhere', site: '', domains: ['google.com'], spared: ['www.google.com/recaptcha/'] });
    const dnr = fakeDnr();
    await make(storage, dnr).m.sync();
    expect([...dnr.rules.values()].map((r) => [r.id, r.action.type])).toEqual([[1000, 'block'], [1001, 'allow']]);
  });
});

describe('GpcController', () => {
  function fakeScripting() {
    const registered = new Map<string, RegisteredScript>();
    let rejectFallback = false;
    return {
      registered,
      rejectMatchOriginOnce: () => { rejectFallback = true; },
      api: {
        getRegisteredContentScripts: async (f?: { ids?: string[] }) => [...registered.values()].filter((s) => !f?.ids || f.ids.includes(s.id)),
        registerContentScripts: async (list: RegisteredScript[]) => {
          for (const s of list) {
            if (rejectFallback && s.matchOriginAsFallback) { rejectFallback = false; throw new Error('unknown property'); }
            if (registered.has(s.id)) throw new Error('duplicate');
            registered.set(s.id, s);
          }
        },
        unregisterContentScripts: async (f?: { ids?: string[] }) => { for (const id of f?.ids ?? []) registered.delete(id); },
      },
    };
  }

  it('registers the MAIN-world script in every frame with exceptions excluded, and removes it when off', async () => {
    const dnr = fakeDnr();
    const scripting = fakeScripting();
    const gpc = new GpcController({ dnr: dnr.api, scripting: scripting.api, scriptFile: 'content-scripts/gpc.js' });
    await gpc.apply({ gpcEnabled: true, gpcExceptions: ['news.example'] });
    await gpc.apply({ gpcEnabled: true, gpcExceptions: ['news.example'] });
    const s = scripting.registered.get('fineprint-gpc')!;
    expect(s).toMatchObject({ js: ['content-scripts/gpc.js'], world: 'MAIN', runAt: 'document_start', allFrames: true, matchOriginAsFallback: true });
    expect(s.excludeMatches).toEqual(['*://news.example/*', '*://*.news.example/*']);
    expect([...dnr.rules.keys()].sort()).toEqual([1, 2]);
    await gpc.apply({ gpcEnabled: false, gpcExceptions: [] });
    expect(scripting.registered.size).toBe(0);
    expect(dnr.rules.size).toBe(0);
  });

  it('applying the same settings twice never leaves a moment without the page script', async () => {
    const scripting = fakeScripting();
    const calls: string[] = [];
    const api = {
      ...scripting.api,
      unregisterContentScripts: async (f?: { ids?: string[] }) => { calls.push('unregister'); await scripting.api.unregisterContentScripts(f); },
      registerContentScripts: async (l: RegisteredScript[]) => { calls.push('register'); await scripting.api.registerContentScripts(l); },
    };
    const gpc = new GpcController({ dnr: fakeDnr().api, scripting: api, scriptFile: 'gpc.js' });
    const on = { gpcEnabled: true, gpcExceptions: ['b.example', 'a.example'] };
    void gpc.apply(on);
    void gpc.apply({ ...on, gpcExceptions: ['a.example', 'b.example'] });
    await gpc.settled();
    expect(calls).toEqual(['register']);
    expect(scripting.registered.has('fineprint-gpc')).toBe(true);
    await gpc.apply({ gpcEnabled: false, gpcExceptions: [] });
    expect(calls).toEqual(['register', 'unregister']);
  });

  it('settled() waits for an apply still in flight, and a failed apply is retried next time', async () => {
    const scripting = fakeScripting();
    let fail = true;
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const dnr = fakeDnr();
    const gpc = new GpcController({
      dnr: { updateDynamicRules: async (o) => { await gate; if (fail) { fail = false; throw new Error('quota'); } await dnr.api.updateDynamicRules(o); } },
      scripting: scripting.api, scriptFile: 'gpc.js',
    });
    const first = gpc.apply({ gpcEnabled: true, gpcExceptions: [] });
    let done = false;
    const waiting = gpc.settled().then(() => { done = true; });
    await Promise.resolve();
    expect(done).toBe(false);
    release();
    await expect(first).rejects.toThrow('quota');
    await waiting;
    expect(scripting.registered.size).toBe(0);
    await gpc.apply({ gpcEnabled: true, gpcExceptions: [] });
    expect(scripting.registered.size).toBe(1);
    expect(dnr.rules.size).toBe(2);
  });

  it('falls back to registering without matchOriginAsFallback where the browser rejects it', async () => {
    const scripting = fakeScripting();
    scripting.rejectMatchOriginOnce();
    const gpc = new GpcController({ dnr: fakeDnr().api, scripting: scripting.api, scriptFile: 'gpc.js' });
    await gpc.apply({ gpcEnabled: true, gpcExceptions: [] });
    expect(scripting.registered.get('fineprint-gpc')?.matchOriginAsFallback).toBeUndefined();
  });
});

describe('ConsentBridge', () => {
  const rules = { v: 1, s: [], r: [], index: { genericRuleRange: [0, 0], frameRuleRange: [0, 0], specificRuleRange: [0, 0], genericStringEnd: 0, frameStringEnd: 0 } };
  const make = (opts: { always?: boolean; frameReply?: unknown } = {}) => {
    const sent: { tabId: number; frameId: number; msg: unknown }[] = [];
    const session = fakeStorage();
    const ran: string[] = [];
    const bridge = new ConsentBridge({
      rules: () => rules as never,
      alwaysReject: async () => opts.always ?? false,
      session: session as never,
      sendToFrame: async (tabId, frameId, msg) => { sent.push({ tabId, frameId, msg }); return opts.frameReply; },
      runInFrame: async (_t, _f, fn) => { ran.push(fn.name); return true; },
      now: () => 42,
    });
    return { bridge, sent, ran };
  };
  const ctx = (frameId = 0) => ({ tabId: 7, frameId, url: 'https://shop.example/consent' });

  it('answers init with rules and "wait for the person" unless always-reject is on', async () => {
    const { bridge } = make();
    const r = await bridge.handle({ type: 'init', url: 'x' }, ctx()) as { type: string; config: { autoAction: unknown; enableCosmeticRules: boolean } };
    expect(r.type).toBe('initResp');
    expect(r.config.autoAction).toBeNull();
    expect(r.config.enableCosmeticRules).toBe(false);
    const always = await make({ always: true }).bridge.handle({ type: 'init', url: 'x' }, ctx()) as { config: { autoAction: unknown } };
    expect(always.config.autoAction).toBe('optOut');
  });

  it('runs only the library\'s named eval snippets', async () => {
    const { bridge, ran } = make();
    expect(await bridge.handle({ type: 'eval', id: '1', code: 'alert(1)', snippetId: 'nope' }, ctx())).toEqual({ type: 'evalResp', id: '1', result: false });
    expect(ran).toEqual([]);
    expect(await bridge.handle({ type: 'eval', id: '2', code: '', snippetId: 'EVAL_0' }, ctx())).toEqual({ type: 'evalResp', id: '2', result: true });
    expect(ran).toHaveLength(1);
  });

  it('remembers the frame that shows the banner and sends it optOut on reject', async () => {
    const { bridge, sent } = make({ frameReply: { ok: true, result: true } });
    expect(await bridge.reject(7)).toEqual({ ok: false, error: 'no-banner' });
    await bridge.handle({ type: 'popupFound', cmp: 'Complianz banner', url: 'x' }, ctx(3));
    expect(await bridge.banner(7)).toEqual({ cmp: 'Complianz banner', status: 'shown', time: 42 });
    expect(await bridge.reject(7)).toEqual({ ok: true });
    expect(sent).toEqual([{ tabId: 7, frameId: 3, msg: { type: 'autoconsent-command', msg: { type: 'optOut' } } }]);
    expect((await bridge.banner(7))?.status).toBe('rejected');
    await bridge.handle({ type: 'selfTestResult', cmp: 'Complianz banner', result: true, url: 'x' }, ctx(3));
    expect((await bridge.banner(7))?.status).toBe('verified');
    // A new top document forgets the old page's banner.
    await bridge.handle({ type: 'init', url: 'x' }, ctx(0));
    expect(await bridge.banner(7)).toBeNull();
  });

  it('reports a failed opt-out', async () => {
    const { bridge } = make({ frameReply: { ok: true, result: false } });
    await bridge.handle({ type: 'popupFound', cmp: 'c', url: 'x' }, ctx());
    expect(await bridge.reject(7)).toEqual({ ok: false, error: 'opt-out-failed' });
    expect((await bridge.banner(7))?.status).toBe('failed');
  });
});

describe('clearCookiesOf', () => {
  it('removes the organization\'s cookies (partitioned too, every store) and nothing else', async () => {
    const jar = [
      { name: '_ga', domain: '.google-analytics.com', path: '/', secure: true, storeId: '0' },
      { name: 'IDE', domain: 'ad.doubleclick.net', path: '/', secure: true, storeId: '0', partitionKey: { topLevelSite: 'https://news.example' } },
      { name: 'x', domain: 'notdoubleclick.net', path: '/', secure: false, storeId: '0' },
      { name: '_ga', domain: '.google-analytics.com', path: '/', secure: true, storeId: '1' },
    ];
    const removed: unknown[] = [];
    const api: CookiesApi = {
      getAllCookieStores: async () => [{ id: '0' }, { id: '1' }],
      // A lax fake: returns every cookie of the store regardless of the domain filter.
      getAll: async (d) => jar.filter((c) => c.storeId === d.storeId) as never,
      remove: async (d) => { removed.push(d); return d; },
    };
    expect(await clearCookiesOf(api, ['google-analytics.com', 'doubleclick.net'])).toBe(3);
    expect(removed).toContainEqual({ url: 'https://ad.doubleclick.net/', name: 'IDE', storeId: '0', partitionKey: { topLevelSite: 'https://news.example' } });
    expect(removed).toContainEqual({ url: 'https://google-analytics.com/', name: '_ga', storeId: '1' });
    expect(removed).not.toContainEqual(expect.objectContaining({ name: 'x' }));
  });
});
