/**
 * Look-alike sets: sentences written for the project by helpers who read neither Fineprint's code nor any policy
 * corpus (method: tests/fixtures/eval/lookalikes/README.md) — naming sentences (which companies a sentence names
 * as receiving data, and which it only mentions) and denial sentences (genuine denials and the shapes that only
 * sound like one). `dev/` was read while tuning; `test/`, written the same way afterwards, is only measured.
 *
 * Naming rows are scored as named-organization precision/recall on the analysis; denial rows as verdicts on a
 * page with one advertising and one session-recording tracker, through the extension's path: a `contradicted`
 * on a look-alike is a false accusation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Verdict } from '../../lib/core/types.ts';
import { REPO_ROOT, type Split } from './corpus.ts';
import { namedOrgsOf } from './named.ts';
import { evalClassifier, judgePage, policyInput, readPolicy, verdictOf } from './page.ts';
import type { CorpusResult } from './run-opp115.ts';
import { compareOrgs, emptyCounts } from './score.ts';
import { companyKey } from '../../lib/core/policy/lexicon/same-company.ts';

export const LOOKALIKES = join(REPO_ROOT, 'tests', 'fixtures', 'eval', 'lookalikes');

export interface NamingRow { id: string; text: string; named: string[]; not: string[]; shape: string }
interface DenialRow { id: string; lang: 'en' | 'zh'; text: string; covers: { advertising: boolean; analytics: boolean; recording: boolean }; shape: string }

export const SITE = 'examplesite.example';
/** The page every denial sentence is judged against: an ad server and a session-recording tool. */
const TRACKERS = [
  { org: 'criteo', url: 'https://static.criteo.net/js/ld/publishertag.js', covered: (c: DenialRow['covers']) => c.advertising },
  { org: 'hotjar', url: 'https://static.hotjar.com/c/hotjar-1.js', covered: (c: DenialRow['covers']) => c.analytics || c.recording },
];

/** Every file of a kind in a split (`en-naming.json`, `en-naming-2.json` …: later rounds add files, never edit). */
export function read<T>(split: Split, kind: string): T[] {
  const dir = join(LOOKALIKES, split);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.startsWith(kind) && f.endsWith('.json')).sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T[]);
}

/** Labels name companies TrackerDB has no key for as "NONE:…": nothing to score there. */
const scored = (keys: readonly string[]) => keys.filter((k) => !k.startsWith('NONE:'));

type Classifier = Awaited<ReturnType<typeof evalClassifier>>;

/**
 * Scores one labelled row's text as named-organization precision/recall into `res` (only the companies the row labels
 * count). Shared by the sentence sets and the policy-page sets (run-page-lookalikes.ts), which differ only in how
 * the text is read.
 */
/** The organizations a passage names, as the eval reads them: a bare domain ("runs on tawk.to") names whoever the tracker database says owns it — as the verdicts match it. */
export function passageNamedOrgs(text: string, classifier: Classifier): Set<string> {
  const analysis = readPolicy(text, SITE);
  const got = namedOrgsOf(analysis);
  for (const t of analysis.thirdParties) if (!t.org && t.domain) { const org = classifier.classify({ url: `https://${t.domain}/`, type: 'script', pageUrl: `https://www.${SITE}/`, time: 0 }).org; if (org) got.add(org); }
  return got;
}

export function scoreNamingRow(row: Omit<NamingRow, 'text'>, text: string, split: Split, res: CorpusResult, classifier: Classifier): void {
  const got = passageNamedOrgs(text, classifier);
  const named = scored(row.named);
  // Only what the row labels counts: a company the row does not mention either way is not scored.
  const labelled = new Set([...named, ...scored(row.not)].map(companyKey));
  const n = compareOrgs(named, [...got].filter((k) => labelled.has(companyKey(k))), res.named[split]);
  const parts = [n.missed.length ? `missed: ${n.missed.join(', ')}` : '', n.extra.length ? `extra: ${n.extra.join(', ')}` : ''].filter(Boolean);
  if (parts.length) res.misses.push({ policy: row.id, split, line: `${parts.join('; ')} [${row.shape}] ${text.replace(/\n/g, ' ⏎ ').slice(0, 160)}` });
}

export async function runLookalikes(lang: 'en' | 'zh'): Promise<CorpusResult | null> {
  const res: CorpusResult = { cases: [], named: { dev: emptyCounts(), test: emptyCounts() }, dataTypes: { dev: emptyCounts(), test: emptyCounts() }, misses: [], skipped: { dev: 0, test: 0 } };
  let any = false;
  const classifier = await evalClassifier();
  for (const split of ['dev', 'test'] as const) {
    for (const row of read<NamingRow>(split, `${lang}-naming`)) {
      any = true;
      scoreNamingRow(row, row.text, split, res, classifier);
    }
    for (const row of read<DenialRow>(split, 'denials').filter((r) => r.lang === lang)) {
      any = true;
      const analysis = readPolicy(row.text, SITE);
      const judged = await judgePage(SITE, TRACKERS.map((t) => t.url), policyInput(analysis));
      for (const t of TRACKERS) {
        const v = verdictOf(judged, t.org);
        if (!v) continue;
        const genuine = t.covered(row.covers);
        // A genuine denial may be missed (undisclosed says less); a look-alike may be read as anything but a denial.
        const acceptable = new Set<Verdict | null>(genuine ? ['contradicted', 'undisclosed'] : ['undisclosed', 'category', 'named', null]);
        res.cases.push({ corpus: `lookalikes-${lang}`, policy: row.id, split, org: t.org, kind: genuine ? 'denial' : 'look-alike', expected: genuine ? 'contradicted' : 'undisclosed', acceptable, got: v.verdict, evidence: v.evidence, reason: v.why?.code });
      }
    }
  }
  return any ? res : null;
}
