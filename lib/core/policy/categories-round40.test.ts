import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './extract.ts';

// The fortieth session's sentence tests: each change's look-alikes beside the disclosures it must keep.
const ruleKinds = (text: string) => new Set(analyzePolicy(text).categories.filter((c) => !c.learned).map((c) => c.category));

describe("the site's own group in more words: affiliated companies, corporate family, within the group", () => {
  it.each([
    ['affiliated companies … tell you about', 'We may pass your details to our affiliated companies so they can tell you about other loan products.'],
    ['corporate family', 'Businesses within our corporate family may use your order history to tell you about their products.'],
    ['Within the group, …', 'Within the group, our travel and insurance companies may use your details to tell you about their offers.'],
  ])('no advertising disclosure: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
  it.each([
    ['non-affiliated companies', 'We may pass your details to non-affiliated companies so they can tell you about their products.'],
    ['non-affiliates', 'We may share information with non-affiliates so they can market their products to you.'],
    ['unaffiliated companies', 'We may share information with unaffiliated companies so they can market their products to you.'],
  ])('still advertising: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
});

describe('a denial whose only exception is the group', () => {
  it.each([
    ['except (i) to our affiliates … (ii) as required by law', 'We do not disclose your data to third parties except (i) to our affiliates, who may use it to market their services to you, and (ii) where the law requires it.'],
    ['except to affiliated companies within our corporate group', 'Your details are not disclosed to third parties, except to affiliated companies within our corporate group, which may use them to offer you their products.'],
  ])('no advertising disclosure: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
  it.each([
    ['the exception adds advertising partners', 'We do not disclose your data to third parties except to our affiliates and advertising partners, who may use it to market their products to you.'],
    ['the exception adds marketing companies', 'We do not disclose your data to third parties except to our affiliates and to marketing companies that may use it to send you offers.'],
    ['an exception that is not the group', 'We do not disclose your data to third parties except to partners who may use it to market their products to you.'],
  ])('still advertising: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
});

describe('install attribution: a mobile measurement partner is an advertising company', () => {
  it.each([
    ['mobile measurement partner', 'Our game works with a mobile measurement partner.'],
    ['ad measurement partners', 'The Android app includes SDKs from our ad measurement partners.'],
    ['mobile measurement partner … which campaigns led you to install', 'We rely on a mobile measurement partner to learn which ad campaigns led you to install the app.'],
  ])('advertising, not analytics: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(false);
  });
  it.each([
    ['audience measurement partner', 'We work with an audience measurement partner.'],
    ['measurement companies that count readers', 'Measurement companies count how many readers each article has.'],
  ])('still analytics: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('measuring the ads, in more shapes', () => {
  it.each([
    ['measure our campaigns and show you … ads', 'Partner pixels tell the platforms that you visited a page, so we can measure our campaigns and show you reminder ads.'],
    ['measure and optimise our ads', 'The tags report each sign-up and its value, so the platforms can measure and optimise our ads.'],
    ['measure and target our campaigns', 'We share hashed email addresses with advertising partners to measure and target our campaigns.'],
    ['Measuring the effectiveness of our campaigns: …', 'Measuring the effectiveness of our campaigns: we work with partners who tell us whether you visited our site after seeing one of our ads.'],
    ['measure whether those ads led to store visits', 'Selected partners use your location to deliver ads near you and to measure whether those ads led to store visits.'],
  ])('advertising, not analytics: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(false);
  });
  it.each([
    ['measure and improve the performance of our site', 'Cookies set by our statistics provider count visits so that we can measure and improve the performance of our site.'],
    ['measure which campaigns brought them to the site', 'Contractors run our loyalty scheme and measure which of our online campaigns brought visitors to the site.'],
    ['TV shows measured', 'Our measurement partners count how many people watch our shows.'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('效果 measured in a sentence about the ads, and the clicks beside their impressions', () => {
  it.each([
    ['广告投放、防作弊和效果统计', '为实现广告投放、防作弊和效果统计，该第三方SDK可能收集您的设备型号和OAID。'],
    ['推广活动…进行效果评估', '我们在会员频道投放的推广活动，可能会由第三方监测机构进行效果评估。'],
    ['推广内容的曝光次数与点击次数', '我们可能允许第三方监测机构在推广内容中嵌入监测代码，用于核实推广内容的曝光次数与点击次数。'],
  ])('advertising, not analytics: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(false);
  });
  it.each([
    ['产品功能的效果评估', '我们会请第三方数据服务商对新功能进行效果评估，并在推广前统计使用人数。'],
    ['实验平台…效果统计', '我们使用的第三方实验平台会收集您的设备标识符，用于测试分组与效果统计；该平台不参与任何推广。'],
    ['页面的点击次数', '第三方统计服务会记录页面的访问次数与点击次数，以便我们改进推广页面的设计。'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe("the site's own ad server", () => {
  it.each([
    ['our own ad server counts the impression', "When a sponsor's banner is shown, our own ad server counts the impression."],
    ['through our own ad server', 'We show offers for partner brands through our own ad server.'],
    ['our own system decides where to place their ads', 'Sponsors pick a topic and our own system decides where to place their ads.'],
    ['by ourselves', 'We place our advertisements on the platform by ourselves, choosing only general things like region.'],
  ])('no advertising disclosure: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
  it.each([
    ['own ad server, and partners that target', 'We show ads through our own ad server, and our partners receive your device ID to target ads to you.'],
    ['own ad server; partners personalise', 'Our own ad server shows the banners; partners receive your device ID to personalise ads.'],
  ])('still advertising: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
});

describe('a long "no …" list, and kits named for what they do', () => {
  it.each([
    ['contain no A, B or C SDKs', 'Our apps contain no third-party trackers, advertising SDKs or analytics SDKs.'],
    ['图像处理SDK', '美颜和贴纸功能使用了第三方提供的图像处理SDK。'],
    ['银行卡识别SDK', '为便于您填写卡号，我们使用了第三方提供的银行卡识别SDK，其会读取您拍摄的卡面图像。'],
    ['OCR SDK', 'To fill in your card number we use a third-party OCR SDK that reads the photo you take.'],
  ])('neither kind: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(false);
    expect(k.has('site_analytics')).toBe(false);
  });
  it.each([
    ['a SDK with no stated function', '我们的App使用了第三方提供的SDK。'],
    ['the same list without "no"', 'Our apps contain third-party trackers, advertising SDKs and analytics SDKs.'],
  ])('both kinds still: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(true);
  });
});

describe('the ads reported on and counted by a pronoun', () => {
  it.each([
    ['report how the ads performed', 'An ad management company serves ads that may be relevant to you and reports how the ads performed.'],
    ['see which ads lead to purchases', 'We share information with advertising partners so that our ads reach new customers and so that we can see which ads lead to purchases.'],
    ['insert audio ads … how many listeners heard them', "The station's ad provider may receive your device ID to insert audio ads and to report how many listeners heard them."],
  ])('advertising, not analytics: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(false);
  });
  it.each([
    ['report how the site is used', 'Our partners report how the site is used.'],
    ['how many readers saw them: the articles', 'Third-party measurement partners receive the list of articles and report how many readers saw them.'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('ad space the site sells itself, in Chinese', () => {
  it.each([
    ['广告位由我们的商务团队直接与广告主签约', '本站的广告位由我们的商务团队直接与广告主签约。'],
    ['由我们直接向广告主出售版位', '本站广告均为静态图片，由我们直接向广告主出售版位。'],
    ['廣告版面由本社自行銷售', '本刊網站之廣告版面由本社廣告部自行銷售與編排。'],
  ])('no advertising disclosure: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
  it.each([
    ['sold directly, but the advertiser gets the device ID', '本站的广告位由我们直接与广告主签约，广告主会通过其代码收集您的设备标识符。'],
    ['advertisers receive data', '我们会向广告主提供您的设备信息，用于投放个性化广告。'],
  ])('still advertising: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
});

describe('an ad feature the site has switched off', () => {
  it.each([
    ['已关闭该服务的数据共享及广告功能', '本网站使用第三方分析服务，并已关闭该服务的数据共享及广告功能。'],
    ['关闭其广告功能和数据共享选项', '我们的网站使用第三方流量统计服务，但已在配置中关闭其广告功能和数据共享选项。'],
  ])('analytics without advertising: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('site_analytics')).toBe(true);
    expect(k.has('advertising')).toBe(false);
  });
  it.each([
    ['ads before, the switch after', '第三方广告平台会收集您的设备信息用于个性化广告，您可以在设置中关闭个性化广告功能。'],
    ['advertising features switched on', 'We use a third-party analytics service and have enabled its advertising features.'],
  ])('still advertising: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
});

describe("partners' offers that the site shows", () => {
  it.each([
    ['show offers from partner brands inside the app', 'We sometimes show offers from partner brands in the app.'],
    ['pages show offers from our partners', 'Some pages show offers from our partners.'],
    ['receive offers … including offers on partner brands', 'Members receive offers from us by email, including offers on partner brands.'],
  ])('no rule-made advertising disclosure: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
  it.each([
    ['offers from partners, and interests shared with them', 'We show offers from partner brands, and share your interests with them.'],
    ['partners show offers elsewhere', 'Our partners use cookies to show you our offers on other websites.'],
  ])('still advertising: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
});
