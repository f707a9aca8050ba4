/**
 * Groups per-host aggregates into one row per organization (unknown third parties by registrable
 * domain) — the unit every verdict, popup line and report row is about.
 */
import { companyKey } from '../policy/lexicon/same-company.ts';
import type { CategoryKey, OrganizationVerdict } from '../types';

/** Most privacy-relevant first: the role an organization row is shown and judged under. */
export const CATEGORY_RANK: readonly CategoryKey[] = [
  'advertising', 'adult_advertising', 'site_analytics', 'social_media', 'customer_interaction',
  'audio_video_player', 'consent', 'utilities', 'hosting', 'essential', 'extensions', 'misc', 'unknown',
];

export function mostRelevantCategory(categories: Iterable<CategoryKey>): CategoryKey {
  let best: CategoryKey = 'unknown';
  let bestRank = Infinity;
  for (const c of categories) {
    const r = CATEGORY_RANK.indexOf(c);
    const rank = r === -1 ? CATEGORY_RANK.length : r;
    if (rank < bestRank) { best = c; bestRank = rank; }
  }
  return best;
}

export interface HostAggregate {
  host: string;
  domain: string;
  thirdParty: boolean;
  org: string | null;
  orgName: string;
  category: CategoryKey;
  count: number;
}

/**
 * Key an organization row is grouped by: the TrackerDB key (one per company: rows stored before the classifier filed
 * twin keys under one, same-company.ts, join their company's row), or `domain:<eTLD+1>` for unknown parties.
 */
export function organizationKey(a: Pick<HostAggregate, 'org' | 'domain'>): string {
  return a.org ? companyKey(a.org) : `domain:${a.domain}`;
}

export function groupOrganizations(rows: HostAggregate[]): OrganizationVerdict[] {
  const groups = new Map<string, { row: OrganizationVerdict; categories: Map<CategoryKey, number>; hosts: Set<string> }>();
  for (const r of rows) {
    if (!r.thirdParty) continue;
    const key = organizationKey(r);
    let g = groups.get(key);
    if (!g) {
      g = { row: { org: r.org ? companyKey(r.org) : null, name: r.org ? r.orgName : r.domain, category: r.category, requests: 0, hosts: [], verdict: null, evidence: null }, categories: new Map(), hosts: new Set() };
      groups.set(key, g);
    }
    g.row.requests += r.count;
    g.hosts.add(r.host);
    g.categories.set(r.category, (g.categories.get(r.category) ?? 0) + r.count);
  }
  return [...groups.values()].map(({ row, categories, hosts }) => {
    // An organization can play several roles on one page (Google: tag manager + analytics + ads). The
    // row is judged and shown under its most privacy-relevant role, so a policy that only admits
    // "analytics" is checked against the ads. The CLI (classify/summarize) groups through here too.
    const category = mostRelevantCategory(categories.keys());
    return { ...row, category, hosts: [...hosts].sort() };
  }).sort((a, b) => b.requests - a.requests || a.name.localeCompare(b.name));
}
