/**
 * `npx tsx scripts/eval/learned-truth.ts [0.5,0.55,…]` — the check behind the learned category reader's thresholds
 * (scripts/train-category-model.ts THRESHOLD): for each threshold, every statement the reader makes on the project's
 * DEVELOPMENT real texts — the tosback fixtures, the golden and demo policies, the development halves of OPP-115, CA4P
 * and the fresh tosback set. The committed setting is the most permissive one whose statements all say what a
 * `category` verdict claims (read by a person: a statement can be right where a label says otherwise). Measure-only
 * texts are never read here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import MODEL from '../../lib/core/policy/lexicon/category-model.json' with { type: 'json' };
import type { CategoryModel } from '../../lib/core/policy/category-model.ts';
import { analyzePolicy } from '../../lib/core/policy/extract.ts';
import { loadPolicyText } from '../cli/analyze.ts';
import { corpusDir, REPO_ROOT, splitOf } from './corpus.ts';
import { loadOpp115 } from './opp115.ts';

interface Text { id: string; text: string; plain?: boolean; site?: string }

async function developmentTexts(): Promise<Text[]> {
  const out: Text[] = [];
  const md = (dir: string, keep: (f: string) => boolean = () => true) => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.md') && keep(x)).sort()) out.push({ id: relative(REPO_ROOT, join(dir, f)), text: readFileSync(join(dir, f), 'utf8') });
  };
  md(join(REPO_ROOT, 'tests', 'fixtures', 'policies'));
  md(join(REPO_ROOT, 'tests', 'fixtures', 'golden'));
  md(join(REPO_ROOT, 'tests', 'fixtures', 'policies-fresh'), (f) => splitOf(f) === 'dev');
  const demo = join(REPO_ROOT, 'scripts', 'demo-site', 'pages');
  for (const d of readdirSync(demo).sort()) {
    const file = join(demo, d, 'privacy.html');
    if (existsSync(file)) out.push({ id: `demo/${d}`, ...(await loadPolicyText(file)) });
  }
  const opp = join(corpusDir(), 'opp115-dev');
  if (existsSync(opp)) for (const p of loadOpp115(opp).filter((x) => x.split === 'dev')) out.push({ id: `opp115/${p.id}`, text: p.text, site: p.site });
  else console.log(`[learned-truth] ${opp} not found: OPP-115 not read (set FINEPRINT_CORPUS_DIR)`);
  const ca4p = join(corpusDir(), 'zh-ca4p-dev', 'texts');
  if (existsSync(ca4p)) {
    for (const f of readdirSync(ca4p).sort()) if (splitOf(f.replace(/\.txt$/, '')) === 'dev') out.push({ id: `ca4p/${f}`, text: readFileSync(join(ca4p, f), 'utf8'), site: `app-${f.replace(/\.txt$/, '')}.example` });
  } else console.log(`[learned-truth] ${ca4p} not found: CA4P not read (set FINEPRINT_CORPUS_DIR)`);
  return out;
}

const thresholds = (process.argv[2] ?? '0.5,0.55,0.6,0.65,0.7,0.75').split(',').map(Number);
const texts = await developmentTexts();
for (const t of thresholds) {
  const model: CategoryModel = { ...(MODEL as CategoryModel), threshold: { en: t, zh: t } };
  const lines: string[] = [];
  for (const x of texts) {
    let learned;
    try { learned = analyzePolicy(x.text, { plain: x.plain, siteDomain: x.site, categoryModel: model }).categories.filter((c) => c.learned); } catch { continue; }
    for (const c of learned) lines.push(`  ${x.id} [${c.category}] ${c.evidence.text.slice(0, 200)}`);
  }
  console.log(`threshold ${t}: ${lines.length} learned statements on ${texts.length} development texts`);
  for (const l of lines) console.log(l);
}
