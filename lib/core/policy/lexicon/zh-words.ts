// Chinese is written without spaces, so a company's name can sit across two ordinary words: "审美团队" (审美 + 团队)
// holds 美团, "每个推送" holds 个推. ICU's dictionary segmenter knows the ordinary words; the name is only a reading
// of the characters when both of its edges fall inside them. One edge alone is not enough: ICU's dictionary also
// glues a verb to a name's first character ("接入神策" → 接|入神|策), and a name that starts a compound is common.

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
// How far either side of the name the segmenter looks: ordinary words are short, and a window keeps the cost flat.
const WINDOW = 4;
// Longer names ("支付宝（中国）网络技术有限公司", "巨量引擎") are not ordinary words' halves; skipping them keeps the cost low.
const LONGEST_HOMONYM = 3;

let segmenter: Intl.Segmenter | undefined;

/** True when the name at text[start, end) is read across two ordinary Chinese words (both edges inside one). */
export function insideChineseWords(text: string, start: number, end: number): boolean {
  if (end - start > LONGEST_HOMONYM) return false;
  if (!CJK.test(text.charAt(start - 1)) || !CJK.test(text.charAt(end))) return false;
  if (!CJK.test(text.charAt(start)) || !CJK.test(text.charAt(end - 1))) return false;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const from = Math.max(0, start - WINDOW);
  const window = text.slice(from, Math.min(text.length, end + WINDOW));
  const s = start - from;
  const e = end - from;
  let startInside = false;
  let endInside = false;
  for (const { index, segment } of segmenter.segment(window)) {
    const last = index + segment.length;
    if (index < s && last > s) startInside = true;
    if (index < e && last > e) endInside = true;
    if (index >= e) break;
  }
  return startInside && endInside;
}
