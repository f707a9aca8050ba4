import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds, expectNoTrackingKind } from '../../../tests/support/policy-sentences.ts';

// From the twenty-sixth session's development rounds (en-category-52, zh-category-50: denials with exceptions, scopes
// and conditions), each written here in new words, with the look-alike that must stay silent.

describe('an exception ends the reach of a denial', () => {
  it.each([
    ['"apart from" the tools that record visits', 'We never pass your data to outside companies, apart from the heatmap service that records where visitors click so we can tidy our menus.', 'site_analytics'],
    ['"save that" a supplier counts page views', 'No outside company follows you on our pages, save that our audience-measurement supplier counts page views for the industry figures.', 'site_analytics'],
    ['"with the exception of" an ad network', 'We do not give visitor data to other businesses, with the exception of the ad network that picks which banners you see.', 'advertising'],
    ['Chinese: 除非 with the purpose it lets in', '我们不会向第三方提供您的个人信息，除非是为了向您推送个性化广告。', 'advertising'],
    ['Chinese: …除外 with the purpose it lets in', '我们不会与外部公司分享您的浏览记录，用于统计分析网站访问量的情形除外。', 'site_analytics'],
  ])('still a disclosure: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['an exception only for the law', 'We do not share your data with third parties for advertising, apart from disclosures the law requires.'],
    ['Chinese: an exception only for the law', '我们不会与第三方共享您的个人信息用于广告推送，除非法律法规另有规定。'],
    ['Chinese: an exception only for consent', '我们不会与第三方共享您的个人信息，除非获得您的同意。'],
  ])('not a disclosure: %s', (_shape, text) => expectNoTrackingKind(text));
});

// From pair 14 (ordinary policies): a list of the outside services a site uses, each with what it is for.
describe('an item of a list titled as the outside services', () => {
  it.each([
    ['English', 'Third-party services\n• Website statistics: understanding visits and where visitors come from\n• Online payment: processing order payments', 'site_analytics'],
    ['Chinese', '第三方服务\n• 网站统计：了解访问量和访客来源\n• 在线支付：处理订单付款', 'site_analytics'],
  ])('discloses its purpose: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it('an item under a title of the site\'s own features does not', () => {
    expectNoTrackingKind('Our features\n• Website statistics: understanding visits and where visitors come from');
  });
});
