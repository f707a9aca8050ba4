/**
 * The one alias lexicon: hand-written rows (aliases.ts) over rows generated from TrackerDB
 * (generated.json, `npm run gen:lexicon`), plus extra name data other modules contribute (e.g. the
 * Chinese brand and legal-entity names). The analyzer, the SDK-table reader and owner detection all
 * read it through matcher.ts, so "is X named here?" has one answer everywhere.
 */
import type { CategoryKey } from '../../types.ts';
import { lexiconAliases } from '../../names/aliases.ts';
import { HAND_ALIASES, PRODUCT_CATEGORY, type AliasEntry } from './aliases.ts';
import { COOKIE_ROWS } from './cookies.ts';
import generated from './generated.json';

export type { AliasEntry } from './aliases.ts';

type GeneratedRow = [alias: string, org: string, flags: number, category: string];

const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Company names the names module knows (Chinese brands, display and legal names, zh and en). */
function nameEntries(): AliasEntry[] {
  return lexiconAliases().map((a) => {
    const e: AliasEntry = { alias: a.alias, org: a.org, lang: a.lang, source: 'names' };
    // Chinese policies write Latin brand names in any case ("huawei", "VIVO", "talkingdata"): a
    // brand of 5+ letters without spaces matches in any case; short ones keep their capitals.
    if (a.caseSensitive && !(a.lang === 'en' && /^[A-Za-z][A-Za-z0-9+]{3,}$/.test(a.alias) && a.alias.length >= 4)) e.caseSensitive = true;
    if (a.requiresContext) e.context = 'cues';
    const product = PRODUCT_CATEGORY[a.alias];
    if (product) e.product = product;
    return e;
  });
}

let extra: AliasEntry[] = [];

/**
 * Adds name data from elsewhere in the core (one lexicon, several sources). Called at module load by
 * the owner of the data; entries whose spelling the hand rows already have are ignored.
 */
export function registerNames(entries: readonly AliasEntry[]): void {
  extra = [...extra, ...entries];
  merged = undefined;
}

let merged: AliasEntry[] | undefined;

export function lexiconEntries(): AliasEntry[] {
  if (merged) return merged;
  const out: AliasEntry[] = [];
  const seen = new Set<string>();
  const productOf = new Map<string, string>();
  for (const [alias, org, , category] of generated as GeneratedRow[]) productOf.set(`${normal(alias)}|${org}`, category);
  for (const e of HAND_ALIASES) {
    // A hand row without its own product note inherits the generated one of the same spelling.
    const inherited = e.product === undefined && !(e.alias in PRODUCT_CATEGORY) ? productOf.get(`${normal(e.alias)}|${e.org}`) : undefined;
    out.push(inherited ? { ...e, product: inherited as CategoryKey } : e);
    seen.add(normal(e.alias));
  }
  const cookies = COOKIE_ROWS.map((c): AliasEntry => ({ alias: c.cookie, org: c.org, caseSensitive: true, product: c.category, setBy: c.product, source: 'cookie' }));
  for (const e of [...nameEntries(), ...extra, ...cookies]) {
    if (seen.has(normal(e.alias))) continue;
    out.push(e);
    seen.add(normal(e.alias));
  }
  for (const [alias, org, flags, category] of generated as GeneratedRow[]) {
    if (seen.has(normal(alias))) continue;
    const e: AliasEntry = { alias, org, source: 'generated' };
    if (flags & 1) e.caseSensitive = true;
    if (flags & 2) e.context = flags & 4 ? 'company-strict' : 'company';
    if (category) e.product = category as CategoryKey;
    out.push(e);
    seen.add(normal(alias));
  }
  merged = out;
  return out;
}
