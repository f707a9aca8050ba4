/**
 * The one Dexie schema. Every `version()` and migration lives here (GUIDE §3.5) and each is tested
 * on a populated database (lib/store/db.test.ts).
 *
 * Raw requests are never stored one row each: a page visit keeps one aggregate row per
 * host × pattern (count, first/last time, a few sample URLs). That keeps a million requests in a few
 * MB and the popup's query one indexed range read.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  ConsentFinding, DataFlow, PolicyAnalysis, PolicyStatus, ProbeEvent, RequestType, SiteAnalysis,
} from '../core/types';
import type { HostAggregate } from '../core/classify/organizations';

export interface VisitRow {
  id: string;
  tabId: number;
  url: string;
  /** Registrable domain of the page: the "site" everything is judged per. */
  site: string;
  title?: string;
  startedAt: number;
  /** Last time anything was recorded for this visit. */
  lastAt: number;
  /** Chrome's documentId of the page (v2): a restarted worker finds the visit of a late request or report by it. */
  documentId?: string;
  /** Local calendar day of `startedAt`, YYYY-MM-DD (v2): the dashboard groups and filters history by day. */
  day?: string;
}

/** One stored aggregate: what groupOrganizations reads (HostAggregate), plus where and when it was seen. */
export interface HostStatRow extends HostAggregate {
  /** `${visitId}|${host}|${pattern}` — one aggregate per visit × host × pattern. */
  key: string;
  visitId: string;
  site: string;
  pattern: string | null;
  first: number;
  last: number;
  /** Up to SAMPLE_URLS distinct URLs, truncated, for the popup's "sample requests". */
  sampleUrls: string[];
  types: Partial<Record<RequestType, number>>;
  /** Requests that carried cookies / Sec-GPC. */
  withCookies: number;
  withGpc: number;
  /** Cookie names this host set (values never stored). */
  cookiesSet: string[];
}

export interface ProbeRow extends ProbeEvent { id?: number; visitId: string; site: string }
export interface DataFlowRow extends DataFlow { id?: number; visitId: string; site: string }
export interface ConsentRow { id?: number; visitId: string; site: string; event: string; cmp?: string; tcString?: string; time: number }

export interface PolicyRow {
  /** `${site}|${hash}` */
  key: string;
  site: string;
  hash: string;
  url: string;
  fetchedAt: number;
  text: string;
  analysis: PolicyAnalysis;
  previousHash?: string;
  /** Sentences added/removed relative to the previous version. */
  diff?: { added: string[]; removed: string[] };
  /** The HTML reader's version that wrote `text` (absent for text documents and for rows stored before it was kept). */
  reader?: number;
  /** The previous version's page read again by another reader version: not a change the site made (no diff). */
  reread?: boolean;
}

export interface SiteRow {
  site: string;
  policyStatus: PolicyStatus;
  policyUrl?: string;
  policyHash?: string;
  policyReason?: string;
  /** Last discovery attempt — discovery runs at most once per site per day. */
  checkedAt?: number;
  gpcJson?: { gpc: boolean; lastUpdate?: string } | null;
  lastVisit: number;
  /** Policy hash the person last saw in the popup, for "changed since your last visit". */
  seenPolicyHash?: string;
}

export interface VerdictSnapshotRow {
  /** `${site}|${policyHash}` — old verdicts are kept with the version they were judged against. */
  key: string;
  site: string;
  policyHash: string;
  computedAt: number;
  analysis: SiteAnalysis;
}

/**
 * One site's visits in brief (lib/store/site-summary.ts), so the dashboard lists 2,000 sites from 2,000 small
 * rows instead of every visit: the same figures buildSiteIndex derives from the visits.
 */
export interface SiteSummaryRow {
  site: string;
  visitCount: number;
  firstVisit: number;
  lastVisit: number;
  /** URL of the latest visit. */
  lastUrl: string;
  /** Title of the latest visit that has one, and that visit's start. */
  lastTitle?: string;
  lastTitleAt?: number;
}

export interface TabRow { tabId: number; visitId: string; documentId?: string }
export interface KvRow { key: string; value: unknown }
export interface ConsentFindingRow extends ConsentFinding { id?: number; visitId: string; site: string }

export const SAMPLE_URLS = 5;

export type FineprintDb = Dexie & {
  visits: EntityTable<VisitRow, 'id'>;
  hostStats: EntityTable<HostStatRow, 'key'>;
  probeEvents: EntityTable<ProbeRow, 'id'>;
  dataFlows: EntityTable<DataFlowRow, 'id'>;
  consentEvents: EntityTable<ConsentRow, 'id'>;
  consentFindings: EntityTable<ConsentFindingRow, 'id'>;
  policies: EntityTable<PolicyRow, 'key'>;
  sites: EntityTable<SiteRow, 'site'>;
  siteSummaries: EntityTable<SiteSummaryRow, 'site'>;
  verdicts: EntityTable<VerdictSnapshotRow, 'key'>;
  tabs: EntityTable<TabRow, 'tabId'>;
  kv: EntityTable<KvRow, 'key'>;
};

export const DB_NAME = 'fineprint';

/** Version 1: the first released schema. Never edit it; add a version below instead. */
export const SCHEMA_V1 = {
  visits: 'id, tabId, site, startedAt, lastAt',
  hostStats: 'key, visitId, site, org, domain, [site+org]',
  probeEvents: '++id, visitId, site, kind',
  dataFlows: '++id, visitId, site, type',
  consentEvents: '++id, visitId, site',
  consentFindings: '++id, visitId, site',
  policies: 'key, site, fetchedAt',
  sites: 'site, lastVisit, policyStatus',
  verdicts: 'key, site, computedAt',
  tabs: 'tabId, visitId',
  kv: 'key',
};

/**
 * Version 2 (visits only; every other table and all data unchanged — tested in lib/store/migrations.test.ts):
 *   - `documentId` index: after a worker restart, a late request or content-script report of an earlier page
 *     is charged to that page's visit, found by its document, not to whatever the tab shows now;
 *   - `day` + `[site+startedAt]`: the dashboard's per-day history and one site's date range are index reads.
 * The upgrade fills `day` for every existing visit and `documentId` for the visits the tabs table knew it for.
 */
export const SCHEMA_V2 = { ...SCHEMA_V1, visits: 'id, tabId, site, startedAt, lastAt, documentId, day, [site+startedAt]' };

/**
 * Version 3 (indexes only; no row changes): every IndexedDB put maintains every index of its table, and the
 * recorder re-writes a page's aggregate rows many times while the page loads. Nothing ever queried hostStats by
 * site, org, domain or [site+org] (deleting a site now goes through its visits), nor visits by tabId or lastAt,
 * so those six indexes are dropped: a hostStats write touches 1 index instead of 5, a visit update 5 instead of 7.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  hostStats: 'key, visitId',
  visits: 'id, site, startedAt, documentId, day, [site+startedAt]',
};

/**
 * Version 4 (a table added; no row changes): `siteSummaries`, one row per site (visit count, first and last
 * visit, last URL and title), kept by whoever writes visits (visit-tracker commit, titles) and dropped by
 * whatever deletes them in bulk (retention, import), so the dashboard's whole site list is 2,000 small reads
 * instead of every visit (docs/performance.md, dashboard-2000). Empty after the upgrade: the first list read
 * fills it from the visits (lib/store/site-summary.ts).
 */
export const SCHEMA_V4 = { ...SCHEMA_V3, siteSummaries: 'site' };

/** YYYY-MM-DD in the person's time zone (a visit at 00:30 local belongs to that local day). */
export function dayOf(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function openDb(name = DB_NAME, indexedDB?: IDBFactory, keyRange?: typeof IDBKeyRange): FineprintDb {
  const db = new Dexie(name, indexedDB ? { indexedDB, IDBKeyRange: keyRange } : undefined) as FineprintDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(async (tx) => {
    const documents = new Map<string, string>();
    await tx.table<TabRow>('tabs').each((t) => { if (t.documentId) documents.set(t.visitId, t.documentId); });
    await tx.table<VisitRow>('visits').toCollection().modify((v) => {
      v.day = dayOf(v.startedAt);
      const documentId = documents.get(v.id);
      if (documentId && !v.documentId) v.documentId = documentId;
    });
  });
  db.version(3).stores(SCHEMA_V3);
  db.version(4).stores(SCHEMA_V4);
  return db;
}
