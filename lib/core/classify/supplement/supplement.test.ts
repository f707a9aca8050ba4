/**
 * The tracker supplement is data (GUIDE §3.6): every entry's shape, its sources, its category and organization
 * vocabulary, no duplicate domain — and every disagreement with TrackerDB reviewed in overrides.json.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTrackerClassifier, type TrackerClassifier } from '../trackers.ts';
import rawData from './cn-trackers.json';
import rawOverrides from './overrides.json';
import { CN_TRACKER_SUPPLEMENT, NEW_ORGANIZATION_KEYS, createSupplementIndex } from './index.ts';

const require = createRequire(import.meta.url);
const dist = require.resolve('@ghostery/trackerdb').replace(/dist[\\/]cjs[\\/]index\.js$/, 'dist/');
const trackerdb = JSON.parse(readFileSync(`${dist}trackerdb.json`, 'utf8')) as {
  categories: Record<string, unknown>; organizations: Record<string, unknown>; patterns: Record<string, unknown>;
};
const { data, overrides } = CN_TRACKER_SUPPLEMENT;

const HOST = '^(?=.{4,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$';
const sourceList = { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: '^[a-z0-9-]+$' } };
const httpsUrl = { type: 'string', pattern: '^https://[a-z0-9.-]+\\.[a-z]{2,}(/|$)' };
const dataSchema = {
  type: 'object', required: ['version', 'sources', 'organizations', 'patterns'], additionalProperties: false,
  properties: {
    $comment: { type: 'string' },
    version: { const: 1 },
    sources: { type: 'object', minProperties: 1, additionalProperties: {
      type: 'object', required: ['url', 'title'], additionalProperties: false,
      properties: { url: httpsUrl, title: { type: 'string', minLength: 10 } } } },
    organizations: { type: 'object', additionalProperties: {
      type: 'object', required: ['name', 'sources'], additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 2 }, description: { type: 'string' }, website_url: httpsUrl,
        country: { type: 'string', pattern: '^[A-Z]{2}$' }, privacy_policy_url: httpsUrl,
        privacy_contact: { type: 'string', pattern: '^(https://\\S+|[^\\s@]+@[^\\s@]+\\.[a-z]{2,})$' }, sources: sourceList,
      } } },
    patterns: { type: 'object', minProperties: 1, propertyNames: { pattern: '^[a-z0-9_]+$' }, additionalProperties: {
      type: 'object', required: ['name', 'category', 'organization', 'domains', 'sources'], additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 2 }, category: { type: 'string' },
        organization: { type: ['string', 'null'] },
        domains: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: HOST } },
        sources: sourceList,
      } } },
  },
};
const overridesSchema = {
  type: 'object', required: ['version', 'patterns', 'organizations'], additionalProperties: false,
  properties: {
    $comment: { type: 'string' },
    version: { const: 1 },
    patterns: { type: 'array', items: { type: 'object', required: ['pattern', 'replaces', 'reason', 'sources'], additionalProperties: false,
      properties: { pattern: { type: 'string' }, replaces: { type: 'array', minItems: 1, items: { type: 'string' } },
        reason: { type: 'string', minLength: 40 }, sources: sourceList } } },
    organizations: { type: 'array', items: { type: 'object', required: ['org', 'fields', 'reason', 'sources'], additionalProperties: false,
      properties: { org: { type: 'string' }, fields: { type: 'array', minItems: 1, items: { enum: ['name', 'description', 'website_url', 'country', 'privacy_policy_url', 'privacy_contact'] } },
        reason: { type: 'string', minLength: 40 }, sources: sourceList } } },
  },
};

const allDomains = () => Object.entries(data.patterns).flatMap(([key, p]) => p.domains.map((d) => ({ key, d })));

describe('tracker supplement (data)', () => {
  it('matches its schema: every pattern and organization has a name, a category, domains and sources', () => {
    const ajv = new Ajv({ allErrors: true });
    const v1 = ajv.compile(dataSchema);
    expect(v1(rawData), JSON.stringify(v1.errors, null, 1)).toBe(true);
    const v2 = ajv.compile(overridesSchema);
    expect(v2(rawOverrides), JSON.stringify(v2.errors, null, 1)).toBe(true);
  });

  it('cites only sources it lists, and uses every source it lists', () => {
    const cited = new Set([
      ...Object.values(data.patterns).flatMap((p) => p.sources),
      ...Object.values(data.organizations).flatMap((o) => o.sources),
      ...overrides.patterns.flatMap((o) => o.sources), ...overrides.organizations.flatMap((o) => o.sources),
    ]);
    expect([...cited].filter((s) => !Object.hasOwn(data.sources, s))).toEqual([]);
    expect(Object.keys(data.sources).filter((s) => !cited.has(s))).toEqual([]);
  });

  it('uses TrackerDB category keys', () => {
    const bad = Object.entries(data.patterns).filter(([, p]) => !Object.hasOwn(trackerdb.categories, p.category)).map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it('uses TrackerDB organization keys where TrackerDB has the company, otherwise the agreed new keys (ORGKEYS)', () => {
    const orgs = new Set(Object.values(data.patterns).map((p) => p.organization).filter((o): o is string => o !== null));
    const unknown = [...orgs].filter((o) => !Object.hasOwn(trackerdb.organizations, o) && !NEW_ORGANIZATION_KEYS.includes(o));
    expect(unknown).toEqual([]);
    // A new key is never used for a company TrackerDB already has, and every new company has its record.
    expect(NEW_ORGANIZATION_KEYS.filter((k) => Object.hasOwn(trackerdb.organizations, k))).toEqual([]);
    expect([...orgs].filter((o) => !Object.hasOwn(trackerdb.organizations, o) && !Object.hasOwn(data.organizations, o))).toEqual([]);
    // Tencent is TrackerDB's qq.com, ByteDance is bytedance_inc (the ORGKEYS decisions).
    expect(data.patterns.tencent_analytics.organization).toBe('qq.com');
    expect(data.patterns.volcengine_datafinder.organization).toBe('bytedance_inc');
  });

  it('has at least 100 domains and no duplicate domain; pattern keys never collide with TrackerDB patterns', () => {
    const domains = allDomains().map((x) => x.d);
    expect(domains.length).toBeGreaterThanOrEqual(100);
    expect(new Set(domains).size).toBe(domains.length);
    expect(Object.keys(data.patterns).filter((k) => Object.hasOwn(trackerdb.patterns, k))).toEqual([]);
  });

  it('covers the vendors the Chinese web uses', () => {
    const orgs = new Set(Object.values(data.patterns).map((p) => p.organization));
    for (const o of ['baidu', 'alibaba', 'qq.com', 'bytedance_inc', 'kuaishou', 'qihoo_360_technology', 'netease', 'sina', 'jing_dong',
      'meituan', 'xiaohongshu', 'umeng', 'growingio', 'sensors_data', 'zhuge', '51.la', 'jiguang', 'getui']) expect(orgs.has(o), o).toBe(true);
  });

  it('an organization record that redefines a TrackerDB organization is a reviewed override covering its fields', () => {
    for (const [key, o] of Object.entries(data.organizations)) {
      if (!Object.hasOwn(trackerdb.organizations, key)) continue;
      const review = overrides.organizations.find((r) => r.org === key);
      expect(review, key).toBeDefined();
      const fields = Object.keys(o).filter((f) => f !== 'sources');
      expect(fields.filter((f) => !review!.fields.includes(f)), key).toEqual([]);
    }
  });
});

describe('supplement vs TrackerDB: every disagreement is reviewed', () => {
  let trackerDbOnly: TrackerClassifier;
  beforeAll(async () => {
    trackerDbOnly = await createTrackerClassifier(new Uint8Array(readFileSync(`${dist}trackerdb.engine`)), { supplement: null });
  });
  const tdb = (d: string) => trackerDbOnly.classify({ url: `https://${d}/`, pageUrl: 'https://news.example.cn/', type: 'script', time: 0 });

  it('where TrackerDB names another organization or category, an override replacing that pattern says why', () => {
    const unreviewed: string[] = [];
    for (const { key, d } of allDomains()) {
      const p = data.patterns[key];
      const r = tdb(d);
      if (!r.pattern || (r.org === p.organization && r.category === p.category)) continue;
      const review = overrides.patterns.find((o) => o.pattern === key && o.replaces.includes(r.pattern!));
      if (!review) unreviewed.push(`${d}: supplement ${p.organization}/${p.category}, TrackerDB ${r.pattern} ${r.org}/${r.category}`);
    }
    expect(unreviewed).toEqual([]);
  });

  it('every override still replaces something TrackerDB says (no stale reviews)', () => {
    for (const o of overrides.patterns) {
      const p = data.patterns[o.pattern as keyof typeof data.patterns];
      expect(p, o.pattern).toBeDefined();
      const answered = new Set(p.domains.map((d) => tdb(d).pattern));
      for (const r of o.replaces) expect(answered.has(r), `${o.pattern} replaces ${r}`).toBe(true);
    }
  });

  it('the index finds the most specific listed domain for a host and its subdomains', () => {
    const index = createSupplementIndex(CN_TRACKER_SUPPLEMENT);
    expect(index.lookup('log.mmstat.com')).toBe('alibaba_aplus');
    expect(index.lookup('mmstat.com')).toBe('alibaba_aplus');
    expect(index.lookup('pingjs.qq.com')).toBe('tencent_analytics');
    expect(index.lookup('www.qq.com')).toBeNull();
    expect(index.lookup('notmmstat.com')).toBeNull();
    expect(index.removedDomains('markmonitor')?.has('mmstat.com')).toBe(true);
  });
});
