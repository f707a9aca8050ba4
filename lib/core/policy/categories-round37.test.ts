import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './extract.ts';
import { mentionsGroup } from './outside-party.ts';

// From the thirty-seventh session's reading of the development category rounds. Each disclosure below was not read by
// the rules before its change; each look-alike stays unread after it.
const ruleKinds = (text: string) => new Set(analyzePolicy(text).categories.filter((c) => !c.learned).map((c) => c.category));

describe('the site\'s group is a recipient only when the text gives to it', () => {
  it.each([
    ['a possessive that owns no people', "Disclosure to overseas recipients: The service providers that help us analyse how our website is used are located outside Australia, where our parent company's original policy was written.", 'site_analytics'],
    ['the group a sharing goes beyond', "We don't share your information outside our group of companies, except with the measurement companies we hire to verify how many people viewed an ad or a programme.", 'advertising'],
  ] as const)('%s', (_shape, text, kind) => {
    expect(ruleKinds(text).has(kind)).toBe(true);
  });

  it.each([
    ['its team', "Usage statistics for this site are compiled by our parent company's central data team."],
    ['its companies', 'We share usage data with the other companies in our group of companies to analyse how the site is used.'],
    ['affiliates', 'We share your browsing data with our affiliates and subsidiaries to analyse how our services are used.'],
  ])('still the group: %s', (_shape, text) => {
    expect(mentionsGroup(text)).toBe(true);
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });

  it('a possessive and "outside our group" are not the group', () => {
    expect(mentionsGroup("where our parent company's original policy was written")).toBe(false);
    expect(mentionsGroup("We don't share it outside our group of companies")).toBe(false);
  });
});

describe('a sentence that leaves its purposes to the list after a bare label', () => {
  const pointer = (lead: string) => `Visit data\n${lead}\nPurposes:\n– compiling statistics on visits\n– improving the layout of our pages`;
  it('lends its recipient to the rows', () => {
    expect(ruleKinds(pointer('For the purposes described below, information about your visit is collected by the external companies listed in Annex 2.')).has('site_analytics')).toBe(true);
    expect(ruleKinds('我们出于以下目的与第三方服务商共享您的访问信息。\n用途：\n- 统计网站访问量\n- 改进页面布局').has('site_analytics')).toBe(true);
  });

  it.each([
    ['the site does it itself', 'For the purposes described below, we collect information about your visit on our own servers.'],
    ['the pointer denies the giving', 'For the purposes described below, information about your visit is never passed to external companies.'],
    ['no pointer to the list', 'Information about your visit is collected by the external companies listed in Annex 2.'],
  ])('not when %s', (_shape, lead) => {
    expect(ruleKinds(pointer(lead)).has('site_analytics')).toBe(false);
  });
});

describe('Chinese disclosure verbs: 披露, 转让, 出售', () => {
  it('a PDPA list of recipients under 披露', () => {
    const kinds = ruleKinds('我们可能向以下各方披露您的个人资料：\n（a）为我们进行数据分析、市场推广及广告投放的第三方服务供应商；\n（b）政府机关。');
    expect(kinds.has('advertising')).toBe(true);
    expect(kinds.has('site_analytics')).toBe(true);
  });

  it.each([
    ['denied', '我们不会向任何第三方披露您的个人资料，用于数据分析或广告投放。'],
    ['to the authorities only', '我们可能向政府机关披露您的个人资料，以配合数据分析调查。'],
  ])('not when %s', (_shape, text) => {
    const kinds = ruleKinds(text);
    expect(kinds.has('advertising')).toBe(false);
    expect(kinds.has('site_analytics')).toBe(false);
  });
});

describe('measuring the ads, named before the measuring word, is advertising (not analytics)', () => {
  it.each([
    ['广告效果评估', '您的个人资料可能会被披露给以下类别的第三方：广告代理及媒体投放机构，以便进行市场推广及广告效果评估。'],
    ['营销活动效果', '我们的营销活动效果由独立的第三方监测机构评估，监测机构会获得曝光、点击情况及您的设备信息。'],
  ])('%s', (_shape, text) => {
    const kinds = ruleKinds(text);
    expect(kinds.has('advertising')).toBe(true);
    expect(kinds.has('site_analytics')).toBe(false);
  });

  it('audience insight beside the ad measurement is still analytics', () => {
    expect(ruleKinds('我们和我们的合作伙伴会在您的设备上存储和读取信息，用于广告效果衡量以及了解受众情况。').has('site_analytics')).toBe(true);
  });
});

describe('Chinese: "该公司" points back to the company the sentence before introduced', () => {
  it('the site-search company that also counts', () => {
    expect(ruleKinds('站内搜索框由其他公司提供。除了返回搜索结果外，该公司还会统计热门搜索词，供我们改进内容。').has('site_analytics')).toBe(true);
  });
  it('not when the company before is our own', () => {
    expect(ruleKinds('站内搜索框由本公司自行开发。该公司还会统计热门搜索词，供我们改进内容。').has('site_analytics')).toBe(false);
  });
  it('a government monitoring platform that collects the visit data', () => {
    expect(ruleKinds('本网站已接入上级主管部门统一建设的网站监测平台，网站的访问数据由该平台统一采集。').has('site_analytics')).toBe(true);
  });
});

describe('a sentence that goes on from the one before reads with it', () => {
  it.each([
    ['a chain of "One … Another …" in a list item', '1. Our server sends you the page.\n2. Your browser loads code from a handful of other companies. One counts the visit for industry circulation figures. Another records how far you read so our editors can see which pieces hold attention.'],
    ['"The recordings" points back', 'Improving our forms\nTo find out why people abandon our application form, we record some sessions.\nRecordings show mouse movements, clicks and scrolling.\nThe recordings are made and stored by a specialist provider and kept for 90 days.'],
    ['"Its code notes which pages you saw"', 'Now and then a pop-up on our site may invite you to answer a short survey run by a research company. Its code notes which pages you saw before the invitation so your answers can be compared with your browsing.'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });

  it.each([
    ['the party denied in the chain', 'Our vendors help us run the site.\nThey host our servers, send our emails and answer support chats.\nThey don\'t look at how you use the site and don\'t show you ads.'],
    ['a chain three back', 'We work with other companies. We chose them with care. They are all based in the EU. Some analyse how visitors use the site.'],
    ['"the reports" of our own staff', 'Our editors write weekly reports.\nThe reports are read by our board to see how visitors use the site.'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
});

describe('an engine run by someone else is an outside party; a tool the site built itself is not', () => {
  it('一家…预订引擎 that reminds abandoners on other sites', () => {
    expect(ruleKinds('客房预订由一家酒店预订引擎处理。预订引擎会记录访客的浏览情况；它还可能用未完成预订的访客信息，在其他旅行网站上提醒他们回来预订。').has('advertising')).toBe(true);
  });
  it.each([
    ['我们自研的…引擎', '我们自研的推荐引擎会记录您的浏览情况，用于统计分析。'],
    ['我们自己开发了一款统计工具。工具会…', '我们自己开发了一款统计工具。工具会统计每天的访问量。'],
    ['我们自己开发了一款…，它会…', '我们自己开发了一款统计工具，它会统计每天的访问量。'],
    ['We built our own counter. It counts …', 'We built our own visit counter. It counts visits to each page.'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
  it.each([
    ['一款统计工具，它会…', '我们使用了一款统计工具，它会统计每天的访问量。'],
    ["another company's counter. It counts …", 'We use a visit counter from another company. It counts visits to each page.'],
  ])('still outside: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('Chinese: the party of the sentence before, named again', () => {
  it.each([
    ['by its head noun (调研公司)', '部分用户会被一家外部调研公司邀请，观看两个版本的广告片并说出哪个更让人想购买。调研公司会获得您的问卷答案和年龄、城市等基本信息。'],
    ['as 那些App', '我们在网站上装了几家社交App的“像素”。你在我们这里看了什么、买了什么，那些App都会知道，然后在你刷它们的时候给你看我们的东西。'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });

  it.each([
    ['a head noun the sentence before does not have', '我们自己拍摄了两个版本的广告片。调研公司会获得您的问卷答案。'],
    ['那些App denied', '我们在网站上装了几家社交App的“像素”。那些App不会知道你在我们这里看了什么，也不会给你看广告。'],
  ])('not %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
});

describe('Chinese: sponsored recommendations are advertising', () => {
  it('赞助商的商品推荐', () => {
    expect(ruleKinds('通过语音助手使用第三方技能时，技能提供方会收到您的指令文本，部分技能可能据此在回答中插入其赞助商的商品推荐。').has('advertising')).toBe(true);
  });
  it('not when the skill has no sponsor', () => {
    expect(ruleKinds('通过语音助手使用第三方技能时，技能提供方会收到您的指令文本，用于返回天气结果。').has('advertising')).toBe(false);
  });
});

describe('English: a sentence that goes on after a short opening phrase, or by "that company"', () => {
  it.each([
    ['"Depending on the kit, they …"', 'Our app includes software development kits supplied by other companies. Depending on the kit, they collect your device model and use it to attribute app installs to the campaign that led to them.'],
    ['"If you agree, they …"', 'At the conference, sponsors may ask to scan your badge at their stand. If you agree, they receive your name and may contact you about their products.'],
    ['"that company" of several', 'Some of the buttons on our pages are supplied by the companies behind them. When a page with such a button loads, your browser contacts that company, which can note that you visited and use it to tailor what it shows you on its own service.'],
    ['"target offers to you"', 'We also share your purchase data with brands whose products we sell, so that they can fund and target offers to you.'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });

  it.each([
    ['"the service" as what is improved, after a denial', 'Ad-free plan: no ads are shown, and we do not share your viewing activity with advertisers. We still use what you watch to recommend titles and improve the service.'],
    ['a long opening, then "they" of our own staff', 'During the busy season in the months before the holidays, they work longer hours to answer your questions about offers.'],
  ])('not: %s', (_shape, text) => {
    const kinds = ruleKinds(text);
    expect(kinds.has('advertising')).toBe(false);
    expect(kinds.has('site_analytics')).toBe(false);
  });
});

describe('a denial in the sentence before does not reach across into this one', () => {
  it('"Restaurants don\'t receive … We also give restaurants reports on how …"', () => {
    expect(ruleKinds("Restaurants\nWhen you place an order, the restaurant receives your first name and your order.\nRestaurants don't receive your email address or phone number.\nWe also give restaurants reports on how their menu page is viewed and which dishes customers click on.").has('site_analytics')).toBe(true);
  });
  it('but a denial in this sentence still counts', () => {
    expect(ruleKinds("Restaurants\nThe restaurant receives your first name and your order.\nWe also don't give restaurants reports on how their menu page is viewed.").has('site_analytics')).toBe(false);
  });
});

describe('promoting to you in other apps is advertising', () => {
  it('"present their menu to those customers in other apps"', () => {
    expect(ruleKinds('We share the list of devices that ordered from each restaurant with service providers, so that they can present their menu to those customers in other apps.').has('advertising')).toBe(true);
    expect(ruleKinds('The partners that receive your order history may display their menu to you in other apps.').has('advertising')).toBe(true);
  });
  it('not a link that opens other apps', () => {
    expect(ruleKinds('We share your order with service providers, so that they can deliver it; links may open in other apps.').has('advertising')).toBe(false);
  });
});

describe('Chinese: choosing by your browsing is using it; recommending our goods to you is advertising', () => {
  it.each([
    ['根据你之前的浏览挑出来的', '有些页面上会出现“猜你喜欢”的商品。它们不是我们选的，而是由帮我们卖页面位置的公司根据你之前的浏览挑出来的。'],
    ['平台…向您推荐我们的商品', '本店铺开设在第三方电商平台上。您在店铺内的浏览和购买行为由平台记录，平台可能据此在平台内向您推荐我们的商品。'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
  it.each([
    ['our own picks by your browsing', '“猜你喜欢”的商品由我们自己根据你之前的浏览挑选，不涉及任何外部公司。'],
    ['we recommend our goods ourselves', '我们会在本站内向您推荐我们的商品。'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
});
