/**
 * Tracker database adapter: maps one request to an organization + category with Ghostery's TrackerDB
 * (a serialized @ghostery/adblocker engine that carries pattern/organization metadata).
 *
 * The engine bytes are injected (the extension fetches them from its bundle, the CLI reads them from
 * node_modules) so this module stays pure and the database stays swappable (GUIDE §5: CC-BY-NC-SA).
 *
 * Speed (this runs for every request of every tab): we build the adblocker Request once, with the
 * hostnames/registrable domains we already computed (so it skips its own two tldts parses), ask only
 * the bucket of normal filters for the *first* match (TrackerDB has no exceptions/redirects/CSP, so
 * `engine.match`'s other buckets are pure overhead), and resolve the domain-level fallback (what
 * `getDomainMetadata` does with one filter parse per label) once per host through a bounded cache.
 *
 * The project's own supplement (supplement/: the Chinese web's trackers, with sources, and a reviewed
 * override list) is consulted first, by host: it only holds what TrackerDB lacks or what a reviewed
 * override corrects (supplement.test.ts proves every disagreement is reviewed), so putting it first
 * keeps one vocabulary of organization keys for verdicts, policy matching and blocking.
 */
import loadTrackerDBEngine, { AdblockerRequest } from '@ghostery/trackerdb';
import type { CategoryKey, Classification, Observation, OrganizationInfo, RequestType } from '../types.ts';
import { BoundedCache } from './lru.ts';
import { hostOf, isThirdParty, registrableDomain } from './party.ts';
import { CN_TRACKER_SUPPLEMENT, createSupplementIndex, type TrackerSupplement } from './supplement/index.ts';
import { companyKey, sameCompany } from '../policy/lexicon/same-company.ts';

export interface PatternInfo {
  key: string;
  name: string;
  category: CategoryKey;
  org: string | null;
  websiteUrl?: string;
  domains: string[];
}

export interface TrackerClassifier {
  classify(obs: Observation): Classification;
  organizationInfo(key: string): OrganizationInfo | undefined;
  patternInfo(key: string): PatternInfo | undefined;
  allOrganizations(): OrganizationInfo[];
  /** Every TrackerDB pattern of one organization (what "block this organization" acts on). */
  organizationPatterns(org: string): PatternInfo[];
  /** Load time of the engine (ms) and database size, for diagnostics and the bench. */
  readonly stats: { loadMs: number; engineVersion: number };
}

export interface TrackerClassifierOptions {
  /** Hosts kept in the domain-level cache (×2, see BoundedCache). */
  cacheSize?: number;
  /** The project's tracker supplement (default: the Chinese-web supplement); null = TrackerDB alone. */
  supplement?: TrackerSupplement | null;
}

// Shapes of the adblocker internals we use, kept narrow so a version bump fails loudly in the tests.
interface RawPattern {
  key: string; name: string; category: string; organization: string | null;
  website_url?: string | null; domains?: string[];
}
interface RawOrganization {
  key: string; name: string; description?: string | null; website_url?: string | null;
  country?: string | null; privacy_policy_url?: string | null; privacy_contact?: string | null;
}
interface LookupResult { pattern: RawPattern; organization: RawOrganization | null | undefined }
interface Metadata {
  fromFilter(filter: unknown): LookupResult[];
  fromDomain(domain: string): LookupResult[];
  getOrganizations(): RawOrganization[];
  getPatterns(): RawPattern[];
}
type AdblockerRequestT = ReturnType<typeof AdblockerRequest.fromRawDetails>;
interface Bucket { match(request: AdblockerRequestT, isExcluded: (f: unknown) => boolean): unknown }
interface EngineInternals {
  metadata?: Metadata;
  filters?: Bucket;
  isFilterExcluded?: (f: unknown) => boolean;
  getPatternMetadata(request: AdblockerRequestT, opts?: { getDomainMetadata: boolean }): LookupResult[];
}

/** Compact per-pattern answer shared by every request that resolves to it. */
interface Hit { pattern: string; org: string | null; orgName: string; category: CategoryKey }

const CATEGORY_MAP: Record<string, CategoryKey> = {
  advertising: 'advertising', site_analytics: 'site_analytics', consent: 'consent', essential: 'essential',
  hosting: 'hosting', customer_interaction: 'customer_interaction', audio_video_player: 'audio_video_player',
  extensions: 'extensions', social_media: 'social_media', utilities: 'utilities', misc: 'misc',
  // TrackerDB's key for adult advertising; GUIDE §4 vocabulary says adult_advertising.
  pornvertising: 'adult_advertising', adult_advertising: 'adult_advertising',
};

export function mapCategory(raw: string | undefined | null): CategoryKey {
  return (raw && CATEGORY_MAP[raw]) || 'misc';
}

// Our request types are webRequest's; the adblocker knows most of them, the rest match as 'other'.
function adblockerType(type: RequestType): string {
  return type === 'webtransport' || type === 'webbundle' ? 'other' : type;
}

function toRawOrganization(o: OrganizationInfo): RawOrganization {
  return {
    key: o.key, name: o.name, description: o.description, website_url: o.websiteUrl, country: o.country,
    privacy_policy_url: o.privacyPolicyUrl, privacy_contact: o.privacyContact,
  };
}

function orgInfo(o: RawOrganization): OrganizationInfo {
  const info: OrganizationInfo = { key: o.key, name: o.name };
  if (o.description) info.description = o.description;
  if (o.website_url) info.websiteUrl = o.website_url;
  if (o.privacy_policy_url) info.privacyPolicyUrl = o.privacy_policy_url;
  if (o.privacy_contact) info.privacyContact = o.privacy_contact;
  if (o.country) info.country = o.country;
  return info;
}

export async function createTrackerClassifier(
  engineBytes: Uint8Array,
  options: TrackerClassifierOptions = {},
): Promise<TrackerClassifier> {
  const t0 = performance.now();
  const db = await loadTrackerDBEngine(engineBytes);
  const loadMs = performance.now() - t0;
  const engine = db.engine as unknown as EngineInternals;
  if (!engine.metadata) throw new Error('[classify] tracker engine has no metadata (not a TrackerDB engine?)');
  const metadata: Metadata = engine.metadata;

  // Fast path needs the internal bucket; if a future adblocker renames it we fall back to the public API.
  const bucket = engine.filters && typeof engine.filters.match === 'function' ? engine.filters : null;
  const isExcluded = engine.isFilterExcluded ? engine.isFilterExcluded.bind(engine) : () => false;

  const supplement = options.supplement === undefined ? CN_TRACKER_SUPPLEMENT : options.supplement;
  const index = supplement ? createSupplementIndex(supplement) : null;
  // The supplement's organization records (new companies, reviewed corrections such as Tencent's name).
  const supplementOrg = (key: string) => (supplement && Object.hasOwn(supplement.data.organizations, key) ? supplement.data.organizations[key] : undefined);

  const orgNameOf = (key: string): string | undefined => supplementOrg(key)?.name ?? orgTable().get(key)?.name;

  const hitsByPattern = new Map<string, Hit>();
  const toHit = (r: LookupResult | undefined): Hit | null => {
    if (!r) return null;
    let hit = hitsByPattern.get(r.pattern.key);
    if (!hit) {
      const org = r.organization ?? null;
      hit = {
        pattern: r.pattern.key,
        // One company under two TrackerDB keys is one row, one verdict, one opt-out, under one name (same-company.ts).
        org: org ? companyKey(org.key) : null,
        // Patterns without an organization (437 of them, mostly small vendors) are named by the pattern.
        // (The organization table is built only for a twin's name: classifying must not wait for it.)
        orgName: !org ? r.pattern.name : companyKey(org.key) === org.key ? supplementOrg(org.key)?.name ?? org.name : orgNameOf(companyKey(org.key)) ?? org.name,
        category: mapCategory(r.pattern.category),
      };
      hitsByPattern.set(r.pattern.key, hit);
    }
    return hit;
  };

  // Supplement pattern keys never collide with TrackerDB's (tested), so both share hitsByPattern.
  const supplementHit = (key: string): Hit => {
    let hit = hitsByPattern.get(key);
    if (!hit) {
      const p = index!.pattern(key)!;
      const org = p.organization;
      hit = {
        pattern: key,
        org: org ? companyKey(org) : org,
        orgName: org ? orgNameOf(companyKey(org)) ?? p.name : p.name,
        category: mapCategory(p.category),
      };
      hitsByPattern.set(key, hit);
    }
    return hit;
  };
  const supplementHits = new BoundedCache<string, Hit | null>(options.cacheSize ?? 2048);
  const hostSupplementHit = (host: string): Hit | null => {
    let hit = supplementHits.get(host);
    if (hit === undefined) {
      const key = index!.lookup(host);
      hit = key === null ? null : supplementHit(key);
      supplementHits.set(host, hit);
    }
    return hit;
  };

  const domainHits = new BoundedCache<string, Hit | null>(options.cacheSize ?? 2048);
  const domainHit = (host: string): Hit | null => {
    let hit = domainHits.get(host);
    if (hit === undefined) {
      hit = toHit(metadata.fromDomain(host)[0]);
      domainHits.set(host, hit);
    }
    return hit;
  };

  // Pages change far less often than requests: remember the last page's host/domain.
  let lastPageUrl = '';
  let lastSiteHost = '';
  let lastSiteDomain = '';

  function classify(obs: Observation): Classification {
    if (obs.pageUrl !== lastPageUrl) {
      lastPageUrl = obs.pageUrl;
      lastSiteHost = hostOf(obs.pageUrl);
      lastSiteDomain = registrableDomain(lastSiteHost);
    }
    const siteHost = lastSiteHost;
    const siteDomain = lastSiteDomain;
    const host = hostOf(obs.url);
    const domain = registrableDomain(host);
    const thirdParty = isThirdParty(domain, siteDomain, obs.type);

    let hit: Hit | null = index && host !== '' ? hostSupplementHit(host) : null;
    if (host !== '' && !hit) {
      const request = AdblockerRequest.fromRawDetails({
        url: obs.url,
        type: adblockerType(obs.type) as never,
        hostname: host,
        domain,
        sourceHostname: siteHost,
        sourceDomain: siteDomain,
      });
      if (bucket) {
        const filter = bucket.match(request, isExcluded);
        hit = filter ? toHit(metadata.fromFilter(filter)[0]) : null;
        if (!hit) hit = domainHit(host);
      } else {
        hit = toHit(engine.getPatternMetadata(request, { getDomainMetadata: true })[0]);
      }
    }

    if (hit) {
      return { host, domain, siteDomain, thirdParty, org: hit.org, orgName: hit.orgName, category: hit.category, pattern: hit.pattern };
    }
    return { host, domain, siteDomain, thirdParty, org: null, orgName: domain || host, category: 'unknown', pattern: null };
  }

  // Lookup tables for the UI are built on first use: they are not needed to classify and building them
  // eagerly would add to the engine-load budget on every service-worker start.
  let orgs: Map<string, OrganizationInfo> | null = null;
  let patterns: Map<string, PatternInfo> | null = null;
  const orgTable = () => {
    if (!orgs) {
      orgs = new Map(metadata.getOrganizations().map((o) => [o.key, orgInfo(o)]));
      // Supplement records add new companies and, where reviewed, replace TrackerDB's fields.
      for (const [key, o] of Object.entries(supplement?.data.organizations ?? {})) {
        const base = orgs.get(key);
        orgs.set(key, orgInfo({ ...(base ? toRawOrganization(base) : {}), ...o, key }));
      }
    }
    return orgs;
  };
  const patternTable = () => {
    if (!patterns) {
      patterns = new Map(metadata.getPatterns().map((p) => {
        // Domains a reviewed override gives to another organization are no longer this pattern's.
        const removed = index?.removedDomains(p.key);
        const domains = (p.domains ?? []).filter((d) => !removed?.has(d));
        return [p.key, {
          key: p.key, name: p.name, category: mapCategory(p.category), org: p.organization ?? null,
          ...(p.website_url ? { websiteUrl: p.website_url } : {}), domains,
        }];
      }));
      for (const [key, p] of Object.entries(supplement?.data.patterns ?? {})) {
        patterns.set(key, { key, name: p.name, category: mapCategory(p.category), org: p.organization, domains: [...p.domains] });
      }
    }
    return patterns;
  };

  return {
    classify,
    organizationInfo: (key) => orgTable().get(key),
    patternInfo: (key) => patternTable().get(key),
    allOrganizations: () => [...orgTable().values()],
    organizationPatterns: (org) => [...patternTable().values()].filter((p) => sameCompany(p.org, org)),
    stats: { loadMs, engineVersion: db.ENGINE_VERSION },
  };
}
