import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECOND_READER, categoryAgreement, namingAgreement } from '../../scripts/eval/agreement.ts';
import { categoryRows } from '../../scripts/eval/run-category-lookalikes.ts';
import { read, type NamingRow } from '../../scripts/eval/run-lookalikes.ts';

// The second reader's labels of a sample of development look-alike passages (scripts/eval/agreement.ts): checked
// against the passages they label, so a typo cannot quietly become a disagreement between the readers.
const organizations = (JSON.parse(readFileSync('node_modules/@ghostery/trackerdb/dist/trackerdb.json', 'utf8')) as { organizations: Record<string, unknown> }).organizations;
const load = <T>(file: string): T[] => JSON.parse(readFileSync(join(SECOND_READER, file), 'utf8')) as T[];

describe('second-reader labels', () => {
  it.each(['en', 'zh'] as const)('naming-%s: each row is a development passage, labelled once, with TrackerDB keys or NONE: names', async (lang) => {
    const rows = load<{ id: string; named: string[]; not: string[] }>(`naming-${lang}.json`);
    const dev = new Set(read<NamingRow>('dev', `${lang}-naming`).map((r) => r.id));
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(dev.has(r.id), r.id).toBe(true);
      for (const k of [...r.named, ...r.not]) if (!k.startsWith('NONE:')) expect(Object.hasOwn(organizations, k), `${r.id}: ${k}`).toBe(true);
    }
    // The comparison runs and counts every row (it throws on an id it cannot find).
    expect((await namingAgreement(lang, rows))[0]).toMatch(new RegExp(`^naming-${lang}: ${rows.length} passages`));
  });

  it.each(['en', 'zh'] as const)('category-%s: each row is a development passage with both purposes decided', async (lang) => {
    const rows = load<{ id: string; discloses: Record<string, boolean> }>(`category-${lang}.json`);
    const dev = new Set(categoryRows('dev', lang).map((r) => r.id));
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(dev.has(r.id), r.id).toBe(true);
      expect(typeof r.discloses.advertising, r.id).toBe('boolean');
      expect(typeof r.discloses.analytics, r.id).toBe('boolean');
    }
    expect((await categoryAgreement(lang, rows))[0]).toBe(`categories-${lang}: ${rows.length} passages`);
  });

  it('keeps its method beside it', () => {
    expect(existsSync(join(SECOND_READER, 'README.md'))).toBe(true);
  });
});
