import { readFileSync, readdirSync } from 'node:fs';
import loadTrackerDBEngine from '@ghostery/trackerdb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Observation, RequestType } from '../types.ts';
import { observationsFromHar } from './har.ts';
import { createTrackerClassifier, mapCategory, type TrackerClassifier } from './trackers.ts';

const ENGINE = 'node_modules/@ghostery/trackerdb/dist/trackerdb.engine';
const FIXTURES = 'tests/fixtures/har';
const engineBytes = () => new Uint8Array(readFileSync(ENGINE));
const req = (url: string, pageUrl = 'https://www.example-news.com/', type: RequestType = 'script'): Observation => ({ url, pageUrl, type, time: 0 });

let c: TrackerClassifier;
beforeAll(async () => {
  c = await createTrackerClassifier(engineBytes());
});

describe('createTrackerClassifier', () => {
  it('classifies a known tracker by URL pattern', () => {
    expect(c.classify(req('https://www.google-analytics.com/collect?v=1&t=pageview'))).toEqual({
      host: 'www.google-analytics.com', domain: 'google-analytics.com', siteDomain: 'example-news.com', thirdParty: true,
      org: 'google', orgName: 'Google', category: 'site_analytics', pattern: 'google_analytics',
    });
  });

  it('falls back to the domain-level entry when no filter matches the path', () => {
    const r = c.classify(req('https://connect.facebook.net/some/unlisted/path.txt', undefined, 'image'));
    expect(r).toMatchObject({ org: 'facebook', orgName: 'Meta', thirdParty: true });
  });

  it('unknown third parties: org null, name = registrable domain, category unknown', () => {
    expect(c.classify(req('https://static.some-unknown-cdn-xyz.io/a.js'))).toMatchObject({
      org: null, orgName: 'some-unknown-cdn-xyz.io', category: 'unknown', pattern: null, thirdParty: true,
    });
  });

  it('first-party requests are marked first party', () => {
    const r = c.classify(req('https://cdn.example-news.com/app.js'));
    expect(r).toMatchObject({ thirdParty: false, org: null, orgName: 'example-news.com', category: 'unknown' });
    expect(c.classify(req('https://www.google.com/', 'https://www.google.com/', 'main_frame')).thirdParty).toBe(false);
  });

  it('host-less URLs do not throw', () => {
    expect(c.classify(req('data:image/gif;base64,R0lGOD', undefined, 'image'))).toMatchObject({ host: '', thirdParty: false, org: null });
  });

  it('answers exactly like the reference getPatternMetadata on every fixture request (TrackerDB alone)', async () => {
    const ref = await loadTrackerDBEngine(engineBytes());
    // The supplement is tested on its own (supplement/supplement.test.ts); here the fast path is compared
    // with the adblocker's reference answer, so the classifier runs on TrackerDB alone.
    const c = await createTrackerClassifier(engineBytes(), { supplement: null });
    let n = 0;
    for (const f of readdirSync(FIXTURES).filter((x) => x.endsWith('.har'))) {
      for (const o of observationsFromHar(JSON.parse(readFileSync(`${FIXTURES}/${f}`, 'utf8')))) {
        for (const type of [o.type, 'xmlhttprequest', 'sub_frame'] as RequestType[]) {
          const expected = ref.matchUrl({ url: o.url, type: type as never, sourceUrl: o.pageUrl })[0];
          expect(c.classify({ ...o, type }).pattern, `${type} ${o.url}`).toBe(expected?.pattern.key ?? null);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(1000);
  });

  // One company under two TrackerDB keys (TransUnion is `neustar` and `transunion`; The Trade Desk is `the_trade_desk` and
  // `thetradedesk`) is one row in the popup and the report, one verdict and one opt-out.
  it('files one company under two TrackerDB keys under one key and one name', () => {
    expect(c.classify(req('https://prod.uidapi.com/v2/token'))).toMatchObject({ org: 'the_trade_desk', orgName: 'The Trade Desk', pattern: 'unifiedid' });
    expect(c.classify(req('https://js.adsrvr.org/up_loader.1.1.0.js'))).toMatchObject({ org: 'the_trade_desk', orgName: 'The Trade Desk' });
    expect(c.classify(req('https://nebula-cdn.kampyle.com/wu/1/onsite/embed.js'))).toMatchObject({ org: 'decibel_insight', orgName: 'Medallia' });
    // Blocking the company blocks both keys' patterns.
    expect(c.organizationPatterns('the_trade_desk').map((p) => p.key)).toEqual(expect.arrayContaining(['tradedesk', 'unifiedid']));
  });

  it('organization and pattern info', () => {
    expect(c.organizationInfo('google')).toMatchObject({
      key: 'google', name: 'Google', country: 'US', privacyPolicyUrl: 'https://policies.google.com/privacy', websiteUrl: 'https://www.google.com',
    });
    expect(c.organizationInfo('no-such-org')).toBeUndefined();
    expect(c.patternInfo('google_analytics')).toMatchObject({ name: 'Google Analytics', category: 'site_analytics', org: 'google' });
    expect(c.patternInfo('google_analytics')!.domains).toContain('google-analytics.com');
    const all = c.allOrganizations();
    expect(all.length).toBeGreaterThan(2000);
    expect(new Set(all.map((o) => o.key)).size).toBe(all.length);
  });

  it('maps TrackerDB categories to the GUIDE vocabulary', () => {
    expect(mapCategory('pornvertising')).toBe('adult_advertising');
    expect(mapCategory('site_analytics')).toBe('site_analytics');
    expect(mapCategory('something-new')).toBe('misc');
  });

  it('reports load time and rejects non-TrackerDB bytes', async () => {
    expect(c.stats.loadMs).toBeGreaterThan(0);
    await expect(createTrackerClassifier(new Uint8Array([1, 2, 3]))).rejects.toThrow();
  });

  it('results do not depend on cache state (same answers cold and warm, tiny cache)', async () => {
    const small = await createTrackerClassifier(engineBytes(), { cacheSize: 2 });
    const urls = ['https://connect.facebook.net/x', 'https://a.doubleclick.net/y', 'https://unknown-abc.org/z', 'https://connect.facebook.net/x'];
    const cold = urls.map((u) => small.classify(req(u)));
    const warm = urls.map((u) => small.classify(req(u)));
    expect(warm).toEqual(cold);
    expect(cold).toEqual(urls.map((u) => c.classify(req(u))));
  });
});

describe('the Chinese-web supplement in the classifier', () => {
  const cn = (url: string) => c.classify(req(url, 'https://news.example.cn/'));

  it('names Tencent analytics as Tencent site analytics, not "QQ.com"/misc', () => {
    expect(cn('https://pingjs.qq.com/h5/stats.js?v2.0.4')).toMatchObject({ org: 'qq.com', orgName: 'Tencent', category: 'site_analytics', pattern: 'tencent_analytics' });
    // The rest of qq.com keeps TrackerDB's pattern, under the company's real name.
    expect(cn('https://www.qq.com/')).toMatchObject({ org: 'qq.com', orgName: 'Tencent', pattern: 'qq.com' });
  });

  it('attributes mmstat.com to Alibaba (reviewed override of MarkMonitor) and Volcengine hosts to ByteDance', () => {
    expect(cn('https://log.mmstat.com/v.gif?logtype=1')).toMatchObject({ org: 'alibaba', orgName: 'Alibaba', category: 'site_analytics' });
    expect(cn('https://gator.volces.com/list')).toMatchObject({ org: 'bytedance_inc', category: 'site_analytics', pattern: 'volcengine_datafinder' });
    expect(cn('https://hm.baidu.com/hm.gif?si=1')).toMatchObject({ org: 'baidu', category: 'site_analytics', pattern: 'baidu_tongji' });
    // TrackerDB still answers for Baidu's ad hosts.
    expect(cn('https://cpro.baidu.com/cpro/ui/c.js')).toMatchObject({ org: 'baidu', category: 'advertising', pattern: 'baidu_ads' });
  });

  it('new organizations have records; blocking acts on supplement patterns and no longer on overridden domains', () => {
    expect(c.organizationInfo('getui')).toMatchObject({ key: 'getui', name: 'Getui', country: 'CN' });
    expect(c.organizationInfo('qq.com')).toMatchObject({ name: 'Tencent', privacyContact: 'Dataprivacy@tencent.com' });
    expect(c.allOrganizations().some((o) => o.key === 'jiguang')).toBe(true);
    expect(c.organizationPatterns('markmonitor').flatMap((p) => p.domains)).not.toContain('mmstat.com');
    expect(c.organizationPatterns('alibaba').flatMap((p) => p.domains)).toContain('mmstat.com');
    expect(c.patternInfo('getui_push')).toMatchObject({ org: 'getui', category: 'utilities' });
  });

  it('TrackerDB alone (supplement: null) still gives the old answers', async () => {
    const plain = await createTrackerClassifier(engineBytes(), { supplement: null });
    expect(plain.classify(req('https://log.mmstat.com/v.gif', 'https://news.example.cn/'))).toMatchObject({ org: 'markmonitor' });
    expect(plain.classify(req('https://gator.volces.com/list', 'https://news.example.cn/'))).toMatchObject({ org: null, category: 'unknown' });
  });
});
