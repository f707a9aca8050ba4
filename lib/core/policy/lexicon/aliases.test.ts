import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { ALIASES, BLOCKED_PHRASES } from './aliases.ts';
import { findAliases, normalizeAlias } from './matcher.ts';
import { CATEGORY_TERMS, DATA_TYPE_TERMS, PURPOSE_TERMS } from './terms.ts';

// The package does not export the JSON file, so read it from node_modules directly.
const dbUrl = new URL('../../../../node_modules/@ghostery/trackerdb/dist/trackerdb.json', import.meta.url);
const db = JSON.parse(readFileSync(dbUrl, 'utf8')) as {
  organizations: Record<string, { name: string }>;
};

const schema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['alias', 'org'],
    additionalProperties: false,
    properties: {
      alias: { type: 'string', minLength: 2, maxLength: 60 },
      org: { type: 'string', minLength: 1 },
      lang: { enum: ['en', 'zh'] },
      caseSensitive: { type: 'boolean' },
      requiresContext: { type: 'boolean' },
    },
  },
};

describe('alias lexicon (data)', () => {
  it('matches the schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(ALIASES), JSON.stringify(validate.errors)).toBe(true);
  });

  it('only uses organization keys that exist in TrackerDB', () => {
    const missing = ALIASES.filter((a) => !db.organizations[a.org]).map((a) => `${a.alias} → ${a.org}`);
    expect(missing).toEqual([]);
  });

  it('has no duplicate aliases (after case folding for case-insensitive ones)', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const a of ALIASES) {
      const key = a.caseSensitive ? `cs:${a.alias}` : `ci:${normalizeAlias(a.alias)}`;
      if (seen.has(key)) dups.push(a.alias);
      seen.set(key, a.org);
    }
    expect(dups).toEqual([]);
  });

  it('keeps normalisation consistent: aliases are trimmed, single-spaced', () => {
    for (const a of ALIASES) expect(a.alias).toBe(a.alias.trim().replace(/\s+/g, ' '));
  });

  it('never lists a blocked phrase as an alias', () => {
    const blocked = new Set(BLOCKED_PHRASES.map(normalizeAlias));
    expect(ALIASES.filter((a) => !a.caseSensitive && blocked.has(normalizeAlias(a.alias)))).toEqual([]);
  });

  it('rejects generic words as bare aliases', () => {
    for (const w of ['Branch', 'Just', 'Respond', 'Target', 'Apple', 'Visa', 'Chrome', 'Edge', 'Safari', 'Windows', 'Android', 'iOS', 'Mastercard', 'Amex']) {
      const entry = ALIASES.find((a) => normalizeAlias(a.alias) === normalizeAlias(w));
      expect(entry, w).toBeUndefined();
    }
  });

  it('every term pattern compiles and has no nested unbounded quantifier', () => {
    for (const t of [...DATA_TYPE_TERMS.flatMap((d) => [d.pattern, d.exclude ?? '']), ...CATEGORY_TERMS.map((c) => c.pattern), ...PURPOSE_TERMS.map((p) => p.pattern)]) {
      expect(() => new RegExp(t, 'i')).not.toThrow();
      expect(/\([^()]*[+*]\)[+*]/.test(t), t).toBe(false);
    }
  });
});

describe('compiled matcher', () => {
  it('prefers the longest alias and blocked product names', () => {
    const m = findAliases('We use Google Analytics in Google Chrome and Microsoft Internet Explorer.');
    expect(m.map((x) => [x.text, x.entry?.org ?? null])).toEqual([
      ['Google Analytics', 'google'], ['Google Chrome', null], ['Microsoft Internet Explorer', null],
    ]);
  });

  it('respects word boundaries for Latin and none for CJK', () => {
    expect(findAliases('Googlers and metadata')).toEqual([]);
    expect(findAliases('我们接入了百度统计和友盟').map((m) => m.entry?.org)).toEqual(['baidu', 'umeng']);
  });

  it('maps the Chinese names to TrackerDB keys', () => {
    const org = (s: string) => findAliases(s)[0]?.entry?.org;
    expect(org('百度统计')).toBe('baidu');
    expect(org('友盟+')).toBe('umeng');
    expect(org('巨量引擎')).toBe('bytedance_inc');
    expect(org('穿山甲')).toBe('bytedance_inc');
    expect(org('微信')).toBe('qq.com');
    expect(org('支付宝')).toBe('alibaba');
  });
});
