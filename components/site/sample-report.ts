/**
 * Synthetic TabReports for component tests, previews and the popup benchmark (`syntheticReport(300)`).
 * Deterministic: the same n gives the same report.
 */
import type { CategoryKey, DataType, OrganizationDetail, OrganizationVerdict, TabReport, Verdict } from '../../lib/core/types';

const VERDICTS: (Verdict | null)[] = ['contradicted', 'undisclosed', 'category', 'named', 'no-policy', null];
const CATEGORIES: CategoryKey[] = ['advertising', 'site_analytics', 'social_media', 'customer_interaction', 'unknown'];
const TYPES: DataType[] = ['Cookies and tracking elements', 'IP address and device IDs', 'User online activities'];

export function baseReport(overrides: Partial<TabReport> = {}): TabReport {
  return {
    site: 'example.com',
    visitId: 'v1',
    pageUrl: 'https://www.example.com/',
    title: 'Example page',
    startedAt: 0,
    policy: { url: 'https://www.example.com/privacy', status: 'found' },
    policyChanged: false,
    organizations: [],
    dataFlows: [],
    consent: [],
    details: {},
    probe: [],
    siteOptOuts: [],
    gpc: { enabled: false, siteException: false, siteHonours: null },
    ...overrides,
  };
}

export function syntheticReport(n: number): TabReport {
  const organizations: OrganizationVerdict[] = [];
  const details: Record<string, OrganizationDetail> = {};
  for (let i = 0; i < n; i++) {
    const verdict = VERDICTS[i % VERDICTS.length];
    const org = `org${i}`;
    organizations.push({
      org, name: `Company ${i}`, category: CATEGORIES[i % CATEGORIES.length], requests: 1 + (i * 7) % 23,
      hosts: [`t${i}.tracker${i}.example`, `cdn.tracker${i}.example`], verdict,
      evidence: verdict === 'named' || verdict === 'category' || verdict === 'contradicted'
        ? { text: `We share usage data with Company ${i} for analytics and advertising purposes.`, start: i * 10, end: i * 10 + 70 }
        : null,
    });
    details[org] = {
      key: org,
      info: { key: org, name: `Company ${i}`, privacyPolicyUrl: `https://tracker${i}.example/privacy`, privacyContact: `privacy@tracker${i}.example` },
      sampleUrls: [`https://t${i}.tracker${i}.example/p.gif?id=${i}`],
      dataTypes: TYPES.slice(0, 1 + (i % TYPES.length)),
      consent: i % 10 === 0 ? ['before-consent'] : [],
    };
  }
  return baseReport({ organizations, details });
}
