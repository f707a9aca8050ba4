/**
 * Privacy Badger's learning heuristic as pure, serialisable state: a third-party domain that sets an
 * identifier-like cookie on THRESHOLD or more distinct sites is a "likely tracker", whether or not any
 * tracker list knows it. The extension feeds it from webRequest (response Set-Cookie) and persists
 * toJSON() in storage; the CLI can replay HARs through it.
 */
import type { CookieSeen } from '../types.ts';
import { registrableDomain } from './party.ts';

export const LIKELY_TRACKER_THRESHOLD = 3;
/** Sites remembered per domain (enough to explain the verdict) and domains remembered in total. */
const MAX_SITES_PER_DOMAIN = 10;
const MAX_DOMAINS = 20_000;

// Values Privacy Badger's cookie heuristic also treats as non-identifying (booleans, states, locales…).
const LOW_ENTROPY_WORDS = new Set([
  'true', 'false', 'yes', 'no', 'on', 'off', 'null', 'undefined', 'none', 'nan', 'enabled', 'disabled',
  'accepted', 'rejected', 'granted', 'denied', 'deleted', 'dismissed', 'default', 'unknown',
]);

/**
 * Rough upper bound of the information in a value (bits), Privacy Badger style: length × log2 of the
 * smallest character class that contains it.
 */
export function estimateEntropyBits(value: string): number {
  let cls: number;
  if (/^[0-9]+$/.test(value)) cls = 10;
  else if (/^[0-9a-f]+$/i.test(value)) cls = 16;
  else if (/^[a-z]+$/.test(value) || /^[A-Z]+$/.test(value)) cls = 26;
  else if (/^[a-z0-9]+$/i.test(value)) cls = 62;
  else if (/^[A-Za-z0-9+/=_\-.]+$/.test(value)) cls = 66;
  else cls = 95;
  return value.length * Math.log2(cls);
}

/**
 * Whether a cookie value could single a person out: at least 8 characters, at least 4 distinct ones,
 * more than 24 bits by the estimate above (8 digits pass, repeated patterns do not), and not one of the shapes sites use for settings — booleans,
 * language tags (en-US, zh_CN), dates, plausible timestamps, version numbers, short numbers.
 */
export function isIdentifierLike(raw: string): boolean {
  let value = raw.trim();
  if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  if (value.includes('%')) {
    try {
      value = decodeURIComponent(value);
    } catch {
      // keep the raw value: malformed escapes are still a value
    }
  }
  if (value.length < 8) return false;
  if (LOW_ENTROPY_WORDS.has(value.toLowerCase())) return false;
  if (new Set(value).size < 4) return false;
  if (/^[a-z]{2,3}([-_][a-z]{2,4}){0,2}$/i.test(value)) return false; // en-US, zh_CN, zh-Hans-CN
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return false; // ISO date
  if (!/\d{5}/.test(value) && !Number.isNaN(Date.parse(value)) && /[a-z]{3}/i.test(value)) return false; // RFC date
  if (/^\d+$/.test(value)) {
    const n = Number(value);
    // Epoch seconds/milliseconds between 2001 and 2100 are timestamps ("last visit"), not ids.
    if ((n >= 1e9 && n < 4.2e9) || (n >= 1e12 && n < 4.2e12)) return false;
  }
  if (/^v?\d+(\.\d+){1,3}$/.test(value)) return false; // version numbers
  return estimateEntropyBits(value) > 24;
}

export interface LikelyTrackerState {
  version: 1;
  threshold: number;
  /** Third-party registrable domain → sites (registrable domains) it set identifying cookies on. */
  domains: Record<string, string[]>;
}

export class LikelyTrackerHeuristic {
  private readonly sites = new Map<string, Set<string>>();

  constructor(readonly threshold: number = LIKELY_TRACKER_THRESHOLD) {
    if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError('threshold must be a positive integer');
  }

  /**
   * Record one cookie a third party set while the person was on `siteDomain`. Returns whether the
   * domain is a likely tracker after this observation. First-party and non-identifying cookies are
   * ignored (they cannot link visits across sites).
   */
  observe(thirdPartyDomain: string, siteDomain: string, cookie: CookieSeen): boolean {
    const tp = registrableDomain(thirdPartyDomain.toLowerCase());
    const site = registrableDomain(siteDomain.toLowerCase());
    if (tp === '' || site === '' || tp === site || !cookie.identifierLike) return this.isLikelyTracker(tp);
    let set = this.sites.get(tp);
    if (!set) {
      if (this.sites.size >= MAX_DOMAINS) return false;
      set = new Set();
      this.sites.set(tp, set);
    }
    if (set.size < MAX_SITES_PER_DOMAIN) set.add(site);
    return set.size >= this.threshold;
  }

  isLikelyTracker(domain: string): boolean {
    return (this.sites.get(registrableDomain(domain.toLowerCase()))?.size ?? 0) >= this.threshold;
  }

  /** Sites where the domain was seen setting identifying cookies (for the "why" in the UI). */
  sitesFor(domain: string): string[] {
    return [...(this.sites.get(registrableDomain(domain.toLowerCase())) ?? [])];
  }

  likelyTrackers(): string[] {
    return [...this.sites].filter(([, s]) => s.size >= this.threshold).map(([d]) => d).sort();
  }

  toJSON(): LikelyTrackerState {
    const domains: Record<string, string[]> = {};
    for (const [d, s] of this.sites) domains[d] = [...s];
    return { version: 1, threshold: this.threshold, domains };
  }

  /** Rebuilds from stored state; anything malformed is dropped rather than trusted (storage is user-editable). */
  static fromJSON(state: unknown): LikelyTrackerHeuristic {
    const s = state as Partial<LikelyTrackerState> | null;
    const threshold = s && Number.isInteger(s.threshold) && (s.threshold as number) >= 1 ? (s.threshold as number) : LIKELY_TRACKER_THRESHOLD;
    const h = new LikelyTrackerHeuristic(threshold);
    if (!s || s.version !== 1 || typeof s.domains !== 'object' || s.domains === null) return h;
    for (const [domain, sites] of Object.entries(s.domains)) {
      if (!Array.isArray(sites) || h.sites.size >= MAX_DOMAINS) continue;
      const clean = sites.filter((x): x is string => typeof x === 'string' && x !== '' && x !== domain).slice(0, MAX_SITES_PER_DOMAIN);
      if (clean.length > 0) h.sites.set(domain, new Set(clean));
    }
    return h;
  }
}
