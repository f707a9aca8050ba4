/**
 * policy-100kb: how long `analyzePolicy` takes on a 100 KB policy — the biggest ordinary case the
 * background meets (real policies are 5–60 KB; the longest in our corpus is ~150 KB).
 * The input is the fixture policies (tests/fixtures/policies/*.md, real texts) concatenated in name
 * order and cut at a paragraph boundary just past the target size, so it is real prose, not repetition.
 * Budget: median ≤ 100 ms. `learned_reader_ms` is the learned category reader alone on the same sentences with
 * nothing found by the rules (its worst case: every window of both purposes is scored) — already inside the median
 * whenever a policy needs it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { learnedCategories } from '../../lib/core/policy/category-model.ts';
import { analyzePolicy } from '../../lib/core/policy/extract.ts';
import { prepareText, splitSentences } from '../../lib/core/policy/text.ts';
import { median, quantile, round, timeMs } from './stats.ts';

const POLICY_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'fixtures', 'policies');

export interface PolicyBenchResult {
  name: 'policy-100kb';
  median_ms: number;
  p90_ms: number;
  bytes: number;
  sentences: number;
  runs: number;
  learned_reader_ms: number;
}

/** Fixture policies concatenated to at least `bytes` UTF-8 bytes, ending on a paragraph. */
export function buildPolicyText(bytes = 100 * 1024): string {
  const files = readdirSync(POLICY_DIR).filter((f) => f.endsWith('.md')).sort();
  let text = '';
  for (const f of files) {
    text += `${readFileSync(join(POLICY_DIR, f), 'utf8').trim()}\n\n`;
    if (Buffer.byteLength(text) >= bytes) break;
  }
  // Cut at the first paragraph break past the target so the last sentence is whole.
  const buf = Buffer.from(text);
  if (buf.length > bytes) {
    const head = buf.subarray(0, bytes).toString('utf8');
    const rest = text.slice(head.length);
    const brk = rest.indexOf('\n\n');
    text = brk >= 0 ? head + rest.slice(0, brk) : text;
  }
  return text;
}

export async function benchPolicy(opts: { bytes?: number; runs?: number; warmup?: number } = {}): Promise<PolicyBenchResult> {
  const { bytes = 100 * 1024, runs = 15, warmup = 3 } = opts;
  const text = buildPolicyText(bytes);
  let sentences = 0;
  for (let i = 0; i < warmup; i++) sentences = analyzePolicy(text).sentenceCount;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeMs(() => { sentences = analyzePolicy(text).sentenceCount; }));
  const prepared = prepareText(text);
  const split = splitSentences(prepared.text, prepared.blocks);
  const learned: number[] = [];
  for (let i = 0; i < runs; i++) learned.push(await timeMs(() => { learnedCategories(split, 'en', new Set()); }));
  return {
    name: 'policy-100kb',
    median_ms: round(median(times)),
    p90_ms: round(quantile(times, 0.9)),
    bytes: Buffer.byteLength(text),
    sentences,
    runs,
    learned_reader_ms: round(median(learned)),
  };
}
