/**
 * Observations → what `analyze --har` and the popup show: one row per third-party organization with its
 * request count and hosts, plus the personal data seen leaving the page. Unknown third parties are
 * grouped by registrable domain, so "12 requests to vzw.com" reads as one party, not 12 hosts.
 */
import type { CategoryKey, Classification, DataFlow, Observation, OrganizationSummary, PiiSeed } from '../types.ts';
import { createPiiScanner, type PiiScanner } from './pii.ts';

export interface Classifier {
  classify(obs: Observation): Classification;
}

export interface SummarizeOptions {
  /** Values the person typed, looked for in requests (see pii.ts). */
  seeds?: readonly PiiSeed[];
  /** Reuse a scanner (seed hashes are computed once per scanner). */
  scanner?: PiiScanner;
  /** Report data sent to the site itself too (off by default: a login form posting to the site is expected). */
  includeFirstPartyFlows?: boolean;
}

export interface PageSummary {
  /** Registrable domain of the (first) page. */
  site: string;
  totalRequests: number;
  firstPartyRequests: number;
  thirdPartyRequests: number;
  organizations: OrganizationSummary[];
  dataFlows: DataFlow[];
  /** Every request's classification, in input order (the golden tests check none is missing). */
  classifications: Classification[];
}

// An organization can play several roles on one page (Google: tag manager + analytics + ads). The row
// shows the most privacy-relevant one, so a policy that only admits "analytics" is checked against ads.
const CATEGORY_RANK: readonly CategoryKey[] = [
  'advertising', 'adult_advertising', 'site_analytics', 'social_media', 'customer_interaction',
  'audio_video_player', 'consent', 'utilities', 'hosting', 'essential', 'extensions', 'misc', 'unknown',
];
const rank = (c: CategoryKey) => {
  const i = CATEGORY_RANK.indexOf(c);
  return i === -1 ? CATEGORY_RANK.length : i;
};

/** Grouping key: the TrackerDB organization, else the pattern (vendors without an organization), else the domain. */
export function groupKey(c: Classification): string {
  if (c.org) return `org:${c.org}`;
  if (c.pattern) return `pattern:${c.pattern}`;
  return `domain:${c.domain || c.host}`;
}

export function summarize(observations: readonly Observation[], classifier: Classifier, options: SummarizeOptions = {}): PageSummary {
  const scanner = options.scanner ?? createPiiScanner(options.seeds ?? []);
  const rows = new Map<string, OrganizationSummary & { hostSet: Set<string> }>();
  const classifications: Classification[] = [];
  const dataFlows: DataFlow[] = [];
  const flowKeys = new Set<string>();
  let firstParty = 0;

  for (const obs of observations) {
    const c = classifier.classify(obs);
    classifications.push(c);
    if (c.thirdParty || options.includeFirstPartyFlows) {
      for (const flow of scanner.scan(obs, c)) {
        // The same beacon fired twice is one flow for the reader; keep the first occurrence.
        const key = `${flow.kind}|${flow.encoding}|${flow.recipientDomain}|${flow.evidence}`;
        if (!flowKeys.has(key)) {
          flowKeys.add(key);
          dataFlows.push(flow);
        }
      }
    }
    if (!c.thirdParty) {
      firstParty++;
      continue;
    }
    const key = groupKey(c);
    let row = rows.get(key);
    if (!row) {
      row = { org: c.org, name: c.orgName, category: c.category, requests: 0, hosts: [], hostSet: new Set() };
      rows.set(key, row);
    }
    row.requests++;
    if (rank(c.category) < rank(row.category)) row.category = c.category;
    if (c.host && !row.hostSet.has(c.host)) {
      row.hostSet.add(c.host);
      row.hosts.push(c.host);
    }
  }

  const organizations = [...rows.values()]
    .map(({ hostSet: _h, ...row }) => ({ ...row, hosts: [...row.hosts].sort() }))
    .sort((a, b) => b.requests - a.requests || a.name.localeCompare(b.name));

  return {
    site: classifications[0]?.siteDomain ?? '',
    totalRequests: observations.length,
    firstPartyRequests: firstParty,
    thirdPartyRequests: observations.length - firstParty,
    organizations,
    dataFlows,
    classifications,
  };
}
