/**
 * judgeSite: everything observed on one site + one policy version → the GUIDE §4 SiteAnalysis.
 * Pure and deterministic (same input, same output, byte for byte), so the background can store one
 * snapshot per (site, policy hash) and keep the old verdicts when the policy changes.
 */
import { hostOf, registrableDomain } from '../classify/party.ts';
import type { DataFlow, OrganizationVerdict, ProbeEvent, SiteAnalysis } from '../types.ts';
import { consentFindings, type ConsentEvents, type ConsentOptions, type GpcFacts, type HostTiming } from './consent.ts';
import { policyContext, type PolicyInput } from './context.ts';
import { judgeDataFlow } from './data-flows.ts';
import { judgeOrganization, type Judged } from './match.ts';
import { siteSummary, type SummaryLanguage } from './summary.ts';
import { decodeTcString, listedOrganizations } from './tcf.ts';

export interface JudgeInput {
  /** The site: registrable domain or a page URL. */
  site: string;
  /** Rows from classify/organizations.ts groupOrganizations (or classify/summarize), verdicts not yet set. */
  organizations: readonly OrganizationVerdict[];
  dataFlows?: readonly DataFlow[];
  policy: PolicyInput | null;
  probe?: readonly ProbeEvent[];
  consent?: ConsentEvents | null;
  gpc?: GpcFacts | null;
  /** Per-host first/last request times (for consent findings). */
  hosts?: readonly HostTiming[];
}

export interface JudgeOptions extends ConsentOptions {
  language?: SummaryLanguage;
}

const orgKey = (org: string | null, domain: string) => org ?? `domain:${domain}`;

export function siteDomainOf(site: string): string {
  const host = /^[a-z][a-z0-9+.-]*:\/\//i.test(site) ? hostOf(site) : site.toLowerCase();
  return registrableDomain(host) || host;
}

export function judgeSite(input: JudgeInput, options: JudgeOptions = {}): SiteAnalysis {
  const ctx = policyContext(input.policy);
  let tcfListed = new Map<string, number>();
  if (input.consent?.tcString) {
    // The TC string comes from the page: junk there must not break the judgement, only drop the TCF facts.
    try { tcfListed = listedOrganizations(decodeTcString(input.consent.tcString).listed); } catch { /* not TCF */ }
  }
  const facts = { siteDomain: siteDomainOf(input.site), probe: input.probe ?? [], tcfListed };

  const judged = new Map<string, Judged>();
  const organizations = input.organizations.map((row) => {
    const j = judgeOrganization(row, ctx, facts);
    const domains = row.hosts.map((h) => registrableDomain(h));
    judged.set(orgKey(row.org, domains[0] ?? row.name), j);
    // Unknown parties are grouped by domain; index every domain so a flow finds its row.
    if (!row.org) for (const d of domains) judged.set(orgKey(null, d), j);
    return j.row;
  });

  const dataFlows = (input.dataFlows ?? []).map((f) => judgeDataFlow(f, ctx, judged.get(orgKey(f.recipientOrg, f.recipientDomain))));
  const consent = consentFindings(input.hosts ?? [], input.consent, input.gpc, ctx.claims, options);
  const policy = input.policy
    ? {
      url: input.policy.url,
      status: input.policy.status,
      ...(input.policy.hash !== undefined ? { hash: input.policy.hash } : {}),
      ...(input.policy.fetchedAt !== undefined ? { fetchedAt: input.policy.fetchedAt } : {}),
    }
    : null;
  return {
    site: input.site,
    policy,
    organizations,
    dataFlows,
    consent,
    summary: siteSummary(organizations, dataFlows, consent, options.language, ctx.readability === 'pending'),
  };
}
