/**
 * Links that open the policy scrolled to (and highlighting) the quoted sentence, using URL text
 * fragments: https://wicg.github.io/scroll-to-text-fragment/#syntax
 *   #:~:text=[prefix-,]textStart[,textEnd][,-suffix]
 * Each term is percent-encoded, and '-', '&' and ',' must be encoded too because they are the
 * directive's own syntax (encodeURIComponent leaves '-' alone, so it is replaced by hand).
 */
import { safeHttpUrl } from './safe-url';

/** Above this many words (or characters, for unspaced scripts) the link names only both ends. */
const MAX_WORDS = 10;
const EDGE_WORDS = 4;
const MAX_CHARS = 60;
const EDGE_CHARS = 12;

export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** The `text=` value for a sentence: whole when short, `textStart,textEnd` from its first and last words when long. */
export function textDirective(sentence: string): string | null {
  // Text fragments match rendered text, where whitespace runs collapse to one space.
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const words = text.split(' ');
  if (words.length > MAX_WORDS) {
    return `${encodeFragmentTerm(words.slice(0, EDGE_WORDS).join(' '))},${encodeFragmentTerm(words.slice(-EDGE_WORDS).join(' '))}`;
  }
  // Chinese/Japanese sentences have no spaces: cut by characters (code points, never half a surrogate pair).
  const chars = Array.from(text);
  if (words.length === 1 && chars.length > MAX_CHARS) {
    return `${encodeFragmentTerm(chars.slice(0, EDGE_CHARS).join(''))},${encodeFragmentTerm(chars.slice(-EDGE_CHARS).join(''))}`;
  }
  if (chars.length > MAX_CHARS * 4) {
    // A few very long "words" (URLs, unspaced runs inside spaced text): fall back to characters too.
    return `${encodeFragmentTerm(chars.slice(0, EDGE_CHARS * 2).join('').trim())},${encodeFragmentTerm(chars.slice(-EDGE_CHARS * 2).join('').trim())}`;
  }
  return encodeFragmentTerm(text);
}

/** The policy URL with a text fragment pointing at `sentence`, or null when the URL is not http(s). */
export function textFragmentUrl(policyUrl: string | null | undefined, sentence: string): string | null {
  const safe = safeHttpUrl(policyUrl);
  if (!safe) return null;
  const directive = textDirective(sentence);
  const base = safe.replace(/#.*$/s, '');
  return directive ? `${base}#:~:text=${directive}` : base;
}
