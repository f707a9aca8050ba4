/**
 * `npx tsx scripts/eval/category-segments.ts [--list]` — the category reader against OPP-115's annotations
 * paragraph by paragraph, on the DEVELOPMENT half only (measure-only policies are never read here).
 *
 * The eval's category recall is per policy: one disclosing sentence anywhere is enough, so it says little
 * about the wordings the reader misses. Here every paragraph the annotators marked as "Does" share/collect
 * with an unnamed (or unspecified) third party for advertising or analytics is a case: does the reader find
 * that kind in it? And every paragraph where the reader finds a kind that the annotators marked for no
 * third-party sharing at all is a candidate over-reading. A list of both (with `--list`) is where general
 * wordings are learned from — never single texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categoriesIn } from '../../lib/core/policy/categories.ts';
import { prepareText, splitSentences } from '../../lib/core/policy/text.ts';
import { readingText } from '../../lib/core/policy/zh-script.ts';
import { parseCsv } from '../../lib/core/report/csv.ts';
import { researchCorpus, splitOf } from './corpus.ts';
import { segmentText, words, type Purpose } from './opp115.ts';

const PURPOSE_OF: Record<string, Purpose> = { Advertising: 'advertising', Marketing: 'advertising', 'Analytics/Research': 'analytics' };
const CATEGORY_OF: Record<string, Purpose> = { advertising: 'advertising', site_analytics: 'analytics' };
const UNNAMED = new Set(['Unnamed third party', 'Unspecified', 'Other']);

const corpus = researchCorpus('opp115-dev');
if ('missing' in corpus) { console.log(corpus.missing); process.exit(0); }
const list = process.argv.includes('--list');
const dir = corpus.dir;

const tally = { advertising: { cases: 0, found: 0 }, analytics: { cases: 0, found: 0 } };
const extra = { advertising: 0, analytics: 0 };
const misses: string[] = [];
const overs: string[] = [];

for (const file of readdirSync(join(dir, 'policies')).filter((f) => f.endsWith('.html')).sort()) {
  const id = file.replace(/\.html$/, '');
  if (splitOf(id) !== 'dev') continue;
  const segments = readFileSync(join(dir, 'policies', file), 'utf8').split('|||').map(segmentText);
  const annotated = segments.map(() => new Set<Purpose>());
  const anySharing = segments.map(() => false);
  for (const row of parseCsv(readFileSync(join(dir, 'annotations', `${id}.csv`), 'utf8'))) {
    if (row.length < 7 || row[5] !== 'Third Party Sharing/Collection') continue;
    let attrs: Record<string, { value?: string }>;
    try { attrs = JSON.parse(row[6]) as typeof attrs; } catch { continue; }
    const seg = Number(row[4]);
    if (attrs['Does/Does Not']?.value !== 'Does' || !annotated[seg]) continue;
    anySharing[seg] = true;
    const p = PURPOSE_OF[attrs.Purpose?.value ?? ''];
    if (p && UNNAMED.has(attrs['Third Party Entity']?.value ?? '')) annotated[seg].add(p);
  }
  // The whole policy is read as the extension reads it (headings and lead-ins give context); each
  // sentence's findings are then charged to the paragraph whose words contain it.
  const text = segments.filter(Boolean).join('\n\n');
  const prepared = prepareText(text, { markdown: true });
  const sentences = splitSentences(readingText(prepared.text), prepared.blocks);
  const segWords = segments.map(words);
  const found = segments.map(() => new Map<Purpose, string>());
  sentences.forEach((s, i) => {
    const hits = categoriesIn(s, sentences, i);
    if (!hits.length) return;
    const w = words(s.text).split(' ').slice(0, 12).join(' ');
    const seg = segWords.findIndex((sw) => sw.includes(w));
    if (seg < 0) return;
    for (const h of hits) {
      const p = CATEGORY_OF[h.category];
      if (p && !found[seg].has(p)) found[seg].set(p, s.text);
    }
  });
  segments.forEach((seg, i) => {
    for (const p of ['advertising', 'analytics'] as const) {
      if (annotated[i].has(p)) {
        tally[p].cases++;
        if (found[i].has(p)) tally[p].found++;
        else misses.push(`${id}#${i} ${p}: ${seg.replace(/\s+/g, ' ').slice(0, 400)}`);
      } else if (found[i].has(p) && !anySharing[i]) {
        extra[p]++;
        overs.push(`${id}#${i} ${p}: ${found[i].get(p)!.slice(0, 300)}`);
      }
    }
  });
}

for (const p of ['advertising', 'analytics'] as const) {
  const t = tally[p];
  console.log(`${p}: ${t.found}/${t.cases} annotated paragraphs found (${(t.found / Math.max(1, t.cases)).toFixed(3)}); found in ${extra[p]} paragraphs with no third-party sharing annotated`);
}
if (list) {
  console.log('\n# missed');
  for (const m of misses) console.log(`- ${m}`);
  console.log('\n# found where nothing was annotated');
  for (const o of overs) console.log(`- ${o}`);
}
