import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { researchCorpus, splitOf } from '../../scripts/eval/corpus.ts';
import { ZH_ROUNDS } from '../../scripts/eval/run-zh.ts';
import { ORGANIZATION_NAMES } from '../../lib/core/names/organizations.ts';

// The Chinese organization labels (both rounds) are checked against the CA4P texts they point into: a wrong
// offset, an unknown key or a policy in the wrong split would quietly turn into a "missed" or "extra" figure.
// The texts are read in place from ../shared (never copied); where they are absent the eval says so in one line.
interface Pair { org: string | null; name: string; label: string; at: number }
interface Labels { policies: Record<string, { split: string; pairs: Pair[] }> }

const LABELS = join('tests', 'fixtures', 'eval');
const corpus = researchCorpus('zh-ca4p-dev');
const trackerdb = (JSON.parse(readFileSync('node_modules/@ghostery/trackerdb/dist/trackerdb.json', 'utf8')) as { organizations: Record<string, unknown> }).organizations;
/** TrackerDB's keys and the project's own keys for Chinese companies TrackerDB lacks (ORGANIZATION_NAMES). */
const known = (key: string) => Object.hasOwn(trackerdb, key) || Object.hasOwn(ORGANIZATION_NAMES, key);

const rounds = Object.entries(ZH_ROUNDS).map(([round, files]) => ({ round, labels: (JSON.parse(readFileSync(join(LABELS, files.orgFile), 'utf8')) as Labels).policies }));

describe('Chinese organization labels', () => {
  it('no policy is labelled in two rounds', () => {
    const seen = new Set<string>();
    for (const { labels } of rounds) {
      for (const id of Object.keys(labels)) { expect(seen.has(id), id).toBe(false); seen.add(id); }
    }
    expect(seen.size).toBeGreaterThanOrEqual(33);
  });

  for (const { round, labels } of rounds) {
    it.each(Object.entries(labels))(`${round} round, %s: split by the hash, known keys, one pair per key, exact offsets`, (id, policy) => {
      expect(policy.split, 'split').toBe(splitOf(id));
      const keys = new Set<string>();
      for (const p of policy.pairs) {
        expect(['named', 'not'], p.name).toContain(p.label);
        if (p.org !== null) {
          expect(known(p.org), `${p.org} is a TrackerDB or project key`).toBe(true);
          expect(keys.has(p.org), `${p.org} labelled once`).toBe(false);
          keys.add(p.org);
        }
      }
      if ('missing' in corpus) { expect(corpus.missing).toMatch(/not found at/); return; }
      const text = [...readFileSync(join(corpus.dir, 'texts', `${id}.txt`), 'utf8')];
      for (const p of policy.pairs) expect(text.slice(p.at, p.at + [...p.name].length).join(''), `${p.name} at ${p.at}`).toBe(p.name);
    });
  }

  it('keeps the method of each round beside its labels', () => {
    for (const files of Object.values(ZH_ROUNDS)) expect(existsSync(join(LABELS, files.orgFile.replace(/\.json$/, '.md'))), files.orgFile).toBe(true);
  });
});
