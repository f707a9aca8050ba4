/**
 * `npx tsx scripts/eval/set-floor.ts` — writes the eval gate's floor (tests/fixtures/eval/gate.json)
 * from the figures measured now: run it after a change that improves them, say why in docs/eval.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus.ts';
import { evaluateAll } from './report.ts';

const file = join(REPO_ROOT, 'tests', 'fixtures', 'eval', 'gate.json');
const gate = JSON.parse(readFileSync(file, 'utf8')) as { targets: Record<string, number>; floor: Record<string, number> };
const report = await evaluateAll();
const floor: Record<string, number> = {};
for (const corpus of report.corpora) {
  for (const s of corpus.splits) {
    if (s.split === 'all' || !s.verdicts || !s.named || !s.dataTypes) continue;
    const key = (what: string) => `${corpus.name}/${s.split}/${what}`;
    const down = (x: number) => Math.floor(x * 1000) / 1000;
    // The policy-page sets score names only: no verdict cases, no verdict floor.
    if (s.verdicts.cases > 0) {
      floor[key('falseAccusations')] = s.verdicts.falseAccusations.length;
      floor[key('verdictsRight')] = down(s.verdicts.accuracy);
    }
    if (s.named.tp + s.named.fn > 0) { floor[key('namedPrecision')] = down(s.named.p); floor[key('namedRecall')] = down(s.named.r); }
    if (s.dataTypes.tp + s.dataTypes.fn > 0) floor[key('dataTypeF1')] = down(s.dataTypes.f1);
    for (const p of ['advertising', 'analytics'] as const) {
      if (s.verdicts.categoryRecall[p].total > 0) floor[key(`categoryRecall${p[0].toUpperCase()}${p.slice(1)}`)] = down(s.verdicts.categoryRecall[p].recall);
    }
  }
}
gate.floor = floor;
writeFileSync(file, `${JSON.stringify(gate, null, 1)}\n`);
console.log(`[set-floor] ${Object.keys(floor).length} figures written to ${file}`);
