/**
 * Assembles what the extension knows about one page visit into the GUIDE §4 `SiteAnalysis` shape:
 * the popup, the CLI's `audit` and the exports all read this one shape.
 */
import { groupOrganizations } from '../core/report/organizations';
import type { SiteAnalysis } from '../core/types';
import type { FineprintDb } from '../store/db';
import { visitHostStats } from '../store/queries';
import type { VisitRef } from './visit-tracker';

export async function buildTabReport(db: FineprintDb, visit: VisitRef): Promise<SiteAnalysis> {
  const [rows, site, flows] = await Promise.all([
    visitHostStats(db, visit.visitId),
    db.sites.get(visit.site),
    db.dataFlows.where('visitId').equals(visit.visitId).toArray(),
  ]);
  return {
    site: visit.site,
    policy: site ? { url: site.policyUrl ?? null, status: site.policyStatus, hash: site.policyHash } : null,
    organizations: groupOrganizations(rows),
    dataFlows: flows.map(({ id: _id, visitId: _v, site: _s, ...flow }) => ({ ...flow, verdict: null, policyEvidence: null })),
    consent: [],
  };
}
