import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTrackerClassifier, type TrackerClassifier } from '../../lib/core/classify/trackers.ts';
import type { SiteAnalysis, Verdict } from '../../lib/core/types.ts';
import { judgeSite, type JudgeInput } from '../../lib/core/verdict/judge.ts';
import { analyzeCapture, loadPolicy } from '../../scripts/cli/analyze.ts';

// Golden verdicts (GUIDE §3.7): observed traffic + a real policy → verdicts labelled BY READING THE
// POLICY (each label carries its "why"). A mismatch is either an engine bug or a label to re-read —
// never edit a label to match the output without re-reading the policy.
const DIR = 'tests/fixtures/golden';
const files = readdirSync(DIR).filter((f) => f.endsWith('.expected.json')).sort();

interface Golden {
  input: { kind: 'demo' | 'har'; site?: string; policy: string; har?: string } & Omit<Partial<JudgeInput>, 'policy' | 'site'>;
  expected: {
    organizations: Record<string, { verdict: Verdict | null; why: string }>;
    dataFlows: Array<{ kind: string; recipient: string; verdict: Verdict; why: string }>;
    consent: Array<[string, string]>;
    headline?: { en: string; zh: string };
  };
}

let classifier: TrackerClassifier;
const results = new Map<string, { golden: Golden; en: SiteAnalysis; zh: SiteAnalysis }>();

const key = (o: { org: string | null; hosts: string[]; name: string }) => o.org ?? `domain:${o.name}`;

beforeAll(async () => {
  classifier = await createTrackerClassifier(new Uint8Array(readFileSync('node_modules/@ghostery/trackerdb/dist/trackerdb.engine')));
  for (const f of files) {
    const golden = JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as Golden;
    const { kind, policy: policyFile, har, site, ...rest } = golden.input;
    let en: SiteAnalysis;
    let zh: SiteAnalysis;
    if (kind === 'har') {
      const harJson = JSON.parse(readFileSync(har!, 'utf8'));
      const obs = (await import('../../lib/core/classify/har.ts')).observationsFromHar(harJson);
      const policy = await loadPolicy(policyFile, new URL(obs[0].pageUrl).hostname);
      en = analyzeCapture({ har: obs, policy, classifier });
      zh = en;
    } else {
      const policy = await loadPolicy(policyFile, site!);
      const input = { ...rest, site: site!, policy, organizations: rest.organizations ?? [] } as JudgeInput;
      en = judgeSite(input);
      zh = judgeSite(input, { language: 'zh' });
    }
    results.set(f, { golden, en, zh });
  }
}, 60_000);

describe('golden verdicts', () => {
  it('has the three demo sites and at least two real HARs, every label explained', () => {
    const kinds = [...results.values()].map((r) => r.golden.input.kind);
    expect(kinds.filter((k) => k === 'demo')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'har').length).toBeGreaterThanOrEqual(2);
    for (const { golden } of results.values()) {
      for (const [k, l] of Object.entries(golden.expected.organizations)) expect(l.why, k).toBeTruthy();
    }
  });

  it.each(files)('%s: every observed organization is labelled, and only those', (f) => {
    const { golden, en } = results.get(f)!;
    expect(en.organizations.map(key).sort()).toEqual(Object.keys(golden.expected.organizations).sort());
  });

  it('never accuses a company the policy discloses, never calls a named company undisclosed', () => {
    const wrongAccusations: string[] = [];
    for (const [f, { golden, en }] of results) {
      for (const o of en.organizations) {
        const want = golden.expected.organizations[key(o)]?.verdict;
        const accused = o.verdict === 'undisclosed' || o.verdict === 'contradicted';
        if (accused && want !== 'undisclosed' && want !== 'contradicted') wrongAccusations.push(`${f} ${key(o)}: ${o.verdict}, label ${want}`);
        if (want === 'named' && o.verdict === 'undisclosed') wrongAccusations.push(`${f} ${key(o)}: named in policy but undisclosed`);
      }
    }
    expect(wrongAccusations).toEqual([]);
  });

  it('misses no contradiction the labels contain', () => {
    const missed: string[] = [];
    for (const [f, { golden, en }] of results) {
      for (const o of en.organizations) {
        if (golden.expected.organizations[key(o)]?.verdict === 'contradicted' && o.verdict !== 'contradicted') missed.push(`${f} ${key(o)}: ${o.verdict}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('gets at least 90% of organization verdicts exactly right (report prints the figure)', () => {
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    for (const [f, { golden, en }] of results) {
      for (const o of en.organizations) {
        total++;
        const want = golden.expected.organizations[key(o)]?.verdict;
        if (o.verdict === want) right++;
        else wrong.push(`${f} ${key(o)}: got ${o.verdict}, label ${want}`);
      }
    }
    console.log(`[verdict-golden] organization verdicts right: ${right}/${total} (${((100 * right) / total).toFixed(1)}%)${wrong.length ? `; differing: ${wrong.join('; ')}` : ''}`);
    expect(total).toBeGreaterThanOrEqual(40);
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });

  it.each(files.filter((f) => !f.includes('-')))('%s (demo): verdicts, data flows, consent findings and headlines exactly as labelled', (f) => {
    const { golden, en, zh } = results.get(f)!;
    expect(Object.fromEntries(en.organizations.map((o) => [key(o), o.verdict]))).toEqual(
      Object.fromEntries(Object.entries(golden.expected.organizations).map(([k, l]) => [k, l.verdict])));
    for (const o of en.organizations) {
      // Evidence is real text of the policy at the offsets it claims (or null for TCF / no evidence).
      if (o.verdict === 'named' || o.verdict === 'category' || o.verdict === 'contradicted') expect(o.evidence, key(o)).not.toBeNull();
    }
    expect(en.dataFlows.map((d) => ({ kind: d.kind, recipient: d.recipientOrg, verdict: d.verdict }))).toEqual(
      golden.expected.dataFlows.map((d) => ({ kind: d.kind, recipient: d.recipient, verdict: d.verdict })));
    expect(en.consent.map((c) => [c.moment, c.host]).sort()).toEqual([...golden.expected.consent].sort());
    expect(en.summary?.headline).toBe(golden.expected.headline!.en);
    expect(zh.summary?.headline).toBe(golden.expected.headline!.zh);
  });

  it('evidence offsets point into the analysed policy text', async () => {
    for (const [, { golden, en }] of results) {
      const policy = await loadPolicy(golden.input.policy, golden.input.site ?? 'example.com');
      const text = policy.analysis!.text;
      let checked = 0;
      for (const o of en.organizations) {
        if (!o.evidence) continue;
        expect(text.slice(o.evidence.start, o.evidence.end), key(o)).toBe(o.evidence.text);
        checked++;
      }
      for (const d of en.dataFlows) if (d.policyEvidence) expect(text.slice(d.policyEvidence.start, d.policyEvidence.end)).toBe(d.policyEvidence.text);
      expect(checked).toBeGreaterThan(0);
    }
  });
});
