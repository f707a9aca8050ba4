import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import raw from './functional-hosts.json';
import { FUNCTIONAL_HOSTS, FUNCTIONAL_KINDS, functionalKey, planBlock, sparedKinds, TRACKING_CATEGORIES, type ObservedHost } from './plan';
import { hostMatches, normaliseDomains, sparedPathRegex } from './rules';
import { createTrackerClassifier, type TrackerClassifier } from '../classify/trackers';
import type { RequestType } from '../types';

let c: TrackerClassifier;
beforeAll(async () => {
  c = await createTrackerClassifier(new Uint8Array(readFileSync('node_modules/@ghostery/trackerdb/dist/trackerdb.engine')));
});

/** The hosts the demo news page loads from an organization, classified by the real TrackerDB. */
function observed(org: string, urls: [string, RequestType][]): ObservedHost[] {
  return urls.map(([url, type]) => c.classify({ url, type, pageUrl: 'https://www.dailyglobe.example/', time: 0 }))
    .filter((r) => r.org === org).map((r) => ({ host: r.host, category: r.category }));
}
const covered = (host: string, domains: string[]) => domains.some((d) => hostMatches(host, d));

describe('functional-hosts.json', () => {
  it('matches its schema: normalised hosts, paths from /, a known kind and a named service', () => {
    const schema = {
      type: 'object', required: ['version', 'hosts'], additionalProperties: false,
      properties: {
        $comment: { type: 'string' }, version: { const: 1 },
        hosts: { type: 'array', minItems: 20, items: { type: 'object', required: ['host', 'kind', 'service'], additionalProperties: false, properties: {
          host: { type: 'string', pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)+$' }, path: { type: 'string', pattern: '^/[A-Za-z0-9/_.*-]*$' },
          kind: { enum: [...FUNCTIONAL_KINDS] }, service: { type: 'string', minLength: 2 } } } },
      },
    };
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
    for (const f of FUNCTIONAL_HOSTS) expect(normaliseDomains([f.host]), f.host).toEqual([f.host]);
    expect(new Set(FUNCTIONAL_HOSTS.map(functionalKey)).size).toBe(FUNCTIONAL_HOSTS.length);
    for (const kind of FUNCTIONAL_KINDS) expect(FUNCTIONAL_HOSTS.some((f) => f.kind === kind), kind).toBe(true);
    // Every listed path compiles into the allow rule's RE2-compatible filter and matches an example URL.
    for (const f of FUNCTIONAL_HOSTS.filter((x) => x.path)) {
      const re = new RegExp(sparedPathRegex([functionalKey(f)])!);
      expect(re.test(`https://${f.host}${f.path!.replace(/\*/g, 'en_US')}x`), functionalKey(f)).toBe(true);
    }
  });
});

describe('planBlock on the real tracker database', () => {
  it('Google on the demo news page: blocks ads and analytics, spares sign-in, captcha, fonts, maps, pay; the second choice names them', () => {
    const seen = observed('google', [
      ['https://www.googletagmanager.com/gtag/js?id=G-1', 'script'], ['https://www.google-analytics.com/g/collect?v=2', 'ping'],
      ['https://securepubads.g.doubleclick.net/tag/js/gpt.js', 'script'], ['https://tpc.googlesyndication.com/safeframe/1-0-40/html/container.html', 'sub_frame'],
      ['https://accounts.google.com/gsi/client', 'script'], ['https://www.google.com/recaptcha/api.js', 'script'],
      ['https://fonts.googleapis.com/css2?family=Merriweather', 'stylesheet'], ['https://fonts.gstatic.com/s/merriweather/v30/a.woff2', 'font'],
    ]);
    expect(seen.length).toBe(8);
    const plan = planBlock('google', c.organizationPatterns('google'), seen);
    for (const h of ['www.googletagmanager.com', 'www.google-analytics.com', 'securepubads.g.doubleclick.net', 'tpc.googlesyndication.com', 'www.google.com']) {
      expect(covered(h, plan.tracking), h).toBe(true);
    }
    // Functional hosts are not in the tracking list, and those under a tracking domain are spared explicitly.
    for (const h of ['fonts.googleapis.com', 'fonts.gstatic.com', 'maps.googleapis.com', 'recaptcha.net', 'www.youtube.com', 'www.gstatic.com']) {
      expect(covered(h, plan.tracking), h).toBe(false);
    }
    expect(plan.spared).toEqual(expect.arrayContaining(['accounts.google.com', 'apis.google.com', 'www.google.com/recaptcha/', 'www.google.com/maps/', 'maps.google.com', 'pay.google.com']));
    expect(sparedKinds(plan)).toEqual(['sign-in', 'captcha', 'maps', 'payment']);
    // The second choice: functional hosts blocked too — but never shared hosting (googleapis.com, gstatic.com).
    for (const h of ['accounts.google.com', 'recaptcha.net', 'fonts.googleapis.com', 'fonts.gstatic.com', 'maps.googleapis.com', 'www.youtube.com', 'www.google-analytics.com']) {
      expect(covered(h, plan.everything), h).toBe(true);
    }
    expect(covered('ajax.googleapis.com', plan.everything)).toBe(false);
    expect(covered('www.gstatic.com', plan.everything)).toBe(false);
    expect(plan.breaks.map((b) => b.kind)).toEqual(['sign-in', 'captcha', 'fonts', 'maps', 'video', 'payment', 'other']);
    expect(plan.breaks.find((b) => b.kind === 'captcha')?.services).toEqual(['Google reCAPTCHA']);
    expect(plan.breaks.find((b) => b.kind === 'video')?.services).toEqual(['YouTube']);
    expect(plan.signOuts).toEqual(['Google']);
  });

  it('Facebook: its pixel is blocked, its Login SDK path is spared, clearing its cookies signs you out', () => {
    const plan = planBlock('facebook', c.organizationPatterns('facebook'), observed('facebook', [['https://connect.facebook.net/en_US/fbevents.js', 'script'], ['https://www.facebook.com/tr?id=1', 'image']]));
    expect(covered('connect.facebook.net', plan.tracking)).toBe(true);
    expect(covered('www.facebook.com', plan.tracking)).toBe(true);
    expect(plan.spared).toContain('connect.facebook.net/*/sdk.js');
    expect(plan.signOuts).toEqual(['Facebook']);
  });

  it('an organization with no tracking hosts (Stripe) blocks nothing by default; the second choice says payments break', () => {
    const plan = planBlock('stripe', c.organizationPatterns('stripe'), observed('stripe', [['https://js.stripe.com/v3/', 'script'], ['https://m.stripe.com/6', 'xmlhttprequest']]));
    expect(plan.tracking).toEqual([]);
    expect(plan.everything).toEqual(expect.arrayContaining(['stripe.com', 'stripe.network', 'stripecdn.com']));
    expect(plan.breaks).toEqual([{ kind: 'payment', services: ['Stripe'] }]);
    expect(plan.signOuts).toEqual([]);
  });

  it('Amazon: advertising domains, never all of cloudfront.net (hosting), not even the cloudfront host seen', () => {
    const plan = planBlock('amazon_associates', [
      { category: 'advertising', domains: ['amazon-adsystem.com'] }, { category: 'hosting', domains: ['cloudfront.net'] },
      { category: 'advertising', domains: ['aax.amazon-adsystem.com'] },
    ], [{ host: 'c.amazon-adsystem.com', category: 'advertising' }, { host: 'd3io1k5o0zdpqr.cloudfront.net', category: 'hosting' }]);
    expect(plan.tracking).toEqual(['amazon-adsystem.com']);
    expect(plan.everything).toEqual(['amazon-adsystem.com']);
    expect(plan.breaks).toEqual([]);
  });
});

describe('planBlock rules', () => {
  it('an unknown party blocks its registrable domain, sparing a listed functional host under it', () => {
    expect(planBlock('domain:tracksy-metrics.example', [], [{ host: 'cdn.tracksy-metrics.example', category: 'unknown' }])).toMatchObject({ tracking: ['tracksy-metrics.example'], spared: [], breaks: [] });
    const apple = planBlock('domain:cdn-apple.com', [], [{ host: 'appleid.cdn-apple.com', category: 'unknown' }]);
    expect(apple).toMatchObject({ tracking: ['cdn-apple.com'], spared: expect.arrayContaining(['appleid.cdn-apple.com', 'applepay.cdn-apple.com']), signOuts: ['Apple'] });
  });

  it('blocks by category: tracking categories by default, other services only by the second choice', () => {
    expect([...TRACKING_CATEGORIES].sort()).toEqual(['adult_advertising', 'advertising', 'site_analytics', 'social_media']);
    const plan = planBlock('acme', [
      { category: 'advertising', domains: ['ads.acme.example'] }, { category: 'site_analytics', domains: ['stats.acme.example'] },
      { category: 'customer_interaction', domains: ['chat.acme.example'] }, { category: 'essential', domains: ['cdn.acme.example'] },
    ], [{ host: 'px.acme-track.example', category: 'advertising' }, { host: 'widget.acme-chat.example', category: 'customer_interaction' }]);
    expect(plan.tracking).toEqual(['ads.acme.example', 'px.acme-track.example', 'stats.acme.example']);
    expect(plan.everything).toEqual(['ads.acme.example', 'chat.acme.example', 'px.acme-track.example', 'stats.acme.example', 'widget.acme-chat.example']);
    expect(plan.breaks).toEqual([{ kind: 'other', services: [] }]);
  });

  it('a tracking host inside a functional one (a video host classified as advertising) is spared, not blocked', () => {
    const plan = planBlock('videoco', [{ category: 'advertising', domains: ['ads.videoco.example'] }], [{ host: 'www.youtube.com', category: 'advertising' }],
      [{ host: 'youtube.com', kind: 'video', service: 'YouTube' }]);
    expect(plan.tracking).toEqual(['ads.videoco.example']);
    expect(plan.everything).toContain('youtube.com');
    expect(plan.breaks).toEqual([{ kind: 'video', services: ['YouTube'] }]);
  });
});
