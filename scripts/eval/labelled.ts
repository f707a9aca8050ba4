/**
 * The project's own labelled set (tests/fixtures/policies, 30 tosback policies + labels.json).
 * The first rules were written against these texts, so they only ever count as development data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus.ts';
import { namedOrgsOf } from './named.ts';
import { readPolicy } from './page.ts';
import { compareOrgs, compareSets, emptyCounts, type Counts } from './score.ts';

export function runLabelled(): { named: Counts; dataTypes: Counts; misses: string[] } {
  const dir = join(REPO_ROOT, 'tests', 'fixtures', 'policies');
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, { orgs: string[]; dataTypes: string[] }>;
  const named = emptyCounts();
  const dataTypes = emptyCounts();
  const misses: string[] = [];
  for (const [file, label] of Object.entries(labels)) {
    const a = readPolicy(readFileSync(join(dir, file), 'utf8'), file.replace(/\.md$/, '').replace(/-/g, '') + '.example');
    const o = compareOrgs(label.orgs, namedOrgsOf(a), named);
    // These labels were written with fourteen types: OPP-115's catch-all "Other" was never labelled.
    const d = compareSets(label.dataTypes, new Set(a.dataTypes.map((t) => t.type).filter((t) => t !== 'Other')), dataTypes);
    const parts = [o.missed.length ? `org missed: ${o.missed.join(', ')}` : '', o.extra.length ? `org extra: ${o.extra.join(', ')}` : '',
      d.missed.length ? `type missed: ${d.missed.join(', ')}` : '', d.extra.length ? `type extra: ${d.extra.join(', ')}` : ''].filter(Boolean);
    if (parts.length) misses.push(`${file} — ${parts.join('; ')}`);
  }
  return { named, dataTypes, misses };
}
