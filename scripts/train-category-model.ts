/**
 * `npm run train:categories` — trains lib/core/policy/lexicon/category-model.json, the learned category reader
 * (lib/core/policy/category-model.ts), from development data only: the category look-alike passages
 * (tests/fixtures/eval/lookalikes/dev/<lang>-category*.json) and, in both languages, the unread sentences of the development
 * tosback policies as negatives (realNegatives). The measure-only passages, the fresh policies and the research corpora
 * are never read here, so their figures stay unseen ones.
 *
 * Logistic regression per language and purpose, full-batch gradient descent from zero (deterministic: the same files
 * give the same weights; category-model.test.ts fails when the committed model is stale). Each passage is read the way
 * the extension reads a policy window: the union of its sentences' features.
 *
 * `--cv` prints a 5-fold cross-validation on the development passages for the regularisation and threshold grid: per
 * setting, how many disclosures the rules miss (false accusations) with and without the model, and how many
 * non-disclosures it would credit. `--holdout=enc8,zhc8` prints the same with the rows of those id prefixes held out
 * (see crossValidate). C was chosen from these tables; THRESHOLD is the most permissive setting whose learned statements
 * on the development real texts all say what they claim (`npx tsx scripts/eval/learned-truth.ts`, read by a person;
 * docs/eval-eleventh-session.md, docs/eval-twelfth-session.md).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { learnedCategories, readableFeatures, type CategoryModel, type ModelLanguage, type ModelPurpose } from '../lib/core/policy/category-model.ts';
import type { CategoryKey } from '../lib/core/types.ts';
import { analyzePolicy } from '../lib/core/policy/extract.ts';
import { prepareText, splitSentences, type Sentence } from '../lib/core/policy/text.ts';
import { readingText } from '../lib/core/policy/zh-script.ts';
import { categoryRows } from './eval/run-category-lookalikes.ts';

export const C = 30;
export const THRESHOLD: Record<ModelLanguage, number> = { en: 0.41, zh: 0.45 };
export const WINDOW = 5;
const ITERATIONS = 1500;
const RATE = 4;
const MIN_COUNT = 2;
// Weights smaller than this change no decision at the threshold (checked with the eval) and would only add bytes.
const PRUNE = 0.2;
const PURPOSES: ModelPurpose[] = ['advertising', 'analytics'];
const RULE_KEY: Record<ModelPurpose, CategoryKey> = { advertising: 'advertising', analytics: 'site_analytics' };

interface Example { id: string; features: string[]; label: Record<ModelPurpose, boolean>; rules: Set<CategoryKey>; sentences: Sentence[]; weight?: number }

/** How much one sentence of a real policy weighs against one labelled passage (there are ~15 times as many). */
// English since the sixteenth session, and Chinese at twice the weight: with them the most permissive thresholds whose
// learned statements on the development real texts all say what they claim fell from 0.55 to 0.4 (en) and 0.45 (zh),
// which gives fewer false accusations for more look-alikes credited (docs/eval-sixteenth-session.md).
// Seventeenth session: retrained with two more development rounds, the Chinese reader quoted two untrue statements on
// those texts at 0.45 and none from 0.46 up, so its threshold is 0.46 (docs/eval-seventeenth-session.md).
// Twenty-third session: retrained with this session's development rounds, the English reader quoted one untrue statement
// at 0.40 (a carrier's data charges read as analytics) and none from 0.41 up, so its threshold is 0.41.
// Twenty-fourth session: retrained with two more development rounds, it quoted the same statement at 0.41; a
// telecommunications provider is now another kind of outside party (outside-party.ts), and none is quoted from 0.41 up.
const REAL_WEIGHT: Record<ModelLanguage, number> = { en: 0.3, zh: 0.6 };
const REAL_POLICIES = fileURLToPath(new URL('../tests/fixtures/policies/', import.meta.url));

/**
 * Negative examples from real policies: every sentence (with its section title) of the development tosback policies
 * (tests/fixtures/policies — never the fresh measure-only ones) that no rule reads as a category disclosure and that
 * names no company. The labelled passages are nearly all about data; without these the model took words any policy
 * uses ("may", "other", 推广 of a user's own posts) for signs of a disclosure. A disclosure the rules miss would be a
 * wrong negative here; they are few among thousands of sentences, which is why each weighs less than a passage.
 */
export function realNegatives(lang: ModelLanguage): Example[] {
  const out: Example[] = [];
  for (const f of readdirSync(REAL_POLICIES).filter((x) => x.endsWith('.md')).sort()) {
    const text = readFileSync(join(REAL_POLICIES, f), 'utf8');
    const a = analyzePolicy(text);
    if (a.language !== lang || REAL_WEIGHT[lang] === 0) continue;
    const read = new Set([...a.categories.filter((c) => !c.learned), ...a.thirdParties].map((c) => c.evidence.start));
    const prepared = prepareText(text);
    const sentences = splitSentences(readingText(prepared.text), prepared.blocks);
    const feats = readableFeatures(sentences, lang);
    for (const [i, s] of sentences.entries()) {
      if (s.kind === 'heading' || read.has(s.start) || feats[i].length === 0) continue;
      const features = new Set([...(s.heading >= 0 ? feats[s.heading] : []), ...feats[i]]);
      out.push({ id: `${f}#${i}`, features: [...features].sort(), label: { advertising: false, analytics: false }, rules: new Set(), sentences: [s], weight: REAL_WEIGHT[lang] });
    }
  }
  return out;
}

export function examples(lang: ModelLanguage, withRules = false): Example[] {
  return categoryRows('dev', lang).map((row) => {
    const prepared = prepareText(row.text);
    const sentences = splitSentences(readingText(prepared.text), prepared.blocks);
    const features = new Set<string>(readableFeatures(sentences, lang).flat());
    const rules = withRules ? new Set(analyzePolicy(row.text).categories.filter((c) => !c.learned).map((c) => c.category)) : new Set<CategoryKey>();
    return { id: row.id, features: [...features].sort(), label: row.discloses, rules, sentences };
  });
}

/** Weights (bias first) by gradient descent on the L2-regularised log loss; rows are sparse index lists scaled by 1/√n. */
export function train(rows: Example[], purpose: ModelPurpose, c = C): { bias: number; w: Record<string, number> } {
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const X = rows.map((r) => r.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  // Scaled by all of a passage's features, known or not, as in use: pruning small weights then changes no scale.
  const scales = rows.map((r) => (r.features.length ? 1 / Math.sqrt(r.features.length) : 0));
  const y = rows.map((r) => (r.label[purpose] ? 1 : 0));
  const weight = rows.map((r) => r.weight ?? 1);
  const w = new Float64Array(vocab.length);
  let bias = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Float64Array(vocab.length);
    let gBias = 0;
    X.forEach((idx, n) => {
      const scale = scales[n];
      let z = bias;
      for (const i of idx) z += w[i] * scale;
      const err = (1 / (1 + Math.exp(-z)) - y[n]) * weight[n];
      gBias += err;
      for (const i of idx) grad[i] += err * scale;
    });
    // Mean gradient of the loss plus the L2 term (1/C per passage), so the step does not grow with the corpus.
    const n = weight.reduce((a, b) => a + b, 0);
    for (let i = 0; i < w.length; i++) w[i] -= RATE * (grad[i] + w[i] / c) / n;
    bias -= RATE * gBias / n;
  }
  const out: Record<string, number> = {};
  vocab.forEach((f, i) => { if (Math.abs(w[i]) >= PRUNE) out[f] = Math.round(w[i] * 100) / 100; });
  return { bias: Math.round(bias * 100) / 100, w: out };
}

export function buildModel(): CategoryModel {
  const weights = {} as CategoryModel['weights'];
  for (const lang of ['en', 'zh'] as const) {
    const rows = [...examples(lang), ...realNegatives(lang)];
    weights[lang] = { advertising: train(rows, 'advertising'), analytics: train(rows, 'analytics') };
  }
  return { threshold: THRESHOLD, window: WINDOW, weights };
}

/**
 * Disclosures the rules miss and non-disclosures credited, before → after the model, for each regularisation and
 * threshold. Folds: five interleaved ones, or — with `holdout` id prefixes — one: those rows held out, the rest trained
 * on. The rules were written from every development round but the newest, so holding out the newest rounds reads the
 * model where the rules are as blind as on unseen text.
 */
function crossValidate(holdout: string[] = []): void {
  const thresholds = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
  for (const lang of ['en', 'zh'] as const) {
    const rows = examples(lang, true);
    const negatives = realNegatives(lang);
    const folds = holdout.length
      ? [rows.map((r) => holdout.some((h) => r.id.startsWith(h)))]
      : [0, 1, 2, 3, 4].map((fold) => rows.map((_, i) => (i * 7) % 5 === fold));
    if (!folds[0].includes(true)) continue;
    for (const c of [10, 30, 100]) {
      const tally = new Map(thresholds.map((t) => [t, { missed: 0, missedAfter: 0, credited: 0, creditedAfter: 0 }]));
      for (const isHeld of folds) {
        const held = rows.filter((_, i) => isHeld[i]);
        const rest = [...rows.filter((_, i) => !isHeld[i]), ...negatives];
        const weights = { en: {}, zh: {} } as CategoryModel['weights'];
        weights[lang] = { advertising: train(rest, 'advertising', c), analytics: train(rest, 'analytics', c) };
        for (const t of thresholds) {
          // Read each held-out passage the way the extension does: the rules first, the model only where they found nothing.
          const model: CategoryModel = { threshold: { en: t, zh: t }, window: WINDOW, weights };
          const s = tally.get(t)!;
          for (const r of held) {
            const learned = new Set(learnedCategories(r.sentences, lang, r.rules, new Set(), model).map((x) => x.category));
            for (const purpose of PURPOSES) {
              const ruled = r.rules.has(RULE_KEY[purpose]);
              const after = ruled || learned.has(RULE_KEY[purpose]);
              if (r.label[purpose]) { s.missed += ruled ? 0 : 1; s.missedAfter += after ? 0 : 1; } else { s.credited += ruled ? 1 : 0; s.creditedAfter += after ? 1 : 0; }
            }
          }
        }
      }
      console.log(`${lang} C=${c} ` + thresholds.map((t) => { const s = tally.get(t)!; return `t${t}: missed ${s.missed}→${s.missedAfter}, credited ${s.credited}→${s.creditedAfter}`; }).join(' | '));
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const holdout = process.argv.find((a) => a.startsWith('--holdout='))?.slice('--holdout='.length).split(',') ?? [];
  if (process.argv.includes('--cv') || holdout.length) crossValidate(holdout);
  const out = fileURLToPath(new URL('../lib/core/policy/lexicon/category-model.json', import.meta.url));
  writeFileSync(out, JSON.stringify(buildModel()) + '\n');
  console.log(`wrote ${out}`);
}
