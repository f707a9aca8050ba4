/**
 * A small history of real TrackerDB organizations (the keys the issue saw leak — amazon_associates,
 * id5_technology_ltd, qq.com — Chinese companies, and a spread of keys that differ from their names) with
 * every kind of verdict reason, cookie-banner evidence, data flow and consent moment: what the "reader's
 * words" tests export and render.
 */
import { readFileSync } from 'node:fs';
import type { History, HistoryHostStat } from '../../lib/core/report/types';
import type { CategoryKey, ConsentMoment, DataType, OrganizationVerdict, Verdict } from '../../lib/core/types';
import type { VerdictWhy } from '../../lib/core/types';
import { leakableKeys } from './reader-words';

export const TRACKERDB = JSON.parse(readFileSync('node_modules/@ghostery/trackerdb/dist/trackerdb.json', 'utf8')).organizations as Record<string, { name: string }>;

/** The organizations the issue saw leak, Chinese ones, and a spread of TrackerDB keys that differ from their names. */
export const NAMED = ['amazon_associates', 'id5_technology_ltd', 'qq.com', 'bytedance_inc', 'google', 'facebook', 'baidu', 'alibaba'];
const SPREAD = leakableKeys('zh').filter((k) => !NAMED.includes(k) && /^[a-z0-9_.]+$/.test(k)).filter((_k, i) => i % 25 === 0);
export const ORG_KEYS = [...NAMED, ...SPREAD];

const WHYS: VerdictWhy[] = [
  { code: 'named', name: 'Amazon Advertising', via: 'sentence' },
  { code: 'named', name: '腾讯分析', via: 'sdk-table' },
  { code: 'named', name: 'id5.io', via: 'domain' },
  { code: 'category', category: 'advertising', otherProducts: ['Google Fonts'] },
  { code: 'category', category: 'site_analytics' },
  { code: 'undisclosed', unknownCompany: false },
  { code: 'undisclosed', unknownCompany: false, otherProducts: ['YouTube'] },
  { code: 'contradicted-named' },
  { code: 'contradicted-denial', recipient: 'third-parties' },
  { code: 'contradicted-denial', recipient: 'advertisers', closedList: true },
  { code: 'contradicted-recording', recorder: 'replay-host', host: 'rec.example' },
  { code: 'contradicted-recording', recorder: 'probe-listeners', host: 'keys.example' },
  { code: 'policy-owner' },
];
const VERDICT_OF: Record<VerdictWhy['code'], Verdict | null> = {
  pending: null, 'no-policy': 'no-policy', 'site-own-name': null, 'policy-owner': null, named: 'named', category: 'category',
  undisclosed: 'undisclosed', 'contradicted-named': 'contradicted', 'contradicted-denial': 'contradicted', 'contradicted-recording': 'contradicted',
};
const FLOWS: { kind: string; encoding: string; type: DataType; label?: string }[] = [
  { kind: 'email', encoding: 'base64', type: 'Contact' }, { kind: 'email', encoding: 'sha256', type: 'Contact' },
  { kind: 'phone', encoding: 'plain', type: 'Contact' }, { kind: 'geo', encoding: 'urlencoded', type: 'Location' },
  { kind: 'typed-value', label: 'search terms', encoding: 'md5', type: 'User online activities' }, { kind: 'email', encoding: 'sha1', type: 'Contact' },
  { kind: 'phone', encoding: 'sha512', type: 'Contact' },
];
const MOMENTS: ConsentMoment[] = ['before-consent', 'after-reject', 'despite-gpc'];

/** Sites that each see every organization above plus an unknown party; site 0 has no readable policy. */
export function wordsHistory(nSites: number): History {
  const h: History = { visits: [], hostStats: [], dataFlows: [], consentFindings: [], sites: [], policies: [], verdicts: [] };
  const t0 = Date.UTC(2026, 0, 10);
  for (let s = 0; s < nSites; s++) {
    const site = `site${s}.example`;
    const visitId = `v${s}`;
    h.visits.push({ id: visitId, site, url: `https://www.${site}/`, title: `Site ${s}`, startedAt: t0 + s * 60_000, lastAt: t0 + s * 60_000 + 5000 });
    const stats: HistoryHostStat[] = ORG_KEYS.map((org, i) => ({
      visitId, site, host: `t${i}.${org.replace(/[^a-z0-9]/g, '')}-cdn.example`, domain: `${org.replace(/[^a-z0-9]/g, '')}-cdn.example`,
      thirdParty: true, org, orgName: TRACKERDB[org].name, category: (i % 2 ? 'advertising' : 'site_analytics') as CategoryKey, count: 1 + i,
    }));
    stats.push({ visitId, site, host: 'px.unlisted-metrics.example', domain: 'unlisted-metrics.example', thirdParty: true, org: null, orgName: 'unlisted-metrics.example', category: 'unknown', count: 2 });
    h.hostStats.push(...stats);
    const readable = s !== 0;
    h.sites.push({ site, policyStatus: readable ? 'found' : 'not-found', policyUrl: readable ? `https://www.${site}/privacy` : undefined, policyHash: readable ? `h${s}` : undefined, lastVisit: t0 });
    FLOWS.forEach((f, i) => {
      const org = ORG_KEYS[i % ORG_KEYS.length];
      h.dataFlows.push({ visitId, site, ...f, recipientOrg: org, recipientDomain: stats[i % ORG_KEYS.length].domain, evidence: `https://x.example/c?e=[${f.encoding} of ${f.kind}]`, time: t0 + i });
    });
    h.dataFlows.push({ visitId, site, kind: 'email', encoding: 'plain', type: 'Contact', recipientOrg: null, recipientDomain: 'unlisted-metrics.example', evidence: 'https://px.unlisted-metrics.example/?e=[email]', time: t0 });
    MOMENTS.forEach((moment, i) => h.consentFindings.push({ visitId, site, moment, org: ORG_KEYS[i], name: TRACKERDB[ORG_KEYS[i]].name, host: stats[i].host, requestTime: t0, consentTime: t0 + 1 }));
    if (!readable) continue;
    h.policies.push({ site, hash: `h${s}`, fetchedAt: t0, url: `https://www.${site}/privacy` });
    const organizations: OrganizationVerdict[] = ORG_KEYS.map((org, i) => {
      const why = WHYS[(i + s) % WHYS.length];
      const verdict = VERDICT_OF[why.code];
      return {
        org, name: TRACKERDB[org].name, category: stats[i].category, requests: 1, hosts: [stats[i].host], verdict, why,
        evidence: verdict && verdict !== 'undisclosed' ? { text: `We share data with our partners (${i}).`, start: 0, end: 30 } : null,
        ...(i % 3 === 0 ? { other: { tcfVendor: 755 + i } } : {}),
      };
    });
    organizations.push({ org: null, name: 'unlisted-metrics.example', category: 'unknown', requests: 2, hosts: ['px.unlisted-metrics.example'], verdict: 'undisclosed', evidence: null, why: { code: 'undisclosed', unknownCompany: true } });
    h.verdicts.push({ site, policyHash: `h${s}`, computedAt: t0, analysis: { site, policy: { url: `https://www.${site}/privacy`, status: 'found', hash: `h${s}` }, organizations, dataFlows: [], consent: [] } });
  }
  return h;
}
