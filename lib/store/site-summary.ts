/**
 * Per-site summaries of the visits (SiteSummaryRow): the dashboard's list of every site, without reading every
 * visit. Kept exact by construction:
 *  - a committed visit updates its site's summary in the commit's own transaction (`noteVisit`), or creates it
 *    when the site had no visit before; a site that has visits but no summary (written before schema v4, or
 *    after a bulk delete dropped summaries) is left alone until a list read fills every summary at once;
 *  - a title updates the summary with the visit (`setVisitTitle`);
 *  - bulk deletions (retention, import) drop the summaries they would change; deleting a site drops its own.
 * `loadSummarizedIndex` uses the summaries when every site has one, and otherwise derives the index from the
 * visits (buildSiteIndex, as before) and writes the summaries in the same read-write transaction.
 */
import { buildSiteIndex } from '../core/report/model';
import type { SiteIndexEntry } from '../core/report/types';
import type { FineprintDb, SiteRow, SiteSummaryRow, VisitRow } from './db';

/** Inside the transaction that writes `visit`: count it in its site's summary. `siteExisted`: the site had a row before. */
export async function noteVisit(db: FineprintDb, visit: Pick<VisitRow, 'site' | 'url' | 'startedAt' | 'title'>, siteExisted: boolean): Promise<void> {
  const summary = await db.siteSummaries.get(visit.site);
  if (!summary) {
    // A site with earlier visits but no summary: counting this one alone would be wrong; the next list read fills it.
    if (siteExisted) return;
    await db.siteSummaries.put(withVisit({ site: visit.site, visitCount: 0, firstVisit: visit.startedAt, lastVisit: visit.startedAt, lastUrl: visit.url }, visit));
    return;
  }
  await db.siteSummaries.put(withVisit(summary, visit));
}

function withVisit(s: SiteSummaryRow, v: Pick<VisitRow, 'url' | 'startedAt' | 'title'>): SiteSummaryRow {
  const out: SiteSummaryRow = { ...s, visitCount: s.visitCount + 1, firstVisit: Math.min(s.firstVisit, v.startedAt) };
  if (v.startedAt >= s.lastVisit) { out.lastVisit = v.startedAt; out.lastUrl = v.url; }
  if (v.title && v.startedAt >= (s.lastTitleAt ?? -Infinity)) { out.lastTitle = v.title; out.lastTitleAt = v.startedAt; }
  return out;
}

/** A visit's page title arrived: the visit and its site's summary, in one transaction. */
export async function setVisitTitle(db: FineprintDb, visitId: string, title: string): Promise<void> {
  await db.transaction('rw', [db.visits, db.siteSummaries], async () => {
    const visit = await db.visits.get(visitId);
    if (!visit) return;
    await db.visits.update(visitId, { title });
    const summary = await db.siteSummaries.get(visit.site);
    if (summary && visit.startedAt >= (summary.lastTitleAt ?? -Infinity)) await db.siteSummaries.update(visit.site, { lastTitle: title, lastTitleAt: visit.startedAt });
  });
}

/** The summaries of every site, derived from its visits (the same figures buildSiteIndex gives). */
export function summarize(visits: readonly VisitRow[]): SiteSummaryRow[] {
  const bySite = new Map<string, SiteSummaryRow>();
  for (const v of visits) {
    if (!v.site) continue;
    const s = bySite.get(v.site);
    bySite.set(v.site, withVisit(s ?? { site: v.site, visitCount: 0, firstVisit: v.startedAt, lastVisit: v.startedAt, lastUrl: v.url }, v));
  }
  return [...bySite.values()];
}

function entryOf(s: SiteSummaryRow, row: SiteRow | undefined): SiteIndexEntry {
  return {
    site: s.site, title: s.lastTitle ?? null, url: s.lastUrl, firstVisit: s.firstVisit, lastVisit: s.lastVisit,
    visitCount: s.visitCount, policyStatus: row?.policyStatus ?? null,
  };
}

/** The unfiltered site index (newest first), from the summaries — filling them from the visits when any is missing. */
export async function loadSummarizedIndex(db: FineprintDb): Promise<SiteIndexEntry[]> {
  const [sites, summaries] = await db.transaction('r', [db.sites, db.siteSummaries], () => Promise.all([db.sites.toArray(), db.siteSummaries.toArray()]));
  const bySite = new Map(summaries.map((s) => [s.site, s]));
  if (sites.every((s) => bySite.has(s.site))) {
    const rows = new Map(sites.map((s) => [s.site, s]));
    return summaries.filter((s) => s.visitCount > 0).map((s) => entryOf(s, rows.get(s.site)))
      .sort((a, b) => b.lastVisit - a.lastVisit || a.site.localeCompare(b.site));
  }
  return db.transaction('rw', [db.visits, db.sites, db.siteSummaries], async () => {
    const [visits, siteRows] = await Promise.all([db.visits.toArray(), db.sites.toArray()]);
    await db.siteSummaries.clear();
    await db.siteSummaries.bulkPut(summarize(visits));
    return buildSiteIndex(visits.filter((v) => v.site), siteRows);
  });
}
