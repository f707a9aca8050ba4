/**
 * `npm run eval` — scores what the user sees. For each corpus (OPP-115 dev set and the Chinese
 * CA4P set, read in place from ../shared/corpus; the project's own labelled policies) it judges
 * pages through the same path as the extension and the CLI and reports, per split: the verdict
 * confusion matrix, every false accusation with its quoted sentence, false `named`, named-org
 * precision/recall, category recall per purpose and data-type P/R/F1.
 *
 *   npm run eval                  dev details + test totals
 *   npm run eval -- --json        machine-readable totals (what the gate test checks)
 *   npm run eval -- --show-test   also list test-split mistakes (only for the final report —
 *                                 never while tuning: the test split is measured, not looked at)
 */
import { fileURLToPath } from 'node:url';
import { evaluateAll, TARGETS, type EvalReport } from './report.ts';

function print(r: EvalReport, showTest: boolean): void {
  const f = (x: number) => x.toFixed(3);
  for (const line of r.notes) console.log(line);
  for (const corpus of r.corpora) {
    console.log(`\n## ${corpus.name}`);
    for (const s of corpus.splits) {
      console.log(`\n### ${corpus.name} / ${s.split}`);
      if (s.verdicts && s.verdicts.cases > 0) {
        const v = s.verdicts;
        console.log(`verdicts: ${v.right}/${v.cases} right (${(100 * v.accuracy).toFixed(1)}%), false accusations ${v.falseAccusations.length}, false named ${v.falseNamed.length}, missed named ${v.missedNamed.length}${s.skipped ? ` (${s.skipped} labelled companies without traffic of the kind named: not judged)` : ''}`);
        console.log(`category recall: advertising ${f(v.categoryRecall.advertising.recall)} (${v.categoryRecall.advertising.hit}/${v.categoryRecall.advertising.total}), analytics ${f(v.categoryRecall.analytics.recall)} (${v.categoryRecall.analytics.hit}/${v.categoryRecall.analytics.total})`);
        console.log(`confusion (expected → got): ${Object.entries(v.confusion).map(([e, row]) => `${e}: ${Object.entries(row).map(([g, n]) => `${g} ${n}`).join(', ')}`).join(' | ')}`);
        if (s.split === 'dev' || showTest) {
          for (const c of [...v.falseAccusations, ...v.falseNamed, ...v.missedNamed, ...v.otherMistakes]) {
            console.log(`  ✗ ${c.policy} ${c.org} [${c.kind}] expected ${c.expected} got ${c.got}: ${c.evidence ? `“${c.evidence.text.slice(0, 220)}”` : c.reason ?? ''}`);
          }
        }
      }
      if (s.named) console.log(`named organizations: precision ${f(s.named.p)} recall ${f(s.named.r)} (tp ${s.named.tp}, fp ${s.named.fp}, fn ${s.named.fn})`);
      if (s.dataTypes) console.log(`data types (micro): precision ${f(s.dataTypes.p)} recall ${f(s.dataTypes.r)} F1 ${f(s.dataTypes.f1)} (tp ${s.dataTypes.tp}, fp ${s.dataTypes.fp}, fn ${s.dataTypes.fn})`);
      if (s.split === 'dev' || showTest) for (const m of s.misses) console.log(`  · ${m}`);
    }
  }
  console.log('');
  for (const g of r.gates) console.log(`${g.ok ? '✓' : '✗'} ${g.name}: ${g.value} (target ${g.target})`);
  console.log(r.ok ? '\ntargets met' : `\ntargets NOT met (${Object.entries(TARGETS).map(([k, v]) => `${k} ${v}`).join(', ')})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = await evaluateAll();
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, (_k, v: unknown) => (v instanceof Set ? [...v] : v), 1));
  else print(report, process.argv.includes('--show-test'));
  process.exitCode = report.ok ? 0 : 1;
}
