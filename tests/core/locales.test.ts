/**
 * Both UI languages say everything: en and zh_CN define the same message keys, and each message takes the
 * same substitutions in both (a Chinese string that dropped "$1" would silently lose the company's name).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (locale: string): Messages => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
const en = load('en');
const zh = load('zh_CN');

/** The positional substitutions a message uses, whether written $1 or through a named placeholder. */
function substitutions(entry: Messages[string]): string[] {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const used = new Set<string>();
  for (const m of entry.message.matchAll(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g)) {
    if (m[2]) used.add(`$${m[2]}`);
    else if (m[1]) for (const p of (named.get(m[1].toLowerCase()) ?? '').matchAll(/\$\d/g)) used.add(p[0]);
  }
  return [...used].sort();
}

describe('locales', () => {
  it('en and zh_CN define exactly the same keys', () => {
    const onlyEn = Object.keys(en).filter((k) => !Object.hasOwn(zh, k));
    const onlyZh = Object.keys(zh).filter((k) => !Object.hasOwn(en, k));
    expect({ onlyEn, onlyZh }).toEqual({ onlyEn: [], onlyZh: [] });
  });

  it('every message uses the same substitutions in both languages', () => {
    const differ = Object.keys(en).filter((k) => zh[k] && substitutions(en[k]).join() !== substitutions(zh[k]).join())
      .map((k) => `${k}: en ${substitutions(en[k]).join(' ')} / zh ${substitutions(zh[k]).join(' ')}`);
    expect(differ).toEqual([]);
  });

  it('no message is empty (but a separator: Chinese joins sentences with nothing), and no Chinese message is left in English', () => {
    const empty = (m: Messages) => Object.entries(m).filter(([k, v]) => !v.message.length && !k.endsWith('_separator')).map(([k]) => k);
    expect([...empty(en), ...empty(zh)]).toEqual([]);
    // Same text in both is fine for names and symbols ("Fineprint", "$1 – $2", ", "), not for a sentence.
    const untranslated = Object.keys(en).filter((k) => zh[k]?.message === en[k].message && /[a-z]{3,}(?:\s+[a-z]{2,}){2,}/i.test(en[k].message));
    expect(untranslated).toEqual([]);
  });
});
