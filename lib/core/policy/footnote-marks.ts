/**
 * Footnote markers written with asterisks or daggers in policy text copied from pages (23rd session): "Criteo SA*" with
 * "* only in the EU app" below it, "The Trade Desk, Inc.**" with "** contract ended in December". Markdown reads every
 * "*" as emphasis and a line-initial "* " as a bullet; these keep the marker so footnotes.ts can pair name and note.
 */

const RUN = /\*+/g;
// A run right after a word and before a space, punctuation or the end ("Criteo SA*", "The Trade Desk**."); an emphasis
// run opens before a word ("*only*"), so a line with one of those is markdown.
const MARK_LIKE = (line: string, at: number, end: number): boolean =>
  end - at <= 3 && (at === 0 ? /\s/.test(line.charAt(end)) : !/\s/.test(line[at - 1]) && (end === line.length || /[\s,;，；.。)）(（]/.test(line[end])));

/**
 * The length of the asterisk run at `i` when it is a marker: every run of the line looks like one — right after a word
 * ("Criteo*", "The Trade Desk**."), or opening a footnote line ("* only in the EU app", which isFootnoteLine has kept
 * from being read as a bullet).
 */
export function footnoteMarkAt(line: string, i: number): number {
  if (line[i] !== '*' || (i > 0 && line[i - 1] === '*')) return 0;
  let end = i;
  while (line[end] === '*') end++;
  if (!MARK_LIKE(line, i, end)) return 0;
  for (const m of line.matchAll(RUN)) if (!MARK_LIKE(line, m.index, m.index + m[0].length)) return 0;
  return end - i;
}

/** "* only in the EU app" under a line whose name carries "*": a footnote, not a bullet. */
export function isFootnoteLine(lines: readonly string[], index: number): boolean {
  const m = /^\s*(\*{1,3}|[†‡])\s+\S/.exec(lines[index]);
  if (!m) return false;
  const mark = m[1];
  for (let j = index - 1; j >= 0 && index - j <= 40; j--) {
    const line = lines[j];
    for (let at = line.indexOf(mark); at > 0; at = line.indexOf(mark, at + 1)) {
      if (mark[0] === '*' ? footnoteMarkAt(line, at) === mark.length : !/\s/.test(line[at - 1])) return true;
    }
  }
  return false;
}
