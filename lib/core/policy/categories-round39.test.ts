import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './extract.ts';

// From the thirty-ninth session's reading of the development category rounds. Each look-alike below was read as a
// disclosure before its change; each disclosure beside it is still read after it.
const ruleKinds = (text: string) => new Set(analyzePolicy(text).categories.filter((c) => !c.learned).map((c) => c.category));
/** Whether the rules read an advertising or analytics disclosure. */
const kinds = (text: string) => { const k = ruleKinds(text); return k.has('advertising') || k.has('site_analytics'); };

describe('a record whose recipient field denies any third party lends no recipient to its purpose field', () => {
  it.each([
    ['Traditional Chinese notice', '個人資料之利用\n一、利用目的：行銷、統計調查與分析。\n二、利用對象：僅限本公司內部，不提供予任何第三人。\n三、利用地區：中華民國境內。'],
    ['Simplified', '一、使用目的：营销推广、统计分析。\n二、提供对象：仅限本公司，不会提供给任何第三方。'],
  ])('not: %s', (_shape, text) => {
    expect(kinds(text)).toBe(false);
  });
  it.each([
    ['recipient field naming partners', '一、利用目的：行銷、統計調查與分析。\n二、利用對象：本公司及合作之廣告廠商。'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
});

describe('a cookie field answered "not used on this site"', () => {
  it('not: the kind the field names', () => {
    expect(ruleKinds('Advertising cookies: not used on this site.\nAnalytics cookies: set by an external analytics provider to produce visitor statistics.').has('advertising')).toBe(false);
    expect(ruleKinds('广告Cookie：本站未使用。').has('advertising')).toBe(false);
  });
  it('the field beside it that says who sets its cookies', () => {
    expect(ruleKinds('Advertising cookies: not used on this site.\nAnalytics cookies: set by an external analytics provider to produce visitor statistics.').has('site_analytics')).toBe(true);
  });
});

describe("a cookie section that says its cookies are the site's own", () => {
  it.each([
    ['stored on our own servers, not set by any other company', 'Performance cookies\nThese cookies allow us to count visits and traffic sources so we can measure and improve the performance of our site. All information these cookies collect is stored by us on our own servers; they are not set or read by any other company.'],
    ['数据存储在我们自己的服务器上', '统计Cookie（默认开启）\n统计Cookie帮助我们了解页面访问量。所有数据存储在我们自己的服务器上，不会传输给任何第三方。'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
  it.each([
    ['the same purpose with no such line', 'Performance cookies\nThese cookies count visits and traffic sources so that the performance of the site can be measured.'],
    ['own servers, but an outside provider sets them', 'Performance cookies\nThese cookies allow us to count visits and traffic sources. The reports are kept on our own servers, but the cookies are set by an analytics provider.'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('"Others" opening a sentence after "Some …" is more of the same thing, not other parties', () => {
  it('not: the site\'s own cookies', () => {
    expect(ruleKinds('How we use cookies\nWe use a few cookies. Some keep you signed in. Others help us understand which pages are popular; what they collect stays on our servers.').has('site_analytics')).toBe(false);
  });
  it('others as the ones given the data', () => {
    expect(ruleKinds('We share what you read with others who help us understand which pages are popular.').has('site_analytics')).toBe(true);
  });
});

describe('a bare measuring word whose object is the ads measures the ads (advertising), not the site (analytics)', () => {
  it.each([
    ['measure which of our ads', 'We use an attribution partner to measure which of our ads led customers to sign up.'],
    ['measurement partners … whether our campaigns', 'We work with measurement partners to see whether our campaigns on radio and online bring people into our stores.'],
    ['衡量其投放带来的转化', '当您完成购买时，相关订单信息会被发送给合作方，用于衡量其投放带来的转化。'],
    ['统计其推广带来的订单数量', '合作平台会获得您的订单编号，用于统计其推广带来的订单数量。'],
  ])('not analytics: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('site_analytics')).toBe(false);
    expect(k.has('advertising')).toBe(true);
  });
  it.each([
    ['measure audiences and show ads', 'We share your postcode with partners to measure our audiences and to show you relevant ads.'],
    ['measurement and advertising companies', 'Our TV app shares what you watch with measurement and advertising companies.'],
    ['衡量网站流量，并提供个性化的广告', '我们和我们的合作伙伴使用Cookie来衡量网站流量，并提供个性化的广告内容。'],
    ['统计类及广告类第三方Cookie', '本网站使用统计类及广告类第三方Cookie，您可以在设置中关闭。'],
    ['an install campaign still counts installs', 'A measurement partner receives your device identifier to measure which campaign led to your install of the app.'],
    ['measurement companies that count households', 'Independent measurement companies may run code in our video player to check that ads were viewable and to estimate how many households saw each ad.'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('"serve ads and measure their effectiveness": the ads just named, measured', () => {
  it('not analytics', () => {
    const k = ruleKinds('These networks may place cookies on your browser in order to serve ads and measure their effectiveness.');
    expect(k.has('site_analytics')).toBe(false);
    expect(k.has('advertising')).toBe(true);
  });
  it('analytics still: the site measured', () => {
    expect(ruleKinds('Partners place cookies on your browser in order to count visits and measure their length.').has('site_analytics')).toBe(true);
  });
});

describe('usage as the data ad companies take for ads, not a purpose of counting it', () => {
  it.each([
    ['收集…应用使用情况，以投放相关广告', '该平台可能收集您的大致位置、设备类型及应用使用情况，以投放相关广告。'],
    ['根据您的设备信息和使用行为…广告', '合作方可能会根据您的设备信息和使用行为为您推送广告内容。'],
    ['sell … app usage, to advertising partners', 'We may sell personal information, such as device identifiers and app usage, to advertising partners.'],
    ['how you interact with ads', 'These SDKs collect your advertising identifier and information about how you interact with ads so that the networks can show you ads.'],
  ])('not analytics: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('site_analytics')).toBe(false);
    expect(k.has('advertising')).toBe(true);
  });
  it.each([
    ['统计…使用情况', '第三方统计服务会收集您的设备信息，用于统计应用各功能的使用情况。'],
    ['usage collected with no ad purpose', 'Our analytics partner collects usage data to help us understand how the app is used.'],
    ['how you interact with the site, for ads too', 'Partners collect information about how you interact with our site, and use it to show you ads.'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe("the site's own group in other words, and a recipients row answered \"not used on this site\"", () => {
  it.each([
    ['companies in the group', 'We share identifiers and browsing data among the companies in the group so that each of them can show you personalised ads.'],
    ['other companies in our banking group', 'We may share information about your use of our services with other companies in our banking group so they can tell you about their products.'],
    ['our family of networks, publications and brands', 'We may share your details with other companies in our family of networks, publications and brands so they can tell you about products you may enjoy.'],
    ['group entities', 'Our group entities located in other countries may access your data to provide you with information on the promotions valid in your country.'],
    ['a row answered none', 'Advertising networks | None | Not used on this site'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
  it.each([
    ['the group and third parties', 'We share browsing data with companies in the group and with third-party advertising partners so that they can show you personalised ads.'],
    ['a family of brands that is not ours', 'We work with an ad network and its family of brands, which receive your device ID to show you ads.'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
});

describe('analysing for security: bots, fraud, sanctions — not analytics, nor tracking of both kinds', () => {
  it.each([
    ['analyses signals to tell visitors from bots', 'To tell genuine visitors from automated bots, our login page uses a bot-detection service that analyses signals such as mouse movements and typing rhythm.'],
    ['analyses device data to detect fraud', 'We use a third-party service that analyses device and connection data when you check out, to detect bots and fraudulent transactions.'],
    ['blockchain analytics for sanctions', 'Our compliance providers carry out blockchain analytics on incoming deposits to check whether funds are linked to sanctioned addresses.'],
    ['风控SDK，用于识别欺诈', '为保障账户与交易安全，我们接入了第三方安全风控SDK，其会收集设备信息、网络环境信息，用于识别作弊、盗号和欺诈行为。'],
    ['security SDK to prevent fraud', 'To keep accounts safe, we embed a security SDK of a third party, which collects device information to identify abnormal devices and prevent cheating and fraud.'],
  ])('not: %s', (_shape, text) => {
    expect(kinds(text)).toBe(false);
  });
  it.each([
    ['fraud and statistics both', 'A third-party service analyses how visitors use our pages to compile statistics and to detect fraud.'],
    ['an SDK that counts use', '我们接入了第三方统计SDK，收集设备信息，用于统计应用的使用情况并识别作弊行为。'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('a kit named for its function says what it is for (push, maps, payment, sharing)', () => {
  it.each([
    ['推送SDK…发送订单状态', '我们使用第三方推送SDK向您发送订单状态和系统通知。'],
    ['地图SDK…获取您的位置信息', '本 App 集成了第三方地图 SDK，用于为您显示门店位置和导航路线，该 SDK 会获取您的位置信息。'],
    ['支付SDK——第三方支付机构', '3）支付SDK——第三方支付机构：完成支付，收集订单信息与设备信息；'],
    ['a payment SDK', 'The app includes a third-party payment SDK, which collects your device information to complete your purchase.'],
  ])('not: %s', (_shape, text) => {
    expect(kinds(text)).toBe(false);
  });
  it.each([
    ['an SDK of no stated function', '本App接入了第三方SDK，该SDK会收集您的设备标识符。'],
    ['a push SDK that also counts', '我们使用第三方推送SDK向您发送通知，并统计消息的到达率和点击率。'],
  ])('read still: %s', (_shape, text) => {
    expect(kinds(text)).toBe(true);
  });
});

describe('Chinese: product conversion is analytics; a field that denies its title; what the ad label means', () => {
  it.each([
    ['付费转化率', '本游戏接入了第三方数据统计平台，用于统计关卡通过率、付费转化率及玩家留存情况。'],
    ['转化漏斗', '产品改进｜第三方数据服务商｜页面浏览和点击事件（去标识化）｜分析各功能的使用情况和转化漏斗'],
  ])('analytics, not advertising: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(false);
    expect(k.has('site_analytics')).toBe(true);
  });
  it('advertising still: 推广的注册转化', () => {
    expect(ruleKinds('我们会将激活事件回传给投放渠道，用于统计各渠道推广的注册转化效果。').has('advertising')).toBe(true);
  });
  it.each([
    ['营销 Cookie：本网站目前未使用', '营销 Cookie（默认关闭）：本网站目前未使用任何营销 Cookie，此开关暂无实际作用。'],
    ['标有“广告”字样', '信息流中标有“广告”字样的内容由广告主付费推广，展示位置和频次由我们决定。'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
  it.each([
    ['a field whose value goes on to an exception', '营销 Cookie：本网站目前未使用营销 Cookie，但广告合作伙伴可能通过像素收集您的浏览记录以投放广告。'],
    ['the label, and the data the advertiser gets', '标有“广告”字样的内容由广告主提供，广告主会通过SDK收集您的设备信息。'],
  ])('read still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
});

describe('counting what the ads brought is advertising\'s measure', () => {
  it.each([
    ['how many bookings came from our paid posts', 'We use a small code from a social media platform on our website, so we can see how many bookings came from our paid posts on that platform.'],
    ['how many people who saw our campaign posts', 'Our website uses a pixel provided by a social media platform so that we can measure how many people who saw our campaign posts went on to donate.'],
    ['how many people reached … from our online campaigns', 'Our website uses cookies from marketing partners to measure how many people reached our booking page from our online campaigns.'],
  ])('not analytics: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
  it.each([
    ['how many people visited the site', 'We use a small code from an analytics provider on our website, so we can see how many people visited each page.'],
    ['how many people came from search engines', 'An outside analytics service tells us how many visitors came from search engines.'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('a visitor counter is an analytics tool', () => {
  it.each([
    ['a visitor counter hosted elsewhere', 'We use a cookieless, privacy-friendly visitor counter hosted in the EU. It receives the page address and gives us aggregate visitor numbers.'],
    ['our visitor-counting service', 'What the code on our pages does\n- Tells our visitor-counting service how many people came today'],
    ['访问计数器', '本站使用第三方提供的访问计数器，它会记录您访问的页面。'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
  it.each([
    ['our own visitor counter', 'We count visitors with our own visitor counter, which runs on our server.'],
    ['自建的访问计数器', '本站使用自建的访问计数器统计访问量。'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
});

describe('a sentence that names the site as its own agent borrows no recipient; 不借助 denies', () => {
  it.each([
    ['answered by our own data team, under "Partners and vendors"', 'Partners and vendors\nSubscriptions are charged through our card processor.\nQuestions about how the app is used are answered by our own data team.'],
    ['within our own platform, under "Sub-processors"', 'Sub-processors\nUsage metrics for the product are generated and stored within our own platform.'],
    ['不借助任何外部分析服务', '我们自行统计应用内各功能的使用情况，不借助任何外部分析服务。'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
  it.each([
    ['the title lends its recipient', 'Partners and vendors\nThey help us understand how the app is used.'],
    ['借助外部分析服务', '我们借助外部分析服务统计应用内各功能的使用情况。'],
  ])('read still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('Chinese: ad impressions and clicks counted, funnel conversion, and sentences about the SDK list', () => {
  it('广告的展示与效果统计 is advertising, not analytics', () => {
    const k = ruleKinds('广告投放合作方 | 开屏广告、信息流广告的展示与效果统计 | 设备型号、OAID、IP地址、广告点击记录 | SDK采集');
    expect(k.has('site_analytics')).toBe(false);
    expect(k.has('advertising')).toBe(true);
  });
  it('统计展示与点击效果 of the ads shown is advertising, not analytics', () => {
    const k = ruleKinds('该SDK会收集您的设备型号和OAID，用于向您展示推广信息并统计展示与点击效果。');
    expect(k.has('site_analytics')).toBe(false);
  });
  it('各页面的转化率 is analytics, not advertising', () => {
    const k = ruleKinds('我们的App集成了第三方统计SDK，收集设备信息和您的操作行为数据，用于分析投保流程中各页面的转化率。');
    expect(k.has('advertising')).toBe(false);
    expect(k.has('site_analytics')).toBe(true);
  });
  it.each([
    ['以上SDK均由第三方提供', '以上 SDK 均由第三方提供，其收集和处理行为遵守其自身的隐私政策。'],
    ['详见《第三方SDK清单》', '具体SDK名称、收集的信息类型及目的，详见《第三方SDK清单》。'],
  ])('not: %s', (_shape, text) => {
    expect(kinds(text)).toBe(false);
  });
  it('an SDK that collects, not a sentence about the list', () => {
    expect(kinds('本App接入的第三方SDK会收集您的设备标识符和浏览记录。')).toBe(true);
  });
});

describe('cookies set by us, our own e-mails, marketing pages, and "We do not have any." under a title', () => {
  it.each([
    ['set by us', 'Marketing — Off\nThese cookies are set by us to remember that you have already seen a promotional pop-up.'],
    ['our own email pixel', 'Emails we send\nOur marketing emails contain a small pixel that tells us whether you opened the message and which links you clicked.'],
    ['We do not have any.', 'Advertising partners\nWe do not have any.'],
  ])('not: %s', (_shape, text) => {
    expect(kinds(text)).toBe(false);
  });
  it('a heatmap tool on our marketing pages is analytics, not advertising', () => {
    const k = ruleKinds('We use a third-party tool to produce heatmaps of our marketing pages, so we can see where visitors click.');
    expect(k.has('advertising')).toBe(false);
    expect(k.has('site_analytics')).toBe(true);
  });
  it.each([
    ['set by our advertising partners', 'Marketing — On\nThese cookies are set by our advertising partners to show you our offers on other sites.'],
    ['emails sent by a provider that tracks opens for offers', 'Our marketing emails contain a pixel from our email service provider, which records whether you opened them so we can send you better offers.'],
  ])('read still: %s', (_shape, text) => {
    expect(kinds(text)).toBe(true);
  });
});

describe('Chinese: the site\'s own statistics in more words', () => {
  it.each([
    ['统计数据不会传送给任何第三方', '我们使用部署在自有服务器上的开源统计程序来统计访问量，统计数据不会传送给任何第三方。'],
    ['删除 is no exception', '数据统计说明\n为了解产品的使用情况，我们会统计各页面的访问次数。上述统计通过我们自行开发的统计模块完成，原始数据在90天后自动删除；我们仅在内部使用统计结果，不会将其提供给任何广告主、数据公司或其他第三方。'],
    ['items under a lead-in saying all cookies are the site\'s own', 'Cookie使用说明\n本网站使用的Cookie均为本站自行设置，分为三类：\n- 必要Cookie：维持登录与安全；\n- 性能Cookie：帮助我们了解页面加载情况。'],
    ['本网站设有 Cookie', '本网站设有 Cookie，用于记录哪些文章最受欢迎，以便我们的编辑安排首页内容。'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
  it.each([
    ['an exception (除了…)', '上述统计由我们自行完成；除了我们的统计服务商，我们不会将数据提供给任何第三方。'],
    ['a lead-in naming third-party cookies too', 'Cookie使用说明\n本网站使用本站自行设置的Cookie和第三方Cookie，分为两类：\n- 性能Cookie：由第三方统计服务商设置，帮助我们了解页面访问量。'],
  ])('read still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('evaluating the effectiveness of campaigns is advertising\'s measure, like measuring them', () => {
  it.each([
    ['measure the effectiveness of our campaigns', 'We share limited information about your visits with partners who measure the effectiveness of our campaigns.'],
    ['evaluate the effectiveness of our marketing campaigns', 'We may work with third parties who help us evaluate the effectiveness of our marketing campaigns.'],
  ])('not analytics: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('site_analytics')).toBe(false);
    expect(k.has('advertising')).toBe(true);
  });
  it.each([
    ['evaluate the effectiveness of our website', 'Third parties help us evaluate the effectiveness of our website.'],
    ['understand which pages', 'Partners help us understand which pages are popular.'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('where the ads run, interests learned for ads, and 衡量其效果 of the ads just named', () => {
  it('"our promotions on other websites" measures the promotions, not a site', () => {
    const k = ruleKinds('Purpose: measuring the success of our promotions on other websites | Recipients: marketing partners | Legal basis: legitimate interests');
    expect(k.has('site_analytics')).toBe(false);
  });
  it('了解您的兴趣 for ads elsewhere is advertising, not analytics', () => {
    const k = ruleKinds('广告：第三方合作伙伴会使用Cookie了解您的兴趣，在其他网站上向您展示我们的商品。');
    expect(k.has('site_analytics')).toBe(false);
    expect(k.has('advertising')).toBe(true);
  });
  it('展示个性化广告并衡量其效果 is advertising, not analytics', () => {
    const k = ruleKinds('在征得您同意的前提下，我们的广告合作伙伴可能在您的终端设备上存放追踪器，以便向您展示个性化广告并衡量其效果。');
    expect(k.has('site_analytics')).toBe(false);
    expect(k.has('advertising')).toBe(true);
  });
  it.each([
    ['measuring visits to our websites', 'Purpose: measuring visits to our websites | Recipients: analytics partners | Legal basis: consent'],
    ['了解您如何使用网站', '第三方合作伙伴会使用Cookie了解您如何使用本网站。'],
    ['衡量网站的效果', '我们的合作伙伴会在网站上放置代码，以便统计访问量并衡量网站的效果。'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});
