/**
 * Category look-alike sets (9th session): passages written blind for the project, each labelled for one
 * question — does it tell the reader that unnamed outside companies get their data for advertising, and/or
 * for analytics? (method: tests/fixtures/eval/lookalikes/README.md, rules in `category-rules.md` there).
 *
 * The OPP-115 annotations give few such sentences per policy and the unseen ones are worded differently, which
 * is where the remaining false accusations came from ("not disclosed" next to a disclosure the reader missed).
 * Each row is a one-passage policy judged through the extension's path on a page with one unnamed advertising
 * company (Criteo) and one unnamed analytics company (Chartbeat):
 *   - disclosed → `category` is right; `undisclosed`/`contradicted` is a false accusation;
 *   - not disclosed → `undisclosed` is right, `category` says less than it could (wrong, not an accusation);
 *     `contradicted` is right only for a row labelled a denial of that kind (`denies`), else an accusation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Verdict } from '../../lib/core/types.ts';
import type { Split } from './corpus.ts';
import { judgePage, policyInput, readPolicy, SYNTHETIC, verdictOf } from './page.ts';
import type { CorpusResult } from './run-opp115.ts';
import { LOOKALIKES } from './run-lookalikes.ts';
import { emptyCounts } from './score.ts';

type Purpose = 'advertising' | 'analytics';
export interface CategoryRow {
  id: string;
  lang: 'en' | 'zh';
  text: string;
  discloses: Record<Purpose, boolean>;
  /** Present where the row is the site denying that kind (then `contradicted` is also acceptable). */
  denies?: Partial<Record<Purpose, boolean>>;
  shape: string;
  note?: string;
}

const SITE = 'examplesite.example';
const TRACKER: Record<Purpose, { org: string; url: string }> = {
  advertising: SYNTHETIC.advertising.find((t) => t.org === 'criteo')!,
  analytics: SYNTHETIC.analytics.find((t) => t.org === 'chartbeat')!,
};

/** Every `<lang>-category*.json` of a split (later rounds add files, never edit). */
export function categoryRows(split: Split, lang: 'en' | 'zh'): CategoryRow[] {
  const dir = join(LOOKALIKES, split);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.startsWith(`${lang}-category`) && f.endsWith('.json')).sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CategoryRow[]);
}

export async function runCategoryLookalikes(lang: 'en' | 'zh'): Promise<CorpusResult | null> {
  const res: CorpusResult = { cases: [], named: { dev: emptyCounts(), test: emptyCounts() }, dataTypes: { dev: emptyCounts(), test: emptyCounts() }, misses: [], skipped: { dev: 0, test: 0 } };
  let any = false;
  for (const split of ['dev', 'test'] as const) {
    for (const row of categoryRows(split, lang)) {
      any = true;
      const judged = await judgePage(SITE, [TRACKER.advertising.url, TRACKER.analytics.url], policyInput(readPolicy(row.text, SITE)));
      for (const purpose of ['advertising', 'analytics'] as const) {
        const v = verdictOf(judged, TRACKER[purpose].org);
        if (!v) throw new Error(`[eval] ${TRACKER[purpose].org} was not judged on ${row.id}`);
        const disclosed = row.discloses[purpose];
        const acceptable = new Set<Verdict | null>(disclosed ? ['category'] : row.denies?.[purpose] ? ['undisclosed', 'contradicted'] : ['undisclosed']);
        res.cases.push({
          corpus: `categories-${lang}`, policy: row.id, split, org: TRACKER[purpose].org, kind: `synthetic-${purpose}`, purpose,
          expected: disclosed ? 'category' : 'undisclosed', acceptable, got: v.verdict, evidence: v.evidence, reason: v.why?.code,
        });
      }
    }
  }
  return any ? res : null;
}
