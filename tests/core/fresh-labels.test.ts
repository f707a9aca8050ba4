import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRESH_LABELS, FRESH_TEXTS, type FreshLabels } from '../../scripts/eval/run-fresh.ts';

// The fresh measure-only set (scripts/eval/run-fresh.ts): labels that can be checked against the texts, so a
// typo cannot quietly turn into a "missed" or "extra" organization in the figures.
const labels = (JSON.parse(readFileSync(FRESH_LABELS, 'utf8')) as FreshLabels).policies;
const organizations = (JSON.parse(readFileSync('node_modules/@ghostery/trackerdb/dist/trackerdb.json', 'utf8')) as { organizations: Record<string, unknown> }).organizations;

describe('fresh tosback labels', () => {
  it('label every policy text in the folder, and only those', () => {
    const texts = readdirSync(FRESH_TEXTS).filter((f) => f.endsWith('.md')).sort();
    expect(Object.keys(labels).sort()).toEqual(texts);
    expect(texts.length).toBeGreaterThanOrEqual(25);
  });

  it.each(Object.entries(labels))('%s: every pair has a TrackerDB key or none, a label and an exact quote', (file, label) => {
    const text = readFileSync(join(FRESH_TEXTS, file), 'utf8');
    expect(label.operator.length, 'operator').toBeGreaterThan(0);
    const keys = new Set<string>();
    for (const p of label.pairs) {
      expect(['named', 'not'], p.name).toContain(p.label);
      if (p.org !== null) {
        expect(Object.hasOwn(organizations, p.org), `${p.org} is a TrackerDB organization`).toBe(true);
        expect(keys.has(p.org), `${p.org} labelled once`).toBe(false);
        keys.add(p.org);
      }
      expect(p.quote.length, p.name).toBeGreaterThan(0);
      expect(text.includes(p.quote), `quote of ${p.name} is in ${file}`).toBe(true);
    }
  });

  it('keeps its method beside it', () => {
    expect(existsSync(FRESH_LABELS.replace(/\.json$/, '.md'))).toBe(true);
  });
});
