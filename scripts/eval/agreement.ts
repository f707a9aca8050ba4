/**
 * `npm run eval:agreement` — how far two careful human readers agree on the look-alike labels, and how
 * Fineprint scores where they do (33rd session).
 *
 * Each look-alike passage was labelled by the helper who wrote it. A random sample of the development passages was
 * labelled again, blind, by a second reader who saw only the passage and the writers' rules
 * (`tests/fixtures/eval/lookalikes/second-reader/`, method in its README). Two readers who disagree on a passage
 * bound what any reader can score against one of them: if the second reader reaches named-organization precision
 * 0.90 against the first, a target of 0.95 measures the first reader's conventions as much as the software.
 *
 * Printed per set: the second reader against the first (as if the first were the truth), Fineprint against each,
 * and Fineprint on the pairs both readers agree on (disputed pairs left out). Development passages only: the
 * measure-only halves stay unread.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categoryRows, type CategoryRow } from './run-category-lookalikes.ts';
import { companyKey } from '../../lib/core/policy/lexicon/same-company.ts';
import { REPO_ROOT } from './corpus.ts';
import { evalClassifier, judgePage, policyInput, readPolicy, SYNTHETIC, verdictOf } from './page.ts';
import { LOOKALIKES, passageNamedOrgs, read, SITE, type NamingRow } from './run-lookalikes.ts';

export const SECOND_READER = join(LOOKALIKES, 'second-reader');

interface SecondNaming { id: string; named: string[]; not: string[] }
interface SecondCategory { id: string; discloses: Record<Purpose, boolean>; hesitant?: boolean }
type Purpose = 'advertising' | 'analytics';

/**
 * The first readers of the Chinese sets used the project's keys for Chinese companies TrackerDB lacks (huawei, jiguang …,
 * `tests/fixtures/eval/zh-org-keys.md`); the second reader had only TrackerDB's list and wrote "NONE:华为" for them. Both
 * mean one company: a NONE name that holds a brand of that table's row gets the row's key, so they compare.
 */
const PROJECT_KEYS: Array<{ key: string; brands: RegExp }> = readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'eval', 'zh-org-keys.md'), 'utf8')
  .split('\n').flatMap((line) => {
    const m = /^\|\s*([^|]+?)\s*\|\s*`([a-z0-9_.]+)`\s*\(new\)/.exec(line);
    if (!m) return [];
    const brands = m[1].split(/[\s,，、/()（）]+/).filter((b) => b.length >= 2 && !/^(?:one-click|login|Mobile|Unicom|Telecom|China)$/i.test(b));
    return [{ key: m[2], brands: new RegExp(brands.map((b) => b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i') }];
  });
function keyOf(label: string): string | null {
  if (!label.startsWith('NONE:')) return companyKey(label);
  const name = label.slice(5);
  if (/中国移动|China Mobile/i.test(name)) return 'china_mobile';
  if (/联通|聯通|Unicom/i.test(name)) return 'china_unicom';
  if (/电信|電信|Telecom/i.test(name)) return 'china_telecom';
  return PROJECT_KEYS.find((r) => r.brands.test(name))?.key ?? null;
}
const scoredKeys = (keys: readonly string[]) => new Set(keys.map(keyOf).filter((k): k is string => k !== null));

interface PR { tp: number; fp: number; fn: number }
const pr = (c: PR) => `P ${(c.tp / Math.max(1, c.tp + c.fp)).toFixed(3)} R ${(c.tp / Math.max(1, c.tp + c.fn)).toFixed(3)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
const add = (c: PR, truth: ReadonlySet<string>, got: ReadonlySet<string>) => {
  for (const k of got) if (truth.has(k)) c.tp++; else c.fp++;
  for (const k of truth) if (!got.has(k)) c.fn++;
};

/** Fineprint's named organizations for a passage, as the eval reads them, one key per company. */
async function fineprintNamed(text: string): Promise<Set<string>> {
  return new Set([...passageNamedOrgs(text, await evalClassifier())].map(companyKey));
}

export async function namingAgreement(lang: 'en' | 'zh', second: readonly SecondNaming[]): Promise<string[]> {
  const first = new Map(read<NamingRow>('dev', `${lang}-naming`).map((r) => [r.id, r]));
  const secondVsFirst: PR = { tp: 0, fp: 0, fn: 0 };
  const fpVsFirst: PR = { tp: 0, fp: 0, fn: 0 };
  const fpVsSecond: PR = { tp: 0, fp: 0, fn: 0 };
  const fpOnAgreed: PR = { tp: 0, fp: 0, fn: 0 };
  let disputed = 0;
  let pairs = 0;
  for (const s of second) {
    const f = first.get(s.id);
    if (!f) throw new Error(`[agreement] ${s.id} is not a ${lang} development naming passage`);
    const n1 = scoredKeys(f.named);
    const n2 = scoredKeys(s.named);
    // What each reader labels at all; a company only one of them mentions counts as "not" for the other.
    const seen = new Set([...n1, ...scoredKeys(f.not), ...n2, ...scoredKeys(s.not)]);
    const got = new Set([...(await fineprintNamed(f.text))].filter((k) => seen.has(k)));
    add(secondVsFirst, n1, new Set([...n2].filter((k) => seen.has(k))));
    add(fpVsFirst, n1, got);
    add(fpVsSecond, n2, got);
    const agreed = new Set([...seen].filter((k) => n1.has(k) === n2.has(k)));
    pairs += seen.size;
    disputed += seen.size - agreed.size;
    add(fpOnAgreed, new Set([...n1].filter((k) => agreed.has(k))), new Set([...got].filter((k) => agreed.has(k))));
  }
  return [
    `naming-${lang}: ${second.length} passages, ${pairs} (passage, company) pairs, ${disputed} disputed (${(100 * disputed / Math.max(1, pairs)).toFixed(1)} %)`,
    `  second reader vs first:   ${pr(secondVsFirst)}`,
    `  Fineprint vs first:       ${pr(fpVsFirst)}`,
    `  Fineprint vs second:      ${pr(fpVsSecond)}`,
    `  Fineprint, agreed pairs:  ${pr(fpOnAgreed)}`,
  ];
}

export async function categoryAgreement(lang: 'en' | 'zh', second: readonly SecondCategory[]): Promise<string[]> {
  const first = new Map<string, CategoryRow>(categoryRows('dev', lang).map((r) => [r.id, r]));
  const lines = [`categories-${lang}: ${second.length} passages`];
  const tracker = { advertising: SYNTHETIC.advertising.find((t) => t.org === 'criteo')!, analytics: SYNTHETIC.analytics.find((t) => t.org === 'chartbeat')! };
  const stats = { advertising: newCategoryStats(), analytics: newCategoryStats() };
  for (const s of second) {
    const f = first.get(s.id);
    if (!f) throw new Error(`[agreement] ${s.id} is not a ${lang} development category passage`);
    const judged = await judgePage(SITE, [tracker.advertising.url, tracker.analytics.url], policyInput(readPolicy(f.text, SITE)));
    for (const purpose of ['advertising', 'analytics'] as const) {
      const v = verdictOf(judged, tracker[purpose].org)?.verdict;
      const one = f.discloses[purpose];
      const two = s.discloses[purpose];
      const st = stats[purpose];
      st.n++;
      if (one === two) st.agree++;
      if (one) st.firstTrue++;
      if (two) st.secondTrue++;
      // A false accusation by the first reader's label: disclosed, yet `undisclosed`/`contradicted`.
      const accuses = v === 'undisclosed' || (v === 'contradicted' && !f.denies?.[purpose]);
      if (one && accuses) { st.faFirst++; if (!two) st.faDisputed++; }
      if (two && accuses && !(v === 'contradicted' && f.denies?.[purpose])) st.faSecond++;
      if (one && two && accuses) st.faAgreed++;
    }
  }
  for (const purpose of ['advertising', 'analytics'] as const) {
    const st = stats[purpose];
    const po = st.agree / st.n;
    const p1 = st.firstTrue / st.n;
    const p2 = st.secondTrue / st.n;
    const pe = p1 * p2 + (1 - p1) * (1 - p2);
    lines.push(`  ${purpose}: readers agree ${(100 * po).toFixed(1)} % (kappa ${((po - pe) / (1 - pe)).toFixed(2)}; discloses: first ${st.firstTrue}, second ${st.secondTrue}); `
      + `Fineprint's false accusations by the first reader ${st.faFirst} (of them the second reader says not disclosed: ${st.faDisputed}), by the second ${st.faSecond}, where both say disclosed ${st.faAgreed}`);
  }
  return lines;
}

function newCategoryStats() {
  return { n: 0, agree: 0, firstTrue: 0, secondTrue: 0, faFirst: 0, faDisputed: 0, faSecond: 0, faAgreed: 0 };
}

async function main(): Promise<void> {
  if (!existsSync(SECOND_READER)) { console.log(`[agreement] no second-reader labels at ${SECOND_READER}`); return; }
  for (const f of readdirSync(SECOND_READER).filter((x) => x.endsWith('.json')).sort()) {
    const m = /^(naming|category)-(en|zh)\.json$/.exec(f);
    if (!m) continue;
    const rows = JSON.parse(readFileSync(join(SECOND_READER, f), 'utf8'));
    const lines = m[1] === 'naming' ? await namingAgreement(m[2] as 'en' | 'zh', rows) : await categoryAgreement(m[2] as 'en' | 'zh', rows);
    console.log(lines.join('\n'));
  }
}

if (process.argv[1]?.endsWith('agreement.ts')) await main();
