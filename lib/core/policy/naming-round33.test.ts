import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// From the thirty-third session's reading of development texts (the golden set's bose.md, labelled blind this session,
// and dailynews in OPP-115's development half), written here in new words.
describe('a platform brand that closes a list of platforms', () => {
  it.each([
    ['device settings reached through a list of platforms', 'You can switch off cross-device tracking through your Android or Apple device-based settings.', ['apple']],
    ['crash reports from a list of devices', 'Crash reports from Android, Samsung or Apple devices help us fix bugs.', ['apple', 'samsung']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });

  it.each([
    ['the company that receives, after the platforms', 'Crash reports from Android or Apple devices are sent to Google Firebase.', ['google']],
    ['the platform as the recipient itself', 'If you connect Apple Health, we send your step counts to Apple.', ['apple']],
  ])('named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });
});

describe('a name with an exclamation mark inside a sentence', () => {
  it('keeps the sentence whole, so both companies in it are read as what the sentence says', () => {
    expect(named('Yahoo! and DoubleClick serve the ads on our sites and may place a cookie on your browser.')).toEqual(expect.arrayContaining(['yahoo', 'google']));
  });
});

describe('a company the policy calls its partner is not the policy\'s author', () => {
  it('however often it opens a sentence (OPP-115 development, dailynews: "Yahoo! is an ad network partner …")', async () => {
    const { analyzePolicy } = await import('./extract.ts');
    const paragraph = 'Yahoo! is an ad network partner that displays ads on our sites. Yahoo! may use cookies on our pages. Yahoo! also may use information about its own users to select ads. Yahoo! receives the pages you view.';
    const text = `News Group Privacy Policy\n\n${paragraph}\n\n${paragraph}\n\n${paragraph}`;
    const a = analyzePolicy(text, { siteDomain: 'newsgroup.example' });
    expect(a.ownerOrgs).not.toContain('yahoo');
    expect(a.thirdParties.map((t) => t.org)).toContain('yahoo');
  });
});
