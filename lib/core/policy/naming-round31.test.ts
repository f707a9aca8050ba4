import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// From the thirty-first session's development policy pages (tests/fixtures/eval/lookalikes/dev/en-html.json), written
// here in new words: a one-person site speaks as "I", and a sign-in provider shares data with the site, not the reverse.
describe('mentions that carry no data to the company', () => {
  it.each([
    ['a one-person site\'s own posts elsewhere', 'This is my one-person knitting blog. I post pattern photos on Instagram and Pinterest, but none of it is embedded here.', ['facebook', 'pinterest']],
    ['a one-person site\'s own channel', 'Tutorial videos live on my YouTube channel; this site only links to them.', ['google']],
    ['a sign-in provider that shares the reader\'s profile with the site', 'You can register with an email address or a work account. If you choose a work account, Microsoft shares your name and work email address with us so we can create your account.', ['microsoft']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });

  it.each([
    ['the site sharing with the company', 'We share your email address with Mailchimp, which sends our newsletter.', ['mailchimp']],
    ['the company sharing with the site and receiving too', 'Google shares your profile with us, and we send the pages you visit to Google Analytics.', ['google']],
  ])('named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });
});

describe('a vendor item or card says what the vendor is for', () => {
  it.each([
    ['a dictionary-word name labelling its item', '## On iPhone and iPad\n\n- Amplitude: Anonymous usage events (for example “finished level 4”) with a random device ID.', ['amplitude']],
    ['a CRM named by its role', '## Who helps us\n\nEach tool only gets what it needs.\n\n- HubSpot; Our CRM. Project enquiries are kept there.', ['hubspot']],
  ])('named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });

  it('not a dictionary word opening a sentence about something else', () => {
    expect(named('Amplitude of the signal is measured by the device itself. We collect nothing from it.')).not.toContain('amplitude');
  });
});
