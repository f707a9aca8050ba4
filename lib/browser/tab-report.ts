/**
 * Assembles what the extension knows about one page visit into the TabReport shape (GUIDE §4
 * SiteAnalysis + popup details): the popup, the CLI's `audit` and the exports all read this one shape.
 */
import { groupOrganizations, organizationKey } from '../core/report/organizations';
import type { DataFlow, OrganizationDetail, OrganizationInfo, TabReport } from '../core/types';
import type { FineprintDb } from '../store/db';
import { visitHostStats } from '../store/queries';
import type { VisitRef } from './visit-tracker';

export interface TabReportDeps {
  organizationInfo?(key: string): OrganizationInfo | undefined;
  /** Blocks that apply on a site, by organization key (lib/browser/dnr.ts). */
  blocked?(site: string): Promise<Record<string, { scope: 'site' | 'everywhere'; count: number }>>;
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
  const [rows, site, flows, probe, visitRow, blocked] = await Promise.all([
    visitHostStats(db, visit.visitId),
    db.sites.get(visit.site),
    db.dataFlows.where('visitId').equals(visit.visitId).toArray(),
    db.probeEvents.where('visitId').equals(visit.visitId).toArray(),
    db.visits.get(visit.visitId),
    deps.blocked?.(visit.site) ?? ({} as Record<string, { scope: 'site' | 'everywhere'; count: number }>),
  ]);
  const organizations = groupOrganizations(rows);
  // Rows and flows indexed by organization once: filtering them per organization was O(orgs × rows),
  // ~30 ms of the popup's 300-organization query (docs/performance.md).
  const rowsByKey = new Map<string, typeof rows>();
  for (const r of rows) if (r.thirdParty) pushTo(rowsByKey, organizationKey(r), r);
  const flowsByKey = new Map<string, typeof flows>();
  for (const f of flows) pushTo(flowsByKey, f.recipientOrg ?? `domain:${f.recipientDomain}`, f);
  const details: Record<string, OrganizationDetail> = {};
  for (const o of organizations) {
    const key = o.org ?? `domain:${o.name}`;
    const mine = rowsByKey.get(key) ?? [];
    details[key] = {
      key,
      info: o.org ? deps.organizationInfo?.(o.org) : undefined,
      sampleUrls: [...new Set(mine.flatMap((r) => r.sampleUrls))].slice(0, 5),
      dataTypes: [...new Set((flowsByKey.get(key) ?? []).map((f) => f.type))],
      consent: [],
      blocked: blocked[key] ?? null,
    };
  }
  return {
    site: visit.site,
    visitId: visit.visitId,
    pageUrl: visit.pageUrl,
    title: visitRow?.title,
    startedAt: visitRow?.startedAt ?? 0,
    policy: site ? { url: site.policyUrl ?? null, status: site.policyStatus, hash: site.policyHash } : null,
    policyChanged: Boolean(site?.policyHash && site.seenPolicyHash && site.seenPolicyHash !== site.policyHash),
    organizations,
    dataFlows: mergeFlows(flows.map(({ id: _id, visitId: _v, site: _s, ...flow }) => flow)).map((flow) => ({ ...flow, verdict: null, policyEvidence: null })),
    consent: [],
    details,
    probe: probe.map(({ id: _id, visitId: _v, site: _s, ...event }) => event),
    siteOptOuts: [],
    gpc: { enabled: false, siteException: false, siteHonours: null },
  };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
