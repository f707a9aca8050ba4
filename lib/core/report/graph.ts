/**
 * The site ↔ organization graph, bounded: an SVG with 2,000 sites × 300 organizations would be
 * unreadable and slow, so the top organizations (by number of sites) and the sites most connected to
 * them are drawn, and everything else is folded into one "other sites" / "other organizations" node
 * whose edges carry the folded counts.
 */
import type { ReportModel, VerdictKey } from './types';
import { verdictKey } from './model';

export interface GraphNode { id: string; label: string; weight: number; other?: boolean }
export interface GraphEdge { site: string; org: string; weight: number; verdict: VerdictKey | 'mixed' }
export interface SiteOrgGraph { sites: GraphNode[]; orgs: GraphNode[]; edges: GraphEdge[]; hiddenSites: number; hiddenOrgs: number }

export const OTHER_SITES = '__other_sites__';
export const OTHER_ORGS = '__other_orgs__';

export function buildGraph(model: ReportModel, opts: { maxOrgs?: number; maxSites?: number } = {}): SiteOrgGraph {
  const maxOrgs = opts.maxOrgs ?? 12;
  const maxSites = opts.maxSites ?? 20;
  const topOrgs = model.organizations.slice(0, maxOrgs);
  const kept = new Set(topOrgs.map((o) => o.key));
  // Sites ranked by how many of the top organizations they talk to, then recency.
  const ranked = model.sites
    .map((s) => ({ s, n: s.organizations.reduce((k, o) => k + (kept.has(o.key) ? 1 : 0), 0) }))
    .sort((a, b) => b.n - a.n || b.s.lastVisit - a.s.lastVisit);
  const shown = ranked.slice(0, maxSites).map((r) => r.s);
  const shownSet = new Set(shown.map((s) => s.site));
  const edges: GraphEdge[] = [];
  const otherSiteEdges = new Map<string, number>();
  let hiddenOrgsOnShown = 0;
  const otherOrgEdges = new Map<string, number>();
  for (const s of model.sites) {
    const visible = shownSet.has(s.site);
    for (const o of s.organizations) {
      if (kept.has(o.key)) {
        if (visible) edges.push({ site: s.site, org: o.key, weight: o.requests, verdict: verdictKey(o.verdict) });
        else otherSiteEdges.set(o.key, (otherSiteEdges.get(o.key) ?? 0) + 1);
      } else if (visible) {
        otherOrgEdges.set(s.site, (otherOrgEdges.get(s.site) ?? 0) + 1);
        hiddenOrgsOnShown++;
      }
    }
  }
  const hiddenSites = model.sites.length - shown.length;
  const hiddenOrgs = model.organizations.length - topOrgs.length;
  const sites: GraphNode[] = shown.map((s) => ({ id: s.site, label: s.site, weight: s.organizations.length }));
  if (hiddenSites > 0) {
    sites.push({ id: OTHER_SITES, label: String(hiddenSites), weight: hiddenSites, other: true });
    for (const [org, n] of otherSiteEdges) edges.push({ site: OTHER_SITES, org, weight: n, verdict: 'mixed' });
  }
  const orgs: GraphNode[] = topOrgs.map((o) => ({ id: o.key, label: o.name, weight: o.siteCount }));
  if (hiddenOrgs > 0 && hiddenOrgsOnShown > 0) {
    orgs.push({ id: OTHER_ORGS, label: String(hiddenOrgs), weight: hiddenOrgs, other: true });
    for (const [site, n] of otherOrgEdges) edges.push({ site, org: OTHER_ORGS, weight: n, verdict: 'mixed' });
  }
  return { sites, orgs, edges, hiddenSites, hiddenOrgs };
}
