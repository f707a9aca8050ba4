/**
 * Typed read queries over the one schema. Every query the popup, dashboard and CLI harness use is
 * an indexed range read (visitId / site), never a table scan.
 */
import type { FineprintDb, HostStatRow, VisitRow } from './db';

export interface HostSummary { host: string; domain: string; requests: number; thirdParty: boolean; org: string | null; orgName: string; category: string }

export async function visitHostStats(db: FineprintDb, visitId: string): Promise<HostStatRow[]> {
  return db.hostStats.where('visitId').equals(visitId).toArray();
}

/** Whether a visit's record holds a top-level document request (request-journal replay, web-request.ts). */
export async function visitHasDocument(db: FineprintDb, visitId: string): Promise<boolean> {
  const n = await db.hostStats.where('visitId').equals(visitId).filter((r) => (r.types.main_frame ?? 0) > 0).count();
  return n > 0;
}

/** Per-host request counts of one visit (patterns of one host merged). */
export function summariseHosts(rows: HostStatRow[]): HostSummary[] {
  const byHost = new Map<string, HostSummary>();
  for (const r of rows) {
    const h = byHost.get(r.host);
    if (h) { h.requests += r.count; if (!h.org && r.org) { h.org = r.org; h.orgName = r.orgName; h.category = r.category; } }
    else byHost.set(r.host, { host: r.host, domain: r.domain, requests: r.count, thirdParty: r.thirdParty, org: r.org, orgName: r.orgName, category: r.category });
  }
  return [...byHost.values()].sort((a, b) => b.requests - a.requests || a.host.localeCompare(b.host));
}

export async function visitsOfSite(db: FineprintDb, site: string): Promise<VisitRow[]> {
  return db.visits.where('site').equals(site).sortBy('startedAt');
}

/** Request count per host for a visit — what reconciliation compares the page's own list with. */
export async function hostCounts(db: FineprintDb, visitId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.hostStats.where('visitId').equals(visitId).each((r) => counts.set(r.host, (counts.get(r.host) ?? 0) + r.count));
  return counts;
}
