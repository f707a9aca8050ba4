import { describe, expect, it } from 'vitest';
import { ANALYZER_VERSION, analyzePolicy } from '../core/policy/extract';
import type { PolicyRow } from '../store/db';
import { currentAnalysis, judgeVisit } from './judge-visit';

const TEXT = 'You should not provide personal information to third parties through our forums. We use cookies to remember you.';

function storedRow(analysis: PolicyRow['analysis']): PolicyRow {
  return { key: 'forum.example|h1', site: 'forum.example', hash: 'h1', url: 'https://forum.example/privacy', fetchedAt: 1, text: TEXT, analysis };
}

describe('judging with a stored policy analysis', () => {
  it('redoes an analysis an older analyzer stored, so a look-alike "denial" no longer accuses anyone', () => {
    // What the first analyzer stored: an instruction to users read as "we do not share".
    const { text: _t, ...fresh } = analyzePolicy(TEXT);
    const stale = { ...fresh, analyzerVersion: undefined, claims: [{ kind: 'no-sharing' as const, dataType: 'any' as const, recipient: 'third-parties', evidence: { text: TEXT.split('. ')[0], start: 0, end: 80 } }] };
    const row = storedRow(stale);
    expect(currentAnalysis('forum.example', row).analyzerVersion).toBe(ANALYZER_VERSION);
    expect(currentAnalysis('forum.example', row).claims.some((c) => c.kind === 'no-sharing')).toBe(false);
    const a = judgeVisit({
      site: 'forum.example', siteRow: { site: 'forum.example', policyStatus: 'found', policyHash: 'h1', policyUrl: row.url } as never, policyRow: row,
      organizations: [{ org: 'criteo', name: 'Criteo', category: 'advertising', requests: 1, hosts: ['static.criteo.net'], verdict: null, evidence: null }],
      rows: [], flows: [], probe: [], consentRows: [], gpcSent: false, language: 'en',
    });
    expect(a.organizations[0].verdict).toBe('undisclosed');
  });

  it('uses a current stored analysis as it is', () => {
    const { text: _t, ...fresh } = analyzePolicy(TEXT);
    const row = storedRow(fresh);
    expect(currentAnalysis('forum.example', row).claims).toEqual(fresh.claims);
  });
});
