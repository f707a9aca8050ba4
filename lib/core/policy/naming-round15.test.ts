import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// Naming shapes from the fifteenth session's development look-alikes (tests/fixtures/eval/lookalikes/dev/*-naming*.json),
// written here in new words.

describe('a list goes on after "Inc." and a separator', () => {
  it('names every company of a middle-dot list', () => {
    const orgs = named('Vendors we work with: Magnite, Inc. · PubMatic, Inc. · The Trade Desk · Criteo S.A.');
    for (const org of ['magnite', 'pubmatic', 'the_trade_desk', 'criteo']) expect(orgs).toContain(org);
  });
});

describe('a job posting names no recipient', () => {
  it.each([
    '任职要求：熟悉极光推送、个推等推送SDK的接入；有阿里云或腾讯云使用经验者优先。',
    'Requirements: 3+ years of experience with Google Analytics and Mixpanel, and familiarity with the Segment and Braze APIs.',
  ])('%s', (text) => {
    const orgs = named(text);
    for (const org of ['jiguang', 'getui', 'google', 'mixpanel', 'twilio']) expect(orgs).not.toContain(org);
  });

  it('still names a recipient in a sentence that shares data, job words or not', () => {
    expect(named('We share applicant data with Greenhouse and Google to process job applications.')).toContain('google');
  });
});
