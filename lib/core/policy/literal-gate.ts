/**
 * A cheap first question for a long alternation: "could this expression match this text at all?" Each of the readers'
 * long cue expressions (a few thousand characters of alternatives, most behind `\b`) costs about 5 ms per 100 KB
 * policy, because the engine tries every alternative at every position. Every alternative of such an expression
 * contains some literal text ("partner", "advertis", "第三方"); a text that contains none of them cannot match. An
 * alternation of those bare literals, with no word boundaries or classes, runs five to seven times faster, and most
 * sentences fail it, so the expression itself runs only where it can match.
 *
 * The literals are read from the expression's own source when the module loads, so they never fall out of step with
 * the cues. The gate is conservative by construction: an alternative it cannot find a required literal in (one that is
 * all classes or optional parts) makes the whole expression ungated (`null`), and the test file checks on real policy
 * text that a gate never refuses a text its expression matches.
 */

type Element = { kind: 'char'; ch: string; min: number; max: number } | { kind: 'group'; alts: Element[][]; min: number; max: number; lookaround: boolean } | { kind: 'other'; min: number; max: number };

/** A parse of the subset of non-Unicode RegExp syntax the cue expressions use; anything unknown is an opaque atom. */
function parse(src: string): Element[][] {
  let i = 0;
  const disjunction = (): Element[][] => {
    const alts: Element[][] = [[]];
    while (i < src.length && src[i] !== ')') {
      if (src[i] === '|') { alts.push([]); i++; continue; }
      const atom = parseAtom();
      if (atom) alts[alts.length - 1].push(quantified(atom));
    }
    return alts;
  };
  const parseAtom = (): Element | null => {
    const c = src[i];
    if (c === '(') {
      i++;
      let lookaround = false;
      if (src[i] === '?') {
        if (src[i + 1] === ':') i += 2;
        else if (src[i + 1] === '=' || src[i + 1] === '!') { i += 2; lookaround = true; }
        else if (src[i + 1] === '<' && (src[i + 2] === '=' || src[i + 2] === '!')) { i += 3; lookaround = true; }
        else if (src[i + 1] === '<') { i = src.indexOf('>', i) + 1; }
      }
      const alts = disjunction();
      i++; // ')'
      return { kind: 'group', alts, min: 1, max: 1, lookaround };
    }
    if (c === '[') {
      i++;
      if (src[i] === ']') i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
      return { kind: 'other', min: 1, max: 1 };
    }
    if (c === '^' || c === '$') { i++; return null; }
    if (c === '.') { i++; return { kind: 'other', min: 1, max: 1 }; }
    if (c === '\\') {
      const e = src[i + 1];
      i += 2;
      if (e === 'b' || e === 'B') return null;
      if ('dDwWsS'.includes(e) || /[1-9]/.test(e)) return { kind: 'other', min: 1, max: 1 };
      // A property or named back-reference (u flag) is some character: skip its braces and treat it as a class.
      if ((e === 'p' || e === 'P' || e === 'k') && (src[i] === '{' || src[i] === '<')) { i = src.indexOf(src[i] === '{' ? '}' : '>', i) + 1; return { kind: 'other', min: 1, max: 1 }; }
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i, i + 4))) { i += 4; return { kind: 'char', ch: String.fromCharCode(parseInt(src.slice(i - 4, i), 16)), min: 1, max: 1 }; }
      if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(src.slice(i, i + 2))) { i += 2; return { kind: 'char', ch: String.fromCharCode(parseInt(src.slice(i - 2, i), 16)), min: 1, max: 1 }; }
      const named: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
      if (/[a-zA-Z0-9]/.test(e) && !(e in named)) return { kind: 'other', min: 1, max: 1 };
      return { kind: 'char', ch: named[e] ?? e, min: 1, max: 1 };
    }
    i++;
    return { kind: 'char', ch: c, min: 1, max: 1 };
  };
  const quantified = (atom: Element): Element => {
    const q = /^(?:\?|\*|\+|\{(\d+)(?:,(\d*))?\})\??/.exec(src.slice(i));
    if (!q) return atom;
    i += q[0].length;
    const min = q[0][0] === '?' || q[0][0] === '*' ? 0 : q[0][0] === '+' ? 1 : Number(q[1]);
    const max = q[0][0] === '?' ? 1 : q[0][0] === '{' && q[2] !== '' ? Number(q[2] ?? q[1]) : Infinity;
    return { ...atom, min, max };
  };
  const alts = disjunction();
  if (i !== src.length) throw new Error(`literal-gate: unbalanced ")" at ${i}`);
  return alts;
}

/** A set of literals one of which every match of the alternatives contains, or null when some alternative has none. */
function required(alts: Element[][]): string[] | null {
  const out: string[] = [];
  for (const alt of alts) {
    const r = requiredInSequence(alt);
    if (!r) return null;
    out.push(...r);
  }
  return out;
}

const COMMON = new Set(['a', 'an', 'the', 'our', 'its', 'his', 'her', 'their', 'your', 'we', 'us', 'you', 'it', 'they', 'to', 'of', 'in', 'on', 'by', 'for', 'with', 'from', 'that', 'which', 'who', 'this', 'these', 'those', 'and', 'or', 'is', 'are', 'be', 'as', 'at', 'not', 'no']);

/** The best-filtering required literal set of one sequence: a run of plain characters, or a required group's set. */
function requiredInSequence(seq: Element[]): string[] | null {
  let best: string[] | null = null;
  // Longer literals filter better, and a function word ("the", "our", "with") filters almost nothing.
  const worth = (x: string) => (COMMON.has(x.trim()) ? 1 : x.trim().length);
  const score = (s: string[]) => Math.min(...s.map(worth)) * 16 - s.length;
  const consider = (s: string[] | null) => {
    if (s && s.length && s.every((x) => x.length >= 2) && (!best || score(s) > score(best))) best = s;
  };
  let run = '';
  for (const e of seq) {
    if (e.kind === 'char' && e.min === 1 && e.max === 1) { run += e.ch.toLowerCase(); continue; }
    consider(run ? [run] : null);
    run = '';
    // A character or group repeated at least once is there at least once (its run ends with it).
    if (e.kind === 'char' && e.min >= 1) run = e.ch.toLowerCase();
    if (e.kind === 'group' && !e.lookaround && e.min >= 1) consider(required(e.alts));
  }
  consider(run ? [run] : null);
  return best;
}

/**
 * The gate for an expression's source: a case-free alternation of literals to test on the LOWER-CASED text, or null when
 * the source has an alternative with no required literal (then the expression must always run).
 */
export function literalGate(source: string): RegExp | null {
  const found = required(parse(source));
  if (!found) return null;
  const unique = [...new Set(found)];
  // A literal that contains a shorter one adds nothing: the shorter is found wherever the longer is.
  const minimal = unique.filter((x) => !unique.some((o) => o !== x && x.includes(o)));
  return new RegExp(minimal.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

/** Whether `re` can match `text`: the gate on `lower` (text.toLowerCase(), computed once by the caller) first. */
export const mayMatch = (gate: RegExp | null, lower: string): boolean => gate === null || gate.test(lower);
