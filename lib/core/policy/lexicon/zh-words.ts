// Chinese is written without spaces, so a company's name can sit inside ordinary words: "审美团队" (审美 + 团队) holds
// 美团, "每个推送" holds 个推, "新浪潮" 新浪, "京东方" 京东. ICU's dictionary segmenter knows the ordinary words; the name is
// only a reading of the characters when an ordinary word runs on past its last character. Its first character is not
// asked: ICU's dictionary glues a preposition or verb to it ("由美团提供" → 由美|团, "接入神策" → 接|入神|策), and that
// cost true names on the development rounds (23rd session: both edges, then the last one; the first alone lost five).

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
// How far past the name the segmenter looks: ordinary words are short, and a window keeps the cost flat.
const WINDOW = 4;
// Longer names ("支付宝（中国）网络技术有限公司", "巨量引擎") are not ordinary words' halves; skipping them keeps the cost low.
const LONGEST_HOMONYM = 3;

let segmenter: Intl.Segmenter | undefined;

/** True when the name at text[start, end) ends inside an ordinary Chinese word (its last character starts the word). */
export function insideChineseWords(text: string, start: number, end: number): boolean {
  if (end - start > LONGEST_HOMONYM) return false;
  if (!CJK.test(text.charAt(end)) || !CJK.test(text.charAt(end - 1))) return false;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  // From the name's first character: what stands before it does not decide where its last one ends.
  const window = text.slice(start, Math.min(text.length, end + WINDOW));
  const e = end - start;
  let endInside = false;
  for (const { index, segment } of segmenter.segment(window)) {
    const last = index + segment.length;
    if (index < e && last > e) endInside = true;
    if (index >= e) break;
  }
  return endInside;
}
