/**
 * Table rows written without pipes, recognised line by line before the text is split into sentences (text.ts).
 */
const SLASH_ROW = /^[^/\n]{1,80}(?: \/ [^/\n]{1,300}){2,12}$/;
const slashCount = (line: string) => line.split(' / ').length;
/** A line of three or more cells separated by " / ", next to another with as many cells. */
export function slashRowOfTable(lines: readonly string[], i: number): boolean {
  const t = lines[i].trim();
  if (!SLASH_ROW.test(t)) return false;
  return [lines[i - 1], lines[i + 1]].some((n) => n !== undefined && SLASH_ROW.test(n.trim()) && slashCount(n.trim()) === slashCount(t));
}
