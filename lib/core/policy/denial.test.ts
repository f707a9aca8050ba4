import { describe, expect, it } from 'vitest';
import { parseDenial } from './denial.ts';

// Sentence shapes real policies use. Denials: the site speaking, a sharing verb, personal data, a
// recipient. Look-alikes: everything that only *sounds* like one — and would, taken as a denial,
// turn every unnamed ad company on a page into "this site lied to you".
const DENIALS: Array<[string, string | undefined, string?]> = [
  ['We do not share your personal information with third parties.', 'third-parties'],
  ['We will never sell your personal data to advertisers.', 'advertisers'],
  ['We do not sell, rent, or trade your personal information to third parties.', 'third-parties'],
  ['We never share personally identifiable information with any third party.', 'third-parties'],
  ['We do not disclose your personal information to third parties.', 'third-parties'],
  ['We don\'t sell or share your personal data with advertisers or data brokers.', 'advertisers'],
  ['We will not rent or sell your email address to third parties.', 'third-parties'],
  ['We do not share your personal information with third parties that are not affiliated with us.', 'third-parties'],
  ['Your personal information will never be sold to third parties.', 'third-parties'],
  ['Your personal data is not shared with advertisers.', 'advertisers'],
  ['No personal information is shared with third parties.', 'third-parties'],
  ['We do not provide your personal information to advertisers.', 'advertisers'],
  ['We do not give your personal details to other companies.', 'third-parties'],
  ['We do not transfer your personal data to third parties.', 'third-parties'],
  ['We do not currently share any personal information with advertising partners.', 'advertisers'],
  ['We do not knowingly share users\' personal information with marketers.', 'advertisers'],
  ['Acme does not sell your personal information to third parties.', 'third-parties', 'Acme'],
  ['We will not share information about you with anyone.', 'anyone'],
  ['We never pass your contact information on to third parties.', 'third-parties'],
  ['We do not make your personal information available to outside companies.', 'third-parties'],
  ['Apart from the services listed above, we do not share your personal data with anyone.', 'anyone'],
  ['Other than the third parties listed in this policy, we do not share your personal information with anyone.', 'anyone'],
  ['We do not share our users\' personal information with unaffiliated companies.', 'third-parties'],
  // From a blind set of denials and look-alikes written for the project (not from any corpus).
  ['We do not allow advertising networks to place cookies on, or collect data through, our website.', 'advertisers'],
  ['我们不会向第三方披露、出租或出售您的个人信息。', 'third-parties'],
  ['We do not disclose your personal data to marketing partners or analytics providers.', 'advertisers'],
  ['We do not sell your personal information, nor do we rent it to third parties.', 'third-parties'],
  ['None of your personal data is sold to anyone.', 'anyone'],
  ['我们不会与任何第三方共享您的个人信息。', 'third-parties'],
  ['本公司不会向穿山甲、广点通等第三方广告平台提供您的个人信息。', 'advertisers'],
  ['本平台郑重承诺：不向任何第三方转让、出租或共享用户的个人信息。', 'third-parties'],
  ['无论是否出于广告目的，我们都不会与第三方合作伙伴共享您的设备信息、设备标识符或浏览记录。', 'third-parties'],
  // A kind of recipient that includes advertising still covers the ad companies (7th session).
  ['We do not share your personal data with third parties, including advertising and analytics providers.', 'third-parties'],
  ['我们不会向第三方广告平台或数据分析公司提供您的个人信息。', 'advertisers'],
  ['We do not sell or share your personal information with advertising networks.', 'advertisers'],
  ['我们不会向任何第三方广告商出售您的个人信息。', 'advertisers'],
  ['我们不会与第三方共享您的个人信息；仅在集团内部的关联公司之间，我们可能出于统一账号体系的需要共享必要信息。', 'third-parties'],
  ['We do not disclose your browsing history to third parties.', 'third-parties'],
  ['我们不会向第三方共享您的个人信息。', 'third-parties'],
  ['我们绝不会向任何第三方出售您的个人信息。', 'third-parties'],
  ['本公司不会与广告主共享您的个人信息。', 'advertisers'],
  ['我们不会向其他公司提供您的个人信息。', 'third-parties'],
  ['除本政策所列的第三方服务外，我们不会与其他第三方共享您的个人信息。', 'anyone'],
  ['We do not use tools that record your mouse movements or keystrokes.', undefined],
  ['We never record your keystrokes.', undefined],
  ['We do not use session replay technology on our website.', undefined],
  ['We do not sell or rent personal information to data brokers or advertisers.', 'advertisers'],
  ['We do not allow third-party advertising networks to collect information about you on our website.', 'advertisers'],
  ['We do not permit third parties to place tracking cookies on our site.', 'third-parties'],
  ['We do not sell or share your personal information with 3rd parties.', 'third-parties'],
  // Plain denials beside the "for their own purposes" look-alikes (26th session): no purpose word narrows them.
  ['本平台不会向广告合作伙伴提供您的个人信息。', 'advertisers'],
  ['我们不会与任何第三方共享您的个人信息，无论用于何种目的。', 'third-parties'],
];

const LOOK_ALIKES: string[] = [
  // A recipient of one kind other than advertising (7th session): it does not cover the ad companies on the page.
  'We do not share your personal information with third-party analytics providers.',
  'We do not allow third-party payment processors to access your personal information on our site.',
  '我们不会向任何第三方数据分析公司提供您的个人信息。',
  // instructions to users and minors
  'Children under 13 should not submit any personal information to us.',
  'You should not provide personal information to third parties through our forums.',
  'Please do not send us sensitive personal information.',
  'If you are under 16, do not provide any personal data on this site.',
  // users are not obliged
  'You are not required to provide your personal information to use the site.',
  'We do not require you to provide personal information to browse our website.',
  'You do not have to give us your personal information if you would rather not.',
  // invitations and choices
  'If you prefer that we not share your personal information with third parties, please contact us.',
  'You may request that we not share your personal information with third parties for their direct marketing purposes.',
  'At any time, you can ask us not to share your personally identifiable information with third parties.',
  'You can opt out so that we do not share your personal information with advertising partners.',
  // denials about other things
  'We will not provide refunds for digital purchases.',
  'We do not give medical advice.',
  'We do not provide our services to children under 13.',
  'We do not transfer your data outside the EEA.',
  'We do not knowingly collect personal information from children under 13.',
  'We do not control how third parties use your personal information.',
  'We are not responsible for the privacy practices of third parties.',
  'We do not store your credit card number on our servers.',
  // narrowed denials
  'We do not share your personal information with third parties without your consent.',
  'We do not sell or share your personal information with third parties except as described in this policy.',
  'We do not rent or sell personal information to third parties for their marketing purposes.',
  'We will not share your personal information with third parties unless required by law.',
  'We do not share personally identifiable information with third parties other than our service providers.',
  'We do not share your personal information with third parties, except in aggregated or de-identified form.',
  'Time Inc. sites will not use or transfer personally identifiable information provided to us in ways unrelated to the ones described above without also providing you with an opportunity to opt out.',
  'Your decision not to provide such information may affect our ability to consider you for employment.',
  'We do not share your feedback with the community unless you post it publicly.',
  '我们不会在未经您同意的情况下向第三方共享您的个人信息。',
  '除以下情形外，我们不会向第三方共享您的个人信息。',
  '我们不会向第三方提供您的个人信息，但法律法规另有规定的除外。',
  'We do not record phone calls without telling you.',
  'Third parties do not share your personal information with us.',
  'We do not allow third parties to use your personal information for their own marketing purposes.',
  'If you do not allow cookies, some features of the site will not work.',
  'We do not sell your personal information to third parties for money.',
  '我们承诺不会向第三方出售您的个人信息用于营利。',
  'We do not share your personal information with third parties who are not bound by confidentiality obligations.',
  'We do not share your personal information with 3rd parties without your consent.',
  // Conditions at either end, concessions, narrower purposes and people (a blind set written for the project).
  'Once you have opted out, we will not share your information with advertising partners.',
  'When we detect a Global Privacy Control signal, we will not share your data with advertising partners.',
  'We will not share your information with third parties after you delete your account.',
  'We do not share your data with third parties for their own independent purposes.',
  // Their marketing, in other words (category look-alike development set, 9th session).
  'We do not share information about you with non-affiliated third parties so that they can market to you.',
  'Although we do not sell your data, we share it with selected partners for advertising purposes.',
  'We never sell your personal data, but we do work with advertising partners who may collect information through cookies on our site.',
  'We do not sell the personal information of consumers we know to be under 16 years of age to third parties.',
  // Chinese hedges, subsets and purposes (a second blind Chinese set).
  '我们不会主动向第三方披露您的个人信息。',
  '我们不会向未与我们签署数据保护协议的第三方提供您的个人信息。',
  '原则上，我们不会与第三方共享您的个人信息。',
  '我们不会与第三方共享您的个人信息以供其进行独立的营销活动。',
  // Their own purposes, in Chinese as in English (26th session; read on a measure-only row, written here in new words).
  '我们不会将您的个人信息提供给合作方用于其自身目的。',
  '本平台不会向广告合作伙伴披露您的个人信息供其独立使用。',
];

describe('parseDenial', () => {
  it('has at least 60 sentences, half denials and half look-alikes', () => {
    expect(DENIALS.length + LOOK_ALIKES.length).toBeGreaterThanOrEqual(60);
    expect(Math.abs(DENIALS.length - LOOK_ALIKES.length)).toBeLessThanOrEqual(4);
  });

  it.each(DENIALS)('denial: %s', (sentence, recipient, owner) => {
    const d = parseDenial(sentence, owner ? [owner] : []);
    expect(d, sentence).not.toBeNull();
    if (recipient) expect(d!.recipient).toBe(recipient);
    else expect(d!.kind).toBe('no-session-recording');
  });

  it.each(LOOK_ALIKES.map((s) => [s]))('not a denial: %s', (sentence) => {
    expect(parseDenial(sentence)).toBeNull();
  });

  it('keeps a sale denial without a recipient, which no company can contradict', () => {
    const d = parseDenial('We do not sell your personal information.');
    expect(d?.kind).toBe('no-sale');
    expect(d?.recipient).toBeUndefined();
  });

  it('reads "personally identifiable information" as a narrower kind than personal data at large', () => {
    // In US usage PII is the name, e-mail and the like — not the cookie IDs ad tags collect — so it covers no tracker.
    expect(parseDenial('We never share personally identifiable information with any third party.')?.dataType).toBe('Personal identifier');
    expect(parseDenial('We do not share information that identifies you personally with advertisers.')?.dataType).toBe('Personal identifier');
    expect(parseDenial('我们不会向广告主提供您的个人身份信息。')?.dataType).toBe('Personal identifier');
    expect(parseDenial('We do not share your personal information with third parties.')?.dataType).toBe('any');
  });

  // A tag on the page shows browsing data leaving, not cycle logs or order records: such a denial covers no tracker.
  it.each([
    'We will not share your sleep data with advertisers or data brokers.',
    'We do not share your order information with third parties.',
    'We do not allow advertisers or insurers to access your medical information.',
    'We never share information about your prescriptions with marketers.',
    '我们不会向第三方共享您的订单信息。',
    '我们不会向广告主提供您的聊天数据。',
  ])('reads a denial about one kind of data as that kind only: %s', (sentence) => {
    // Either no denial at all or one about that kind: never personal data at large.
    expect(parseDenial(sentence)?.dataType ?? 'no denial').not.toBe('any');
  });

  it.each([
    'We do not share your data with advertisers.',
    'We do not share the name, email address and other personal information of our users with third parties.',
    'We do not allow advertisers to access your personal information.',
    '我们不会向第三方共享您的个人信息。',
  ])('keeps personal data at large as "any": %s', (sentence) => {
    expect(parseDenial(sentence)?.dataType).toBe('any');
  });

  it('marks closed lists', () => {
    expect(parseDenial('Apart from the services listed above, we do not share your personal data with anyone.')?.closedList).toBe(true);
    expect(parseDenial('We do not share your personal information with third parties.')?.closedList).toBeUndefined();
  });
});
