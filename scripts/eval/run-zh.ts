/**
 * CA4P Chinese policies (read in place) against the project's own labels
 * (tests/fixtures/eval/zh-org-labels.json: which organization each policy names as a recipient, and
 * which it merely mentions; zh-datatype-labels.json: the data types each policy collects or shares).
 * The texts stay in ../shared; only ids, organization keys and offsets are in the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Verdict } from '../../lib/core/types.ts';
import { REPO_ROOT, splitOf } from './corpus.ts';
import { namedOrgsOf } from './named.ts';
import { evalClassifier, judgePage, policyInput, readPolicy, urlForOrg, verdictOf } from './page.ts';
import type { CorpusResult } from './run-opp115.ts';
import { compareOrgs, compareSets, emptyCounts } from './score.ts';

interface OrgLabels { policies: Record<string, { split: string; pairs: Array<{ org: string | null; name: string; label: 'named' | 'not' }> }> }
interface TypeLabels { policies: Record<string, { split: string; types: Record<string, unknown> }> }

const LABELS = join(REPO_ROOT, 'tests', 'fixtures', 'eval');

/**
 * The label rounds: the first (33 policies, organizations and data types); the second (68 further policies,
 * organizations only, labelled blind in the 8th session and scored once before any rule looked at them); the third
 * (the 49 left, labelled blind after that session's changes and scored once, as a measure only).
 */
export const ZH_ROUNDS = {
  first: { corpus: 'zh-ca4p', orgFile: 'zh-org-labels.json', typeFile: 'zh-datatype-labels.json' },
  second: { corpus: 'zh-ca4p-2', orgFile: 'zh-org-labels-2.json', typeFile: null },
  third: { corpus: 'zh-ca4p-3', orgFile: 'zh-org-labels-3.json', typeFile: null },
} as const;

export async function runZh(dir: string, round: keyof typeof ZH_ROUNDS = 'first'): Promise<CorpusResult> {
  const res: CorpusResult = { cases: [], named: { dev: emptyCounts(), test: emptyCounts() }, dataTypes: { dev: emptyCounts(), test: emptyCounts() }, misses: [], skipped: { dev: 0, test: 0 } };
  const orgFile = join(LABELS, ZH_ROUNDS[round].orgFile);
  const typeFile = ZH_ROUNDS[round].typeFile ? join(LABELS, ZH_ROUNDS[round].typeFile) : '';
  const orgs = existsSync(orgFile) ? (JSON.parse(readFileSync(orgFile, 'utf8')) as OrgLabels).policies : {};
  // Pairs no round labelled (an alias in the dataset's header, a name clash), labelled blind in the 30th session.
  const extra = (JSON.parse(readFileSync(join(LABELS, 'zh-org-labels-extra.json'), 'utf8')) as { policies: Record<string, Array<{ org: string; alias: string; label: 'named' | 'not' }>> }).policies;
  for (const [id, pairs] of Object.entries(extra)) {
    const o = orgs[id];
    if (o) for (const x of pairs) if (!o.pairs.some((p) => p.org === x.org)) o.pairs.push({ org: x.org, name: x.alias, label: x.label });
  }
  const types = typeFile && existsSync(typeFile) ? (JSON.parse(readFileSync(typeFile, 'utf8')) as TypeLabels).policies : {};
  const c = await evalClassifier();
  for (const id of [...new Set([...Object.keys(orgs), ...Object.keys(types)])].sort()) {
    const split = splitOf(id);
    const analysis = readPolicy(readFileSync(join(dir, 'texts', `${id}.txt`), 'utf8'), `app-${id}.example`);
    const parts: string[] = [];
    const o = orgs[id];
    if (o) {
      const named = o.pairs.filter((p) => p.label === 'named' && p.org).map((p) => p.org!);
      const n = compareOrgs(named, namedOrgsOf(analysis), res.named[split]);
      if (n.missed.length) parts.push(`org missed: ${n.missed.join(', ')}`);
      if (n.extra.length) parts.push(`org extra: ${n.extra.join(', ')}`);
      const page: Array<{ org: string; url: string; label: 'named' | 'not' }> = [];
      for (const p of o.pairs) {
        if (!p.org || page.some((x) => x.org === p.org)) continue;
        const named = o.pairs.some((q) => q.org === p.org && q.label === 'named');
        const product = named ? analysis.thirdParties.find((t) => t.org === p.org)?.product : undefined;
        const url = urlForOrg(c, p.org, undefined, product);
        if (url) page.push({ org: p.org, url, label: named ? 'named' : 'not' });
        else res.skipped[split]++;
      }
      const judged = await judgePage(`app-${id}.example`, page.map((x) => x.url), policyInput(analysis));
      for (const x of page) {
        const v = verdictOf(judged, x.org);
        if (!v) continue;
        // No annotated denials exist for this corpus: a contradiction is never an accepted answer here.
        const acceptable = new Set<Verdict | null>(x.label === 'named' ? ['named'] : ['category', 'undisclosed']);
        // As on OPP-115: a mentioned company that is the policy's own author (its operator) is rightly not judged.
        if (x.label === 'not' && v.why?.code === 'policy-owner') acceptable.add(null);
        res.cases.push({ corpus: 'zh', policy: id, split, org: x.org, kind: `labelled-${x.label}`, expected: x.label === 'named' ? 'named' : 'not-named', acceptable, got: v.verdict, evidence: v.evidence, reason: v.why?.code });
      }
    }
    const t = types[id];
    if (t) {
      const d = compareSets(Object.keys(t.types), new Set(analysis.dataTypes.map((x) => x.type)), res.dataTypes[split]);
      if (d.missed.length) parts.push(`type missed: ${d.missed.join(', ')}`);
      if (d.extra.length) parts.push(`type extra: ${d.extra.join(', ')}`);
    }
    if (parts.length) res.misses.push({ policy: id, split, line: parts.join('; ') });
  }
  return res;
}
