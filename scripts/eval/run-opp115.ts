/**
 * OPP-115 → verdict cases, named-organization P/R and data-type P/R/F1, per split.
 * Per policy one synthetic page carries: an unnamed advertising company, an unnamed analytics
 * company, and every organization the hand labels discuss (named or merely mentioned).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Verdict } from '../../lib/core/types.ts';
import { loadOpp115, inDoesNotSpan, type Opp115Policy, type Purpose } from './opp115.ts';
import { evalClassifier, judgePage, policyInput, readPolicy, syntheticFor, urlForOrg, verdictOf } from './page.ts';
import { compareOrgs, compareSets, emptyCounts, type Counts, type VerdictCase } from './score.ts';
import type { Split } from './corpus.ts';
import { mentionedOrgs, namedOrgsOf } from './named.ts';

export interface CorpusResult {
  cases: VerdictCase[];
  named: Record<Split, Counts>;
  dataTypes: Record<Split, Counts>;
  /** Per policy what the analyzer missed or added (for the dev report only). */
  misses: Array<{ policy: string; split: Split; line: string }>;
  /** Labelled organizations with no traffic of the kind the policy names them for: no page to judge. */
  skipped: Record<Split, number>;
}

const ORG_PURPOSE: Record<string, Purpose> = { advertising: 'advertising', adult_advertising: 'advertising', site_analytics: 'analytics' };

function aliasTable(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const rows = readFileSync(join(dir, 'named-evidence.tsv'), 'utf8').split('\n').slice(1);
  for (const r of rows) {
    const [policy, org, , alias] = r.split('\t');
    if (policy && org && alias) out.set(`${policy}|${org}`, alias);
  }
  return out;
}

/** Verdicts a reader accepts for an unnamed company of `purpose` kind on this policy's page. */
function acceptableUnnamed(p: Opp115Policy, purpose: Purpose | undefined, evidence: string | undefined): { expected: Verdict; acceptable: Set<Verdict | null> } {
  if (!purpose) return { expected: 'undisclosed', acceptable: new Set<Verdict | null>(['category', 'undisclosed']) };
  if (p.disclosedPurposes.has(purpose)) return { expected: 'category', acceptable: new Set<Verdict | null>(['category']) };
  const acceptable = new Set<Verdict | null>(['undisclosed']);
  if (evidence && inDoesNotSpan(evidence, p.doesNot)) acceptable.add('contradicted');
  return { expected: 'undisclosed', acceptable };
}

export async function runOpp115(dir: string): Promise<CorpusResult> {
  const c = await evalClassifier();
  const aliases = aliasTable(dir);
  const res: CorpusResult = {
    cases: [],
    named: { dev: emptyCounts(), test: emptyCounts() },
    dataTypes: { dev: emptyCounts(), test: emptyCounts() },
    misses: [],
    skipped: { dev: 0, test: 0 },
  };
  for (const p of loadOpp115(dir)) {
    const analysis = readPolicy(p.text, p.site);
    const got = namedOrgsOf(analysis);
    const n = compareOrgs(p.named, got, res.named[p.split]);
    const d = compareSets(p.dataTypes, new Set(analysis.dataTypes.map((t) => t.type)), res.dataTypes[p.split]);
    const parts = [
      n.missed.length ? `org missed: ${n.missed.join(', ')}` : '', n.extra.length ? `org extra: ${n.extra.join(', ')}` : '',
      d.missed.length ? `type missed: ${d.missed.join(', ')}` : '', d.extra.length ? `type extra: ${d.extra.join(', ')}` : '',
    ].filter(Boolean);
    if (parts.length) res.misses.push({ policy: p.id, split: p.split, line: parts.join('; ') });

    const page: Array<{ org: string; url: string; kind: string; purpose?: Purpose; label?: 'named' | 'not' }> = [];
    for (const kind of ['advertising', 'analytics'] as const) {
      // "Unnamed" by the labels too: the hand labels list every organization whose name appears.
      // Unnamed also means no alias of it appears anywhere in the text, accepted or not.
      const s = syntheticFor(kind, p.id, p.text, new Set([...p.named, ...p.notNamed, ...mentionedOrgs(analysis.text)]));
      if (s) page.push({ ...s, kind: `synthetic-${kind}`, purpose: kind });
    }
    for (const [label, orgs] of [['named', p.named], ['not', p.notNamed]] as const) {
      for (const org of orgs) {
        const product = label === 'named' ? analysis.thirdParties.find((t) => t.org === org)?.product : undefined;
        const url = urlForOrg(c, org, aliases.get(`${p.id}|${org}`), product);
        if (!url) res.skipped[p.split]++;
        else if (!page.some((x) => x.org === org)) page.push({ org, url, kind: `labelled-${label}`, label });
      }
    }
    const judged = await judgePage(p.site, page.map((x) => x.url), policyInput(analysis));
    for (const x of page) {
      const v = verdictOf(judged, x.org);
      if (!v) continue; // first party on this site, or grouped away
      const purpose = x.purpose ?? ORG_PURPOSE[v.category];
      let expected: VerdictCase['expected'];
      let acceptable: Set<Verdict | null>;
      if (x.label === 'named') {
        expected = 'named';
        acceptable = new Set<Verdict | null>(['named']);
      } else {
        ({ expected, acceptable } = acceptableUnnamed(p, purpose, v.evidence?.text));
        if (x.label === 'not') {
          expected = expected === 'category' ? 'category' : 'not-named';
          // A mentioned company that is the policy's own author is rightly not judged at all.
          acceptable.add(null);
        }
      }
      res.cases.push({
        corpus: 'opp115', policy: p.id, split: p.split, org: x.org, kind: x.kind, expected, acceptable,
        ...(purpose ? { purpose } : {}), got: v.verdict, evidence: v.evidence, reason: v.why?.code,
      });
    }
  }
  return res;
}
