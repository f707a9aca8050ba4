/**
 * History → report model, in one pass over each table (no per-site lookups into other arrays), so
 * 2,000 sites build in milliseconds and the dashboard, the exports and the benchmark share one path.
 */
import type { ConsentFinding, DataFlowVerdict, OrganizationVerdict } from '../types';
import { groupOrganizations, organizationKey } from '../classify/organizations';
import type {
  CrossSiteOrganization, History, HistoryHostStat, HistoryPolicyVersion, HistorySite, HistoryVerdictSnapshot, HistoryVisit,
  ReportFilter, ReportModel, ReportOrganization, ReportPolicyChange, ReportSite, SiteIndexEntry, VerdictCounts, VerdictKey,
} from './types';
import { VERDICT_KEYS } from './types';

export function emptyCounts(): VerdictCounts {
  return Object.fromEntries(VERDICT_KEYS.map((k) => [k, 0])) as VerdictCounts;
}

export function verdictKey(v: OrganizationVerdict['verdict'] | undefined): VerdictKey {
  return v ?? 'unjudged';
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

function inRange(t: number, filter: ReportFilter): boolean {
  return (filter.from == null || t >= filter.from) && (filter.to == null || t <= filter.to);
}

function siteSet(filter: ReportFilter): Set<string> | null {
  return filter.sites && filter.sites.length ? new Set(filter.sites) : null;
}

/** The snapshot judged against the site's current policy, else the most recent one. */
function pickSnapshot(site: HistorySite | undefined, snaps: HistoryVerdictSnapshot[] | undefined): HistoryVerdictSnapshot | null {
  if (!snaps?.length) return null;
  const current = site?.policyHash ? snaps.find((s) => s.policyHash === site.policyHash) : undefined;
  return current ?? snaps.reduce((a, b) => (b.computedAt > a.computedAt ? b : a));
}

/** Key of an organization row in a snapshot: unknown parties are named by their domain (groupOrganizations). */
function snapshotKey(o: OrganizationVerdict): string {
  return o.org ?? `domain:${o.name}`;
}

function flowKey(f: { type: string; kind: string; recipientDomain: string }): string {
  return `${f.type}|${f.kind}|${f.recipientDomain}`;
}

/** `fallbackUrl`: the store loads URLs only for changed policies; a single version's URL is the site's. */
export function policyChanges(policies: HistoryPolicyVersion[], filter: ReportFilter = {}, fallbackUrl?: (site: string) => string | undefined): ReportPolicyChange[] {
  const only = siteSet(filter);
  const bySite = new Map<string, HistoryPolicyVersion[]>();
  for (const p of policies) if (!only || only.has(p.site)) push(bySite, p.site, p);
  const out: ReportPolicyChange[] = [];
  for (const [site, versions] of bySite) {
    versions.sort((a, b) => a.fetchedAt - b.fetchedAt);
    versions.forEach((v, i) => {
      if (!inRange(v.fetchedAt, filter)) return;
      out.push({
        site, hash: v.hash, previousHash: v.previousHash ?? (i > 0 ? versions[i - 1].hash : null), fetchedAt: v.fetchedAt,
        url: v.url ?? fallbackUrl?.(site) ?? null, added: v.diff?.added ?? [], removed: v.diff?.removed ?? [],
        ...(v.reread ? { reread: true } : {}),
      });
    });
  }
  return out.sort((a, b) => b.fetchedAt - a.fetchedAt || a.site.localeCompare(b.site));
}

export function buildReportModel(history: History, filter: ReportFilter = {}, now = Date.now()): ReportModel {
  const only = siteSet(filter);
  const visitsBySite = new Map<string, HistoryVisit[]>();
  const visitIds = new Set<string>();
  for (const v of history.visits) {
    if ((only && !only.has(v.site)) || !inRange(v.startedAt, filter)) continue;
    push(visitsBySite, v.site, v);
    visitIds.add(v.id);
  }
  // Rows of deleted/pruned or filtered-out visits are skipped here rather than trusted.
  const statsBySite = new Map<string, HistoryHostStat[]>();
  for (const r of history.hostStats) if (visitIds.has(r.visitId)) push(statsBySite, r.site, r);
  const flowsBySite = new Map<string, History['dataFlows']>();
  for (const f of history.dataFlows) if (visitIds.has(f.visitId)) push(flowsBySite, f.site, f);
  const consentBySite = new Map<string, History['consentFindings']>();
  for (const c of history.consentFindings) if (visitIds.has(c.visitId)) push(consentBySite, c.site, c);
  const siteRows = new Map(history.sites.map((s) => [s.site, s]));
  const snapsBySite = new Map<string, HistoryVerdictSnapshot[]>();
  for (const s of history.verdicts) if (visitsBySite.has(s.site)) push(snapsBySite, s.site, s);
  const policyMeta = new Map(history.policies.map((p) => [`${p.site}|${p.hash}`, p]));
  const changes = policyChanges(history.policies, filter, (site) => siteRows.get(site)?.policyUrl).filter((c) => visitsBySite.has(c.site));
  const changesBySite = new Map<string, ReportPolicyChange[]>();
  for (const c of changes) push(changesBySite, c.site, c);

  const sites: ReportSite[] = [];
  for (const [site, visits] of visitsBySite) {
    visits.sort((a, b) => a.startedAt - b.startedAt);
    const row = siteRows.get(site);
    const snap = pickSnapshot(row, snapsBySite.get(site));
    const stats = statsBySite.get(site) ?? [];
    const judged = new Map((snap?.analysis.organizations ?? []).map((o) => [snapshotKey(o), o]));
    const byHost = new Map<string, Record<string, number>>();
    for (const r of stats) {
      if (!r.thirdParty) continue;
      const key = organizationKey(r);
      let m = byHost.get(key);
      if (!m) { m = {}; byHost.set(key, m); }
      m[r.host] = (m[r.host] ?? 0) + r.count;
    }
    const counts = emptyCounts();
    const organizations: ReportOrganization[] = groupOrganizations(stats).map((o) => {
      const key = o.org ?? `domain:${o.name}`;
      const j = judged.get(key);
      const out: ReportOrganization = {
        ...o, key, verdict: j?.verdict ?? null, evidence: j?.evidence ?? null, requestsByHost: byHost.get(key) ?? {},
      };
      if (j?.why) out.why = j.why;
      if (j?.other) out.other = j.other;
      counts[verdictKey(out.verdict)]++;
      return out;
    });
    const judgedFlows = new Map((snap?.analysis.dataFlows ?? []).map((f) => [flowKey(f), f]));
    const dataFlows: DataFlowVerdict[] = (flowsBySite.get(site) ?? []).map(({ visitId: _v, site: _s, ...f }) => {
      const j = judgedFlows.get(flowKey(f));
      return { ...stripId(f), verdict: j?.verdict ?? null, policyEvidence: j?.policyEvidence ?? null };
    });
    const consent = dedupeConsent((consentBySite.get(site) ?? []).map(({ visitId: _v, site: _s, ...c }) => stripId(c)), snap?.analysis.consent);
    const judgedHash = snap?.policyHash ?? row?.policyHash ?? null;
    const meta = judgedHash ? policyMeta.get(`${site}|${judgedHash}`) : undefined;
    const last = visits[visits.length - 1];
    const titled = [...visits].reverse().find((v) => v.title);
    sites.push({
      site,
      title: titled?.title ?? null,
      url: last.url,
      firstVisit: visits[0].startedAt,
      lastVisit: last.startedAt,
      visits: visits.map((v) => ({ id: v.id, url: v.url, title: v.title ?? null, startedAt: v.startedAt, lastAt: v.lastAt })),
      policy: row || snap ? {
        url: meta?.url ?? row?.policyUrl ?? snap?.analysis.policy?.url ?? null,
        status: row?.policyStatus ?? snap?.analysis.policy?.status ?? 'pending',
        hash: judgedHash,
        fetchedAt: meta?.fetchedAt ?? snap?.analysis.policy?.fetchedAt ?? null,
        judgedAt: snap?.computedAt ?? null,
      } : null,
      organizations,
      dataFlows,
      consent,
      counts,
      policyChanges: changesBySite.get(site) ?? [],
    });
  }
  sites.sort((a, b) => b.lastVisit - a.lastVisit || a.site.localeCompare(b.site));
  const organizations = crossSite(sites);
  const totals = { sites: sites.length, visits: visitIds.size, organizations: organizations.length, requests: 0, verdicts: emptyCounts() };
  for (const s of sites) {
    for (const o of s.organizations) totals.requests += o.requests;
    for (const k of VERDICT_KEYS) totals.verdicts[k] += s.counts[k];
  }
  return {
    schemaVersion: 1,
    generatedAt: now,
    filter: { from: filter.from ?? null, to: filter.to ?? null, sites: only ? [...only].sort() : null },
    totals,
    sites,
    organizations,
    policyChanges: changes,
  };
}

/** Store rows carry an auto-increment id that means nothing outside this browser. */
function stripId<T extends object>(row: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = row as T & { id?: unknown };
  return rest as Omit<T, 'id'>;
}

function dedupeConsent(rows: ConsentFinding[], fromSnapshot: ConsentFinding[] | undefined): ConsentFinding[] {
  const seen = new Map<string, ConsentFinding>();
  for (const c of [...rows, ...(fromSnapshot ?? [])]) {
    const k = `${c.moment}|${c.host}|${c.requestTime}`;
    if (!seen.has(k)) seen.set(k, c);
  }
  return [...seen.values()].sort((a, b) => a.requestTime - b.requestTime);
}

function crossSite(sites: ReportSite[]): CrossSiteOrganization[] {
  const byKey = new Map<string, CrossSiteOrganization>();
  for (const s of sites) {
    for (const o of s.organizations) {
      let c = byKey.get(o.key);
      if (!c) {
        c = { key: o.key, org: o.org, name: o.name, category: o.category, siteCount: 0, requests: 0, verdicts: emptyCounts(), sites: [] };
        byKey.set(o.key, c);
      }
      c.siteCount++;
      c.requests += o.requests;
      c.verdicts[verdictKey(o.verdict)]++;
      c.sites.push(s.site);
    }
  }
  return [...byKey.values()].sort((a, b) => b.siteCount - a.siteCount || b.requests - a.requests || a.name.localeCompare(b.name));
}

/**
 * The dashboard's first view: one row per site from visits + sites only (small rows, no per-host
 * data), so 2,000 sites list in one pass; per-site details load for the visible page only.
 */
export function buildSiteIndex(visits: HistoryVisit[], sites: HistorySite[], filter: ReportFilter = {}): SiteIndexEntry[] {
  const only = siteSet(filter);
  const status = new Map(sites.map((s) => [s.site, s.policyStatus]));
  const bySite = new Map<string, SiteIndexEntry & { titleAt: number }>();
  for (const v of visits) {
    if ((only && !only.has(v.site)) || !inRange(v.startedAt, filter)) continue;
    const e = bySite.get(v.site);
    if (!e) {
      bySite.set(v.site, {
        site: v.site, title: v.title ?? null, titleAt: v.title ? v.startedAt : -Infinity, url: v.url, firstVisit: v.startedAt,
        lastVisit: v.startedAt, visitCount: 1, policyStatus: status.get(v.site) ?? null,
      });
      continue;
    }
    e.visitCount++;
    if (v.startedAt < e.firstVisit) e.firstVisit = v.startedAt;
    if (v.startedAt >= e.lastVisit) { e.lastVisit = v.startedAt; e.url = v.url; }
    if (v.title && v.startedAt >= e.titleAt) { e.title = v.title; e.titleAt = v.startedAt; }
  }
  return [...bySite.values()]
    .map(({ titleAt: _t, ...e }) => e)
    .sort((a, b) => b.lastVisit - a.lastVisit || a.site.localeCompare(b.site));
}

/** Case-insensitive search over the site, its last title and URL. */
export function searchSites(entries: SiteIndexEntry[], query: string): SiteIndexEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return entries;
  return entries.filter((e) => e.site.includes(q) || (e.title ?? '').toLowerCase().includes(q) || e.url.toLowerCase().includes(q));
}
