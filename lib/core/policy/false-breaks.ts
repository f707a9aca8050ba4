/**
 * Where ICU's sentence breaks are wrong for policy text (text.ts splitSentences): after abbreviations and legal
 * suffixes, and inside a product name with an exclamation mark. One segmenter for the whole run.
 */
let segmenter: Intl.Segmenter | undefined;
export function getSegmenter(): Intl.Segmenter {
  // One instance: construction is the expensive part (ICU data), segmenting is cheap.
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

// ICU breaks after "e.g. " and "Inc. "; the standard suppressions (ss=standard) are not in V8.
// "Apple Inc. 在美国…注册的商标": a Chinese sentence goes on after the abbreviation too, and a list goes on after a separator
// ("Magnite, Inc. · PubMatic, Inc. · The Trade Desk").
const ALWAYS_MERGE = /(?:^|[\s(])(?:e\.g|i\.e|mr|mrs|ms|dr|vs|approx|incl|no|fig|cf|pvt)\.\s*$/i;
// "the Yahoo! JAPAN conversion tag": the exclamation mark is part of the product's name.
const YAHOO_PRODUCT = { before: /\bYahoo!\s*$/, after: /^\s*(?:JAPAN|Japan|Mail|Finance|News|Sports|Answers|Groups|Search|Shopping|Ads|Inc\b)\b/ };
// "two advertising companies, Yahoo! and DoubleClick, …": ICU breaks after any "!", but a sentence never goes on in
// lower case — the mark was part of a name (or an aside), and cutting there loses the company's context.
const EXCLAMATION_GOES_ON = { before: /!\s*$/, after: /^\s*[a-z,;]/ };
// "我们使用 Sentry（Functional Software, Inc.）收集…": ICU may break after the bracket that closes the abbreviation too.
const MERGE_IF_LOWER = /(?:^|[\s(])(?:inc|ltd|co|corp|llc|etc|u\.s|u\.k|st|jr|plc|s\.a|b\.v|n\.v)\.[)）]?\s*$/i;

/** Is the break after `piece` (the text so far of a sentence) false, given the `next` few characters? */
// "…Functional Software, Inc.（Sentry的开发商）": a break right after an opening bracket never ends a sentence.
const OPEN_BRACKET = /[(（\[【]\s*$/;
export function falseBreak(piece: string, next: string): boolean {
  return ALWAYS_MERGE.test(piece) || OPEN_BRACKET.test(piece) || (YAHOO_PRODUCT.before.test(piece) && YAHOO_PRODUCT.after.test(next))
    || (EXCLAMATION_GOES_ON.before.test(piece) && EXCLAMATION_GOES_ON.after.test(next))
    || (MERGE_IF_LOWER.test(piece) && /[a-z0-9()\u3400-\u9fff·•|,;、–—]/.test(next[0] ?? ''));
}
