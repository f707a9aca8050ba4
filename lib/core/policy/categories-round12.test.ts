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

describe('seventeenth-session development rounds (en-category-32, zh-category-30)', () => {
  it.each([
    ['a platform that reports clicks', 'Our mailing list runs on a hosted platform, which adds tracking to links so it can report clicks to us.', 'site_analytics'],
    ['audience figures for sponsors', 'Downloads are counted by an independent measurement service, which receives your IP address to produce audience figures for us and for our sponsors.', 'advertising'],
    ['an ad component a platform provides', '本小程序接入了平台提供的流量主广告组件，广告由平台根据您的使用情况投放。', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['a list of what the site does not have', '本站是个人网站：没有评论系统，没有广告，没有统计代码。', 'site_analytics'],
    ['an e-mail provider whose tracking is switched off', 'Our newsletter goes out through an email service provider. We have switched off open and click tracking, so the provider only uses your address to deliver it.', 'site_analytics'],
    ['an app that talks to one backup service and has no tracking kits', "The app doesn't contain any ad or tracking kits. The only outside service it talks to is the one that keeps your backups.", 'site_analytics'],
  ])('does not disclose: %s', (_shape, text, kind) => expect(kinds(text)).not.toContain(kind));
});

describe('an app store\'s privacy label', () => {
  it.each([
    'Data Not Linked to You\n• Usage Data – Third-Party Advertising, Analytics\n• Purchases – App Functionality',
    'Data Linked to You\nThird-party advertising: Identifiers, Usage data\nAnalytics: Usage data, Diagnostics',
  ])('lists Analytics as a purpose: %s', (text) => expect(kinds(text)).toContain('site_analytics'));

  it('not a line that only starts with the word', () => {
    expect(kinds('Analytics: we look at our own server logs to see which pages are popular.')).not.toContain('site_analytics');
  });
});

describe('counters from outside the site', () => {
  it.each([
    'My blog shows a small counter script from a free hit-counter website; it tells me the number of visits each day.',
    'The badge in the footer comes from a web directory. It records your visit for our public statistics page.',
  ])('discloses analytics: %s', (text) => expect(kinds(text)).toContain('site_analytics'));

  it.each([
    'We use our own page counter to count visits.',
    'The number of visitors to our site is shown on the home page.',
  ])('not the site\'s own counter: %s', (text) => expect(kinds(text)).not.toContain('site_analytics'));
});
