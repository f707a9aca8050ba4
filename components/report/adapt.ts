/**
 * A report site in the shape the shared per-site view (components/site, built for the popup's
 * TabReport) takes, so the dashboard and the exported report show a site exactly as the popup does.
 */
import type { ConsentMoment, DataType, OrganizationDetail, TabReport } from '../../lib/core/types';
import type { ReportSite } from '../../lib/core/report/types';

export function siteToTabReport(s: ReportSite): TabReport {
  const types = new Map<string, Set<DataType>>();
  for (const f of s.dataFlows) {
    const k = f.recipientOrg ?? `domain:${f.recipientDomain}`;
    let set = types.get(k);
    if (!set) { set = new Set(); types.set(k, set); }
    set.add(f.type);
  }
  const moments = new Map<string, Set<ConsentMoment>>();
  for (const c of s.consent) {
    const k = c.org ?? `domain:${c.name}`;
    let set = moments.get(k);
    if (!set) { set = new Set(); moments.set(k, set); }
    set.add(c.moment);
  }
  const details: Record<string, OrganizationDetail> = {};
  for (const o of s.organizations) {
    details[o.key] = { key: o.key, sampleUrls: [], dataTypes: [...(types.get(o.key) ?? [])], consent: [...(moments.get(o.key) ?? [])] };
  }
  const last = s.visits[s.visits.length - 1];
  return {
    site: s.site,
    policy: s.policy ? { url: s.policy.url, status: s.policy.status, hash: s.policy.hash ?? undefined, fetchedAt: s.policy.fetchedAt ?? undefined } : null,
    organizations: s.organizations,
    dataFlows: s.dataFlows,
    consent: s.consent,
    visitId: last?.id ?? '',
    pageUrl: s.url,
    title: s.title ?? undefined,
    startedAt: s.lastVisit,
    policyChanged: false,
    details,
    probe: [],
    siteOptOuts: [],
    gpc: { enabled: false, siteException: false, siteHonours: null },
  };
}
