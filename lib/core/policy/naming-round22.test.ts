import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// From the twenty-second session's development look-alikes (tests/fixtures/eval/lookalikes/dev/en-naming-15.json at its
// start, then en-naming-16.json / zh-naming-15.json: the roles a company plays in a policy), written here in new words.

describe('a vendor row or a consent category names the vendor', () => {
  it.each([
    ['a consent category label before the providers', 'Essential cookies: Akamai (bot defence), Stripe (checkout).', ['akamai', 'stripe']],
    ['a category label with its state in brackets', 'Statistics (off until you agree): Matomo Cloud, Plausible.', ['matomo']],
    ['a dictionary-word vendor in an SDK list, with its service in brackets', 'Our app ships with these SDKs:\n- Branch (deep linking)\n- Airship (push notifications)', ['branch_metrics_inc']],
    ['a dictionary-word vendor in a vendor list, with its service after a dash', 'Vendors that process data for us:\n- Branch – attribution of installs\n- Zendesk – customer support', ['branch_metrics_inc']],
  ])('named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });

  it.each([
    ['a dictionary word heading a list row with no service', 'Our offices:\n- Branch (Leeds)\n- Head office (London)', ['branch_metrics_inc']],
    ['a category label over the site\'s own features', 'Functional: remembers your language. Google Translate is a separate service we do not embed.', ['google']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });
});
