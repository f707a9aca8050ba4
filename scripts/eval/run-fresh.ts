/**
 * A fresh measure-only set: 25 tosback policies (tests/fixtures/policies-fresh, ODC-BY) that no rule was ever
 * written or tuned against, labelled blind in the 4th session (tests/fixtures/eval/fresh-org-labels.json and the
 * method beside it) after the OPP-115 and CA4P test halves had been read once for the failure report. Split
 * like the research corpora (the same fixed hash of the file name: 12 dev / 13 test); the first scoring of all 25,
 * before anything was looked at, is in docs/eval.md.
 * Scored like the CA4P labels: named-organization P/R on the analysis, and one page per policy carrying every
 * labelled organization's traffic, judged through the extension's path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Verdict } from '../../lib/core/types.ts';
import { REPO_ROOT, splitOf } from './corpus.ts';
import { namedOrgsOf } from './named.ts';
import { evalClassifier, judgePage, policyInput, readPolicy, urlForOrg, verdictOf } from './page.ts';
import type { CorpusResult } from './run-opp115.ts';
import { compareOrgs, emptyCounts } from './score.ts';

export interface FreshPair { org: string | null; name: string; label: 'named' | 'not'; quote: string; judgment?: string; reason?: string; added?: string }
export interface FreshLabels { policies: Record<string, { operator: string; pairs: FreshPair[] }> }

export const FRESH_TEXTS = join(REPO_ROOT, 'tests', 'fixtures', 'policies-fresh');
export const FRESH_LABELS = join(REPO_ROOT, 'tests', 'fixtures', 'eval', 'fresh-org-labels.json');

export async function runFresh(): Promise<CorpusResult | null> {
  if (!existsSync(FRESH_LABELS)) return null;
  const labels = (JSON.parse(readFileSync(FRESH_LABELS, 'utf8')) as FreshLabels).policies;
  const res: CorpusResult = { cases: [], named: { dev: emptyCounts(), test: emptyCounts() }, dataTypes: { dev: emptyCounts(), test: emptyCounts() }, misses: [], skipped: { dev: 0, test: 0 } };
  const c = await evalClassifier();
  for (const [file, label] of Object.entries(labels).sort(([a], [b]) => a.localeCompare(b))) {
    const split = splitOf(file);
    const site = `${file.replace(/\.md$/, '').replace(/-/g, '')}.example`;
    const analysis = readPolicy(readFileSync(join(FRESH_TEXTS, file), 'utf8'), site);
    const namedKeys = new Set(label.pairs.filter((p) => p.label === 'named' && p.org).map((p) => p.org!));
    const n = compareOrgs(namedKeys, namedOrgsOf(analysis), res.named[split]);
    const parts = [n.missed.length ? `org missed: ${n.missed.join(', ')}` : '', n.extra.length ? `org extra: ${n.extra.join(', ')}` : ''].filter(Boolean);
    if (parts.length) res.misses.push({ policy: file, split, line: parts.join('; ') });
    const page: Array<{ org: string; url: string; named: boolean }> = [];
    for (const p of label.pairs) {
      if (!p.org || page.some((x) => x.org === p.org)) continue;
      const named = namedKeys.has(p.org);
      const product = named ? analysis.thirdParties.find((t) => t.org === p.org)?.product : undefined;
      const url = urlForOrg(c, p.org, undefined, product);
      if (url) page.push({ org: p.org, url, named });
      else res.skipped[split]++;
    }
    const judged = await judgePage(site, page.map((x) => x.url), policyInput(analysis));
    for (const x of page) {
      const v = verdictOf(judged, x.org);
      if (!v) continue;
      // No denials were labelled: a contradiction is never an accepted answer here.
      const acceptable = new Set<Verdict | null>(x.named ? ['named'] : ['category', 'undisclosed']);
      // As on OPP-115 and CA4P: a mentioned company that is the policy's own author is rightly not judged.
      if (!x.named && v.why?.code === 'policy-owner') acceptable.add(null);
      res.cases.push({ corpus: 'fresh', policy: file, split, org: x.org, kind: `labelled-${x.named ? 'named' : 'not'}`, expected: x.named ? 'named' : 'not-named', acceptable, got: v.verdict, evidence: v.evidence, reason: v.why?.code });
    }
  }
  return res;
}
