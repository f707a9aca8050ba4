/** Schema check of the curated opt-out data (GUIDE §3.6: data as data, validated). */
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import raw from './vendor-optouts.json';
import { industryOptOuts, isOpenableUrl, siteOptOutLinks, vendorOptOuts } from './vendor-optouts';

const require = createRequire(import.meta.url);
// The package does not export its JSON; read it next to its resolved entry point.
const trackerdb = JSON.parse(readFileSync(require.resolve('@ghostery/trackerdb').replace(/dist[\\/]cjs[\\/]index\.js$/, 'dist/trackerdb.json'), 'utf8')) as { organizations: Record<string, unknown> };

const label = { type: 'object', required: ['en', 'zh_CN'], additionalProperties: false,
  properties: { en: { type: 'string', minLength: 3 }, zh_CN: { type: 'string', minLength: 2 } } };
const httpsUrl = { type: 'string', pattern: '^https://[a-z0-9.-]+\\.[a-z]{2,}(/|$)' };
const schema = {
  type: 'object', required: ['version', 'organizations', 'industry'], additionalProperties: false,
  properties: {
    $comment: { type: 'string' },
    version: { const: 1 },
    organizations: { type: 'object', additionalProperties: { type: 'array', minItems: 1, items: {
      type: 'object', required: ['kind', 'url', 'label'], additionalProperties: false,
      properties: { kind: { enum: ['ad-settings', 'opt-out', 'browser-add-on', 'activity', 'policy-section', 'privacy-centre'] }, url: httpsUrl, label } } } },
    industry: { type: 'array', minItems: 3, items: { type: 'object', required: ['key', 'url', 'region', 'label'], additionalProperties: false,
      properties: { key: { type: 'string' }, url: httpsUrl, region: { enum: ['US', 'EU', 'CA', 'global'] }, label } } },
  },
};

describe('vendor-optouts.json', () => {
  it('matches its schema (https URLs, both languages)', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(raw), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('uses only organization keys that exist in TrackerDB', () => {
    const unknown = Object.keys(raw.organizations).filter((k) => !Object.hasOwn(trackerdb.organizations, k));
    expect(unknown).toEqual([]);
  });

  it('covers the big advertising companies and the industry tools the popup promises', () => {
    for (const k of ['google', 'facebook', 'microsoft', 'amazon_associates', 'criteo', 'quantcast', 'taboola', 'outbrain', 'yahoo',
      'oracle', 'adobe', 'twitter', 'pinterest', 'bytedance_inc', 'baidu']) expect(vendorOptOuts(k).length, k).toBeGreaterThan(0);
    expect(vendorOptOuts('google').map((l) => l.url)).toContain('https://tools.google.com/dlpage/gaoptout');
    expect(industryOptOuts().map((i) => i.url)).toEqual(expect.arrayContaining(['https://optout.aboutads.info/', 'https://optout.networkadvertising.org/', 'https://www.youronlinechoices.com/']));
    expect(vendorOptOuts('domain:tracksy-metrics.example')).toEqual([]);
    expect(vendorOptOuts('constructor')).toEqual([]);
  });

  it('has no duplicate URL within an organization', () => {
    for (const [k, links] of Object.entries(raw.organizations)) expect(new Set(links.map((l) => l.url)).size, k).toBe(links.length);
  });
});

describe('site opt-out links', () => {
  const ev = { text: 't', start: 0, end: 1 };
  it('keeps only http(s) links, most useful first, one per URL', () => {
    const links = siteOptOutLinks([
      { kind: 'cookie-settings', url: 'https://shop.example/cookies', text: 'Cookie settings', evidence: ev },
      { kind: 'do-not-sell', url: 'https://shop.example/dns', text: 'Do Not Sell or Share', evidence: ev },
      { kind: 'other', url: 'javascript:alert(1)', text: 'x', evidence: ev },
      { kind: 'email', email: 'privacy@shop.example', text: 'mail us', evidence: ev },
      { kind: 'privacy-choices', url: 'https://shop.example/dns', text: 'Your Privacy Choices', evidence: ev },
    ]);
    expect(links.map((l) => l.url)).toEqual(['https://shop.example/dns', 'https://shop.example/cookies']);
    expect(isOpenableUrl('data:text/html,hi')).toBe(false);
  });
});
