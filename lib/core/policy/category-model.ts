/**
 * A learned second reading of category disclosures (11th session).
 *
 * The rule reader (categories.ts) knows the words of the development passages it was written from; on blind
 * passages it misses disclosures worded otherwise ("an e-mail provider reports which messages were opened", 外部访问
 * 计数器), and each miss is a false accusation: a tracker shown as "not disclosed" beside a sentence that discloses its
 * kind. Ten rounds of rules did not close that gap, because each new round brought new words.
 *
 * This reader is a logistic regression per language and purpose, trained only on the labelled *development*
 * look-alike passages (`scripts/train-category-model.ts`; the measure-only passages and the research corpora are never
 * seen), over words and word pairs (English) or characters and character pairs (Chinese). A sentence that denies anything is
 * not read at all, in training or in use, so a denial ("本网站不使用任何第三方统计分析服务") is never its quote. It is used in one direction only — to turn an "undisclosed" into "described only as a category" when the rules
 * found nothing and no denial covers the company (verdict/match.ts): a mistake here gives the site credit it may not
 * deserve, never an accusation. Its quote is the sentence of the window that carries most of the score.
 */
import type { CategoryKey, CategoryStatement } from '../types.ts';
import MODEL from './lexicon/category-model.json';
import { deniesAnything } from './negation.ts';
import type { Sentence } from './text.ts';

export type ModelLanguage = 'en' | 'zh';
export type ModelPurpose = 'advertising' | 'analytics';

interface PurposeWeights { bias: number; w: Record<string, number> }
export interface CategoryModel {
  /** Probability at or above which a window counts as disclosing (chosen by cross-validation on development data). */
  threshold: number;
  /** Window length in sentences (plus the section's heading). */
  window: number;
  weights: Record<ModelLanguage, Record<ModelPurpose, PurposeWeights>>;
}

const CLAUSE = /[.;:!?\n]/;
const ZH_CLAUSE = /[。；;！？\n，,：:]/;

/**
 * Features of one sentence: English words and adjacent pairs within a clause; Chinese characters and character pairs
 * within a clause, and Latin words in Chinese text. None for a sentence that denies anything.
 */
export function sentenceFeatures(text: string, lang: ModelLanguage): string[] {
  const out = new Set<string>();
  if (deniesAnything(text)) return [];
  const lower = text.toLowerCase();
  if (lang === 'en') {
    for (const clause of lower.split(CLAUSE)) {
      const words = clause.match(/[a-z][a-z'-]*/g) ?? [];
      for (let i = 0; i < words.length; i++) {
        out.add(words[i]);
        if (i + 1 < words.length) out.add(`${words[i]}_${words[i + 1]}`);
      }
    }
    return [...out];
  }
  for (const clause of lower.split(ZH_CLAUSE)) {
    const han = [...clause].filter((c) => c >= '\u4e00' && c <= '\u9fff').join('');
    for (let i = 0; i < han.length; i++) {
      out.add(han[i]);
      if (i + 1 < han.length) out.add(han.slice(i, i + 2));
    }
    for (const w of clause.match(/[a-z]+/g) ?? []) out.add(w);
  }
  return [...out];
}

/** Probability that a window's features disclose the purpose (each feature weighs 1/√n, n = all its features). */
export function probability(features: ReadonlySet<string>, weights: PurposeWeights): number {
  let z = weights.bias;
  if (features.size) {
    const scale = 1 / Math.sqrt(features.size);
    for (const f of features) z += (weights.w[f] ?? 0) * scale;
  }
  return 1 / (1 + Math.exp(-z));
}

const PURPOSE_CATEGORY: Record<ModelPurpose, CategoryKey> = { advertising: 'advertising', analytics: 'site_analytics' };

/**
 * Learned category statements for the purposes the rules did not find: for each window of up to `window` sentences in
 * one section (with its heading), the window's probability — sentences starting at a `naming` offset are not read —
 * and the best window at or above the threshold gives one statement, quoting its sentence with the largest share.
 */
export function learnedCategories(
  sentences: readonly Sentence[], lang: ModelLanguage, skip: ReadonlySet<CategoryKey>,
  naming: ReadonlySet<number> = new Set(), model: CategoryModel = MODEL as CategoryModel,
): CategoryStatement[] {
  const purposes = (['advertising', 'analytics'] as const).filter((p) => !skip.has(PURPOSE_CATEGORY[p]));
  if (purposes.length === 0 || sentences.length === 0) return [];
  // A sentence that names a company speaks about that company ("We use Google Analytics for statistics"), not about
  // unnamed ones of its kind: it is not read, like a denial.
  const feats = sentences.map((s) => (naming.has(s.start) ? [] : sentenceFeatures(s.text, lang)));
  const out: CategoryStatement[] = [];
  for (const purpose of purposes) {
    const weights = model.weights[lang][purpose];
    let best: { p: number; sentence: Sentence } | null = null;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      if (s.kind === 'heading') continue;
      const members: number[] = [];
      for (let j = i; j < sentences.length && members.length < model.window; j++) {
        if (sentences[j].kind === 'heading' || sentences[j].heading !== s.heading) break;
        members.push(j);
      }
      const read = new Set<string>(s.heading >= 0 ? feats[s.heading] : []);
      for (const j of members) for (const f of feats[j]) read.add(f);
      const p = probability(read, weights);
      if (p < model.threshold || (best && best.p >= p)) continue;
      // The quote: the member sentence whose own features add most to the score.
      let quote = -1;
      let top = -Infinity;
      for (const j of members) {
        if (feats[j].length === 0) continue;
        const share = feats[j].reduce((sum, f) => sum + (weights.w[f] ?? 0), 0);
        if (share > top) { top = share; quote = j; }
      }
      if (quote >= 0) best = { p, sentence: sentences[quote] };
    }
    if (best) out.push({ category: PURPOSE_CATEGORY[purpose], evidence: { text: best.sentence.text, start: best.sentence.start, end: best.sentence.end }, learned: true });
  }
  return out;
}
