/**
 * Puts one visit's stored records in front of the pure verdict engine (lib/core/verdict/judge.ts):
 * the site's current policy version, the consent events seen on the page, GPC facts and per-host
 * timing. Each judgement is also kept as a snapshot per (site, policy hash), so when the policy
 * changes the old verdicts stay with the version they were judged against.
 */
import { ANALYZER_VERSION, analyzePolicy, type PolicyResult } from '../core/policy/extract';
import { judgeSite } from '../core/verdict/judge';
import type { ConsentEvents, GpcFacts, HostTiming } from '../core/verdict/consent';
import type { PolicyInput } from '../core/verdict/context';
import type { OrganizationVerdict, SiteAnalysis } from '../core/types';
import type { ConsentRow, FineprintDb, HostStatRow, PolicyRow, SiteRow } from '../store/db';

export interface JudgeVisitInput {
  site: string;
  siteRow: SiteRow | undefined;
  policyRow: PolicyRow | undefined;
  organizations: OrganizationVerdict[];
  rows: HostStatRow[];
  flows: SiteAnalysis['dataFlows'];
  probe: Parameters<typeof judgeSite>[0]['probe'];
  consentRows: ConsentRow[];
  gpcSent: boolean;
  language: 'en' | 'zh';
}

export function consentEventsOf(rows: ConsentRow[]): ConsentEvents | null {
  if (rows.length === 0) return null;
  const sorted = [...rows].sort((a, b) => a.time - b.time);
  const shown = sorted.find((r) => r.event === 'banner-shown' || (r.event === 'tcf' && r.cmp === 'tcf:loaded'));
  const answer = sorted.find((r) => r.event === 'rejected' || r.event === 'accepted' || (r.event === 'tcf' && r.cmp === 'tcf:answered'));
  const tc = [...sorted].reverse().find((r) => r.tcString);
  return {
    bannerShownAt: shown?.time ?? answer?.time ?? null,
    answeredAt: answer?.time ?? null,
    answer: answer ? (answer.event === 'rejected' ? 'reject' : answer.event === 'accepted' ? 'accept' : null) : null,
    tcString: tc?.tcString ?? null,
  };
}

export function hostTimings(rows: HostStatRow[]): HostTiming[] {
  return rows.filter((r) => r.thirdParty).map((r) => ({
    host: r.host, org: r.org, name: r.orgName, category: r.category, first: r.first, last: r.last, gpc: r.withGpc > 0,
  }));
}

/** Re-read analyses, per policy hash: a stored analysis from an older analyzer is redone once. */
const refreshed = new Map<string, PolicyResult>();

/**
 * The analysis to judge with: the stored one, or — when an older analyzer produced it — a fresh
 * reading of the stored text. Verdicts must never come from statements a fixed analyzer would no
 * longer make (a look-alike denial, a "Follow us on Facebook" naming).
 */
export function currentAnalysis(site: string, policyRow: PolicyRow): PolicyResult {
  if (policyRow.analysis.analyzerVersion === ANALYZER_VERSION) return { ...policyRow.analysis, text: policyRow.text };
  const key = `${site}|${policyRow.hash}`;
  let fresh = refreshed.get(key);
  if (!fresh) {
    fresh = analyzePolicy(policyRow.text, { siteDomain: site });
    if (refreshed.size >= 50) refreshed.delete(refreshed.keys().next().value!);
    refreshed.set(key, fresh);
  }
  return fresh;
}

export function policyInputOf(siteRow: SiteRow | undefined, policyRow: PolicyRow | undefined): PolicyInput | null {
  if (!siteRow) return null;
  return {
    status: siteRow.policyStatus,
    url: siteRow.policyUrl ?? null,
    hash: siteRow.policyHash,
    fetchedAt: policyRow?.fetchedAt,
    analysis: policyRow ? currentAnalysis(siteRow.site, policyRow) : null,
  };
}

export function judgeVisit(input: JudgeVisitInput): SiteAnalysis {
  const gpc: GpcFacts = { sent: input.gpcSent, siteDeclares: input.siteRow?.gpcJson?.gpc ?? null };
  return judgeSite({
    site: input.site,
    organizations: input.organizations,
    dataFlows: input.flows,
    policy: policyInputOf(input.siteRow, input.policyRow),
    probe: input.probe,
    consent: consentEventsOf(input.consentRows),
    gpc,
    hosts: hostTimings(input.rows),
  }, { language: input.language });
}

/** Keep the judgement with the policy version it was made against (one row per site × version). */
export async function saveSnapshot(db: FineprintDb, site: string, analysis: SiteAnalysis, now = Date.now()): Promise<void> {
  const hash = analysis.policy?.hash;
  if (!hash) return;
  await db.verdicts.put({ key: `${site}|${hash}`, site, policyHash: hash, computedAt: now, analysis });
}
