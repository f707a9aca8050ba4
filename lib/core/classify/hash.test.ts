import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { md5, sha1, sha256, sha512 } from './hash.ts';

const impls = { md5, sha1, sha256, sha512 } as const;

describe('pure-JS digests match node:crypto', () => {
  for (const [name, fn] of Object.entries(impls)) {
    it(`${name}: known vectors and block boundaries`, () => {
      for (const s of ['', 'abc', 'john.doe@example.com', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'b'.repeat(111), 'b'.repeat(112), 'c'.repeat(300), '手机号 13812345678 ü']) {
        expect(fn(s)).toBe(createHash(name).update(s).digest('hex'));
      }
    });
    it(`${name}: random strings`, () => {
      fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => fn(s) === createHash(name).update(s).digest('hex')), { numRuns: 60 });
    });
  }
});
