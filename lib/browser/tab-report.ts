/**
 * Assembles what the extension knows about one page visit into the TabReport shape (GUIDE §4
 * SiteAnalysis + popup details): the popup, the CLI's `audit` and the exports all read this one shape.
 */
import { groupOrganizations, organizationKey } from '../core/classify/organizations';
import type { ConsentMoment, DataFlow, OrganizationDetail, OrganizationInfo, TabReport } from '../core/types';
import type { FineprintDb } from '../store/db';
import { visitHostStats } from '../store/queries';
import { judgeVisit, saveSnapshot } from './judge-visit';
import { STORAGE_WARNING_KEY, type StorageWarning } from '../store/quota';
import type { VisitRef } from './visit-tracker';

export interface TabReportDeps {
  organizationInfo?(key: string): OrganizationInfo | undefined;
  /** Privacy Badger's heuristic: an unknown third party that set identifier cookies on ≥3 sites. */
  isLikelyTracker?(domain: string): boolean;
  /** GPC as configured: on, and whether this site is an exception. */
  gpc?(site: string): Promise<{ enabled: boolean; siteException: boolean }>;
  /** Language of the headline ('zh' for a Chinese browser UI). */
  language?: 'en' | 'zh';
  /** Store the judgement as a snapshot per policy version (off for read-only callers such as the bench). */
  saveSnapshot?: boolean;
  /** Blocks that apply on a site, by organization key (lib/browser/dnr.ts). */
  blocked?(site: string): Promise<Record<string, { scope: 'site' | 'everywhere'; count: number; functional?: boolean }>>;
}

/** One line per (data type, kind, encoding, recipient): the same email sent 12 times is one finding × 12. */
export function mergeFlows(flows: DataFlow[]): DataFlow[] {
  const merged = new Map<string, DataFlow>();
  for (const f of flows) {
    const key = `${f.type}|${f.kind}|${f.encoding}|${f.recipientDomain}`;
    const m = merged.get(key);
    if (m) m.count = (m.count ?? 1) + (f.count ?? 1);
    else merged.set(key, { ...f, count: f.count ?? 1 });
  }
  return [...merged.values()].sort((a, b) => a.time - b.time);
}

export async function buildTabReport(db: FineprintDb, visit: VisitRef, deps: TabReportDeps = {}): Promise<TabReport> {
  // Settings and blocks are not in IndexedDB: started first, awaited after the reads.
  const extras = Promise.all([
    deps.blocked?.(visit.site) ?? ({} as Record<string, { scope: 'site' | 'everywhere'; count: number; functional?: boolean }>),
    deps.gpc?.(visit.site) ?? { enabled: false, siteException: false },
  ]);
  // Every read (primary keys and `visitId` index ranges only, no scans) in one read-only
  // transaction instead of one per query: fewer transaction round trips in the popup's path.
  const [rows, site, flows, probe, visitRow, consentRows, policyRow, warning] = await db.transaction(
    'r', [db.hostStats, db.sites, db.dataFlows, db.probeEvents, db.visits, db.consentEvents, db.policies, db.kv], async () => {
      const [rows, site, flows, probe, visitRow, consentRows] = await Promise.all([
        visitHostStats(db, visit.visitId),
        db.sites.get(visit.site),
        db.dataFlows.where('visitId').equals(visit.visitId).toArray(),
        db.probeEvents.where('visitId').equals(visit.visitId).toArray(),
        db.visits.get(visit.visitId),
        db.consentEvents.where('visitId').equals(visit.visitId).toArray(),
      ]);
      const policyRow = site?.policyHash ? await db.policies.get(`${visit.site}|${site.policyHash}`) : undefined;
      const warning = (await db.kv.get(STORAGE_WARNING_KEY))?.value as StorageWarning | undefined;
      return [rows, site, flows, probe, visitRow, consentRows, policyRow, warning] as const;
    });
  const [blocked, gpcSetting] = await extras;
  const mergedFlows = mergeFlows(flows.map(({ id: _id, visitId: _v, site: _s, ...flow }) => flow))
    .map((flow) => ({ ...flow, verdict: null, policyEvidence: null }));
  const judged = judgeVisit({
    site: visit.site, siteRow: site, policyRow, organizations: groupOrganizations(rows), rows, flows: mergedFlows,
    probe: probe.map(({ id: _id, visitId: _v, site: _s, ...event }) => event), consentRows,
    gpcSent: gpcSetting.enabled && !gpcSetting.siteException, language: deps.language ?? 'en',
  });
  // Written in the background: the popup's answer must not wait for a write of 300 verdicts.
  if (deps.saveSnapshot !== false) void saveSnapshot(db, visit.site, judged).catch(() => undefined);
  const organizations = judged.organizations;
  // Rows and flows indexed by organization once: filtering them per organization was O(orgs × rows),
  // ~30 ms of the popup's 300-organization query (docs/performance.md).
  const rowsByKey = new Map<string, typeof rows>();
  for (const r of rows) if (r.thirdParty) pushTo(rowsByKey, organizationKey(r), r);
  const flowsByKey = new Map<string, typeof flows>();
  for (const f of flows) pushTo(flowsByKey, f.recipientOrg ?? `domain:${f.recipientDomain}`, f);
  // Consent moments per organization in one pass over the findings (same order as filtering them
  // per organization): a finding belongs to its own key and to every organization that used its host.
  const keysByHost = new Map<string, Set<string>>();
  for (const [key, list] of rowsByKey) for (const r of list) addTo(keysByHost, r.host, key);
  const consentByKey = new Map<string, Set<ConsentMoment>>();
  for (const c of judged.consent) {
    addTo(consentByKey, c.org ?? `domain:${c.host}`, c.moment);
    for (const key of keysByHost.get(c.host) ?? []) addTo(consentByKey, key, c.moment);
  }
  const details: Record<string, OrganizationDetail> = {};
  for (const o of organizations) {
    const key = o.org ?? `domain:${o.name}`;
    const mine = rowsByKey.get(key) ?? [];
    details[key] = {
      key,
      info: o.org ? deps.organizationInfo?.(o.org) : undefined,
      sampleUrls: [...new Set(mine.flatMap((r) => r.sampleUrls))].slice(0, 5),
      dataTypes: [...new Set((flowsByKey.get(key) ?? []).map((f) => f.type))],
      consent: [...(consentByKey.get(key) ?? [])],
      blocked: blocked[key] ?? null,
      likelyTracker: o.org ? undefined : deps.isLikelyTracker?.(o.name) ?? false,
    };
  }
  return {
    site: visit.site,
    visitId: visit.visitId,
    pageUrl: visit.pageUrl,
    title: visitRow?.title,
    startedAt: visitRow?.startedAt ?? 0,
    policy: site ? { url: site.policyUrl ?? null, status: site.policyStatus, hash: site.policyHash, fetchedAt: policyRow?.fetchedAt, reason: site.policyReason } : null,
    policyChanged: Boolean(site?.policyHash && site.seenPolicyHash && site.seenPolicyHash !== site.policyHash),
    organizations,
    dataFlows: judged.dataFlows,
    consent: judged.consent,
    summary: judged.summary,
    details,
    probe: probe.map(({ id: _id, visitId: _v, site: _s, ...event }) => event),
    siteOptOuts: policyRow?.analysis.optOuts ?? [],
    storageWarning: warning ? { time: warning.time, prunedVisits: warning.prunedVisits } : null,
    gpc: {
      enabled: gpcSetting.enabled, siteException: gpcSetting.siteException,
      siteHonours: site?.gpcJson?.gpc ?? (policyRow ? policyRow.analysis.claims.some((c) => c.kind === 'honours-gpc') : null),
    },
  };
}

function addTo<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
