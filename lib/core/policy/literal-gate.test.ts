import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalGate, mayMatch } from './literal-gate.ts';
import { CATEGORY_TERMS, ROLE_RECIPIENT, UNNAMED_RECIPIENT, UNNAMED_SINGLE_RECIPIENT } from './lexicon/terms.ts';
import { prepareText, splitSentences } from './text.ts';

const passes = (source: string, text: string) => mayMatch(literalGate(source), text.toLowerCase());

describe('literalGate: the literals every match must contain', () => {
  it('asks for a required run of characters, case-free', () => {
    expect(passes(String.raw`\bfoo(?:bar|baz)\b`, 'A FOOBAR here')).toBe(true);
    expect(passes(String.raw`\bfoo(?:bar|baz)\b`, 'fobar')).toBe(false);
  });

  it('asks for one literal of each alternative', () => {
    const source = String.raw`\banalytics providers?\b|第三方|\bad networks?\b`;
    for (const text of ['our analytics provider', '由第三方提供', 'several ad networks']) expect(passes(source, text)).toBe(true);
    expect(passes(source, 'We keep it to ourselves.')).toBe(false);
  });

  it('does not require what is optional, repeated zero times, or only looked at', () => {
    expect(passes('(?:big )?cat', 'a cat')).toBe(true);
    expect(passes('x*yz', 'yz')).toBe(true);
    expect(passes(String.raw`(?<!no )ads?\b`, 'no ads at all')).toBe(true);
    expect(passes(String.raw`ads(?= here)`, 'ads')).toBe(true);
  });

  it('reads escapes as the characters they stand for', () => {
    expect(passes(String.raw`data shared\s*:|e\.g\.`, 'E.G. this')).toBe(true);
    expect(passes(String.raw`\u7b2c\u4e09\u65b9`, '第三方')).toBe(true);
    expect(passes(String.raw`\u7b2c\u4e09\u65b9`, '合作方')).toBe(false);
  });

  it('gives no gate when some alternative has no required literal', () => {
    expect(literalGate(String.raw`\d+|foo`)).toBeNull();
    expect(literalGate(String.raw`foo|(?:bar)?`)).toBeNull();
    expect(literalGate('[^|｜]+[|｜][^|｜]+')).toBeNull();
    expect(mayMatch(null, 'anything')).toBe(true);
  });

  it('prefers a content word to a function word', () => {
    const gate = literalGate(String.raw`\bthe (?:[\w-]+ ){0,2}?(?:provider|vendor)s?\b`)!;
    expect(gate.source).not.toMatch(/(?:^|\|)the /);
    expect(gate.test('the shop next door')).toBe(false);
  });
});

/**
 * The gates stand before the readers' own expressions, so a gate that refused a text its expression matches would
 * silently change what the readers find. Checked on the real policies and the labelled passages in the repository.
 */
describe('literalGate is conservative on real text', () => {
  const root = join(__dirname, '../../../tests/fixtures');
  const texts: string[] = [];
  for (const dir of ['policies', 'policies-fresh']) {
    for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.md'))) {
      const prepared = prepareText(readFileSync(join(root, dir, f), 'utf8'), { markdown: true });
      for (const s of splitSentences(prepared.text, prepared.blocks)) texts.push(s.text);
    }
  }
  for (const split of ['dev', 'test']) {
    const dir = join(root, 'eval/lookalikes', split);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      for (const row of JSON.parse(readFileSync(join(dir, f), 'utf8')) as Array<{ text?: string }>) if (typeof row.text === 'string') texts.push(row.text);
    }
  }
  const lower = texts.map((t) => t.toLowerCase());
  const sources: Array<[string, string]> = [
    ['UNNAMED_RECIPIENT', UNNAMED_RECIPIENT],
    ['ROLE_RECIPIENT', ROLE_RECIPIENT],
    ['UNNAMED_SINGLE_RECIPIENT', UNNAMED_SINGLE_RECIPIENT],
    ...CATEGORY_TERMS.flatMap((c): Array<[string, string]> => [[`${c.category} noun`, c.pattern], ...(c.purpose ? [[`${c.category} purpose`, c.purpose] as [string, string]] : [])]),
  ];

  it('reads thousands of passages', () => expect(texts.length).toBeGreaterThan(20000));

  it.each(sources)('%s: never refuses a text its expression matches, and refuses most that it does not', (_name, source) => {
    const gate = literalGate(source);
    expect(gate).not.toBeNull();
    const re = new RegExp(source, 'i');
    const missed: string[] = [];
    let refused = 0;
    let unmatched = 0;
    texts.forEach((t, i) => {
      const match = re.test(t);
      const open = gate!.test(lower[i]);
      if (match && !open) missed.push(t);
      if (!match) unmatched++;
      if (!open) refused++;
    });
    expect(missed).toEqual([]);
    // A gate that lets everything through would be safe and useless.
    expect(refused).toBeGreaterThan(unmatched * 0.2);
  });
});
