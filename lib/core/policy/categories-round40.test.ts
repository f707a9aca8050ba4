import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './extract.ts';

// The fortieth session's sentence tests: each change's look-alikes beside the disclosures it must keep.
const ruleKinds = (text: string) => new Set(analyzePolicy(text).categories.filter((c) => !c.learned).map((c) => c.category));

describe("the site's own group in more words: affiliated companies, corporate family, within the group", () => {
  it.each([
    ['affiliated companies … tell you about', 'We may pass your details to our affiliated companies so they can tell you about other loan products.'],
    ['corporate family', 'Businesses within our corporate family may use your order history to tell you about their products.'],
    ['Within the group, …', 'Within the group, our travel and insurance companies may use your details to tell you about their offers.'],
  ])('no advertising disclosure: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
  it.each([
    ['non-affiliated companies', 'We may pass your details to non-affiliated companies so they can tell you about their products.'],
    ['non-affiliates', 'We may share information with non-affiliates so they can market their products to you.'],
    ['unaffiliated companies', 'We may share information with unaffiliated companies so they can market their products to you.'],
  ])('still advertising: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
});

describe('a denial whose only exception is the group', () => {
  it.each([
    ['except (i) to our affiliates … (ii) as required by law', 'We do not disclose your data to third parties except (i) to our affiliates, who may use it to market their services to you, and (ii) where the law requires it.'],
    ['except to affiliated companies within our corporate group', 'Your details are not disclosed to third parties, except to affiliated companies within our corporate group, which may use them to offer you their products.'],
  ])('no advertising disclosure: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
  it.each([
    ['the exception adds advertising partners', 'We do not disclose your data to third parties except to our affiliates and advertising partners, who may use it to market their products to you.'],
    ['the exception adds marketing companies', 'We do not disclose your data to third parties except to our affiliates and to marketing companies that may use it to send you offers.'],
    ['an exception that is not the group', 'We do not disclose your data to third parties except to partners who may use it to market their products to you.'],
  ])('still advertising: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
});
