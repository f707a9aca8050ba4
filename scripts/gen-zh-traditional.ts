/**
 * `npm run gen:zh-traditional` — generates lib/core/policy/lexicon/zh-traditional.json, the character table that lets the
 * policy reader read Traditional Chinese (Hong Kong, Taiwan, Macau policies) with its Simplified lexicons
 * (policy/zh-script.ts). From OpenCC's dictionaries (opencc-js, Apache-2.0): TSCharacters (Traditional → Simplified),
 * and the Hong Kong and Taiwan variant tables mapped through it ("為" → "爲" → "为"). One character for one character
 * only, both in the Basic Multilingual Plane, so every offset in the text stays where it was and a quote is the page's
 * own words. Then the words Taiwan and Hong Kong write differently (資訊 / 信息, 行銷 / 营销, 第三人 / 第三方): OpenCC's
 * regional phrase tables (TWPhrasesRev, HKPhrasesRev) and the privacy-policy words below, only where both sides have the
 * same length, for the same reason. Deterministic; zh-script.test.ts fails when the committed table is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import HK_PHRASES from 'opencc-js/dict/HKPhrasesRev';
import HK_VARIANTS from 'opencc-js/dict/HKVariantsRev';
import TW_PHRASES from 'opencc-js/dict/TWPhrasesRev';
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

/**
 * Privacy-policy words of Taiwan, Hong Kong and Macau that OpenCC's tables (made for computing and place names) do not
 * have, each with the mainland word of the same length that the lexicons read. Written in Traditional characters.
 */
const POLICY_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['個人資料', '个人信息'], ['個資', '信息'], ['行銷', '营销'], ['促銷', '营销'], ['業界', '行业'], ['蒐集', '收集'],
  ['紀錄', '记录'], ['私隱', '隐私'], ['裝置', '设备'], ['第三人', '第三方'], ['社群', '社交'], ['數位', '数字'],
  ['推播', '推送'], ['存取', '访问'], ['點閱', '点击'], ['影片', '视频'], ['委外', '外包'], ['當機', '崩溃'], ['量度', '测量'],
];

/** Phrase pairs "traditional=simplified" joined by "|", keys as the character table leaves them, longest first. */
export function phraseTable(): string {
  const chars = new Map<string, string>();
  const table = traditionalTable();
  for (let i = 0; i + 1 < table.length; i += 2) chars.set(table[i], table[i + 1]);
  const simplify = (t: string) => [...t].map((c) => chars.get(c) ?? c).join('');
  const map = new Map<string, string>();
  const regional = [...entries(TW_PHRASES), ...entries(HK_PHRASES)]
    // Names of people and places (丹尼·波爾) are not policy words; and a word of one character is the character table's.
    .filter(([t, s]) => s !== undefined && t.length === s.length && t.length > 1 && !/[·・]/.test(t) && /^[\u4e00-\u9fff]+$/.test(t + s));
  for (const [t, s] of [...regional, ...POLICY_WORDS]) {
    const from = simplify(t);
    const to = simplify(s!);
    if (from !== to) map.set(from, to);
  }
  return [...map].sort(([a], [b]) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map(([t, s]) => `${t}=${s}`).join('|');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = traditionalTable();
  const phrases = phraseTable();
  writeFileSync(OUT, `${JSON.stringify({ source: 'OpenCC TSCharacters + HKVariantsRev + TWVariantsRev, TWPhrasesRev + HKPhrasesRev (opencc-js 1.4.2, Apache-2.0) and policy words', pairs: table, phrases })}\n`);
  console.log(`[gen-zh-traditional] ${table.length / 2} characters and ${phrases.split('|').length} words written to ${OUT}`);
}
