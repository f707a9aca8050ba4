/**
 * A deterministic synthetic history for tests and the benchmark (`generateHistory(2000)`): realistic
 * shapes (several visits per site, a long tail of organizations, some unknown parties, verdict
 * snapshots, data flows, consent findings and a few policy changes), no randomness between runs.
 */
import type { CategoryKey, DataType, OrganizationVerdict, Verdict } from '../../lib/core/types';
import type { History, HistoryHostStat, HistoryVisit } from '../../lib/core/report/types';
import { seededRandom } from '../../scripts/bench/stats';

const ORGS: { org: string; name: string; category: CategoryKey; hosts: string[] }[] = [
  { org: 'google', name: 'Google', category: 'advertising', hosts: ['www.google-analytics.com', 'securepubads.g.doubleclick.net', 'www.googletagmanager.com'] },
  { org: 'facebook', name: 'Meta', category: 'advertising', hosts: ['www.facebook.com', 'connect.facebook.net'] },
  { org: 'microsoft', name: 'Microsoft', category: 'advertising', hosts: ['bat.bing.com', 'c.clarity.ms'] },
  { org: 'amazon', name: 'Amazon', category: 'advertising', hosts: ['s.amazon-adsystem.com'] },
  { org: 'criteo', name: 'Criteo', category: 'advertising', hosts: ['bidder.criteo.com', 'static.criteo.net'] },
  { org: 'twitter', name: 'X Corp.', category: 'social_media', hosts: ['platform.twitter.com'] },
  { org: 'linkedin', name: 'LinkedIn', category: 'advertising', hosts: ['px.ads.linkedin.com'] },
  { org: 'segment', name: 'Segment', category: 'site_analytics', hosts: ['api.segment.io'] },
  { org: 'hotjar', name: 'Hotjar', category: 'site_analytics', hosts: ['static.hotjar.com'] },
  { org: 'baidu', name: 'Baidu', category: 'site_analytics', hosts: ['hm.baidu.com'] },
  { org: 'onetrust', name: 'OneTrust', category: 'consent', hosts: ['cdn.cookielaw.org'] },
  { org: 'cloudflare', name: 'Cloudflare', category: 'hosting', hosts: ['cdnjs.cloudflare.com'] },
];
for (let i = 0; i < 60; i++) {
  ORGS.push({ org: `adtech_${i}`, name: `AdTech ${i}`, category: i % 3 ? 'advertising' : 'site_analytics', hosts: [`px.adtech${i}.example`] });
}

const VERDICTS: Verdict[] = ['named', 'category', 'undisclosed', 'undisclosed', 'category', 'named', 'contradicted'];
const DATA_TYPES: DataType[] = ['Contact', 'Location', 'IP address and device IDs', 'User online activities'];


export interface GenerateOptions {
  seed?: number;
  /** End of the history (ms); visits spread over the 90 days before. */
  now?: number;
  /** Extra strings put into titles, policy evidence and host names (for escaping tests). */
  hostile?: string;
}

export function generateHistory(nSites: number, opts: GenerateOptions = {}): History {
  const rand = seededRandom(opts.seed ?? 1);
  const now = opts.now ?? Date.UTC(2026, 0, 31);
  const day = 86_400_000;
  const h: History = { visits: [], hostStats: [], dataFlows: [], consentFindings: [], sites: [], policies: [], verdicts: [] };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  for (let s = 0; s < nSites; s++) {
    const site = `site${s}.example`;
    const nVisits = 1 + Math.floor(rand() * 5);
    const visits: HistoryVisit[] = [];
    for (let v = 0; v < nVisits; v++) {
      const startedAt = now - Math.floor(rand() * 90 * day);
      visits.push({
        id: `${s}:${v}:${startedAt}`, site, url: `https://www.${site}/page/${v}`, startedAt, lastAt: startedAt + 5000,
        title: `${opts.hostile ?? ''}Site ${s} — page ${v}`,
      });
    }
    h.visits.push(...visits);
    // A long tail: the big few appear on most sites, the ad-tech tail on a few.
    const orgs = ORGS.filter((_o, i) => rand() < (i < 12 ? 0.6 : 0.08));
    const stats: HistoryHostStat[] = [];
    for (const visit of visits) {
      stats.push({ visitId: visit.id, site, host: `www.${site}`, domain: site, thirdParty: false, org: null, orgName: site, category: 'unknown', count: 5 });
      for (const o of orgs) {
        const host = pick(o.hosts);
        stats.push({ visitId: visit.id, site, host, domain: host.split('.').slice(-2).join('.'), thirdParty: true, org: o.org, orgName: o.name, category: o.category, count: 1 + Math.floor(rand() * 8) });
      }
      if (rand() < 0.3) {
        const host = `cdn.unknown${s % 40}${opts.hostile ?? ''}.example`;
        stats.push({ visitId: visit.id, site, host, domain: host.split('.').slice(-2).join('.'), thirdParty: true, org: null, orgName: host, category: 'unknown', count: 2 });
      }
    }
    h.hostStats.push(...stats);
    const last = visits.reduce((a, b) => (b.startedAt > a.startedAt ? b : a));
    const found = rand() < 0.8;
    const hash = `h${s}v1`;
    h.sites.push({ site, policyStatus: found ? 'found' : 'not-found', policyUrl: found ? `https://www.${site}/privacy` : undefined, policyHash: found ? hash : undefined, lastVisit: last.startedAt });
    if (rand() < 0.3 && orgs.length) {
      const o = orgs[0];
      h.dataFlows.push({ visitId: last.id, site, type: pick(DATA_TYPES), kind: 'email', encoding: 'sha256', recipientDomain: o.hosts[0].split('.').slice(-2).join('.'), recipientOrg: o.org, evidence: `https://${o.hosts[0]}/collect?em=[sha256 of email]`, time: last.startedAt + 1000, source: 'url' });
    }
    if (rand() < 0.2 && orgs.length) {
      h.consentFindings.push({ visitId: last.id, site, moment: 'before-consent', org: orgs[0].org, name: orgs[0].name, host: orgs[0].hosts[0], requestTime: last.startedAt + 300, consentTime: last.startedAt + 2000 });
    }
    if (!found) continue;
    const firstFetch = now - 89 * day;
    h.policies.push({ site, hash, fetchedAt: firstFetch, url: `https://www.${site}/privacy` });
    let current = hash;
    if (rand() < 0.1) {
      current = `h${s}v2`;
      h.policies.push({ site, hash: current, previousHash: hash, fetchedAt: now - 10 * day, url: `https://www.${site}/privacy`, diff: { added: [`${opts.hostile ?? ''}We now share data with advertising partners.`], removed: ['We do not sell your data.'] } });
      h.sites[h.sites.length - 1].policyHash = current;
    }
    const judged: OrganizationVerdict[] = orgs.map((o) => {
      const verdict = pick(VERDICTS);
      const text = verdict === 'named' ? `We share data with ${opts.hostile ?? ''}${o.name}.` : verdict === 'category' ? 'We work with advertising partners.' : '';
      return { org: o.org, name: o.name, category: o.category, requests: 1, hosts: o.hosts, verdict, evidence: text ? { text, start: 100, end: 100 + text.length } : null };
    });
    h.verdicts.push({
      site, policyHash: current, computedAt: now - day,
      analysis: { site, policy: { url: `https://www.${site}/privacy`, status: 'found', hash: current }, organizations: judged, dataFlows: [], consent: [] },
    });
  }
  return h;
}
