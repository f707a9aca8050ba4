import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds } from '../../../tests/support/policy-sentences.ts';

// Shapes from the seventeenth session's development rounds, each written here in new words, with the look-alike that
// must stay as it is.

describe('category disclosures from the seventeenth session', () => {
  it('a cookie of another company that recognises the browser on other sites to show the site\'s offers there', () => {
    expect(kinds('Cookie | Set by | Expiry | Purpose\n_rt | an outside company | 60 days | recognises your device on other websites so that it can show you our seasonal offers there')).toContain('advertising');
  });

  it('not the site showing its own offers on its own pages', () => {
    expect(kinds('We show you our seasonal offers on our home page.')).not.toContain('advertising');
  });
});
