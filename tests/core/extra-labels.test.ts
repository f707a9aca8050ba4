import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../../scripts/eval/corpus.ts';

// The blind labels for (policy, organization) pairs the first labels left out (30th session, docs/eval-thirtieth-session.md):
// checked so a typo cannot quietly become a "missed" or "extra" organization, and so they only fill gaps.
type Pair = { org: string; alias: string; label: string; reason: string; judgment_call: boolean };
const read = (file: string) => (JSON.parse(readFileSync(join('tests/fixtures/eval', file), 'utf8')) as { policies: Record<string, Pair[]> }).policies;
const trackerdb = (JSON.parse(readFileSync('node_modules/@ghostery/trackerdb/dist/trackerdb.json', 'utf8')) as { organizations: Record<string, unknown> }).organizations;
const supplement = (JSON.parse(readFileSync('lib/core/classify/supplement/cn-trackers.json', 'utf8')) as { organizations: Record<string, unknown> }).organizations;
const zhRounds = ['zh-org-labels.json', 'zh-org-labels-2.json', 'zh-org-labels-3.json'].map((f) => (JSON.parse(readFileSync(join('tests/fixtures/eval', f), 'utf8')) as { policies: Record<string, { pairs: Array<{ org: string | null }> }> }).policies);

describe.each([['opp115-extra-labels.json'], ['zh-org-labels-extra.json']])('%s', (file) => {
  const policies = read(file);

  it.each(Object.entries(policies))('%s: known keys, a label and a reason, one pair per organization', (_id, pairs) => {
    const seen = new Set<string>();
    for (const p of pairs) {
      expect(Object.hasOwn(trackerdb, p.org) || Object.hasOwn(supplement, p.org), `${p.org} is a known organization`).toBe(true);
      expect(['named', 'not']).toContain(p.label);
      expect(p.reason.length).toBeGreaterThan(0);
      expect(seen.has(p.org), `${p.org} once`).toBe(false);
      seen.add(p.org);
    }
  });
});

describe('they only fill gaps', () => {
  it('every Chinese pair belongs to a labelled policy and is not labelled there already', () => {
    for (const [id, pairs] of Object.entries(read('zh-org-labels-extra.json'))) {
      const round = zhRounds.find((r) => r[id]);
      expect(round, `${id} is labelled in a round`).toBeDefined();
      for (const p of pairs) expect(round![id].pairs.some((q) => q.org === p.org), `${id} ${p.org}`).toBe(false);
    }
  });

  it('no OPP-115 pair is one the corpus labels (where the corpus is here)', () => {
    const file = join(corpusDir(), 'opp115-dev', 'named-orgs.json');
    if (!existsSync(file)) return;
    const labels = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { named: string[]; not: string[] }>;
    for (const [id, pairs] of Object.entries(read('opp115-extra-labels.json'))) {
      expect(labels[id], `${id} is an OPP-115 policy`).toBeDefined();
      for (const p of pairs) expect([...labels[id].named, ...labels[id].not], `${id} ${p.org}`).not.toContain(p.org);
    }
  });
});
