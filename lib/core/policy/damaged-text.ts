/**
 * Text as it arrives from PDFs, app screens and typeset pages, repaired before anything reads it (normalizeText):
 * words hyphenated across a line end ("Google Ana-\nlytics", "MICRO-\nSOFT"), Latin letters typed full-width
 * ("Ｇｏｏｇｌｅ　ＡｄＭｏｂ　ＳＤＫ"), a name spaced out letter by letter for emphasis ("A D J U S T GMBH"), and a line end
 * where a space was inside a name ("The Trade\nDesk"). Each is a repair a reader makes without noticing; without it the
 * name is two fragments no lexicon knows. (Names written as two words, "Pay Pal", are left alone: the matcher would have
 * to read ordinary phrases, "the Share This button", as names too.)
 */
import { findAliases } from './lexicon/matcher.ts';

/** Full-width digits and Latin letters; full-width punctuation (，：（）) is how Chinese is written and stays. */
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
export function foldFullWidthLatin(s: string): string {
  if (!/[\uFF10-\uFF5A]/.test(s)) return s;
  return s.replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Words that stand before a hyphen of their own ("third-party", "opt-out", "sign-in", "e-mail"): cut at a line end,
 * the hyphen is the word's, so the halves are joined with it. Any other word cut there was hyphenated by the typesetter.
 */
const HYPHEN_OWNERS = new Set([
  'third', 'first', 'opt', 'non', 'co', 'self', 'sign', 'log', 'cross', 'e', 're', 'pre', 'post', 'anti', 'sub', 'multi',
  'double', 'long', 'short', 'well', 'real', 'end', 'user', 'device', 'ad', 'web', 'one', 'two', 'high', 'low', 'full',
  'part', 'follow', 'built', 'in', 'on', 'off', 'up', 'add', 'pop', 'check', 'set', 'out', 'per', 'time', 'age', 'cookie',
  'site', 'data', 'de', 'all', 'so', 'open', 'year', 'day', 'month', 'case', 'state', 'privacy', 'consent', 'machine',
  'interest', 'context', 'behaviour', 'behavior', 'audience', 'in-app', 'peer', 'over', 'under', 'mid',
]);
// A word cut at a line end: letters and a hyphen, then the line goes on with letters of the same case.
const CUT_WORD = /([A-Za-z]+)-[ \t]*\n[ \t]*([a-z]+|[A-Z]{2,}(?![a-z]))/g;
export function rejoinHyphenatedWords(s: string): string {
  if (!/[A-Za-z]-[ \t]*\n/.test(s)) return s;
  return s.replace(CUT_WORD, (whole, left: string, right: string) => {
    const upper = /^[A-Z]{2,}$/.test(right);
    // "MICRO-\nSOFT" is cut in capitals on both sides; "Pub-\nlic" in lower case after; anything else is left alone.
    if (upper && !/^[A-Z]+$/.test(left)) return whole;
    if (left.length < 2 && !HYPHEN_OWNERS.has(left.toLowerCase())) return whole;
    return HYPHEN_OWNERS.has(left.toLowerCase()) ? `${left}-${right}` : `${left}${right}`;
  });
}

/** "A D J U S T": four or more single capitals one space apart. */
const LETTER_SPACED = /\b(?:[A-Z] ){3,}[A-Z]\b/g;
export function closeLetterSpacing(s: string): string {
  if (!/[A-Z] [A-Z] [A-Z] [A-Z]/.test(s)) return s;
  return s.replace(LETTER_SPACED, (m) => m.replace(/ /g, ''));
}

/**
 * "…with Meta Platforms, Inc., The Trade\nDesk, Inc. and …": a line end where a space was, inside a company's name. Only
 * where a name the lexicon knows runs across the break (a line of text ends mid-name); the line break becomes the space.
 */
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export function rejoinSplitNames(s: string): string {
  let out = '';
  let from = 0;
  for (let k = s.indexOf('\n'); k > 0; k = s.indexOf('\n', k + 1)) {
    if (!isLetter(s.charCodeAt(k - 1)) || !isLetter(s.charCodeAt(k + 1))) continue;
    const lineStart = s.lastIndexOf('\n', k - 1) + 1;
    const left = s.slice(Math.max(lineStart, k - 40), k);
    const lineEnd = s.indexOf('\n', k + 1);
    const right = s.slice(k + 1, Math.min(lineEnd < 0 ? s.length : lineEnd, k + 41));
    const joined = `${left} ${right}`;
    if (findAliases(joined).some((m) => m.entry !== null && m.start < left.length && m.end > left.length + 1)) {
      out += `${s.slice(from, k)} `;
      from = k + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/** All the repairs, in the order they depend on (full-width letters first: a cut word may be typed full-width). */
export function repairDamagedText(s: string): string {
  return rejoinSplitNames(closeLetterSpacing(rejoinHyphenatedWords(foldFullWidthLatin(s))));
}
