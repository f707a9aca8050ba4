import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './extract.ts';

// The fortieth session's second file of sentence tests (categories-round40.test.ts is the first).
const ruleKinds = (text: string) => new Set(analyzePolicy(text).categories.filter((c) => !c.learned).map((c) => c.category));

describe('衡量…广告的效果 with words between', () => {
  it.each([
    ['衡量我们在搜索引擎和社交媒体上投放广告的效果', '为了衡量我们在搜索引擎和社交媒体上投放广告的效果，我们的网站使用了这些平台提供的转化跟踪标签。'],
  ])('advertising, not analytics: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(false);
  });
  it.each([
    ['衡量网站流量和广告效果', '我们使用第三方服务衡量网站流量和广告效果。'],
    ['流量统计与广告转化跟踪代码', '网站中第三方流量统计与广告转化跟踪代码所设置的Cookie，保存期限从30天到13个月不等。'],
    ['分析工具和像素（后者用于衡量…广告的效果）', '我们的网站使用第三方分析工具和社交媒体像素（后者用于衡量我们投放广告的效果）。'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('reverse-IP lookups: which companies visited, for the sales team', () => {
  it.each([
    ['which companies visited our pricing page', 'We use a vendor that matches your IP address to the organisation it is registered to, so that our sales team can see which companies visited our pricing page.'],
  ])('both kinds: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(true);
  });
  it.each([
    ['our own team, no vendor', 'Our sales team looks at which companies visited our pricing page in our own server logs.'],
    ['which companies we work with', 'You can ask us which companies we work with.'],
  ])('neither: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(false);
    expect(k.has('site_analytics')).toBe(false);
  });
});

describe('what the people shown the ads did next', () => {
  it.each([
    ['measure whether people who saw an ad later visited', "Some partners help advertisers measure whether people who saw an ad later visited the advertiser's website or store."],
    ['measure how many people see and respond to our ads', 'We may work with companies that measure how many people see and respond to our TV and online ads.'],
  ])('advertising, not analytics: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(false);
  });
  it.each([
    ['whether people who saw our pages came back', 'Our analytics partner measures whether people who saw our pages came back the next week.'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('what the ad label means, in more forms', () => {
  it.each([
    ['“推广”标识内容为商业广告', '信息流中的“推广”标识内容为商业广告，广告内容由广告主负责。'],
    ['标注「广告」字样的内容为商业推广信息', '平台中标注「广告」字样的内容为商业推广信息，其真实性由广告主负责。'],
  ])('no rule-made advertising disclosure: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
  it.each([
    ['the label, and data to the advertiser', '标注「广告」字样的内容由广告主投放，广告主会通过SDK获取您的设备信息。'],
  ])('still advertising: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
});

describe('what the site did once, in more Chinese forms', () => {
  it.each([
    ['已停止在…中使用', '自2024年10月起，我们已停止在网站和App中使用任何第三方广告像素。'],
    ['同时，…曾嵌入', '同时，部分页面曾嵌入广告联盟的代码。'],
  ])('no advertising disclosure: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
  it.each([
    ['曾嵌入…目前仍在使用', '同时，部分页面曾嵌入广告联盟的代码，目前仍在使用。'],
    ['已开始在…中使用', '自2024年10月起，我们已开始在网站中使用第三方广告像素。'],
  ])('still advertising: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
});

describe('无权 and 刊登 under a Chinese denial', () => {
  it.each([
    ['合作伙伴无权将…提供给广告平台', '我们的合作伙伴无权将您的个人信息提供给广告平台。'],
    ['也不会在网站上刊登第三方广告', '我们使用第三方统计工具了解网站的访问情况；我们也不会在网站上刊登第三方广告。'],
  ])('no advertising disclosure: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
  it.each([
    ['刊登第三方广告, and the platform collects', '我们会在网站上刊登第三方广告，广告平台会收集您的设备信息。'],
  ])('still advertising: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
});

describe('a referrer told what its link brought, to be paid for it', () => {
  it.each([
    ['whether you completed a booking … its referral fee', 'We may tell the comparison site whether you completed a booking, so that it can charge us its referral fee.'],
    ['records that you arrived from here … a small commission', 'The booking site places a cookie that records that you arrived from here and whether you bought something, so that I receive a small commission.'],
  ])('not analytics: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
  it.each([
    ['an analytics provider in the same sentence', 'An analytics provider counts visits to our pages, and shops pay us a commission on sales.'],
    ['European Commission clauses', 'Our analytics provider, which measures how visitors use the site, is in the US; we rely on the European Commission standard clauses.'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('汇总统计: figures that identify no one, given to partners', () => {
  it.each([
    ['共享经过汇总统计、不能识别任何个人的数据', '我们可能与合作方共享经过汇总统计、不能识别任何个人的数据，例如某城市的用户数量。'],
    ['分享汇总统计数据…不会识别任何个人', '我们可能会与赞助商分享汇总统计数据，例如活动的总报名人数，但这些数据不会识别任何个人。'],
  ])('not analytics: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
  it.each([
    ['a statistics company counts visits', '第三方统计服务商会统计网站的访问量，并向我们提供不能识别个人的汇总报告。'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('a purpose borrowed from a title or the sentence before is read with the same filters', () => {
  it.each([
    ['title: measure sign-ups (the ads\' conversions)', "Allow ad partners to measure sign-ups\nIf you arrived here from an ad, we'll tell the company that showed it whether you created an account."],
    ['title: 广告效果统计', '广告效果统计\n第三方合作方会通过嵌入页面的代码获取您的设备标识符。'],
  ])('not analytics: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
  it.each([
    ['title: Visitor statistics', 'Visitor statistics\nA specialist provider receives details of each visit through a tag on our pages.'],
    ['title: 访问统计', '访问统计\n第三方合作方会通过嵌入页面的代码获取您的设备标识符。'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('cookies "of first party", used directly by the site\'s manager', () => {
  it.each([
    ['Analytical cookies of first party', 'Analytical cookies of first party: they are utilised directly by the manager of the site to collect information, in aggregated form, about the number of users.'],
  ])('not analytics: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
  it.each([
    ['Analytical cookies of third party', 'Analytical cookies of third party: they are utilised by an outside provider to collect information, in aggregated form, about the number of users.'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('a definition of third-party cookies is no tracking on this site', () => {
  it.each([
    ['are those set by a domain other than ours', 'Third-party cookies are those set by a domain other than ours.'],
  ])('neither kind: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(false);
    expect(k.has('site_analytics')).toBe(false);
  });
  it.each([
    ['third parties set cookies on this site', 'Third parties set cookies on this site.'],
  ])('both kinds still: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(true);
  });
});

describe('了解您是否…, learned for the ads', () => {
  it.each([
    ['了解您是否访问过…并据此…展示我们的商品', '这些第三方会通过像素标签了解您是否访问过我们的网页，并据此在您浏览其他网站时向您展示我们的商品信息。'],
  ])('advertising, not analytics: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(false);
  });
  it.each([
    ['了解您是否访问过…以便改进网页', '第三方统计服务会通过Cookie了解您是否访问过我们的网页，以便我们改进页面设计。'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('a crash reporter is an analytics tool, as a crash-reporting service is', () => {
  it('an outside crash reporter receives…', () => {
    expect(ruleKinds('An outside crash reporter receives your device model and error logs.').has('site_analytics')).toBe(true);
  });
  it('denied', () => {
    expect(ruleKinds('We do not use any crash reporter.').has('site_analytics')).toBe(false);
  });
});

describe('what other sites collect once the reader is there is no company on this site (learned reader too)', () => {
  const allKinds = (text: string) => new Set(analyzePolicy(text).categories.map((c) => c.category));
  it('when users visit their websites', () => {
    const k = allKinds('External websites and companies with links to and from our sites may collect personal information about users when users visit their websites.');
    expect(k.has('advertising')).toBe(false);
  });
  it('understanding our site visitors (rules)', () => {
    expect(ruleKinds('We may contract with third-party service providers to help us in better understanding our site visitors.').has('site_analytics')).toBe(true);
  });
});
