/**
 * Compiles the alias lexicon into two regexes (case-insensitive + case-sensitive), each a
 * prefix *trie* rendered as nested alternations: V8 then walks one branch per input position
 * instead of trying ~400 literals, and the greedy optional tails give longest-match for free.
 * Built once per process (lazy), reused for every sentence.
 */
import { BLOCKED_PHRASES } from './aliases.ts';
import { lexiconEntries, type AliasEntry } from './lexicon.ts';

export interface AliasMatch {
  start: number;
  end: number;
  /** The text as written in the policy. */
  text: string;
  /** null when the match is a blocked phrase (browser, OS, card brand …). */
  entry: AliasEntry | null;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

const newNode = (): TrieNode => ({ children: new Map(), terminal: false });

function escapeChar(c: string): string {
  // Only syntax characters: with the u flag, escaping anything else ("\-") is an error.
  return /[\\^$.*+?()[\]{}|]/.test(c) ? '\\' + c : c;
}

function render(node: TrieNode): string {
  const alts: string[] = [];
  // Sorted keys only for a stable, readable pattern; correctness comes from the trie shape.
  for (const [ch, child] of [...node.children.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    alts.push(escapeChar(ch) + render(child));
  }
  if (alts.length === 0) return '';
  const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
  // Terminal with children: the longer continuation is optional and tried first (greedy).
  return node.terminal ? (alts.length === 1 && alts[0].length === 1 ? `${body}?` : `(?:${body})?`) : body;
}

// Latin aliases must not start/end inside a word ("Googlers", "Metadata"); CJK ones have no spaces
// around them, so only Latin letters/digits count as "inside a word" here.
// An alias that starts (ends) with a CJK character needs no boundary on that side: "极光SDK",
// "使用华为推送" — Chinese text puts Latin letters right against names.
const BEFORE = '(?:(?![A-Za-z0-9_\\u00C0-\\u024F])|(?<![A-Za-z0-9_@\\u00C0-\\u024F]))';
// "Meta-/Kommunikationsdaten", "Segment-level": a hyphen + lower-case letter continues the word.
const AFTER = '(?:(?<![A-Za-z0-9_\\u00C0-\\u024F])|(?![A-Za-z0-9_\\u00C0-\\u024F]|-[^A-Z]))';

function compile(keys: string[], flags: string): RegExp | null {
  if (keys.length === 0) return null;
  const root = newNode();
  for (const k of keys) {
    let n = root;
    for (const ch of k) {
      let next = n.children.get(ch);
      if (!next) n.children.set(ch, (next = newNode()));
      n = next;
    }
    n.terminal = true;
  }
  return new RegExp(`${BEFORE}${render(root)}${AFTER}`, flags);
}

interface Compiled {
  ci: RegExp | null;
  cs: RegExp | null;
  ciMap: Map<string, AliasEntry | null>;
  csMap: Map<string, AliasEntry | null>;
}

let compiled: Compiled | undefined;
let compiledFrom: readonly AliasEntry[] | undefined;

export function normalizeAlias(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

function build(entries: readonly AliasEntry[]): Compiled {
  const ciMap = new Map<string, AliasEntry | null>();
  const csMap = new Map<string, AliasEntry | null>();
  for (const phrase of BLOCKED_PHRASES) ciMap.set(normalizeAlias(phrase), null);
  for (const e of entries) {
    if (e.caseSensitive) csMap.set(e.alias, e);
    else if (!ciMap.has(normalizeAlias(e.alias))) ciMap.set(normalizeAlias(e.alias), e);
  }
  return {
    ci: compile([...ciMap.keys()], 'gi'),
    cs: compile([...csMap.keys()], 'g'),
    ciMap,
    csMap,
  };
}

/** The compiled matcher (exposed for tests and the benchmark). */
export function getMatcher(): Compiled {
  const entries = lexiconEntries();
  if (!compiled || compiledFrom !== entries) {
    compiled = build(entries);
    compiledFrom = entries;
  }
  return compiled;
}

const cache = new WeakMap<object, AliasMatch[]>();

/**
 * A generated name written all in lower case is the ordinary word ("retargeting services", "adjust"); not one with a
 * digit in it ("6sense"), which no dictionary word has.
 */
export function isOrdinaryWord(m: AliasMatch): boolean {
  return m.entry?.source === 'generated' && !/\p{Lu}/u.test(m.text) && !/[\u3400-\u9fff\d]/.test(m.text);
}

/** findAliases for a sentence object, computed once (owner detection and extraction share it). */
export function aliasesOf(sentence: { text: string }): AliasMatch[] {
  let r = cache.get(sentence);
  if (!r) cache.set(sentence, (r = findAliases(sentence.text)));
  return r;
}

/**
 * All alias matches in `text`, non-overlapping, longest first at each position. Blocked phrases
 * come back with entry null so callers can see (and skip) them.
 */
export function findAliases(text: string): AliasMatch[] {
  const { ci, cs, ciMap, csMap } = getMatcher();
  const raw: AliasMatch[] = [];
  const run = (re: RegExp | null, map: Map<string, AliasEntry | null>, fold: boolean) => {
    if (!re) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const key = fold ? normalizeAlias(m[0]) : m[0];
      const entry = map.get(key);
      if (entry !== undefined) raw.push({ start: m.index, end: m.index + m[0].length, text: m[0], entry });
      if (m[0].length === 0) re.lastIndex++;
    }
  };
  run(ci, ciMap, true);
  run(cs, csMap, false);
  if (raw.length < 2) return raw;
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: AliasMatch[] = [];
  let lastEnd = -1;
  for (const m of raw) {
    if (m.start >= lastEnd) {
      out.push(m);
      lastEnd = m.end;
    } else if (m.end > lastEnd && out.length && m.start === out[out.length - 1].start) {
      out[out.length - 1] = m;
      lastEnd = m.end;
    }
  }
  return out;
}
