/**
 * Import of a JSON export (lib/core/report/json.ts) into this browser's store — e.g. history moved
 * from another browser. Idempotent: every row gets a key derived from the export's stable ids (visit
 * id, site, host, policy hash), and rows without a natural key (data flows, consent findings) are
 * compared by content first, so importing the same file twice adds nothing the second time.
 *
 * Granularity: the export is per site, so imported request counts are attached to the site's latest
 * visit; site-level numbers (what the dashboard and reports show) are preserved exactly. Policy texts
 * are not in the export and are not imported; the verdicts and the policy version they were judged
 * against are.
 */
import { getDomain } from 'tldts';
import { parseReportJson } from '../core/report/json';
import type { ReportSite } from '../core/report/types';
import type { ConsentFindingRow, DataFlowRow, FineprintDb, HostStatRow, VisitRow } from './db';

export interface ImportResult { sites: number; visits: number; hostStats: number; dataFlows: number; consentFindings: number; verdicts: number; skipped: number }

/** Visits created by an import have no tab. */
export const IMPORTED_TAB_ID = -1;

const str = (v: unknown): v is string => typeof v === 'string';
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function validSite(s: ReportSite): boolean {
  return Boolean(s) && str(s.site) && s.site.length > 0 && s.site.length < 256 && Array.isArray(s.visits) && s.visits.length > 0
    && s.visits.every((v) => v && str(v.id) && str(v.url) && num(v.startedAt))
    && Array.isArray(s.organizations) && s.organizations.every((o) => o && str(o.key) && str(o.name) && num(o.requests))
    && (s.dataFlows === undefined || Array.isArray(s.dataFlows)) && (s.consent === undefined || Array.isArray(s.consent));
}

const flowSig = (f: Pick<DataFlowRow, 'type' | 'kind' | 'encoding' | 'recipientDomain' | 'time' | 'evidence'>) =>
  `${f.type}|${f.kind}|${f.encoding}|${f.recipientDomain}|${f.time}|${f.evidence}`;
const consentSig = (c: Pick<ConsentFindingRow, 'moment' | 'host' | 'requestTime'>) => `${c.moment}|${c.host}|${c.requestTime}`;

export async function importReportJson(db: FineprintDb, text: string): Promise<ImportResult> {
  const doc = parseReportJson(text);
  const result: ImportResult = { sites: 0, visits: 0, hostStats: 0, dataFlows: 0, consentFindings: 0, verdicts: 0, skipped: 0 };
  await db.transaction('rw', [db.visits, db.hostStats, db.dataFlows, db.consentFindings, db.sites, db.siteSummaries, db.verdicts], async () => {
    for (const s of doc.sites) {
      if (!validSite(s)) { result.skipped++; continue; }
      await importSite(db, s, result);
    }
    // Imported visits change the site summaries: the next list read derives them from the visits.
    if (result.visits) await db.siteSummaries.clear();
  });
  return result;
}

async function importSite(db: FineprintDb, s: ReportSite, result: ImportResult): Promise<void> {
  const site = s.site;
  const visits = [...s.visits].sort((a, b) => a.startedAt - b.startedAt);
  const existing = await db.visits.bulkGet(visits.map((v) => v.id));
  const anchor = visits[visits.length - 1];
  const anchorRow = existing[existing.length - 1];
  const fresh: VisitRow[] = visits.filter((_v, i) => !existing[i]).map((v) => ({
    id: v.id, tabId: IMPORTED_TAB_ID, url: v.url, site, title: str(v.title) ? v.title : undefined,
    startedAt: v.startedAt, lastAt: num(v.lastAt) ? v.lastAt : v.startedAt,
  }));
  if (fresh.length) { await db.visits.bulkPut(fresh); result.visits += fresh.length; }

  // The export came from this very browser (the anchor visit is a recorded one): its requests are
  // already here, per visit, and must not be counted twice.
  const native = anchorRow && anchorRow.tabId !== IMPORTED_TAB_ID;
  if (!native) {
    const rows: HostStatRow[] = [];
    for (const o of s.organizations) {
      const byHost = o.requestsByHost && Object.keys(o.requestsByHost).length ? o.requestsByHost : { [o.hosts?.[0] ?? o.name]: o.requests };
      for (const [host, count] of Object.entries(byHost)) {
        if (!num(count)) continue;
        const domain = o.key.startsWith('domain:') ? o.key.slice(7) : getDomain(host) ?? host;
        rows.push({
          key: `${anchor.id}|${host}|import:${o.key}`, visitId: anchor.id, site, host, domain, thirdParty: true,
          org: o.org ?? null, orgName: o.name, category: o.category, pattern: null, count,
          first: anchor.startedAt, last: num(anchor.lastAt) ? anchor.lastAt : anchor.startedAt,
          sampleUrls: [], types: {}, withCookies: 0, withGpc: 0, cookiesSet: [],
        });
      }
    }
    const had = new Set(await db.hostStats.where('visitId').equals(anchor.id).primaryKeys());
    result.hostStats += rows.filter((r) => !had.has(r.key)).length;
    if (rows.length) await db.hostStats.bulkPut(rows);

    const flows = new Set((await db.dataFlows.where('site').equals(site).toArray()).map(flowSig));
    const newFlows: DataFlowRow[] = [];
    for (const { verdict: _v, policyEvidence: _p, ...f } of s.dataFlows ?? []) {
      if (!str(f.type) || flows.has(flowSig(f))) continue;
      flows.add(flowSig(f));
      newFlows.push({ ...f, visitId: anchor.id, site });
    }
    if (newFlows.length) { await db.dataFlows.bulkAdd(newFlows); result.dataFlows += newFlows.length; }

    const consent = new Set((await db.consentFindings.where('site').equals(site).toArray()).map(consentSig));
    const newConsent: ConsentFindingRow[] = [];
    for (const c of s.consent ?? []) {
      if (!str(c.moment) || consent.has(consentSig(c))) continue;
      consent.add(consentSig(c));
      newConsent.push({ ...c, visitId: anchor.id, site });
    }
    if (newConsent.length) { await db.consentFindings.bulkAdd(newConsent); result.consentFindings += newConsent.length; }
  }

  const siteRow = await db.sites.get(site);
  const lastVisit = Math.max(...visits.map((v) => v.startedAt));
  if (!siteRow) {
    await db.sites.put({
      site, policyStatus: s.policy?.status ?? 'pending', policyUrl: s.policy?.url ?? undefined,
      policyHash: s.policy?.hash ?? undefined, lastVisit,
    });
    result.sites++;
  } else if (siteRow.lastVisit < lastVisit) {
    await db.sites.update(site, { lastVisit });
  }

  const hash = s.policy?.hash;
  if (hash && s.policy?.judgedAt != null) {
    const key = `${site}|${hash}`;
    // A snapshot computed in this browser is never overwritten by an imported one.
    if (!(await db.verdicts.get(key))) {
      await db.verdicts.put({
        key, site, policyHash: hash, computedAt: s.policy.judgedAt,
        analysis: {
          site,
          policy: { url: s.policy.url, status: s.policy.status, hash, fetchedAt: s.policy.fetchedAt ?? undefined },
          organizations: s.organizations.map(({ key: _k, requestsByHost: _r, ...o }) => o),
          dataFlows: s.dataFlows ?? [],
          consent: s.consent ?? [],
        },
      });
      result.verdicts++;
    }
  }
}
