/**
 * Runs every corpus and turns the counts into one report with its gates. The gates are the issue's
 * targets, checked on the measure-only (test) half of each research corpus; false accusations are
 * checked on every half, because one wrong "this site lied" is a bug wherever it shows up.
 */
import { researchCorpus, type Split } from './corpus.ts';
import { runLabelled } from './labelled.ts';
import { runOpp115, type CorpusResult } from './run-opp115.ts';
import { runZh, ZH_ROUNDS } from './run-zh.ts';
import { runFresh } from './run-fresh.ts';
import { runLookalikes } from './run-lookalikes.ts';
import { runPageLookalikes } from './run-page-lookalikes.ts';
import { runCategoryLookalikes } from './run-category-lookalikes.ts';
import { prf, summarizeCases, type Counts, type VerdictSummary } from './score.ts';

export const TARGETS = {
  falseAccusations: 0,
  namedPrecision: 0.95,
  namedRecall: 0.9,
  verdictsRight: 0.95,
  categoryRecall: 0.9,
  dataTypeF1: 0.9,
} as const;

type Rates = Counts & { p: number; r: number; f1: number };
export interface SplitReport { split: Split | 'all'; verdicts?: VerdictSummary; named?: Rates; dataTypes?: Rates; misses: string[]; skipped?: number }
export interface Gate { name: string; value: string; target: string; ok: boolean }
export interface EvalReport { notes: string[]; corpora: Array<{ name: string; splits: SplitReport[] }>; gates: Gate[]; ok: boolean }

const rates = (c: Counts): Rates => ({ ...c, ...prf(c) });

function splitReports(r: CorpusResult): SplitReport[] {
  return (['dev', 'test'] as const).map((split) => ({
    split,
    verdicts: summarizeCases(r.cases.filter((c) => c.split === split)),
    named: rates(r.named[split]),
    dataTypes: rates(r.dataTypes[split]),
    misses: r.misses.filter((m) => m.split === split).map((m) => `${m.policy} — ${m.line}`),
    skipped: r.skipped[split],
  }));
}

function gatesFor(name: string, splits: SplitReport[], lang: 'en' | 'zh', gates: Gate[]): void {
  const add = (g: string, value: number, target: number, atLeast = true) => gates.push({
    name: `${name} ${g}`, value: Number.isInteger(value) ? String(value) : value.toFixed(3), target: `${atLeast ? '≥' : '≤'} ${target}`,
    ok: atLeast ? value >= target : value <= target,
  });
  for (const s of splits) if (s.verdicts) add(`${s.split} false accusations`, s.verdicts.falseAccusations.length, TARGETS.falseAccusations, false);
  const test = splits.find((s) => s.split === 'test');
  if (!test) return;
  if (test.named && test.named.tp + test.named.fn > 0) {
    add(`test named-org precision (${lang})`, test.named.p, TARGETS.namedPrecision);
    add(`test named-org recall (${lang})`, test.named.r, TARGETS.namedRecall);
  }
  if (test.verdicts && test.verdicts.cases > 0) add('test verdicts right', test.verdicts.accuracy, TARGETS.verdictsRight);
  if (test.verdicts) {
    for (const p of ['advertising', 'analytics'] as const) {
      if (test.verdicts.categoryRecall[p].total > 0) add(`test category recall (${p})`, test.verdicts.categoryRecall[p].recall, TARGETS.categoryRecall);
    }
  }
  if (test.dataTypes && test.dataTypes.tp + test.dataTypes.fn > 0) add(`test data-type F1 (${lang})`, test.dataTypes.f1, TARGETS.dataTypeF1);
}

export async function evaluateAll(): Promise<EvalReport> {
  const report: EvalReport = { notes: [], corpora: [], gates: [], ok: true };
  const opp = researchCorpus('opp115-dev');
  if ('missing' in opp) report.notes.push(`eval: ${opp.missing}; OPP-115 not measured`);
  else {
    const splits = splitReports(await runOpp115(opp.dir));
    report.corpora.push({ name: 'opp115', splits });
    gatesFor('opp115', splits, 'en', report.gates);
  }
  const zh = researchCorpus('zh-ca4p-dev');
  if ('missing' in zh) report.notes.push(`eval: ${zh.missing}; Chinese policies not measured`);
  else {
    // Each label round is its own corpus: its first scoring stays comparable to later ones.
    for (const [round, { corpus }] of Object.entries(ZH_ROUNDS) as Array<[keyof typeof ZH_ROUNDS, (typeof ZH_ROUNDS)[keyof typeof ZH_ROUNDS]]>) {
      const splits = splitReports(await runZh(zh.dir, round));
      if (round !== 'first' && !splits.some((s) => (s.named?.tp ?? 0) + (s.named?.fn ?? 0) > 0)) continue;
      report.corpora.push({ name: corpus, splits });
      gatesFor(corpus, splits, 'zh', report.gates);
    }
  }
  // The fresh set lives in the repository (tosback texts, ODC-BY): measured on every machine.
  const fresh = await runFresh();
  if (fresh) {
    const splits = splitReports(fresh);
    report.corpora.push({ name: 'fresh-tosback', splits });
    gatesFor('fresh-tosback', splits, 'en', report.gates);
  }
  // The look-alike sentence sets live in the repository too (written for the project; dev read, test measured).
  for (const lang of ['en', 'zh'] as const) {
    const r = await runLookalikes(lang);
    if (!r) continue;
    // A split whose file is not there yet is not reported (it would read as 100 %).
    const splits = splitReports(r).filter((s) => (s.verdicts?.cases ?? 0) + (s.named ? s.named.tp + s.named.fn + s.named.fp : 0) > 0);
    report.corpora.push({ name: `lookalikes-${lang}`, splits });
    gatesFor(`lookalikes-${lang}`, splits, lang, report.gates);
  }
  // The policy-page sets (31st session): whole HTML pages read the extension's way, scored as the naming sentences.
  for (const lang of ['en', 'zh'] as const) {
    const r = await runPageLookalikes(lang);
    if (!r) continue;
    const splits = splitReports(r).filter((s) => (s.named ? s.named.tp + s.named.fn + s.named.fp : 0) > 0);
    report.corpora.push({ name: `pages-${lang}`, splits });
    gatesFor(`pages-${lang}`, splits, lang, report.gates);
  }
  // The category look-alike sets (9th session): unnamed-company disclosures and what only sounds like one.
  for (const lang of ['en', 'zh'] as const) {
    const r = await runCategoryLookalikes(lang);
    if (!r) continue;
    const splits = splitReports(r).filter((s) => (s.verdicts?.cases ?? 0) > 0);
    report.corpora.push({ name: `categories-${lang}`, splits });
    gatesFor(`categories-${lang}`, splits, lang, report.gates);
  }
  const own = runLabelled();
  report.corpora.push({ name: 'labelled (development only)', splits: [{ split: 'dev', named: rates(own.named), dataTypes: rates(own.dataTypes), misses: own.misses }] });
  report.ok = report.gates.every((g) => g.ok) && report.notes.length === 0;
  return report;
}
