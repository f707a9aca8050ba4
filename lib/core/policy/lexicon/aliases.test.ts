import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { BLOCKED_PHRASES, HAND_ALIASES, PRODUCT_CATEGORY } from './aliases.ts';
import { lexiconEntries } from './lexicon.ts';
import { NEW_ORGANIZATION_KEYS } from '../../classify/supplement/index.ts';
import generatedRows from './generated.json';
import { commonWords, generate, loadDb, policyWords, render, sameCompanyGroups } from '../../../../scripts/gen-lexicon.ts';
import { namedOrgs } from '../../../../tests/support/policy-sentences.ts';
import { findAliases, normalizeAlias } from './matcher.ts';
import { CATEGORY_TERMS, DATA_ACTION, DATA_TYPE_TERMS, PURPOSE_TERMS, UNNAMED_RECIPIENT } from './terms.ts';

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
      context: { enum: ['cues', 'company', 'company-strict'] },
      product: { type: 'string' },
      source: { enum: ['hand', 'generated', 'names'] },
    },
  },
};

describe('alias lexicon (data)', () => {
  it('matches the schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(HAND_ALIASES), JSON.stringify(validate.errors)).toBe(true);
  });

  it('only uses organization keys that exist in TrackerDB or the agreed supplement keys', () => {
    const missing = lexiconEntries().filter((a) => !db.organizations[a.org] && !NEW_ORGANIZATION_KEYS.includes(a.org)).map((a) => `${a.alias} → ${a.org}`);
    expect(missing).toEqual([]);
  });

  it('has no duplicate aliases (after case folding for case-insensitive ones)', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const a of HAND_ALIASES) {
      const key = a.caseSensitive ? `cs:${a.alias}` : `ci:${normalizeAlias(a.alias)}`;
      if (seen.has(key)) dups.push(a.alias);
      seen.set(key, a.org);
    }
    expect(dups).toEqual([]);
  });

  it('keeps normalisation consistent: aliases are trimmed, single-spaced', () => {
    for (const a of HAND_ALIASES) expect(a.alias).toBe(a.alias.trim().replace(/\s+/g, ' '));
  });

  it('never lists a blocked phrase as an alias', () => {
    const blocked = new Set(BLOCKED_PHRASES.map(normalizeAlias));
    expect(HAND_ALIASES.filter((a) => !a.caseSensitive && blocked.has(normalizeAlias(a.alias)))).toEqual([]);
  });

  it('rejects generic words as bare aliases', () => {
    for (const w of ['Branch', 'Just', 'Respond', 'Target', 'Apple', 'Visa', 'Chrome', 'Edge', 'Safari', 'Windows', 'Android', 'iOS', 'Mastercard', 'Amex']) {
      const entry = lexiconEntries().find((a) => !a.caseSensitive && !a.context && normalizeAlias(a.alias) === normalizeAlias(w));
      expect(entry, w).toBeUndefined();
    }
  });

  it('is generated from the current TrackerDB (run `npm run gen:lexicon` after updating it)', () => {
    const fresh = render(generate(loadDb(), commonWords()));
    expect(fresh).toBe(readFileSync(new URL('./generated.json', import.meta.url), 'utf8'));
    expect(generatedRows.length).toBeGreaterThan(3000);
  });

  it('a one-word company name that policies use as a word ("heatmap", "retargeting") needs a company context', () => {
    expect(policyWords()).toContain('heatmap');
    const rows = generate(loadDb(), commonWords());
    expect(rows.find((r) => r[0] === 'Heatmap')?.[2]).toBe(7);
    // A multi-word name is still a name, though "analytics" is such a word.
    expect(rows.find((r) => r[0] === 'Fathom Analytics')?.[2]).toBe(0);
    expect(namedOrgs('Heatmap service (external) – records where visitors click on our landing pages.')).not.toContain('heatmap');
    expect(namedOrgs('We use Heatmap, Inc. to record where visitors click.')).toContain('heatmap');
  });

  it('knows which TrackerDB keys are one company: the same name and web site, not the same name alone', () => {
    const groups = sameCompanyGroups(loadDb());
    expect(`${JSON.stringify(groups)}\n`).toBe(readFileSync(new URL('./same-company.json', import.meta.url), 'utf8'));
    expect(groups).toContainEqual(['neustar', 'transunion']);
    expect(groups).toContainEqual(['the_trade_desk', 'thetradedesk']);
    // A brand whose own TrackerDB pattern is filed under its new owner joins the owner, which stands for the group.
    expect(groups).toContainEqual(['equativ', 'smart_adserver']);
    expect(groups).toContainEqual(['outbrain', 'teads', 'zemanta']);
    expect(groups).toContainEqual(['microsoft', 'appnexus']);
    // Web-Stat, Web.STAT and WebSTAT share a name once punctuation goes, but each has its own site.
    expect(groups.flat()).not.toContain('webstat');
  });

  it('covers every TrackerDB organization that has a usable name', () => {
    const orgs = new Set(lexiconEntries().map((e) => e.org));
    const missing = Object.keys(db.organizations).filter((k) => !orgs.has(k));
    // Left out only: names of ≤ 2 letters, digits-only names, and names that are a domain.
    expect(missing.length / Object.keys(db.organizations).length).toBeLessThan(0.05);
  });

  it('marks dictionary-word names as ambiguous and product names with their category', () => {
    const e = (alias: string) => lexiconEntries().find((x) => x.alias === alias);
    // A dictionary word is never a bare alias: either left out ("United Inc." keeps its suffix) or
    // it needs a company context ("Global" next to "Inc." or in a list of companies).
    for (const w of ['United', 'Cloud', 'Global', 'Respond', 'News', 'Advertising']) expect(e(w) === undefined || e(w)?.context === 'company-strict', w).toBe(true);
    expect(lexiconEntries().find((x) => x.alias.startsWith('United Inc'))?.org).toBe('united_inc');
    expect(e('Google Fonts')?.product).toBe('hosting');
    expect(e('reCAPTCHA')?.product).toBe('utilities');
    expect(e('YouTube')?.product).toBe('audio_video_player');
    expect(e('AWS')?.product).toBe('hosting');
    expect(e('Google')?.product).toBeUndefined();
    expect(e('Chartbeat') ?? e('ChartBeat')).toBeDefined();
    const all = new Set(lexiconEntries().map((a) => a.alias));
    for (const alias of Object.keys(PRODUCT_CATEGORY)) expect(all.has(alias), alias).toBe(true);
  });

  it('every term pattern compiles and has no nested unbounded quantifier', () => {
    for (const t of [...DATA_TYPE_TERMS.flatMap((d) => [d.pattern, d.exclude ?? '']), ...CATEGORY_TERMS.flatMap((c) => [c.pattern, c.purpose ?? ""]), ...PURPOSE_TERMS.map((p) => p.pattern), UNNAMED_RECIPIENT, DATA_ACTION]) {
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

  it('keeps the boundary rules of the trie walk: "@", hyphens, cookie names, case folding', () => {
    const found = (s: string) => findAliases(s).map((m) => [m.text, m.entry?.org ?? null]);
    // An address or a handle is not the company ("user@google.com", "@Hotjar").
    expect(found('user@google.com and @Hotjar')).toEqual([]);
    // A hyphen before a capital ends the name ("Criteo-Pixel"); one before a digit or a slash continues the word.
    expect(found('Criteo-Pixel')).toEqual([['Criteo', 'criteo']]);
    expect(found('criteo-1 and Meta-/Kommunikationsdaten')).toEqual([]);
    // A cookie name is matched as written; a lower-case letter after its hyphen continues it, a capital does not.
    expect(found('the _ga cookie, _ga-x and _ga-X')).toEqual([['_ga', 'google'], ['_ga', 'google']]);
    // Case folding never changes where a match starts: "İ" lower-cases to two characters and is no "i".
    expect(found('İnstagram and INSTAGRAM')).toEqual([['INSTAGRAM', 'facebook']]);
    // A Chinese name needs no boundary after Latin letters.
    expect(found('xyz极光')).toEqual([['极光', 'jiguang']]);
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
