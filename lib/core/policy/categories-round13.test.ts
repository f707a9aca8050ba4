import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds } from '../../../tests/support/policy-sentences.ts';

// Shapes from the eighteenth session's development rounds (en-category-33, zh-category-31: podcasts, newsletters, TV,
// games, extensions, devices, developer products and their consent screens), each written here in new words, with the
// look-alike that must stay as it is.

describe('eighteenth-session development rounds: disclosures', () => {
  it.each([
    ['an ad-insertion service', 'Mid-roll spots are chosen at playback time by an ad-insertion service, which receives your IP address and app version.', 'advertising'],
    ['a service that reports clicks to the sponsor', 'Links in the show notes pass through a redirect service that reports to each sponsor how many listeners opened its offer.', 'advertising'],
    ['the sponsor receives a report', 'Every edition has one sponsor; after it is sent, the sponsor receives a summary of how many readers clicked through.', 'advertising'],
    ['a monitoring provider', 'Errors in the mobile app are sent to our crash monitoring provider so we can see which releases fail.', 'site_analytics'],
    ['a third-party cookie that tells whether visitors came back', 'Cookie | Type | Expiry | Purpose\n_rv | Third-party | 1 year | tells us whether readers came back after a newsletter', 'site_analytics'],
    ['a store\'s data-safety fields', 'Data safety\nData shared: Device or other IDs, App interactions\nPurposes: Analytics, Advertising or marketing', 'advertising'],
    ['the same fields, for analytics', 'Data safety\nData shared: Device or other IDs, App interactions\nPurposes: Analytics, Advertising or marketing', 'site_analytics'],
    ['items under "Data Used to Track You"', 'Data Used to Track You\n• Device ID\n• Product Interaction', 'advertising'],
    ['a privacy signal honoured as an opt-out of sharing for targeted ads', 'Our app treats the Global Privacy Control setting as a request to opt out of the sharing of your personal information for targeted advertising.', 'advertising'],
    ['a settings box that shares usage data', 'Improve the app\n☐ Send usage statistics to our analytics partner', 'site_analytics'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['sharing hashed IDs with "该等平台" to measure promotion', '為評估我們在社群平台上的新品宣傳成效，我們可能與該等平台分享經雜湊處理的裝置識別碼。', 'advertising'],
    ['"分享" as the verb of a third-party flow', '我们可能与合作的广告平台分享去标识化的设备标识符，用于向您展示广告。', 'advertising'],
    ['了解…使用情形 as analytics', '我們委託外部廠商協助了解本網站的使用情形，這些廠商可能使用 Cookie 蒐集您的瀏覽資訊。', 'site_analytics'],
  ])('discloses (zh): %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));
});

describe('eighteenth-session development rounds: look-alikes', () => {
  it.each([
    ['a check that the site is up', 'An uptime monitoring company checks every minute whether our servers answer.', 'site_analytics'],
    ['fraud monitoring', 'Card payments are screened by our fraud monitoring provider.', 'site_analytics'],
    ['whether a visitor came from a campaign', 'Our partners receive an ID when you install the app, so they can tell whether you came from one of our campaigns.', 'site_analytics'],
  ])('does not disclose: %s', (_shape, text, kind) => expect(kinds(text)).not.toContain(kind));

  it.each([
    '推广合作方：为衡量推广活动的效果，我们可能向其提供去标识化的设备标识符和转化事件。',
    '为衡量我们在社交平台上的新品推广成效，我们可能与该等平台分享经哈希处理的设备标识符。',
  ])('measuring a promotion is advertising, not analytics of the site: %s', (text) => {
    expect(kinds(text)).toContain('advertising');
    expect(kinds(text)).not.toContain('site_analytics');
  });
});

describe('eighteenth-session second rounds (en-category-34, zh-category-32: shops, money, health, public bodies)', () => {
  it.each([
    ['a cookie table row typed "third-party"', 'Measurement | third-party | 13 months\nTargeting | third-party | 6 months', 'site_analytics'],
    ['the same table, for advertising', 'Measurement | third-party | 13 months\nTargeting | third-party | 6 months', 'advertising'],
    ['brands that advertise on the site', 'Brands that advertise on our marketplace receive reports on how their promoted products performed.', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it('a Taiwan notice whose recipients field names a traffic-analysis vendor', () => {
    expect(kinds('個人資料之利用\n• 期間：至蒐集目的消失為止\n• 對象：本公司及網站流量分析廠商')).toContain('site_analytics');
  });

  it.each([
    ['a first-party cookie row', 'Measurement | first-party | 13 months', 'site_analytics'],
    ['partners who measure fundraising campaigns', 'We share limited information about your visits with partners who measure the results of our fundraising campaigns.', 'site_analytics'],
  ])('does not disclose: %s', (_shape, text, kind) => expect(kinds(text)).not.toContain(kind));
});

describe('older development rows read in the eighteenth session', () => {
  it.each([
    ['affiliate links', 'Some product links in our guides are affiliate links, so the shop knows you came from us.', 'advertising'],
    ['an affiliate programme', 'We take part in an affiliate programme and may earn a commission on what you buy.', 'advertising'],
    ['a third-party cookie that computes a referral commission (zh)', '_ref | 第三方 | 30 天 | 记录您是否通过合作网站的推荐链接完成购买，以计算推荐佣金', 'advertising'],
    ['an email service that counts opens (zh)', '我们通过一款邮件推送服务平台发送通讯，平台会统计每封邮件的打开率并提供给我们。', 'site_analytics'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['affiliates of the site\'s own group', 'We share data with our affiliates for marketing.', 'advertising'],
    ['a site that joins no affiliate programme', "We don't join affiliate programmes.", 'advertising'],
  ])('does not disclose: %s', (_shape, text, kind) => expect(kinds(text)).not.toContain(kind));
});
