/**
 * Traditional Chinese, read with the Simplified lexicons. Hong Kong, Taiwan and Macau policies write 廣告, 統計, 第三方合作夥伴
 * and 騰訊 where every lexicon, cue and learned weight of the reader has 广告, 统计, 合作伙伴 and 腾讯; read as they are, their
 * disclosures are missed and their trackers judged "not disclosed". The table (lexicon/zh-traditional.json, generated
 * from OpenCC by scripts/gen-zh-traditional.ts) maps one character to one character, so every offset stays where it was:
 * the reader works on the mapped text, and each quote is cut from the page's own text at the same offsets (extract.ts).
 */
import TABLE from './lexicon/zh-traditional.json';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < TABLE.pairs.length; i += 2) MAP.set(TABLE.pairs[i], TABLE.pairs[i + 1]);

/**
 * Regional words (資訊 → 信息, 行銷 → 营销, 第三人 → 第三方), each the length of its mainland word, by first character —
 * longest first — so a 1 MB text is one pass with a lookup per character, not one regex alternative per word.
 */
const WORDS_BY_FIRST = new Map<string, Array<[string, string]>>();
for (const pair of TABLE.phrases.split('|')) {
  const [from, to] = pair.split('=') as [string, string];
  const list = WORDS_BY_FIRST.get(from[0]) ?? [];
  list.push([from, to]);
  WORDS_BY_FIRST.set(from[0], list);
}

/**
 * Is the text written in Traditional characters? A few such characters also stand in Simplified text (著作, 乾坤), so it
 * takes several, and a share of the Chinese characters, before the text is read through the table.
 */
export function isTraditional(text: string): boolean {
  let han = 0;
  let traditional = 0;
  for (const c of text) {
    if (c < '\u4e00' || c > '\u9fff') continue;
    han++;
    if (MAP.has(c)) traditional++;
  }
  return traditional >= 3 && traditional >= han * 0.03;
}

/**
 * The text with each Traditional character replaced by its Simplified one, then each regional word by the mainland one
 * (same length, same offsets).
 */
export function toSimplified(text: string): string {
  let chars = '';
  for (const c of text) chars += MAP.get(c) ?? c;
  let out = '';
  for (let i = 0; i < chars.length;) {
    const word = WORDS_BY_FIRST.get(chars[i])?.find(([from]) => chars.startsWith(from, i));
    if (word) { out += word[1]; i += word[0].length; } else out += chars[i++];
  }
  return out;
}

/** The text the reader reads: Simplified where the page is Traditional, else the page's text itself. */
export function readingText(text: string): string {
  return isTraditional(text) ? toSimplified(text) : text;
}

/**
 * Every quote ({ text, start, end }) in an analysis made from `read`, cut again from `original` — the page's own
 * characters — at the same offsets.
 */
export function restoreQuotes<T>(value: T, original: string, read: string): T {
  if (original === read) return value;
  const visit = (o: unknown): void => {
    if (!o || typeof o !== 'object') return;
    if (Array.isArray(o)) { o.forEach(visit); return; }
    const r = o as Record<string, unknown>;
    if (typeof r.text === 'string' && typeof r.start === 'number' && typeof r.end === 'number' && read.slice(r.start, r.end) === r.text) r.text = original.slice(r.start, r.end);
    for (const v of Object.values(r)) visit(v);
  };
  visit(value);
  return value;
}
