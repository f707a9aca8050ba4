/**
 * Observations → what `analyze --har` and the popup show: one row per third-party organization with its
 * request count and hosts, plus the personal data seen leaving the page. Unknown third parties are
 * grouped by registrable domain, so "12 requests to vzw.com" reads as one party, not 12 hosts.
 */
import { groupOrganizations, type HostAggregate } from './organizations.ts';
import type { Classification, DataFlow, Observation, OrganizationSummary, PiiSeed } from '../types.ts';
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

export function summarize(observations: readonly Observation[], classifier: Classifier, options: SummarizeOptions = {}): PageSummary {
  const scanner = options.scanner ?? createPiiScanner(options.seeds ?? []);
  const hosts = new Map<string, HostAggregate>();
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
    // Per host × category, as the extension's recorder aggregates them (lib/store hostStats).
    const key = `${c.host}|${c.org ?? ''}|${c.category}`;
    const h = hosts.get(key);
    if (h) h.count++;
    else hosts.set(key, { host: c.host, domain: c.domain || c.host, thirdParty: true, org: c.org, orgName: c.orgName, category: c.category, count: 1 });
  }

  // One path: the extension groups its stored host aggregates with the same function.
  const organizations: OrganizationSummary[] = groupOrganizations([...hosts.values()])
    .map(({ org, name, category, requests, hosts: h }) => ({ org, name, category, requests, hosts: h }));

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
