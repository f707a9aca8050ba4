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

  it('answers exactly like the reference getPatternMetadata on every fixture request', async () => {
    const ref = await loadTrackerDBEngine(engineBytes());
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
