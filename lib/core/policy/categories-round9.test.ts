import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds, namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// Shapes from the fourteenth session: development denials (tests/fixtures/eval/lookalikes/dev/*-category*.json, marked
// by the second helpers) that were still read as disclosures.

describe('category disclosures from the fourteenth session', () => {
  it.each([
    // The same party named again later, as the subject of a denial: its first mention carried no data.
    '我们的广告位由广告主购买，但广告主无法获取您的任何个人信息，广告匹配在我们的系统内完成。',
    '您看到的广告由我们的系统按兴趣匹配，广告主不会接收到任何关于您个人的数据。',
    'Advertisers buy space on our pages, but advertisers receive no information about who saw their ads.',
    // "no information … is passed to the advertisers".
    'Ads are shown from our own servers, and no information about you is passed to the advertisers whose ads appear.',
    // The ad space sold or placed by the site itself.
    'The adverts on our website are sold directly by our own sales team to local businesses.',
    'Banner ads on this site are booked directly with sponsors and placed by our own staff.',
  ])('discloses no advertising companies: %s', (text) => expect(kinds(text)).not.toContain('advertising'));

  // The outside party is the object of a denied verb: the purpose words that follow are the site's own counting.
  it.each([
    'We do not use third-party analytics tools; visit counts are produced from our own server logs.',
    '我们不使用第三方统计工具，网站访问量由我们根据自己的服务器日志统计。',
  ])('a denied party leaves the purpose to the site: %s', (text) => expect(kinds(text)).not.toContain('site_analytics'));

  it.each([
    // A denial with an exception, or on a condition, still lets the excepted companies in.
    ["We don't disclose information about you to other companies so they can market their products to you, except to partners with whom we have a joint marketing agreement.", 'advertising'],
    ['除为我们提供营销推广服务的合作方外，我们不会向第三方提供您的设备信息。', 'advertising'],
    ['We will not share your browsing data with advertising partners without your consent.', 'advertising'],
  ])('a denial with an exception still discloses: %s', (text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    // A later denial of one kind of data narrows what the party gets in its own clause; it does not take the flow back.
    ['我们会向合作商家提供其店铺经汇总的访客数和浏览量，帮助商家了解店铺的运营情况，商家无法获取单个用户的身份信息。', 'site_analytics'],
    ['We share device identifiers with advertising partners, and advertising partners do not receive your name or email address.', 'advertising'],
    // Ads placed by others, or ads sold directly while the sentence speaks of tracking, still disclose.
    ['Ads on our site are placed by third-party ad networks that use cookies to choose them.', 'advertising'],
    ['Our ads are sold directly by our own sales team, and advertisers may place cookies to measure how often their ads are seen.', 'advertising'],
  ])('still discloses: %s', (text, kind) => expect(kinds(text)).toContain(kind));
});

describe('a sentence whose only outside party is of another kind borrows no purpose (14th session)', () => {
  it.each([
    'Advertising and measurement\nThis newspaper is paid for by subscriptions and by advertising. Subscriber payments are taken by a payment service provider.',
    'Advertising\nYour orders are delivered by a courier partner.',
  ])('no category: %s', (text) => {
    expect(kinds(text)).not.toContain('advertising');
    expect(kinds(text)).not.toContain('site_analytics');
  });

  it('still borrows the title for an ad or analytics party', () => {
    expect(kinds('Visitor statistics\nAn outside provider receives your IP address and the pages you view.')).toContain('site_analytics');
  });
});

describe('Chinese negations of sharing, writing and containing (14th session)', () => {
  it.each([
    ['我们不会与第三方分享您的浏览数据用于统计分析，所有网站使用情况的统计均在内部完成。', 'site_analytics'],
    ['目前我们只使用保障网站运行所必需的 Cookie，不会有第三方统计或广告 Cookie 写入您的设备。', 'advertising'],
    ['本网站不含第三方广告，亦不允许第三方在本网站设置Cookie。', 'advertising'],
    ['我们未在本应用中接入任何第三方广告SDK，您看到的活动推广信息均由我们自行编辑发布。', 'advertising'],
  ])('discloses nothing: %s', (text, kind) => expect(kinds(text)).not.toContain(kind));

  it('still reads "（不含…）" as what is left out of the data', () => {
    expect(kinds('我们会将您的设备标识符（不含第三方账号信息）提供给广告合作伙伴，用于展示个性化广告。')).toContain('advertising');
  });
});

describe('every mention of the kind, in the forms sentences use (14th session)', () => {
  it.each([
    // The first mention is denied, a later one is not.
    ['We never share the health information you record with advertisers or analytics companies; on our public website we do work with an audience-measurement service that counts visits.', 'site_analytics'],
    ['我们不会向广告主提供您的健康数据；在我们的官网上，广告主可以通过其放置的代码收集您的浏览信息。', 'advertising'],
    // Singular and hyphenated forms.
    ['Once a parent has agreed, anonymous usage statistics are sent to the analytics company that helps us improve the app.', 'site_analytics'],
    ['The script also sends page-load times and error messages to our performance-monitoring vendor.', 'site_analytics'],
    ['Your device model and the screens you open are transmitted to the crash-reporting and performance-monitoring services we rely on.', 'site_analytics'],
  ])('discloses: %s', (text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    // A place of theirs the visitor may go to is not data they get.
    '我们不允许广告主在本App内放置任何跟踪代码；点击广告后将跳转至广告主页面，此后适用广告主的隐私政策。',
    'Advertisers cannot place tracking code in our app; if you click an ad, the advertiser\'s website and its privacy policy apply from then on.',
  ])('a later mention as the owner of a page discloses nothing: %s', (text) => expect(kinds(text)).not.toContain('advertising'));
});

describe('the consent framework\'s purpose names, as whole lines (14th session)', () => {
  it('reads a banner\'s purpose list', () => {
    const text = 'Purposes\n• Store and/or access information on a device\n• Create profiles for personalised advertising\n• Measure content performance\nVendors: 112';
    expect([...kinds(text)]).toEqual(expect.arrayContaining(['advertising', 'site_analytics']));
  });
  it('does not read the words inside a sentence about the site itself', () => {
    expect(kinds('We measure content performance ourselves from our server logs.')).not.toContain('site_analytics');
  });
});

describe('translated legal wording (14th session)', () => {
  it.each([
    ['Our web analysis provider may process data in the United States of America.', 'site_analytics'],
    ['The Company uses the behavioural information collection tools of advertising business operators to provide customised advertisement.', 'advertising'],
    ['We entrust the analysis of access logs to an outside contractor.', 'site_analytics'],
  ])('discloses: %s', (text, kind) => expect(kinds(text)).toContain(kind));
});

describe('Chinese cookie and storage tables written without a leading pipe (14th session)', () => {
  it.each([
    ['第三方Cookie | 有效期13个月 | 区分不同的访客，并记录访客在页面之间的跳转路径', 'site_analytics'],
    ['Cookie类型 | 设置方 | 有效期 | 用途\n统计Cookie | 第三方 | 2年 | 记录访客的访问次数和停留时长', 'site_analytics'],
    ['第三方 Cookie | 90 天 | 在您离开本网站后，于其他网站上向您展示您曾浏览的商品', 'advertising'],
    // Full-width pipes, with or without spaces.
    ['第三方Cookie｜有效期13个月｜用于在其他网站上向曾经访问过本站的用户再次展示我们的商品', 'advertising'],
    ['第三方Cookie｜有效期：13个月｜用途：记录访客从哪个页面进入，用于生成网站访问报告', 'site_analytics'],
    ['处理目的 | 法律依据 | 接收方\n了解网站各项功能的使用频率，以改进服务 | 正当利益 | 外部网站测量服务提供商', 'site_analytics'],
  ])('a row discloses: %s', (text, kind) => expect(kinds(text)).toContain(kind));

  it('keeps a download-channel row a short line that names no one', () => {
    expect(named('腾讯应用宝 | 举报电话：0755-12345678 | 注销方式：设置-账号-注销')).not.toContain('qq.com');
  });
});

describe('Chinese forms of the opt-out shapes the English lexicon already reads (14th session)', () => {
  it.each([
    '您可以访问行业自律组织提供的统一退出平台，选择不再接收参与机构基于您兴趣投放的广告。',
    '如您不希望收到基于兴趣的广告，可以在手机系统设置中开启“限制广告跟踪”。',
  ])('implies advertising companies: %s', (text) => expect(kinds(text)).toContain('advertising'));
  it('not when the site denies taking part', () => expect(kinds('我们不参与任何行业自律组织的广告计划。')).not.toContain('advertising'));
});

describe('app-store privacy labels and partners who contact you (14th session)', () => {
  it.each([
    ['Data linked to you\n• Identifiers – Third-Party Advertising\n• Purchases – App Functionality', 'advertising'],
    ['By submitting the quote form you agree that we may pass your details to partner insurers, who may contact you by phone or email about their own products.', 'advertising'],
  ])('discloses: %s', (text, kind) => expect(kinds(text)).toContain(kind));
  it('not when third-party advertising is denied', () => expect(kinds('We do not allow third-party advertising on our website.')).not.toContain('advertising'));
});

describe('store labels and US state-law opt-outs (14th session)', () => {
  it.each([
    ['Data shared\nDevice or other IDs\nShared for: Advertising or marketing', 'advertising'],
    ['Data shared\nApp activity — App interactions\nShared for: Analytics, App functionality', 'site_analytics'],
    ['You can opt out of the sale or sharing of your personal information by selecting "Do Not Sell or Share My Personal Information" at the bottom of any page.', 'advertising'],
    ['Residents of certain states may opt out of the processing of their personal data for targeted advertising.', 'advertising'],
    ['For our marketing purposes — to offer our products and services to you | Do we share? Yes | Can you limit this sharing? No', 'advertising'],
    ['Purposes: Store and/or access information on a device · Create profiles for personalised advertising · Measure content performance', 'site_analytics'],
  ])('discloses: %s', (text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    'Although California law gives you the right to opt out of the sale or sharing of personal information, we do not engage in either activity, so there is nothing to opt out of.',
    'For our marketing purposes — to offer our products and services to you | Do we share? No',
  ])('not when the sale is denied or the answer is no: %s', (text) => expect(kinds(text)).not.toContain('advertising'));
});

describe('sponsors and sales follow-up as advertising purposes (14th session)', () => {
  it.each([
    'We use a service that matches the IP addresses of visitors with company names, so that our sales team can follow up with them.',
    "When you read an article paid for by a sponsor, the sponsor's own tag may load so that it can count how many readers saw it.",
  ])('discloses advertising: %s', (text) => expect(kinds(text)).toContain('advertising'));
  it('not the sales team alone', () => expect(kinds('Our sales team can answer questions about bulk orders.')).not.toContain('advertising'));
});

describe('"email" as a noun is not the site emailing you (14th session)', () => {
  it.each([
    'Our newsletter is sent through an email delivery service that records which links you clicked.',
    'Our newsletter contains a tracking image that lets the mailing provider record whether you opened an email and which links you clicked.',
  ])('the email service\'s tracking discloses analytics: %s', (text) => expect(kinds(text)).toContain('site_analytics'));
  it('still reads the site emailing you as its own marketing', () => expect(kinds('We will email you our newsletter about our products.')).not.toContain('advertising'));
});

it('reads the industry opt-out pages as advertising companies (14th session)', () => {
  expect(kinds('If you do not want to see ads based on your interests, you can opt out through the industry opt-out pages or by changing the ad settings on your device.')).toContain('advertising');
});
