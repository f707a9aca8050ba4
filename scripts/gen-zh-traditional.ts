/**
 * `npm run gen:zh-traditional` — generates lib/core/policy/lexicon/zh-traditional.json, the character table that lets the
 * policy reader read Traditional Chinese (Hong Kong, Taiwan, Macau policies) with its Simplified lexicons
 * (policy/zh-script.ts). From OpenCC's dictionaries (opencc-js, Apache-2.0): TSCharacters (Traditional → Simplified),
 * and the Hong Kong and Taiwan variant tables mapped through it ("為" → "爲" → "为"). One character for one character
 * only, both in the Basic Multilingual Plane, so every offset in the text stays where it was and a quote is the page's
 * own words. Deterministic; zh-script.test.ts fails when the committed table is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import HK_VARIANTS from 'opencc-js/dict/HKVariantsRev';
import TS from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS from 'opencc-js/dict/TWVariantsRev';

export const OUT = fileURLToPath(new URL('../lib/core/policy/lexicon/zh-traditional.json', import.meta.url));

const single = (c: string | undefined): c is string => c !== undefined && c.length === 1;
const entries = (dict: string) => dict.split('|').map((e) => e.split(' '));

/** Pairs "TS" concatenated, sorted by the Traditional character. */
export function traditionalTable(): string {
  const map = new Map<string, string>();
  for (const [t, s] of entries(TS)) if (single(t) && single(s) && t !== s) map.set(t, s);
  for (const [variant, standard] of [...entries(HK_VARIANTS), ...entries(TW_VARIANTS)]) {
    const s = map.get(standard);
    if (single(variant) && s && !map.has(variant) && variant !== s) map.set(variant, s);
  }
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([t, s]) => t + s).join('');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = traditionalTable();
  writeFileSync(OUT, `${JSON.stringify({ source: 'OpenCC TSCharacters + HKVariantsRev + TWVariantsRev (opencc-js 1.4.2, Apache-2.0)', pairs: table })}\n`);
  console.log(`[gen-zh-traditional] ${table.length / 2} characters written to ${OUT}`);
}
