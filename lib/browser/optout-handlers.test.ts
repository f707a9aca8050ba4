/** The opt-out handlers' block / plan / cookie paths, over fakes of DNR, storage and cookies. */
import { describe, expect, it } from 'vitest';
import { createOptOutHandlers } from './optout-handlers';
import { BlockManager, type DnrApi } from './dnr';
import type { CookiesApi } from './cookie-cleaner';
import type { DnrRule } from '../core/optouts/rules';
import type { BlockResult, CookieClearResult, OptOutPlan } from '../core/optouts/types';
import type { HostStatRow } from '../store/db';

const row = (host: string, org: string, category: HostStatRow['category']): HostStatRow => ({
  key: `v1|${host}|p`, visitId: 'v1', site: 'news.example', host, domain: host.split('.').slice(-2).join('.'), thirdParty: true, org, orgName: org,
  category, pattern: 'p', count: 1, first: 0, last: 0, sampleUrls: [], types: {}, withCookies: 0, withGpc: 0, cookiesSet: [],
});

function setup() {
  const rules = new Map<number, DnrRule>();
  const dnr: DnrApi = {
    getDynamicRules: async () => [...rules.values()],
    updateDynamicRules: async ({ removeRuleIds = [], addRules = [] }) => { for (const id of removeRuleIds) rules.delete(id); for (const r of addRules) rules.set(r.id, r); },
  };
  const data: Record<string, unknown> = {};
  const storage = { get: async (k: string) => (k in data ? { [k]: structuredClone(data[k]) } : {}), set: async (o: Record<string, unknown>) => { Object.assign(data, structuredClone(o)); } };
  const blocks = new BlockManager(dnr, storage as never, { siteOfUrl: () => 'news.example' });
  const jar = [{ domain: '.google.com', name: 'SID' }, { domain: '.doubleclick.net', name: 'IDE' }, { domain: '.fonts.googleapis.com', name: 'x' }, { domain: '.criteo.com', name: 'uid' }];
  const cookies: CookiesApi = {
    getAll: async ({ domain }) => jar.filter((c) => c.domain.slice(1) === domain || c.domain.endsWith(`.${domain}`)).map((c) => ({ ...c, path: '/', secure: true, storeId: '0' }) as never),
    remove: async (d) => { const i = jar.findIndex((c) => c.name === (d as { name: string }).name); if (i >= 0) jar.splice(i, 1); return d; },
  };
  const handlers = createOptOutHandlers({
    blocks, cookies, gpc: { settled: async () => {} } as never, consent: {} as never,
    currentVisit: () => ({ visitId: 'v1', site: 'news.example' }),
    visitHosts: async () => [row('www.google-analytics.com', 'google', 'site_analytics'), row('accounts.google.com', 'google', 'utilities'),
      row('fonts.googleapis.com', 'google', 'hosting'), row('js.stripe.com', 'stripe', 'utilities')],
    organizationPatterns: (org) => (org === 'google' ? [{ category: 'advertising', domains: ['google.com', 'doubleclick.net'] }, { category: 'site_analytics', domains: ['google-analytics.com'] }, { category: 'hosting', domains: ['googleapis.com'] }]
      : org === 'stripe' ? [{ category: 'utilities', domains: ['stripe.com'] }] : []),
    organizationName: (org) => ({ google: 'Google', stripe: 'Stripe' })[org],
    readSettings: async () => ({}) as never, updateSettings: async () => ({}) as never, ready: Promise.resolve(),
  });
  return { handlers, rules, jar };
}

describe('opt-out handlers: say what they will do, then do exactly that', () => {
  it('plans Google: tracking blocked, sign-in spared, fonts/sign-in named for the second choice, sign-out named', async () => {
    const { handlers } = setup();
    const plan = await handlers.page({ type: 'optout-plan', tabId: 1, key: 'google' }) as OptOutPlan;
    expect(plan).toMatchObject({ key: 'google', name: 'Google', tracking: ['doubleclick.net', 'google-analytics.com', 'google.com'], signOuts: ['Google'] });
    // Under google.com sit sign-in, reCAPTCHA, Maps and Pay: the default block keeps them.
    expect(plan.keeps).toEqual(['sign-in', 'captcha', 'maps', 'payment']);
    expect(plan.breaks.map((b) => b.kind)).toEqual(['sign-in', 'captcha', 'fonts', 'maps', 'payment']);
  });

  it('blocks the tracking hosts by default and everything on the second choice', async () => {
    const { handlers, rules } = setup();
    const first = await handlers.page({ type: 'block-org', tabId: 1, key: 'google', scope: 'site' }) as BlockResult;
    expect(first).toMatchObject({ ok: true, domains: ['doubleclick.net', 'google-analytics.com', 'google.com'] });
    expect(first.spared).toEqual(expect.arrayContaining(['accounts.google.com', 'www.google.com/recaptcha/']));
    expect(rules.get(1000)?.condition).toMatchObject({ requestDomains: ['doubleclick.net', 'google-analytics.com', 'google.com'], excludedRequestDomains: expect.arrayContaining(['accounts.google.com']), initiatorDomains: ['news.example'] });
    expect(rules.get(1001)?.action).toEqual({ type: 'allow' });
    const second = await handlers.page({ type: 'block-org', tabId: 1, key: 'google', scope: 'site', functional: true }) as BlockResult;
    expect(second.domains).toEqual(['doubleclick.net', 'fonts.googleapis.com', 'google-analytics.com', 'google.com', 'maps.googleapis.com']);
    expect(rules.get(1000)?.condition.excludedRequestDomains).toBeUndefined();
    expect([...rules.keys()]).toEqual([1000]);
    expect(await handlers.blockedOn('news.example')).toEqual({ google: { scope: 'site', count: 0, functional: true } });
  });

  it('refuses a default block that would block nothing (Stripe has no tracking hosts): only the second choice can', async () => {
    const { handlers, rules } = setup();
    expect(await handlers.page({ type: 'block-org', tabId: 1, key: 'stripe', scope: 'everywhere' })).toEqual({ ok: false, error: 'only-functional' });
    expect(rules.size).toBe(0);
    expect(await handlers.page({ type: 'block-org', tabId: 1, key: 'stripe', scope: 'everywhere', functional: true })).toMatchObject({ ok: true, domains: ['stripe.com'] });
  });

  it('clears the cookies of every domain of the organization (the sign-out it named), no one else\'s', async () => {
    const { handlers, jar } = setup();
    const r = await handlers.page({ type: 'clear-org-cookies', tabId: 1, key: 'google' }) as CookieClearResult;
    expect(r.removed).toBe(3);
    expect(jar.map((c) => c.name)).toEqual(['uid']);
  });
});
