/**
 * Fineprint's tracker supplement: TrackerDB-shaped data (organizations + patterns with domains) for the
 * Chinese web that Ghostery's TrackerDB misses or gets wrong, plus the reviewed override list that says
 * why the supplement wins where the two disagree. DATA, validated by supplement.test.ts (shape, a source
 * for every entry, TrackerDB category keys, organization keys per the shared ORGKEYS table, no duplicate
 * domain, every disagreement with TrackerDB reviewed).
 *
 * The classifier (trackers.ts) consults it before TrackerDB, so the extension and the CLI — which both
 * build their classifier with createTrackerClassifier — answer the same way. Pure.
 */
import data from './cn-trackers.json';
import overrides from './overrides.json';

export interface SupplementSource { url: string; title: string }

/** TrackerDB's organization record, plus where its facts come from. */
export interface SupplementOrganization {
  name: string;
  description?: string;
  website_url?: string;
  country?: string;
  privacy_policy_url?: string;
  /** Where a person sends a personal-information request (e-mail address or web form). */
  privacy_contact?: string;
  sources: string[];
}

/** TrackerDB's pattern record: a product of one organization, matched by host (and its subdomains). */
export interface SupplementPattern {
  name: string;
  category: string;
  organization: string | null;
  domains: string[];
  sources: string[];
}

export interface TrackerSupplementData {
  version: number;
  sources: Record<string, SupplementSource>;
  organizations: Record<string, SupplementOrganization>;
  patterns: Record<string, SupplementPattern>;
}

export interface PatternOverride { pattern: string; replaces: string[]; reason: string; sources: string[] }
export interface OrganizationOverride { org: string; fields: string[]; reason: string; sources: string[] }
export interface TrackerSupplementOverrides { version: number; patterns: PatternOverride[]; organizations: OrganizationOverride[] }

export interface TrackerSupplement { data: TrackerSupplementData; overrides: TrackerSupplementOverrides }

export const CN_TRACKER_SUPPLEMENT: TrackerSupplement = {
  data: data as TrackerSupplementData,
  overrides: overrides as TrackerSupplementOverrides,
};

/**
 * Organization keys agreed for companies TrackerDB does not have (ORGKEYS.md, shared with the Chinese
 * policy labels). Any other organization in the supplement must be a TrackerDB key.
 */
export const NEW_ORGANIZATION_KEYS: readonly string[] = [
  'jiguang', 'getui', 'kuaishou', 'xiaomi', 'huawei', 'oppo', 'vivo', 'meizu', 'meituan', 'xiaohongshu',
  'pinduoduo', 'growingio', 'talkingdata', 'zhuge', 'mobtech', 'iflytek', 'chuanglan', 'china_mobile',
  'china_unicom', 'china_telecom',
];

export function supplementOrganization(key: string | null | undefined, supplement: TrackerSupplement | null = CN_TRACKER_SUPPLEMENT): SupplementOrganization | undefined {
  if (!key || !supplement) return undefined;
  return Object.hasOwn(supplement.data.organizations, key) ? supplement.data.organizations[key] : undefined;
}

/** The personal-information contact the supplement knows for an organization (PIPL letters). */
export function supplementPrivacyContact(key: string | null | undefined, supplement: TrackerSupplement | null = CN_TRACKER_SUPPLEMENT): string | undefined {
  return supplementOrganization(key, supplement)?.privacy_contact;
}

export interface SupplementIndex {
  /** Pattern key of the most specific supplement domain covering `host` (the host itself or a parent), or null. */
  lookup(host: string): string | null;
  pattern(key: string): SupplementPattern | undefined;
  /** TrackerDB pattern key → domains the overrides take away from it (what "block MarkMonitor" must not block). */
  removedDomains(trackerDbPattern: string): ReadonlySet<string> | undefined;
}

export function createSupplementIndex(supplement: TrackerSupplement): SupplementIndex {
  const byDomain = new Map<string, string>();
  for (const [key, p] of Object.entries(supplement.data.patterns)) for (const d of p.domains) byDomain.set(d, key);
  const removed = new Map<string, Set<string>>();
  for (const o of supplement.overrides.patterns) {
    const p = supplement.data.patterns[o.pattern];
    if (!p) continue;
    for (const replaced of o.replaces) {
      let set = removed.get(replaced);
      if (!set) removed.set(replaced, (set = new Set()));
      for (const d of p.domains) set.add(d);
    }
  }
  return {
    lookup(host) {
      // Walk from the full host to its parents: the longest listed domain wins ("log.mmstat.com" → "mmstat.com").
      let h = host;
      for (;;) {
        const key = byDomain.get(h);
        if (key !== undefined) return key;
        const dot = h.indexOf('.');
        if (dot < 0) return null;
        h = h.slice(dot + 1);
      }
    },
    pattern: (key) => (Object.hasOwn(supplement.data.patterns, key) ? supplement.data.patterns[key] : undefined),
    removedDomains: (key) => removed.get(key),
  };
}
