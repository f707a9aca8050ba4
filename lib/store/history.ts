/**
 * Dashboard and export reads. Each table is read once, through an index when a filter narrows it; the
 * two tables with large values are read by key first:
 *   - policies hold the full policy text: the timeline only needs (site, hash, fetchedAt), which a key
 *     cursor on the fetchedAt index gives without loading any text; rows are loaded only for sites with
 *     more than one version (where there is a diff to show);
 *   - verdicts hold a whole SiteAnalysis per (site, policy version): only the one snapshot per site the
 *     report uses is loaded.
 */
import Dexie from 'dexie';
import { buildSiteIndex } from '../core/report/model';
import type {
  History, HistoryPolicyVersion, HistorySite, HistoryVerdictSnapshot, HistoryVisit, ReportFilter, SiteIndexEntry,
} from '../core/report/types';
import type { FineprintDb, VisitRow } from './db';
import { loadSummarizedIndex } from './site-summary';

/** Above this many visits an anyOf() query costs more than reading the table once. */
const ANY_OF_LIMIT = 2000;

async function filteredVisits(db: FineprintDb, filter: ReportFilter): Promise<VisitRow[]> {
  const from = filter.from ?? null;
  const to = filter.to ?? null;
  const sites = filter.sites?.length ? filter.sites : null;
  let rows: VisitRow[];
  if (sites) rows = await db.visits.where('site').anyOf(sites).toArray();
  else if (from !== null || to !== null) rows = await db.visits.where('startedAt').between(from ?? Dexie.minKey, to ?? Dexie.maxKey, true, true).toArray();
  else rows = await db.visits.toArray();
  return rows.filter((v) => v.site && (from === null || v.startedAt >= from) && (to === null || v.startedAt <= to));
}

function toVisit(v: VisitRow): HistoryVisit {
  return { id: v.id, site: v.site, url: v.url, title: v.title, startedAt: v.startedAt, lastAt: v.lastAt };
}

/** Policy versions (no texts) of the given sites, or of every site when `sites` is null. */
export async function loadPolicyVersions(db: FineprintDb, sites: Set<string> | null): Promise<HistoryPolicyVersion[]> {
  const versions: HistoryPolicyVersion[] = [];
  await db.policies.orderBy('fetchedAt').eachKey((fetchedAt, cursor) => {
    const key = String(cursor.primaryKey);
    const bar = key.indexOf('|');
    const site = key.slice(0, bar);
    if (!sites || sites.has(site)) versions.push({ site, hash: key.slice(bar + 1), fetchedAt: Number(fetchedAt) });
  });
  const perSite = new Map<string, number>();
  for (const v of versions) perSite.set(v.site, (perSite.get(v.site) ?? 0) + 1);
  const changed = versions.filter((v) => (perSite.get(v.site) ?? 0) > 1);
  if (changed.length) {
    const rows = await db.policies.bulkGet(changed.map((v) => `${v.site}|${v.hash}`));
    rows.forEach((r, i) => {
      if (!r) return;
      Object.assign(changed[i], { url: r.url, previousHash: r.previousHash, diff: r.diff, ...(r.reread ? { reread: true } : {}) });
    });
  }
  return versions;
}

/** The one verdict snapshot per site the report uses: judged against the current policy, else the latest. */
async function loadVerdicts(db: FineprintDb, sites: HistorySite[], only: Set<string> | null): Promise<HistoryVerdictSnapshot[]> {
  const current = new Map(sites.map((s) => [s.site, s.policyHash]));
  const chosen = new Map<string, { key: string; computedAt: number; current: boolean }>();
  await db.verdicts.orderBy('computedAt').eachKey((computedAt, cursor) => {
    const key = String(cursor.primaryKey);
    const bar = key.indexOf('|');
    const site = key.slice(0, bar);
    if (only && !only.has(site)) return;
    const isCurrent = key.slice(bar + 1) === current.get(site);
    const prev = chosen.get(site);
    // Ascending computedAt: a later snapshot wins unless the earlier one is the current policy's.
    if (!prev || isCurrent || !prev.current) chosen.set(site, { key, computedAt: Number(computedAt), current: isCurrent });
  });
  const rows = await db.verdicts.bulkGet([...chosen.values()].map((c) => c.key));
  return rows.filter((r): r is NonNullable<typeof r> => Boolean(r))
    .map((r) => ({ site: r.site, policyHash: r.policyHash, computedAt: r.computedAt, analysis: r.analysis }));
}

/** Everything the report model needs, read in one pass (no per-site queries). */
export async function loadHistory(db: FineprintDb, filter: ReportFilter = {}): Promise<History> {
  return db.transaction('r', [db.visits, db.hostStats, db.dataFlows, db.consentFindings, db.sites, db.policies, db.verdicts], async () => {
    const visits = await filteredVisits(db, filter);
    const narrowed = Boolean(filter.sites?.length || filter.from != null || filter.to != null);
    const ids = visits.map((v) => v.id);
    const siteNames = [...new Set(visits.map((v) => v.site))];
    const byVisit = narrowed && ids.length <= ANY_OF_LIMIT;
    const [hostStats, dataFlows, consentFindings, siteRows] = await Promise.all([
      byVisit ? db.hostStats.where('visitId').anyOf(ids).toArray() : db.hostStats.toArray(),
      byVisit ? db.dataFlows.where('visitId').anyOf(ids).toArray() : db.dataFlows.toArray(),
      byVisit ? db.consentFindings.where('visitId').anyOf(ids).toArray() : db.consentFindings.toArray(),
      narrowed ? db.sites.bulkGet(siteNames) : db.sites.toArray(),
    ]);
    const sites: HistorySite[] = siteRows.filter((s): s is NonNullable<typeof s> => Boolean(s))
      .map((s) => ({ site: s.site, policyStatus: s.policyStatus, policyUrl: s.policyUrl, policyHash: s.policyHash, lastVisit: s.lastVisit }));
    const only = narrowed ? new Set(siteNames) : null;
    const [policies, verdicts] = await Promise.all([loadPolicyVersions(db, only), loadVerdicts(db, sites, only)]);
    return { visits: visits.map(toVisit), hostStats, dataFlows, consentFindings, sites, policies, verdicts };
  });
}

/**
 * The most recently visited sites, for the dashboard's first screen before the whole index is read:
 * `limit` site rows by the lastVisit index, then per site one count and two single-row reads on the
 * visits indexes — about 150 small reads instead of every visit of a 2,000-site history.
 */
export async function loadRecentSites(db: FineprintDb, limit: number): Promise<SiteIndexEntry[]> {
  return db.transaction('r', [db.visits, db.sites], async () => {
    const sites = await db.sites.orderBy('lastVisit').reverse().limit(limit).toArray();
    const entries = await Promise.all(sites.map(async (s) => {
      const range = db.visits.where('[site+startedAt]').between([s.site, Dexie.minKey], [s.site, Dexie.maxKey]);
      const [visitCount, first, last] = await Promise.all([db.visits.where('site').equals(s.site).count(), range.first(), range.last()]);
      if (!visitCount || !first || !last) return null;
      const entry: SiteIndexEntry = {
        site: s.site, title: last.title ?? null, url: last.url, firstVisit: first.startedAt, lastVisit: last.startedAt,
        visitCount, policyStatus: s.policyStatus ?? null,
      };
      return entry;
    }));
    return entries.filter((e): e is SiteIndexEntry => e !== null)
      .sort((a, b) => b.lastVisit - a.lastVisit || a.site.localeCompare(b.site));
  });
}

/**
 * The dashboard's list, one row per site. Unfiltered (the list as it opens): from the per-site summaries,
 * 2,000 small rows (site-summary.ts); with a filter, from the visits it selects.
 */
export async function loadSiteIndex(db: FineprintDb, filter: ReportFilter = {}): Promise<SiteIndexEntry[]> {
  if (filter.from == null && filter.to == null && !filter.sites?.length) return loadSummarizedIndex(db);
  const [visits, sites] = await Promise.all([filteredVisits(db, filter), db.sites.toArray()]);
  return buildSiteIndex(visits, sites, filter);
}
