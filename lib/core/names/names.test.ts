/** Company names data (GUIDE §3.6: data as data, validated) and the one display-name lookup. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { CN_TRACKER_SUPPLEMENT, NEW_ORGANIZATION_KEYS } from '../classify/supplement/index.ts';
import { generateHistory } from '../../../tests/support/generate-history.ts';
import { buildReportModel } from '../report/model.ts';
import type { TabReport } from '../types.ts';
import { localizeReportModel, localizeTabReport } from '../report/localize.ts';
import { CHINESE_BRAND_ALIASES, ORGANIZATION_NAMES, displayName, legalName, lexiconAliases } from './index.ts';

const require = createRequire(import.meta.url);
const trackerdb = JSON.parse(readFileSync(require.resolve('@ghostery/trackerdb').replace(/dist[\\/]cjs[\\/]index\.js$/, 'dist/trackerdb.json'), 'utf8')) as {
  organizations: Record<string, { name: string }>;
};
const knownKey = (k: string) => Object.hasOwn(trackerdb.organizations, k) || NEW_ORGANIZATION_KEYS.includes(k);
const CJK = /[\u3400-\u9fff]/;

describe('organization names (data)', () => {
  it('matches its schema and uses TrackerDB or ORGKEYS organization keys', () => {
    const name = { type: 'string', minLength: 2, maxLength: 80 };
    const validate = new Ajv({ allErrors: true }).compile({
      type: 'object', additionalProperties: {
        type: 'object', required: ['en', 'zh'], additionalProperties: false,
        properties: { en: name, zh: name, legal: { type: 'object', minProperties: 1, additionalProperties: false, properties: { en: name, zh: name } } },
      },
    });
    expect(validate(ORGANIZATION_NAMES), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(ORGANIZATION_NAMES).filter((k) => !knownKey(k))).toEqual([]);
  });

  it('Chinese legal entities are written in Chinese; every company the tracker supplement names has names', () => {
    for (const [k, n] of Object.entries(ORGANIZATION_NAMES)) if (n.legal?.zh) expect(n.legal.zh, k).toMatch(CJK);
    const orgs = new Set(Object.values(CN_TRACKER_SUPPLEMENT.data.patterns).map((p) => p.organization).filter((o): o is string => !!o));
    expect([...orgs].filter((o) => !Object.hasOwn(ORGANIZATION_NAMES, o))).toEqual([]);
  });

  it('has the major companies a Chinese reader looks for', () => {
    const zh = (k: string) => ORGANIZATION_NAMES[k].zh;
    expect([zh('google'), zh('microsoft'), zh('amazon_associates'), zh('apple'), zh('baidu'), zh('bytedance_inc'), zh('qq.com'), zh('alibaba'), zh('umeng')])
      .toEqual(['谷歌', '微软', '亚马逊', '苹果', '百度', '字节跳动', '腾讯', '阿里巴巴', '友盟+']);
    expect(ORGANIZATION_NAMES.facebook.en).toBe('Meta');
  });
});

describe('brand aliases (data for the policy lexicon)', () => {
  it('use known organization keys, no alias names two companies, no duplicate entry', () => {
    expect(CHINESE_BRAND_ALIASES.filter((a) => !knownKey(a.org)).map((a) => a.alias)).toEqual([]);
    const byAlias = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of lexiconAliases()) {
      const k = a.alias.toLowerCase();
      if (byAlias.has(k) && byAlias.get(k) !== a.org) clashes.push(`${a.alias}: ${byAlias.get(k)} / ${a.org}`);
      byAlias.set(k, a.org);
    }
    expect(clashes).toEqual([]);
    const keys = CHINESE_BRAND_ALIASES.map((a) => `${a.alias.toLowerCase()}|${a.org}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('map the Chinese brands to their company', () => {
    const org = (alias: string) => CHINESE_BRAND_ALIASES.find((a) => a.alias === alias)?.org;
    expect([org('支付宝'), org('高德'), org('穿山甲'), org('巨量引擎'), org('优量汇'), org('极光'), org('个推'), org('新浪微博')])
      .toEqual(['alibaba', 'alibaba', 'bytedance_inc', 'bytedance_inc', 'qq.com', 'jiguang', 'getui', 'sina']);
    expect(CHINESE_BRAND_ALIASES.find((a) => a.alias === '支付宝')?.lang).toBe('zh');
  });

  it('lexiconAliases adds display and legal names; one-word Latin names and ambiguous Chinese words need context', () => {
    const all = lexiconAliases();
    expect(all).toContainEqual({ alias: '深圳市腾讯计算机系统有限公司', org: 'qq.com', lang: 'zh' });
    expect(all).toContainEqual({ alias: 'Meta', org: 'facebook', lang: 'en', caseSensitive: true, requiresContext: true });
    expect(all.find((a) => a.alias === '苹果')).toMatchObject({ org: 'apple', requiresContext: true });
  });
});

describe('displayName / legalName', () => {
  it('names a known company in the reader\'s language and keeps the recorded name otherwise', () => {
    expect(displayName('qq.com', 'QQ.com', 'zh-CN')).toBe('腾讯');
    expect(displayName('qq.com', 'QQ.com', 'zh_CN')).toBe('腾讯');
    expect(displayName('qq.com', 'QQ.com', 'en')).toBe('Tencent');
    expect(displayName('bytedance_inc', 'ByteDance Inc', 'zh')).toBe('字节跳动');
    expect(displayName('some_small_vendor', 'Small Vendor', 'zh-CN')).toBe('Small Vendor');
    expect(displayName(null, 'tracker.example.cn', 'zh-CN')).toBe('tracker.example.cn');
    expect(displayName('constructor', 'x', 'zh-CN')).toBe('x');
  });

  it('gives the legal entity for letters, in the letter\'s language where we have it', () => {
    expect(legalName('qq.com', 'zh_CN')).toBe('深圳市腾讯计算机系统有限公司');
    expect(legalName('qq.com', 'en')).toBe('Shenzhen Tencent Computer Systems Co., Ltd.');
    expect(legalName('google', 'zh_CN')).toBe('Google LLC');
    expect(legalName('meizu', 'zh_CN')).toBeUndefined();
    expect(legalName(null, 'en')).toBeUndefined();
  });
});

describe('localizing reports', () => {
  it('renames organizations and consent findings of a tab report, keeping keys and unknown parties', () => {
    const report = {
      site: 'news.example.cn', organizations: [
        { org: 'baidu', name: 'Baidu', category: 'site_analytics', requests: 1, hosts: ['hm.baidu.com'], verdict: null, evidence: null },
        { org: null, name: 'unknown-cdn.cn', category: 'unknown', requests: 1, hosts: ['x.unknown-cdn.cn'], verdict: null, evidence: null },
      ],
      consent: [{ moment: 'before-consent', org: 'qq.com', name: 'QQ.com', host: 'pingjs.qq.com', requestTime: 1, consentTime: null }],
      details: { baidu: { key: 'baidu', info: { key: 'baidu', name: 'Baidu' }, sampleUrls: [], dataTypes: [], consent: [] } },
    } as unknown as TabReport;
    const zh = localizeTabReport(report, 'zh-CN');
    expect(zh.organizations.map((o) => o.name)).toEqual(['百度', 'unknown-cdn.cn']);
    expect(zh.consent[0].name).toBe('腾讯');
    expect(zh.details.baidu.info?.name).toBe('百度');
    expect(report.organizations[0].name).toBe('Baidu');
  });

  it('renames every organization of a report model', () => {
    const model = buildReportModel(generateHistory(5));
    const zh = localizeReportModel(model, 'zh-CN');
    const google = zh.organizations.find((o) => o.org === 'google');
    expect(google?.name).toBe('谷歌');
    expect(zh.sites.flatMap((s) => s.organizations).filter((o) => o.org === 'google').every((o) => o.name === '谷歌')).toBe(true);
    expect(zh.organizations.map((o) => o.key)).toEqual(model.organizations.map((o) => o.key));
  });
});
