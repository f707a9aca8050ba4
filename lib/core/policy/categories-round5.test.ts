import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds, expectNoTrackingKind } from '../../../tests/support/policy-sentences.ts';

// Shapes from the fifth category development round (tests/fixtures/eval/lookalikes/dev/*-category-5.json, 10th
// session): one outside provider described by what it does, affiliate and list-rental marketing, "item — answer" rows.

describe('category disclosures of one provider described by what it does', () => {
  it.each([
    ['Our newsletter goes out through an email delivery service. Each message contains a tiny image and tracked links, so the service can tell us whether the email was opened.', 'site_analytics'],
    ['Lesson videos are streamed from the company that hosts our video library. When you press play, its player notes how far you watch and passes those figures to us.', 'site_analytics'],
    ['If the app crashes, a report with your device model is sent to the maker of our crash-reporting library so our developers can fix the problem.', 'site_analytics'],
    ['A monitoring kit built into the app measures how long screens take to load and sends these measurements to the kit\'s provider.', 'site_analytics'],
    ['We do use an outside service that counts page views and visits on our public website.', 'site_analytics'],
    ['The testing tool we use gives your browser a cookie so you keep seeing the same version, and it sends the tool your clicks so we can compare the two.', 'site_analytics'],
    ['When you browse our shop, small pieces of code from outside companies run on our pages. Some count visits and show us which products people look at.', 'site_analytics'],
    ['The webinar platform records when you joined and left, and gives us attendance reports afterwards.', 'site_analytics'],
    // Earlier development rounds, read again with the fifth round's mechanisms.
    ['Our website is built and hosted on a website-building platform. The platform records the pages viewed and shows us a weekly visitor count.', 'site_analytics'],
    ['We use an external survey provider to ask visitors about their experience of the site; your answers are collected by that provider.', 'site_analytics'],
  ])('%s → %s', (text, kind) => expect(kinds(text)).toContain(kind));
});

describe('category disclosures of marketing by other companies', () => {
  it.each([
    ['The shop, or the network that runs its affiliate programme, uses a cookie to record that you came from us.'],
    ['From time to time we make our postal mailing list available to carefully chosen organisations whose products or causes may interest you.'],
    ['We sometimes swap names and postal addresses with other charities for a single mailing.'],
    ['By entering the prize draw, you agree that the co-sponsors listed on the entry page may contact you by email with their own offers.'],
    ['Members of our rewards programme may receive offers from partner brands.'],
    ['At the conference, if you agree, that exhibitor receives your name and contact details and may send you information about its products.'],
    ['rt_seen | Third-party | 90 days | Remembers that you visited so our offers can be shown to you on other websites'],
    ['To stop seeing offers based on your visits while you browse elsewhere, use the industry opt-out pages for interest-based ads.'],
    ['For joint marketing with other financial companies | Yes | No'],
    ['We belong to a cooperative database of catalogue retailers.'],
    ['From time to time we make our subscribers\' postal addresses available to carefully screened companies whose products or services may interest you.'],
    ['If you tick the box, we share your name with mortgage lenders in our network. Those lenders may then contact you about their loan products.'],
    ['We may give social media platforms a hashed version of your email address so that they can show our messages to you, or to people with similar interests.'],
    ['We sometimes give social media platforms a hashed list of supporters\' email addresses, so our appeals can be shown to them.'],
    // A consent condition is not a denial: the sharing happens with consent.
    ['We will not share your personal information with third parties for marketing purposes without your consent.'],
  ])('%s → advertising', (text) => expect(kinds(text)).toContain('advertising'));
});

describe('denials and rows answered no disclose nothing', () => {
  it.each([
    'Product usage data\nWhen you use the dashboard, we record which features you open. We do not send them to any outside tool or service.',
    '| For nonaffiliates to market to you | No | We don\'t share |',
    'We don\'t track visitors across other websites and we don\'t let others do so on ours, so Do Not Track signals make no difference here.',
    'Your subscription details are used to manage your account and are never made available to advertisers.',
    'Pages in the subscriber edition load no code from ad companies, and we measure reading only with tools we run ourselves.',
    // The name of a legally required link, and a friend-referral programme, say nothing about advertising companies.
    'California – Do Not Sell My Personal Information',
    'By participating in a referral program or by choosing to share information with another person, you confirm that the person has given you consent for us to communicate with him or her.',
  ])('%s', (text) => expectNoTrackingKind(text));

  it('"barred from using the data for its own advertising" discloses the analytics provider, not advertising', () => {
    const k = kinds('The company that provides our visitor statistics is contractually barred from using the data it collects for its own advertising.');
    expect(k.has('site_analytics')).toBe(true);
    expect(k.has('advertising')).toBe(false);
  });
});

describe('Chinese category disclosures from the fifth development round', () => {
  it.each([
    ['参与本次抽奖即表示您同意活动赞助商获取您的昵称及联系方式，赞助商可能在活动结束后向您发送新品资讯和会员福利信息。', 'advertising'],
    ['本应用接入了程序化广告交易平台。在广告请求过程中，参与实时竞价的广告需求方平台可能获取您的设备型号。', 'advertising'],
    ['为统计不同投放渠道带来的下载、激活与注册情况，我们会在您首次启动应用时将激活事件及设备标识符回传给对应的投放媒体。', 'advertising'],
    ['我们使用外部的用户体验分析工具，在您使用网页版时记录鼠标移动、点击和页面滚动轨迹，以便回放和分析访问过程。', 'site_analytics'],
    // A denial of some data that goes on to share the rest.
    ['我们不会向广告合作方提供您的姓名、手机号等可直接识别您身份的信息，仅会提供经去标识化处理的设备信息和兴趣偏好标签。', 'advertising'],
    ['为了解哪些频道最受欢迎，我们需要对访问情况进行统计。这项工作由外部的专业服务商协助完成，其会通过嵌入页面的代码获取访问日志。', 'site_analytics'],
    ['我们可能与合规的数据服务商合作，将去标识化后的用户画像与其数据进行安全匹配，以帮助品牌方更精准地触达目标人群。', 'advertising'],
    // Without permission, not: with it, they get it.
    ['未经您的许可，我们不会将能够识别您个人身份的信息提供给广告或分析服务合作伙伴。', 'advertising'],
    ['未经您的许可，我们不会将能够识别您个人身份的信息提供给广告或分析服务合作伙伴。', 'site_analytics'],
    ['联合运营方还会获取您的登录时间、在线时长和关卡进度等游戏行为数据，用于统计分析玩家的活跃度和留存情况。', 'site_analytics'],
    ['Cookie名称｜类型｜有效期｜用途\n_adc｜第三方｜90天｜记录您浏览过的商品，以便在合作网站上向您展示', 'advertising'],
    ['为了解新版本是否稳定、各机型的启动速度如何，我们借助外部服务收集了匿名的运行数据。', 'site_analytics'],
  ])('%s → %s', (text, kind) => expect(kinds(text)).toContain(kind));

  it('ads not shown to children are no advertising purpose', () => expectNoTrackingKind('儿童模式下，我们不会向儿童展示个性化广告，也不会将儿童的个人信息提供给任何第三方用于广告或统计分析。'));
});
