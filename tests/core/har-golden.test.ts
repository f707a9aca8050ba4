import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { observationsFromHar } from '../../lib/core/classify/har.ts';
import { summarize } from '../../lib/core/classify/summarize.ts';
import { createTrackerClassifier, type TrackerClassifier } from '../../lib/core/classify/trackers.ts';

// Golden HARs (GUIDE §3.7): real captures paired with reviewed expected organizations. When the tracker
// database is upgraded and these change, review the diff org by org and update the "reviewed" notes.
const DIR = 'tests/fixtures/har';
const hars = readdirSync(DIR).filter((f) => f.endsWith('.har'));

let classifier: TrackerClassifier;
beforeAll(async () => {
  classifier = await createTrackerClassifier(new Uint8Array(readFileSync('node_modules/@ghostery/trackerdb/dist/trackerdb.engine')));
});

describe('golden HARs', () => {
  it('has two or three fixtures, each with a reviewed expectation', () => {
    expect(hars.length).toBeGreaterThanOrEqual(2);
    for (const h of hars) {
      const expected = JSON.parse(readFileSync(`${DIR}/${h.replace(/\.har$/, '.expected.json')}`, 'utf8'));
      expect(expected.reviewed?.summary, h).toBeTruthy();
    }
  });

  it.each(hars)('%s', (file) => {
    const har = JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8'));
    const expected = JSON.parse(readFileSync(`${DIR}/${file.replace(/\.har$/, '.expected.json')}`, 'utf8'));
    const obs = observationsFromHar(har);
    const s = summarize(obs, classifier);

    // Every request classified.
    expect(s.classifications).toHaveLength(har.log.entries.length);
    expect(s.classifications.filter((c) => c.host !== '' && c.domain !== '')).toHaveLength(har.log.entries.length);
    expect(s.totalRequests).toBe(expected.entries);
    expect(s.site).toBe(expected.site);
    expect([s.firstPartyRequests, s.thirdPartyRequests]).toEqual([expected.firstPartyRequests, expected.thirdPartyRequests]);

    // Same organizations with the same counts (and categories/hosts).
    const key = (o: { org: string | null; name: string }) => o.org ?? `domain:${o.name}`;
    const actual = Object.fromEntries(s.organizations.map((o) => [key(o), o]));
    const wanted = Object.fromEntries((expected.organizations as typeof s.organizations).map((o) => [key(o), o]));
    expect(Object.keys(actual).sort()).toEqual(Object.keys(wanted).sort());
    expect(actual).toEqual(wanted);
    expect(s.dataFlows).toHaveLength(expected.dataFlows);
    // Every org row has a review note.
    for (const k of Object.keys(wanted)) expect(expected.reviewed.orgs[k], `${file}: review note for ${k}`).toBeTruthy();
  });
});
