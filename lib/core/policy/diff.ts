/**
 * What changed between two versions of a policy, as whole sentences added and removed — what a person
 * can read ("this sentence is new"), unlike a character diff.
 */
import { prepareText, splitSentences } from './text';

const MAX_LISTED = 200;

function sentenceSet(text: string): string[] {
  const prepared = prepareText(text);
  return splitSentences(prepared.text, prepared.blocks).map((s) => s.text.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);
}

export function diffSentences(before: string, after: string): { added: string[]; removed: string[] } {
  const a = sentenceSet(before);
  const b = sentenceSet(after);
  const inA = new Set(a);
  const inB = new Set(b);
  return {
    added: [...new Set(b.filter((s) => !inA.has(s)))].slice(0, MAX_LISTED),
    removed: [...new Set(a.filter((s) => !inB.has(s)))].slice(0, MAX_LISTED),
  };
}
