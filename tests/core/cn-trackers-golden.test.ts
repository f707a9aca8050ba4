/**
 * Tracker URLs of Chinese sites land on the right organization through the CLI's `analyze` command (the same
 * lib/core pipeline the extension runs): a hand-written HAR (tests/fixtures/har-cn) with endpoints of every
 * vendor the tracker supplement covers, each host paired with its expected organization key. Never "unknown",
 * never another company.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAnalyzeCommand } from '../../scripts/cli/analyze.ts';
import type { SiteAnalysis } from '../../lib/core/types.ts';

const HAR = 'tests/fixtures/har-cn/chinese-news.har';
const expected = JSON.parse(readFileSync('tests/fixtures/har-cn/chinese-news.expected.json', 'utf8')) as {
  site: string; hosts: Record<string, string>;
};

let result: SiteAnalysis;
beforeAll(async () => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAnalyzeCommand(['--har', HAR, '--json'], (l) => out.push(l), (l) => err.push(l));
  expect(err).toEqual([]);
  expect(code).toBe(0);
  result = JSON.parse(out.join('\n')) as SiteAnalysis;
});

describe('Chinese trackers through `analyze`', () => {
  it('every tracker host lands on its expected organization', () => {
    expect(result.site).toBe(expected.site);
    const orgOfHost = new Map<string, string | null>();
    for (const o of result.organizations) for (const h of o.hosts) orgOfHost.set(h, o.org);
    const wrong = Object.entries(expected.hosts)
      .filter(([host, org]) => orgOfHost.get(host) !== org)
      .map(([host, org]) => `${host}: expected ${org}, got ${orgOfHost.has(host) ? orgOfHost.get(host) : 'nothing'}`);
    expect(wrong).toEqual([]);
  });

  it('no third party is left unknown, and no organization has a host of another company', () => {
    expect(result.organizations.filter((o) => o.org === null || o.category === 'unknown').map((o) => o.name)).toEqual([]);
    for (const o of result.organizations) for (const h of o.hosts) expect(expected.hosts[h], `${h} under ${o.org}`).toBe(o.org);
  });

  it('covers the vendors of the issue, with their names and categories', () => {
    const orgs = new Set(result.organizations.map((o) => o.org));
    for (const o of ['baidu', 'alibaba', 'qq.com', 'bytedance_inc', 'kuaishou', 'qihoo_360_technology', 'netease', 'sina', 'jing_dong', 'meituan',
      'xiaohongshu', 'umeng', 'growingio', 'sensors_data', 'zhuge', '51.la', 'jiguang', 'getui']) expect(orgs.has(o), o).toBe(true);
    const tencent = result.organizations.find((o) => o.org === 'qq.com')!;
    expect(tencent).toMatchObject({ name: 'Tencent', category: 'site_analytics' });
    expect(result.organizations.find((o) => o.org === 'alibaba')?.name).toBe('Alibaba');
    expect(result.organizations.some((o) => o.org === 'markmonitor')).toBe(false);
  });
});
