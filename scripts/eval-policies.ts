/**
 * `npm run eval` — runs the policy analyzer over the labelled set in tests/fixtures/policies and
 * prints per-file misses plus overall named-organization precision/recall and data-type micro
 * precision/recall/F1 (policy level: "does the policy disclose X", yes/no).
 *
 * Labels were written by reading each policy (see labels.json); never tune them to the output.
 * Exit code 1 when a target is missed, so CI can watch for regressions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePolicy } from '../lib/core/policy/extract.ts';

interface Label { orgs: string[]; dataTypes: string[] }

const TARGETS = { orgPrecision: 0.95, orgRecall: 0.9, dataTypeF1: 0.9 };

interface Counts { tp: number; fp: number; fn: number }
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const prf = (c: Counts) => {
  const p = ratio(c.tp, c.tp + c.fp);
  const r = ratio(c.tp, c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

function compare(expected: string[], got: Set<string>, c: Counts): { missed: string[]; extra: string[] } {
  const exp = new Set(expected);
  const missed = [...exp].filter((x) => !got.has(x));
  const extra = [...got].filter((x) => !exp.has(x));
  c.tp += exp.size - missed.length;
  c.fn += missed.length;
  c.fp += extra.length;
  return { missed, extra };
}

export function runEval(dir: string, log: (line: string) => void): boolean {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, Label>;
  const orgCounts: Counts = { tp: 0, fp: 0, fn: 0 };
  const dtCounts: Counts = { tp: 0, fp: 0, fn: 0 };
  let totalMs = 0;
  for (const [file, label] of Object.entries(labels)) {
    const text = readFileSync(join(dir, file), 'utf8');
    const t0 = performance.now();
    const r = analyzePolicy(text);
    totalMs += performance.now() - t0;
    const orgs = new Set(r.thirdParties.map((t) => t.org).filter((o): o is string => !!o));
    const types = new Set<string>(r.dataTypes.map((d) => d.type));
    const o = compare(label.orgs, orgs, orgCounts);
    const d = compare(label.dataTypes, types, dtCounts);
    const parts: string[] = [];
    if (o.missed.length) parts.push(`org missed: ${o.missed.join(', ')}`);
    if (o.extra.length) parts.push(`org extra: ${o.extra.join(', ')}`);
    if (d.missed.length) parts.push(`type missed: ${d.missed.join(', ')}`);
    if (d.extra.length) parts.push(`type extra: ${d.extra.join(', ')}`);
    log(`${parts.length ? '✗' : '✓'} ${file}${parts.length ? ' — ' + parts.join('; ') : ''}`);
  }
  const op = prf(orgCounts);
  const dp = prf(dtCounts);
  const f = (x: number) => x.toFixed(3);
  log('');
  log(`files: ${Object.keys(labels).length}, analysis time: ${totalMs.toFixed(0)} ms total`);
  log(`named organizations: precision ${f(op.p)} recall ${f(op.r)} (tp ${orgCounts.tp}, fp ${orgCounts.fp}, fn ${orgCounts.fn})`);
  log(`data types (micro): precision ${f(dp.p)} recall ${f(dp.r)} F1 ${f(dp.f1)} (tp ${dtCounts.tp}, fp ${dtCounts.fp}, fn ${dtCounts.fn})`);
  const ok = op.p >= TARGETS.orgPrecision && op.r >= TARGETS.orgRecall && dp.f1 >= TARGETS.dataTypeF1;
  log(ok ? 'targets met' : `targets NOT met (org P ≥ ${TARGETS.orgPrecision}, R ≥ ${TARGETS.orgRecall}, data-type F1 ≥ ${TARGETS.dataTypeF1})`);
  return ok;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(fileURLToPath(new URL('..', import.meta.url)), 'tests', 'fixtures', 'policies');
  process.exitCode = runEval(dir, (l) => console.log(l)) ? 0 : 1;
}
