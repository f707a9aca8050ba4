import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds, expectNoTrackingKind } from '../../../tests/support/policy-sentences.ts';

// Shapes from the sixth category development round (tests/fixtures/eval/lookalikes/dev/*-category-6.json, 10th session).

describe('category disclosures from the sixth development round', () => {
  it.each([
    ['When we try out a new layout for the checkout, a page-testing tool we use puts a cookie on your browser and reports back which version led to more finished orders.', 'site_analytics'],
    ['To learn which buttons in our emails people actually press, each link first passes through an outside click-counting service.', 'site_analytics'],
    ['We have added a small script from a session-recording service to our application form.', 'site_analytics'],
    ['Cookie | Type | Expires | Purpose\n_vstr | Third-party | 2 years | Distinguishes users so that unique visitors can be counted', 'site_analytics'],
    ['We never hand your contact details to anyone for their marketing, but we do let an audience-research company see coded information about how readers move through our articles.', 'site_analytics'],
    ['Our podcast host counts downloads and tells us how many listeners we have in each country.', 'site_analytics'],
    ['Our readership figures are independently audited. For this, an industry audience-measurement body places a tag on our pages that counts visits.', 'site_analytics'],
    ['We use an outside service to see which of our blog posts lead to sign-ups.', 'site_analytics'],
    ['Our appointment page includes code from an outside service that helps us learn how patients find us and whether they finish booking.', 'site_analytics'],
    ['If you reach us from a cashback website, we report the order value back to it so your cashback can be credited and the site can be paid for the referral.', 'advertising'],
    ['Creators who promote our range receive a monthly report of the orders placed with their personal code.', 'advertising'],
    ['We may share a scrambled code of your email address with social media platforms. If they find a match, they can show you our promotions while you use their services.', 'advertising'],
    ['We will not share your health information with advertisers. Our public website, however, uses cookies from other companies that help us show reminders about our clinics on social media.', 'advertising'],
    ['As a page loads, details such as your device type are sent to companies bidding to place content there through automated auctions.', 'advertising'],
    ['After you leave our site, you may see the sofas you looked at again on other websites. That happens because companies we work with note which products you viewed.', 'advertising'],
    ['Pixels from social networks on our donation page remind people who have visited before about our appeals when they are on those networks.', 'advertising'],
    ['We also send your contact details to the manufacturer of that model, which may email you about its new vehicles.', 'advertising'],
    ['We take part in a database cooperative shared by retailers that sell by catalogue.', 'advertising'],
  ])('%s → %s', (text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    'We do not let advertising companies collect information on our platform. We measure how lessons are used with analytics software that we run on our own servers.',
    'A statistics cookie, which we set and read ourselves, counts visits to each page.',
  ])('the site\'s own tool discloses no outside company: %s', (text) => expectNoTrackingKind(text));
});

describe('Chinese category disclosures from the sixth development round', () => {
  it.each([
    // A table written with slashes; a two-cell record written with bars.
    ['使用场景 / 接收方类型 / 共享的个人信息 / 共享目的\n渠道推广 / 广告监测服务商 / 设备标识符、激活时间 / 判断您是通过哪一条推广链接下载本应用', 'advertising'],
    ['第三方｜数据分析服务提供方\n共享信息｜设备型号、页面浏览记录\n共享方式｜SDK采集\n目的｜了解功能使用情况，优化产品体验', 'site_analytics'],
    ['如您勾选“接收店铺优惠信息”，商家还可能通过短信向您推荐店铺新品和活动。', 'advertising'],
    ['在新功能正式上线前，我们可能借助外部实验平台对部分用户进行分组测试，该平台会记录您在实验页面上的操作数据。', 'site_analytics'],
    ['您在专区内的浏览和下单记录会同步给品牌方，用于其了解专区活动效果并开展会员营销。', 'site_analytics'],
    ['本游戏由我们与合作方联合运营。双方将共同处理您的游戏内行为记录，用于统计在线人数。', 'site_analytics'],
    ['我们可能与合作伙伴共享您的部分信息，以改进和推广我们的产品与服务。', 'site_analytics'],
    // "如您不希望…" is the reader's wish, not the site denying anything.
    ['如您不希望第三方广告合作伙伴根据您的兴趣偏好向您展示个性化广告，您可以在设置中关闭该功能。', 'advertising'],
  ])('%s → %s', (text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    '本站栏目中出现的推广位由我们的编辑团队根据内容相关性人工选定，我们未接入任何第三方广告网络。',
  ])('a denied action discloses nothing: %s', (text) => expectNoTrackingKind(text));
});
