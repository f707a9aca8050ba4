/**
 * What the eval counts. A verdict case is one organization on one (real or synthetic) page with the
 * verdicts a careful reader would accept; scoring says whether Fineprint's verdict is among them and,
 * when it is not, whether the mistake accuses the site (the worst kind) or wrongly clears it.
 */
import type { Evidence, Verdict } from '../../lib/core/types.ts';
import { companyKey } from '../../lib/core/policy/lexicon/same-company.ts';

export interface VerdictCase {
  corpus: string;
  policy: string;
  split: 'dev' | 'test';
  org: string;
  /** Why the case exists: synthetic-advertising, synthetic-analytics, labelled-named, labelled-not, golden. */
  kind: string;
  /** The verdict a reader expects (the confusion matrix row). */
  expected: Verdict | 'not-named';
  /** Every verdict that is acceptable (e.g. `contradicted` when the quote is an annotated denial). */
  acceptable: ReadonlySet<Verdict | null>;
  purpose?: 'advertising' | 'analytics';
  got: Verdict | null;
  evidence: Evidence | null;
  reason?: string;
}

export type Mistake = 'false-accusation' | 'false-named' | 'missed-named' | 'other';

export function mistakeOf(c: VerdictCase): Mistake | null {
  if (c.acceptable.has(c.got)) return null;
  if (c.got === 'contradicted' || c.got === 'undisclosed') return 'false-accusation';
  if (c.got === 'named') return 'false-named';
  if (c.expected === 'named') return 'missed-named';
  return 'other';
}

export interface Counts { tp: number; fp: number; fn: number }
export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = ratio(c.tp, c.tp + c.fp);
  const r = ratio(c.tp, c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Adds one document's predicted set against its labelled set; returns what was missed and extra. */
/** Organizations compared as companies: TrackerDB's twin keys of one company count as one (same-company.ts). */
export function compareOrgs(expected: Iterable<string>, got: Iterable<string>, c: Counts): { missed: string[]; extra: string[] } {
  return compareSets([...expected].map(companyKey), [...got].map(companyKey), c);
}

export function compareSets(expected: Iterable<string>, got: Iterable<string>, c: Counts): { missed: string[]; extra: string[] } {
  const exp = new Set(expected);
  const g = new Set(got);
  const missed = [...exp].filter((x) => !g.has(x));
  const extra = [...g].filter((x) => !exp.has(x));
  c.tp += exp.size - missed.length;
  c.fn += missed.length;
  c.fp += extra.length;
  return { missed, extra };
}

export interface VerdictSummary {
  cases: number;
  right: number;
  accuracy: number;
  falseAccusations: VerdictCase[];
  falseNamed: VerdictCase[];
  missedNamed: VerdictCase[];
  /** Wrong in a way that neither accuses nor names (e.g. `category` where the annotators marked no sharing). */
  otherMistakes: VerdictCase[];
  /** expected → got → count. */
  confusion: Record<string, Record<string, number>>;
  categoryRecall: Record<'advertising' | 'analytics', { hit: number; total: number; recall: number }>;
}

export function summarizeCases(cases: readonly VerdictCase[]): VerdictSummary {
  const confusion: VerdictSummary['confusion'] = {};
  const cat = { advertising: { hit: 0, total: 0, recall: 1 }, analytics: { hit: 0, total: 0, recall: 1 } };
  const out: VerdictSummary = { cases: cases.length, right: 0, accuracy: 1, falseAccusations: [], falseNamed: [], missedNamed: [], otherMistakes: [], confusion, categoryRecall: cat };
  for (const c of cases) {
    const row = (confusion[c.expected] ??= {});
    row[c.got ?? 'none'] = (row[c.got ?? 'none'] ?? 0) + 1;
    const m = mistakeOf(c);
    if (!m) out.right++;
    else if (m === 'false-accusation') out.falseAccusations.push(c);
    else if (m === 'false-named') out.falseNamed.push(c);
    else if (m === 'missed-named') out.missedNamed.push(c);
    else if (m === 'other') out.otherMistakes.push(c);
    // Category recall measures category detection: on the synthetic unnamed companies only (a
    // labelled company the policy mentions is scored by false-named / missed-named instead).
    if (c.expected === 'category' && c.purpose && c.kind.startsWith('synthetic')) {
      cat[c.purpose].total++;
      if (c.got === 'category') cat[c.purpose].hit++;
    }
  }
  for (const p of Object.values(cat)) p.recall = ratio(p.hit, p.total);
  out.accuracy = ratio(out.right, out.cases);
  return out;
}
