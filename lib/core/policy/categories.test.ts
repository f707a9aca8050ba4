import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './extract.ts';

// The rule reader's kinds: the learned reader (category-model.test.ts) is tested on its own.
const kinds = (text: string) => new Set(analyzePolicy(text).categories.filter((c) => !c.learned).map((c) => c.category));
/** Rows of [text, kind]: each text discloses that kind. */
const disclosesEach = (rows: Array<[string, string]>) => it.each(rows)('%s → %s', (text, category) => {
  expect(kinds(text)).toContain(category);
});
/** Texts that disclose neither advertising nor analytics companies. */
const disclosesNoneEach = (texts: string[]) => it.each(texts.map((t) => [t]))('not a disclosure of advertising or analytics companies: %s', (text) => {
  const k = kinds(text);
  expect(k.has('advertising') || k.has('site_analytics'), [...k].join(',')).toBe(false);
});

// Category disclosures in the words real policies use (issue shapes), and sentences that must not
// disclose a kind of company: an `undisclosed` verdict stands or falls with these.
describe('category disclosures', () => {
  it.each([
    ['We have hired third parties to prepare reports for us on how the site is used.', 'site_analytics'],
    ['Analytics providers may set cookies to measure traffic.', 'site_analytics'],
    ['We give de-identified data to partners, including measurement firms.', 'site_analytics'],
    ['We use third-party analytics tools to help us measure traffic and usage trends for the Service.', 'site_analytics'],
    ['Service providers conduct audience research for us and tell us which articles are read.', 'site_analytics'],
    ['We work with companies that serve ads on our site.', 'advertising'],
    ['Third-party ad servers and ad networks may place cookies on your browser.', 'advertising'],
    ['We share a device identifier with partners to show you tailored advertising.', 'advertising'],
    ['The companies behind our sharing buttons may receive information about your visit.', 'social_media'],
    ['Our pages include social plugins from social networks.', 'social_media'],
    ['We use service providers for hosting, payments, customer support and email.', 'essential'],
    ['Our customer support vendors receive your messages.', 'customer_interaction'],
    ['我们会与第三方合作方共享您的设备信息，用于广告推送。', 'advertising'],
    ['我们接入的第三方SDK会收集您的设备信息用于统计分析。', 'site_analytics'],
    ['Third parties may use cookies and web beacons on our site to collect information.', 'advertising'],
    ['Our partners collect data that measures the effectiveness of our campaigns.', 'site_analytics'],
    // Marketing by the recipient, in the verbs real policies use (OPP-115 development paragraphs).
    ['We may share your information with third parties who may contact you to offer products and services.', 'advertising'],
    ['We may disclose personal information to third parties that want to market products or services to you.', 'advertising'],
    ['We may transmit usage information to a reputable third party in order to show you advertising.', 'advertising'],
    ['We contract with other companies to provide services on our behalf, including billing, shipping and analytics.', 'site_analytics'],
    // Third-party tracking without a purpose, with the recipient written as "other/outside companies".
    ['We allow other companies to place cookies on your device when you visit our site.', 'advertising'],
    ['Outside companies may place cookies on your browser when you visit our site.', 'site_analytics'],
    ['Companies we work with may use tracking technologies on our website.', 'advertising'],
    // Practices that only third-party ad and analytics companies provide, named by what they do.
    ['We participate in interest-based advertising.', 'advertising'],
    ['You may see our ads on other sites because we use retargeting services.', 'advertising'],
    ['We may use information about your visit to provide you with ads on other websites.', 'advertising'],
    ['Our site uses conversion tracking to measure the effectiveness of our ads.', 'advertising'],
    ['We use heat mapping and session recording tools to understand how visitors use our site.', 'site_analytics'],
    ['We use A/B testing tools provided by third parties.', 'site_analytics'],
    // Not negations: the future (未来), the user's choice (如果您没有…), "不同的" (different).
    ['我们未来可能接入第三方统计分析工具。', 'site_analytics'],
    ['如果您没有关闭个性化广告，我们的广告合作伙伴会收集您的设备信息。', 'advertising'],
    ['我们会向不同的广告合作伙伴提供您的设备信息。', 'advertising'],
  ])('%s → %s', (text, category) => {
    expect(kinds(text)).toContain(category);
  });

  it.each([
    'We do not share your information with advertisers.',
    'We use your email address to send you our newsletter and special offers.',
    'We use cookies to remember your language and keep you signed in.',
    'For analytics we use the following third-party services:',
    'Zacks Investment Research is a research company that publishes reports.',
    'We share your information with our affiliates for marketing.',
    'We use Google Analytics, a web analytics service provided by Google.',
    // "measures" the noun (security measures) is not measurement.
    'Our service providers must collect and keep your data under appropriate security measures, such as encryption.',
    'When you share our articles on a social media platform, that action is governed by the platform\'s privacy policy.',
    'We may send you offers from our partners.',
    'We do not allow other companies to place cookies on your device.',
    'We do not participate in interest-based advertising.',
    'We do not show you ads on other websites.',
    // The verb after its object: the negation governs it all the same.
    '我们不会向广告主提供您的个人身份信息。',
    // Denials of the kind itself (a blind set written for the project): nothing of the kind is on the site.
    'No third-party tracking scripts, pixels or cookies are used on this website.',
    '本网站没有嵌入任何第三方广告或统计代码。',
    '本网站未使用任何第三方统计分析工具。',
    '我们不会向广告合作伙伴提供您的任何个人信息。',
    '本应用未接入任何第三方SDK，不存在第三方通过本应用收集您个人信息的情形。',
    '本网站不允许第三方在您的设备上放置Cookie或使用类似技术收集您的信息。',
    '我们不会让任何第三方SDK获取您的设备标识符或设备信息。',
    '我们接入的第三方SDK均不会收集您的任何个人信息。',
    'We are not a data broker.',
    // A question heading: its answer says what happens.
    'Will we share your data with advertisers?',
    // The site collecting for itself, after an opening phrase that names no outside party.
    'Through cookies, pixels, beacons, log files and other technologies, we may collect information about how you use the Site.',
  ])('not a disclosure of an unnamed kind: %s', (text) => {
    const k = kinds(text);
    expect(k.has('advertising') || k.has('site_analytics'), [...k].join(',')).toBe(false);
  });

  // The site's own name as the subject is the site speaking of itself; an outside party in the subject is not.
  const onSite = (text: string) => new Set(analyzePolicy(text, { siteDomain: 'acmefoundation.org' }).categories.map((c) => c.category));
  it.each([
    ['Acme Foundation uses cookies to collect demographic data that help us advertise our programs to visitors.', 'advertising'],
    ['Acme Foundation (AF) may also use cookies to measure traffic on the website.', 'site_analytics'],
  ])('the site naming itself: %s', (text, category) => {
    expect(onSite(text).has(category as 'advertising')).toBe(false);
  });
  it.each([
    ['Acme Foundation\'s advertising partners use cookies to show you ads on other websites.', 'advertising'],
    ['Through our partners, cookies are used to measure traffic, and we use them too.', 'site_analytics'],
    ['Other websites may use cookies to measure traffic on the website.', 'site_analytics'],
  ])('an outside party still discloses the kind: %s', (text, category) => {
    expect(onSite(text)).toContain(category);
  });

  // "These companies" are the ones the sentence before spoke of: their tracking has that sentence's purpose.
  it('tracking by "these companies" takes the purpose of the sentence before', () => {
    const ads = kinds('We allow third-party companies to serve ads on our site. These companies typically use a cookie or third party web beacon to collect this information.');
    expect(ads.has('advertising')).toBe(true);
    expect(ads.has('site_analytics')).toBe(false);
    const measured = kinds('Third parties help us measure traffic on our site. These companies use cookies and third-party web beacons to collect information.');
    expect(measured.has('site_analytics')).toBe(true);
    expect(measured.has('advertising')).toBe(false);
    // No purpose before: tracking by outside companies discloses both kinds, as before.
    const both = kinds('We work with other companies. These partners may use cookies and web beacons on our site.');
    expect(both.has('advertising') && both.has('site_analytics')).toBe(true);
  });

  it('reads a long chain of "These companies …" sentences without recursing through all of it', () => {
    const chain = Array.from({ length: 5000 }, () => 'These companies use cookies with third parties on our site.').join(' ');
    const k = kinds(`Third parties serve ads on our site. ${chain}`);
    expect(k.has('advertising')).toBe(true);
  });
});

// A cookie's purpose alone ("Cookies are used to track usage patterns") stays a disclosure of the kind — the cautious
// side — but it names no party that runs the cookies, and the verdict must say so rather than "mentions analytics companies".
describe('category read from the purpose of cookies alone', () => {
  const statement = (text: string) => analyzePolicy(text).categories.find((c) => c.category === 'site_analytics');
  it('is marked as naming no party', () => {
    expect(statement('Cookies are used to track usage patterns and traffic trends on this website.')).toMatchObject({ agentless: true });
  });

  it.each([
    'Third-party analytics providers may set cookies to measure traffic.',
    'We allow third parties to place cookies on our pages to measure how visitors use the site.',
  ])('a sentence with the party that runs them is not: %s', (text) => {
    const s = statement(text);
    expect(s).toBeDefined();
    expect(s!.agentless).toBeUndefined();
  });
});

// Wordings from the category look-alike development set (9th session, tests/fixtures/eval/lookalikes/dev/en-category.json),
// written here in other words: each failed before its rule.
describe('category disclosures without the usual keywords', () => {
  disclosesEach([
    // A single outside provider, the purpose in the sentence before ("this information").
    ['We want to learn how readers find our articles. An outside provider collects this information for us with a script on every page.', 'site_analytics'],
    ['We use a service provider that records clicks and scrolling on our pages so we can see where visitors give up.', 'site_analytics'],
    ['Our app includes a third-party crash reporting tool that receives the device model when the app fails.', 'site_analytics'],
    ['A third-party attribution provider receives your device identifier to tell us which campaign led you to install the app.', 'advertising'],
    ['Other companies may use cookies to show our appeals to people who have visited our website.', 'advertising'],
    ['We share your work contact details with our marketing technology vendors, who help us reach your company online.', 'advertising'],
    ['We may upload a hashed copy of your email address to social networks so that they can show you our ads there.', 'advertising'],
    ['Third parties collect information about your browsing to show you relevant adverts on other sites.', 'advertising'],
    ['This lets those platforms know that you made a purchase, so they can measure our ads.', 'advertising'],
    ['We let selected companies collect information on our site so that they can offer you products you might like.', 'advertising'],
  ]);

  it('"To do this" takes the purpose of the sentence before, not both kinds', () => {
    const k = kinds('We want to show you our products while you browse elsewhere online. To do this, we work with other companies that place cookies on our website.');
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(false);
  });

  it.each([
    ['We rely on outside services to count visits, but no advertising cookies are ever placed on our site.', 'advertising'],
    ['We use our own analytics software, which runs on our own servers.', 'site_analytics'],
  ])('what the sentence says is absent or in-house is not disclosed: %s', (text, category) => {
    expect(kinds(text).has(category as 'advertising')).toBe(false);
  });
});

// Chinese wordings from the category look-alike development set (dev/zh-category.json), in other words.
describe('Chinese category disclosures in SDK records and plain sentences', () => {
  disclosesEach([
    // A record, one field per line: the purpose field takes its recipient from the record's title.
    ['第三方广告SDK\n使用目的：广告投放、广告效果监测\n收集的个人信息：设备标识符、IP地址', 'advertising'],
    ['共享对象：营销及数据服务商\n共享目的：用户行为分析\n共享信息：设备标识符', 'site_analytics'],
    ['第三方SDK目录\n统计SDK 使用目的：统计App活跃用户数及使用时长 收集的个人信息：设备型号、OAID', 'site_analytics'],
    // Analytics purposes without 统计/分析.
    ['我们与一家服务商合作，帮助我们了解访客是通过哪些渠道找到本网站的。', 'site_analytics'],
    ['当App发生崩溃时，第三方崩溃收集服务会自动上传崩溃时的设备状态。', 'site_analytics'],
    ['我们委托技术服务商对您在H5页面中的操作过程进行录制回放。', 'site_analytics'],
    ['本小程序使用平台方提供的数据分析功能，平台方会统计访问人数和访问时长。', 'site_analytics'],
    // Advertising by a platform, and attribution.
    ['当您通过其他平台上的推广链接下载本App后，我们会将激活事件回传至该平台，以便其核算推广效果。', 'advertising'],
    ['共享对象：广告合作方\n共享目的：广告投放及效果归因', 'advertising'],
    // "Do Not Track" is the signal's name, not a denial.
    ['本网站不响应“禁止跟踪（Do Not Track）”信号，嵌入本网站的第三方广告代码仍可能收集您的浏览信息。', 'advertising'],
  ]);

  // The purpose in the sentence before ("该类信息", "其中部分信息"): that kind only, not both.
  it.each([
    ['为了向您展示您可能感兴趣的商品推广信息，我们需要使用您的设备标识符。该类信息由我们接入的第三方SDK直接收集。', 'advertising', 'site_analytics'],
    ['为了解App的运行情况和用户的使用习惯，我们需要收集您的设备信息。其中部分信息将由我们接入的第三方SDK服务商收集。', 'site_analytics', 'advertising'],
  ])('%s → %s only', (text, kind, not) => {
    const k = kinds(text);
    expect(k.has(kind as 'advertising')).toBe(true);
    expect(k.has(not as 'advertising')).toBe(false);
  });

  disclosesNoneEach([
    // The app's own analysis: 统计分析 is a purpose, not a kind of company.
    '我们会对您使用App的情况进行统计分析，用于改进我们的产品和服务。',
    '我们可能会与关联公司共享您的设备信息，用于集团内部的统计分析。',
    '本App未接入任何第三方统计类SDK，App使用数据均由我们自行统计分析。',
    // The kind as the subject of a denied verb.
    '本App内的广告位由我们自行运营，广告主不会接触您的个人信息。',
    // A record whose purpose is something else.
    '分享SDK 使用目的：支持将内容分享至第三方社交平台 收集的个人信息：设备型号、网络类型',
    '第三方账号登录SDK 使用目的：支持您使用第三方账号登录本App 收集的个人信息：第三方账号昵称、头像',
  ]);
});

describe('"Do Not Track" as a name and as a promise', () => {
  it('the signal\'s name does not negate the sentence around it', () => {
    expect(kinds('本网站不响应“禁止跟踪（Do Not Track）”信号，嵌入本网站的第三方广告代码仍可能收集您的浏览信息。')).toContain('advertising');
  });
  it('"we do not track, plant cookies, or use advertising" is still a denial, next to the name', () => {
    expect(kinds('We honor do not track signals and do not track, plant cookies, or use advertising when a Do Not Track (DNT) browser mechanism is in place.').has('advertising')).toBe(false);
  });
});

// Second development round (dev/en-category-2.json, dev/zh-category-2.json), in other words.
describe('category disclosures from the second development round', () => {
  disclosesEach([
    ['We want to know which pages readers use most. To help us do that, we rely on an outside service that compiles reports for us about the visits to each page.', 'site_analytics'],
    ['Our email service provider uses pixel tags in our newsletters to tell us whether a message was opened, to measure our campaigns.', 'advertising'],
    ['If the app crashes, a crash report with your device model is sent to our crash-reporting provider.', 'site_analytics'],
    ['We test different versions of our pages using tools supplied by outside vendors, which record whether you complete a sign-up.', 'site_analytics'],
    ['We share your purchases with the manufacturers of the products you buy, so that they can send you coupons for their products.', 'advertising'],
    ['Our website uses a pixel provided by a social media platform so that our appeals can be shown to people who have previously visited our site.', 'advertising'],
    ['We may share how you use our tools with companies that help us reach you with relevant offers elsewhere online.', 'advertising'],
    ['We may exchange donor names with other like-minded charitable organizations so that they can send you information about their appeals.', 'advertising'],
    ['You can limit ad tracking on your phone by turning on "Limit Ad Tracking" in your device settings.', 'advertising'],
    // Chinese: flattened rows without their leading pipe, a heading over a heading, 机构 and 商家 as recipients.
    ['第三方Cookie | 有效期：2年 | 用于区分不同访客，统计网站页面浏览量', 'site_analytics'],
    ['广告类 | 信息流广告展示 | 设备信息、应用列表 | SDK收集', 'advertising'],
    ['接入第三方SDK说明\n（一）广告类\n用于在开屏及激励视频中展示广告并统计广告曝光；可能收集：设备信息、网络信息。', 'advertising'],
    ['合作的广告平台\n• 获取您在本应用内的浏览记录，用于在其他应用中向您展示本平台的商品', 'advertising'],
    ['我们委托专业的数据服务机构对去标识化的学习行为数据进行统计分析。', 'site_analytics'],
    ['当您关注店铺时，商家将获得您的昵称及消费记录，并可能向您发送店铺优惠券等营销信息。', 'advertising'],
    ['我们希望知道用户是通过哪些渠道认识我们的。为此，我们与几家专业机构合作，它们会记录您首次访问时的来源网站。', 'site_analytics'],
    ['目前我们的网站不响应浏览器的“禁止追踪”信号，嵌入在我们网站上的第三方广告代码仍可能继续收集您的浏览信息。', 'advertising'],
  ]);

  disclosesNoneEach([
    'Our advertisers do not receive any information about you.',
    '1、支付SDK：用于完成订单支付，收集设备信息、网络信息；',
  ]);
});

// Third development round (dev/en-category-3.json), in other words.
describe('category disclosures from the third development round', () => {
  disclosesEach([
    ['We work with companies that use cookies on our site to learn your interests and show you relevant offers when you visit other sites.', 'advertising'],
    ['Reasons we can share your personal information | Do we share? | Can you limit this sharing?\nFor nonaffiliates to market to you | Yes | Yes', 'advertising'],
    ['We may exchange names and addresses with other charitable organizations for a one-time mailing.', 'advertising'],
    ['We may use online advertising services to show our appeals to people who have previously visited our website.', 'advertising'],
    ['We want our pages to load quickly. A service we work with records how pages load in your browser and reports errors back to us.', 'site_analytics'],
    ['We sometimes show different versions of a page to different visitors. The tests are run by an outside provider, which sets a cookie.', 'site_analytics'],
    ['Heatmaps showing where visitors click are produced for us by a vendor whose script runs on our product pages.', 'site_analytics'],
    // A CCPA term and its link name; a longer proper name that opens with a dictionary-word company name.
    ['We honor Global Privacy Control signals as a request to opt out of the sale or sharing of your personal information for cross-context behavioral advertising.', 'advertising'],
    ['Click "Do Not Sell or Share My Personal Information" to stop us from making cookie data available to third parties for targeted advertising.', 'advertising'],
  ]);
});

// Third Chinese development round (dev/zh-category-3.json), in other words.
describe('Chinese category disclosures from the third development round', () => {
  disclosesEach([
    ['您的浏览记录可能会被第三方内容合作方收集，用于衡量其所提供内容的阅读量。', 'site_analytics'],
    ['广告SDK，用于信息流广告的展示与效果监测，收集设备品牌、型号、OAID，第三方SDK，处理规则详见其隐私政策', 'advertising'],
    ['经您同意，我们可能会将您的联系方式提供给合作的保险经纪机构，由其向您介绍适合您的保险产品。', 'advertising'],
    ['您的手机号可能会提供给相关楼盘的开发商，其可能会通过电话向您介绍楼盘信息。', 'advertising'],
    ['对于分析和测量服务提供商：我们可能会向其提供去标识化的使用数据，用于生成统计报告。', 'site_analytics'],
    ['我们的网站上可能包含第三方放置的像素标签，这些第三方会借此在您浏览其他网站时向您展示我们的商品信息。', 'advertising'],
    ['我们会将您的手机号提供给活动合作品牌，合作品牌可能会通过短信向您发送其新品及优惠信息。', 'advertising'],
  ]);

  it('an SDK "用于实现分享功能" states its own purpose: not tracking of both kinds', () => {
    const k = kinds('当您将内容分享至第三方社交平台时，分享SDK需要获取您的设备信息，用于实现分享功能。');
    expect(k.has('advertising') || k.has('site_analytics'), [...k].join(',')).toBe(false);
  });
});

// Fourth development round: whole sections (dev/en-category-4.json, dev/zh-category-4.json), in other words.
describe('category disclosures across a section', () => {
  disclosesEach([
    // The role with a definite article, the section title as the purpose.
    ['Visitor statistics\nWe add a small script to our pages. The vendor receives your IP address and the pages you view.', 'site_analytics'],
    ['Ads in our episodes\nSome ads are inserted automatically when you download an episode. The ad-insertion provider receives your IP address.', 'advertising'],
    ['If you subscribe, your email address is stored by the email service we use, which tells us whether each email was opened so we can see which stories interest readers.', 'site_analytics'],
    ['Our order page contains code from social media platforms. When you complete an order, the code tells those companies that a purchase was made after one of their ads.', 'advertising'],
    ['A web statistics company counts how many people visit our pages and how long they stay.', 'site_analytics'],
    ['3. 与平台商家共享\n如果您开启了“接收店铺会员营销”，我们会将您的手机号提供给您已关注的店铺，以便其通过短信向您发送优惠活动信息。', 'advertising'],
    ['为了判断您是否通过某一推广渠道注册了本App，我们会将您的注册时间回传给相应渠道，用于统计各渠道推广的注册转化效果。', 'advertising'],
    // A run of "item — value" lines is a list, not a stack of headings.
    ['Legal bases\nProviding your account — contract\nPreventing fraud — legitimate interests\nPersonalised advertising by our advertising partners — consent', 'advertising'],
    ['Disclosures for a business purpose\nIdentifiers — disclosed to service providers that host our website\nInternet activity — disclosed to our analytics providers to help us understand how the site is used', 'site_analytics'],
  ]);

  disclosesNoneEach([
    // Denials whose verbs the negation reader did not know, and "no" as the cue's determiner.
    'We do not place ad-platform pixels or conversion tags on our site.',
    'We do not run advertisements on our website, and we do not let advertising companies place cookies on our pages.',
    'Our app for children contains no advertising, and we do not allow ad networks to collect information.',
    // A title's purpose does not make a denied recipient one.
    'Ads in our newsletter\nAdvertisers do not receive any information about who viewed or clicked them.',
    // A row answered "No" discloses nothing (a US financial privacy notice).
    'Reasons we can share your personal information\nFor our everyday business purposes — Yes\nFor joint marketing with other financial companies — No\nFor nonaffiliates to market to you — We don\'t share',
  ]);
});
