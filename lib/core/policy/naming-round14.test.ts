import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// A disclaimer of other organizations' practices lists companies as examples of others, not as recipients
// (development: tests/fixtures/policies-fresh/cvs.md and OPP-115 foxsports, both read as naming; 14th session).

describe("the site disowns other organizations' practices", () => {
  it.each([
    ['privacy practices of other organizations, such as', 'We are not responsible for the privacy practices of other organizations, such as Facebook, Twitter or Microsoft.', 'facebook'],
    ['information collection … practices of other companies', 'In addition, we are not responsible for the information collection, use, disclosure, or security policies and practices of other companies, including Apple, Google and Samsung.', 'google'],
  ])('not named: %s', (_shape, text, org) => expect(named(text)).not.toContain(org));

  it.each([
    ['the practices of the named recipient', 'We share usage data with Google Analytics; we are not responsible for the security practices of Google, which processes the data for us.', 'google'],
    ['sharing first, disclaimer after', 'We use Facebook Pixel to measure our ads. We are not responsible for the privacy practices of other organizations.', 'facebook'],
  ])('named: %s', (_shape, text, org) => expect(named(text)).toContain(org));
});

describe('a disclaimer that goes on to data reaching those organizations through the site', () => {
  it('still names them', () => expect(named('We are not responsible for the privacy practices of other organizations, such as Facebook, Twitter or any other social media platform provider, including in connection with any information you disclose to other organizations through our apps.')).toContain('facebook'));
});
