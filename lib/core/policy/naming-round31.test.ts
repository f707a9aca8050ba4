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

describe('Chinese app stores and change logs', () => {
  it.each([
    ['app stores on a download line', '我们与第三方共享设备信息用于推送。\n\n下载绘本App：\nApp Store 华为应用市场 小米应用商店', ['huawei', 'xiaomi']],
    ['an SDK a change log marks as removed', '版本5.2更新记录：\n【移除】诸葛io统计SDK\n【新增】腾讯定位SDK（腾讯位置服务）', ['zhuge']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });

  it('still names the SDK a change log adds', () => {
    expect(named('版本5.2更新记录：\n【移除】诸葛io统计SDK\n【新增】腾讯定位SDK（腾讯位置服务）')).toContain('qq.com');
  });
});
