/**
 * Builds the page a case is judged on and judges it through the one path the extension and the CLI
 * share (`analyzeCapture`: observations → classification → organization rows → judgeSite). The eval
 * never calls a verdict rule directly: what it scores is what a user would see in the popup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../lib/core/classify/hash.ts';
import { createTrackerClassifier, type PatternInfo, type TrackerClassifier } from '../../lib/core/classify/trackers.ts';
import { analyzePolicy, type PolicyResult } from '../../lib/core/policy/extract.ts';
import type { CategoryKey, Observation, OrganizationVerdict, SiteAnalysis } from '../../lib/core/types.ts';
import { covers } from '../../lib/core/verdict/match.ts';
import type { PolicyInput } from '../../lib/core/verdict/context.ts';
import { analyzeCapture } from '../cli/analyze.ts';
import { REPO_ROOT } from './corpus.ts';

let classifier: TrackerClassifier | undefined;

export async function evalClassifier(): Promise<TrackerClassifier> {
  classifier ??= await createTrackerClassifier(new Uint8Array(readFileSync(join(REPO_ROOT, 'node_modules/@ghostery/trackerdb/dist/trackerdb.engine'))));
  return classifier;
}

/** Unnamed companies a page may carry, with a request URL that classifies to each (checked at run time). */
export const SYNTHETIC: Record<'advertising' | 'analytics', Array<{ org: string; url: string; names: RegExp }>> = {
  advertising: [
    { org: 'criteo', url: 'https://static.criteo.net/js/ld/publishertag.js', names: /criteo/i },
    { org: 'taboola', url: 'https://cdn.taboola.com/libtrc/site/loader.js', names: /taboola/i },
    { org: 'pubmatic', url: 'https://ads.pubmatic.com/AdServer/js/pwt.js', names: /pubmatic/i },
    { org: 'the_trade_desk', url: 'https://js.adsrvr.org/up_loader.1.1.0.js', names: /trade ?desk|adsrvr/i },
    { org: 'outbrain', url: 'https://widgets.outbrain.com/outbrain.js', names: /outbrain/i },
    { org: 'quantcast', url: 'https://pixel.quantserve.com/pixel', names: /quant(?:cast|serve)/i },
  ],
  analytics: [
    { org: 'chartbeat', url: 'https://static.chartbeat.com/js/chartbeat.js', names: /chartbeat/i },
    { org: 'comscore', url: 'https://sb.scorecardresearch.com/beacon.js', names: /comscore|scorecard/i },
    { org: 'parse.ly', url: 'https://cdn.parsely.com/keys/site/p.js', names: /parse\.?ly/i },
    { org: 'new_relic', url: 'https://js-agent.newrelic.com/nr-1.js', names: /new ?relic/i },
    { org: 'mixpanel', url: 'https://cdn.mxpnl.com/libs/mixpanel.js', names: /mixpanel/i },
    { org: 'snowplow', url: 'https://d1fc8wv8zag5ca.cloudfront.net/2.4.0/sp.js', names: /snowplow/i },
  ],
};

/** A deterministic pick per policy among the companies its text never mentions. */
export function syntheticFor(kind: 'advertising' | 'analytics', policyId: string, text: string, mentioned: ReadonlySet<string> = new Set()): { org: string; url: string } | null {
  const list = SYNTHETIC[kind];
  const start = parseInt(sha256(policyId).slice(0, 8), 16) % list.length;
  for (let i = 0; i < list.length; i++) {
    const c = list[(start + i) % list.length];
    if (!c.names.test(text) && !mentioned.has(c.org)) return c;
  }
  return null;
}

const RANK = ['advertising', 'site_analytics', 'social_media', 'customer_interaction', 'audio_video_player', 'utilities', 'hosting', 'essential', 'consent', 'misc', 'extensions'];

/**
 * A request URL for `org` as a page would load it: the pattern whose name the policy used ("Google
 * Analytics" → google-analytics.com), else the organization's most privacy-relevant pattern.
 */
let filters: Map<string, string[]> | undefined;

/** Request URLs a pattern's network filters match ("||platform.twitter.com/widgets" → https://platform.twitter.com/widgets). */
function filterUrls(pattern: string): string[] {
  if (!filters) {
    const db = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/@ghostery/trackerdb/dist/trackerdb.json'), 'utf8')) as { patterns: Record<string, { filters?: string[] }> };
    filters = new Map(Object.entries(db.patterns).map(([k, p]) => [k, p.filters ?? []]));
  }
  const out: string[] = [];
  for (const f of filters.get(pattern) ?? []) {
    const m = /^\|\|([a-z0-9.-]+\.[a-z]{2,})(\/[^\^*$]*)?/i.exec(f);
    if (m) out.push(`https://${m[1]}${m[2] ?? '/eval-probe.js'}`);
  }
  return out;
}

export function urlForOrg(c: TrackerClassifier, org: string, alias?: string, productCategory?: string): string | null {
  const patterns: PatternInfo[] = c.organizationPatterns(org).filter((p) => p.domains.length > 0 || filterUrls(p.key).length > 0);
  if (patterns.length === 0) return null;
  const a = alias?.toLowerCase().trim();
  const byName = a ? patterns.find((p) => p.name.toLowerCase() === a) : undefined;
  const ranked = [...patterns].sort((x, y) => (RANK.indexOf(x.category) + 99) % 99 - (RANK.indexOf(y.category) + 99) % 99 || x.key.localeCompare(y.key));
  // A label says the policy names the organization; the page carries the kind of traffic the
  // policy names it for ("Google+" → a Google social widget, not its ad server). When the company
  // has no traffic of that kind, there is no page to judge: the case is left out (named-org P/R still
  // counts the organization).
  let byProduct: PatternInfo | undefined;
  if (productCategory) {
    byProduct = ranked.find((x) => x.category === productCategory) ?? ranked.find((x) => covers({ product: productCategory as CategoryKey }, x.category));
    if (!byProduct) return null;
  }
  const p = byProduct ?? byName ?? ranked[0];
  const candidates = [...filterUrls(p.key), ...p.domains.map((d) => `https://${d.replace(/^\*\./, '')}/eval-probe.js`)];
  // The URL must come back as this organization AND, when a product was named, as that product's kind.
  for (const url of candidates) {
    const got = c.classify({ url, type: 'script', pageUrl: 'https://eval-site.example/', time: 0 });
    if (got.org === org && (!productCategory || covers({ product: productCategory as CategoryKey }, got.category))) return url;
  }
  if (productCategory) return null;
  for (const url of candidates) {
    if (c.classify({ url, type: 'script', pageUrl: 'https://eval-site.example/', time: 0 }).org === org) return url;
  }
  return null;
}

export function policyInput(analysis: PolicyResult): PolicyInput {
  return { status: 'found', url: 'eval', hash: sha256(analysis.text), analysis };
}

export function readPolicy(text: string, site: string): PolicyResult {
  return analyzePolicy(text, { siteDomain: site });
}

/** Judge one page carrying `urls` against `policy`, through the CLI/extension path. */
export async function judgePage(site: string, urls: readonly string[], policy: PolicyInput): Promise<SiteAnalysis> {
  const c = await evalClassifier();
  const pageUrl = `https://www.${site}/`;
  const observations: Observation[] = [
    { url: pageUrl, type: 'main_frame', pageUrl, time: 1_000 },
    ...urls.map((url, i): Observation => ({ url, type: 'script', pageUrl, time: 1_100 + i })),
  ];
  return analyzeCapture({ har: observations, policy, site: pageUrl, classifier: c });
}

export function verdictOf(a: SiteAnalysis, org: string): OrganizationVerdict | undefined {
  return a.organizations.find((o) => o.org === org);
}
