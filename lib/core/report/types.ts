/**
 * The report model: what the dashboard, the HTML/JSON/CSV exports and the import all speak.
 *
 * `History` is a plain-data snapshot of the store (lib/store/history.ts loads it in one pass over
 * indexed data); the types are structural so lib/core never imports lib/store (GUIDE §2), and the
 * benchmark can build one in node with `generateHistory()`.
 */
import type {
  CategoryKey, ConsentFinding, DataFlow, DataFlowVerdict, OrganizationVerdict, PolicyStatus, SiteAnalysis, Verdict,
} from '../types';
import type { HostAggregate } from '../classify/organizations';

export interface HistoryVisit { id: string; site: string; url: string; title?: string; startedAt: number; lastAt: number }

/** One stored per-visit host aggregate, as the report reads it (the shape groupOrganizations groups). */
export interface HistoryHostStat extends HostAggregate {
  visitId: string;
  site: string;
}

export interface HistoryDataFlow extends DataFlow { visitId: string; site: string }
export interface HistoryConsentFinding extends ConsentFinding { visitId: string; site: string }

export interface HistorySite {
  site: string;
  policyStatus: PolicyStatus;
  policyUrl?: string;
  policyHash?: string;
  lastVisit: number;
}

/** A policy version without its text (texts are large and not needed to list or judge history). */
export interface HistoryPolicyVersion {
  site: string;
  hash: string;
  fetchedAt: number;
  url?: string;
  previousHash?: string;
  diff?: { added: string[]; removed: string[] };
  /** The previous version's page read again by a newer Fineprint, not a change the site made. */
  reread?: boolean;
}

export interface HistoryVerdictSnapshot { site: string; policyHash: string; computedAt: number; analysis: SiteAnalysis }

export interface History {
  visits: HistoryVisit[];
  hostStats: HistoryHostStat[];
  dataFlows: HistoryDataFlow[];
  consentFindings: HistoryConsentFinding[];
  sites: HistorySite[];
  policies: HistoryPolicyVersion[];
  verdicts: HistoryVerdictSnapshot[];
}

export interface ReportFilter {
  /** Inclusive bounds on a visit's start time (ms since epoch); null = unbounded. */
  from?: number | null;
  to?: number | null;
  /** Only these registrable domains; null/empty = every site. */
  sites?: string[] | null;
}

/** A verdict, or 'unjudged' while no verdict exists yet (no policy analysed, or verdicts not computed). */
export type VerdictKey = Verdict | 'unjudged';
export const VERDICT_KEYS: readonly VerdictKey[] = ['named', 'category', 'undisclosed', 'contradicted', 'no-policy', 'unjudged'];
export type VerdictCounts = Record<VerdictKey, number>;

export interface ReportOrganization extends OrganizationVerdict {
  /** `org` key or `domain:<eTLD+1>` (organizationKey). */
  key: string;
  requestsByHost: Record<string, number>;
}

export interface ReportVisit { id: string; url: string; title: string | null; startedAt: number; lastAt: number }

export interface ReportPolicy {
  url: string | null;
  status: PolicyStatus;
  /** The policy version the verdicts were judged against (null when none was judged). */
  hash: string | null;
  fetchedAt: number | null;
  judgedAt: number | null;
}

export interface ReportPolicyChange {
  site: string;
  hash: string;
  previousHash: string | null;
  fetchedAt: number;
  url: string | null;
  added: string[];
  removed: string[];
  /** The previous version's page read again by a newer Fineprint (its HTML reader changed): not a change the site made. */
  reread?: boolean;
}

export interface ReportSite {
  site: string;
  title: string | null;
  url: string;
  firstVisit: number;
  lastVisit: number;
  visits: ReportVisit[];
  policy: ReportPolicy | null;
  organizations: ReportOrganization[];
  dataFlows: DataFlowVerdict[];
  consent: ConsentFinding[];
  counts: VerdictCounts;
  policyChanges: ReportPolicyChange[];
}

/** One organization across every site: "Google saw you on 34 of 51 sites". */
export interface CrossSiteOrganization {
  key: string;
  org: string | null;
  name: string;
  category: CategoryKey;
  siteCount: number;
  requests: number;
  verdicts: VerdictCounts;
  sites: string[];
}

export interface ReportModel {
  schemaVersion: 1;
  generatedAt: number;
  filter: { from: number | null; to: number | null; sites: string[] | null };
  totals: { sites: number; visits: number; organizations: number; requests: number; verdicts: VerdictCounts };
  sites: ReportSite[];
  organizations: CrossSiteOrganization[];
  policyChanges: ReportPolicyChange[];
}

/** One row of the dashboard's site list (first view: visits + sites only, no per-host data). */
export interface SiteIndexEntry {
  site: string;
  title: string | null;
  url: string;
  firstVisit: number;
  lastVisit: number;
  visitCount: number;
  policyStatus: PolicyStatus | null;
}
