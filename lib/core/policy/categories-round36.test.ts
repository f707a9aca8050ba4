import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './extract.ts';
import { SINGLE_RECIPIENT } from './outside-party.ts';
import { categoryKinds as kinds } from '../../../tests/support/policy-sentences.ts';

// From the thirty-sixth session's reading of the development category rounds: who is outside, by the shape that says so.
// Each disclosure below was not read by the rules before its change (some were only guessed by the learned reader).
const ruleKinds = (text: string) => new Set(analyzePolicy(text).categories.filter((c) => !c.learned).map((c) => c.category));

describe("a template's unfilled tool name stands for one outside tool", () => {
  it.each([
    ['{{analytics_tool}}', 'We use {{analytics_tool}} to understand how visitors use our site.', 'site_analytics'],
    ['{{ ads_provider }}', 'We work with {{ ads_provider }} to show our ads to people who visited before.', 'advertising'],
    ['[INSERT VENDOR NAME]', 'Page views are counted by [INSERT VENDOR NAME] so that we understand how visitors use the site.', 'site_analytics'],
  ] as const)('%s', (_shape, text, kind) => {
    expect(ruleKinds(text).has(kind)).toBe(true);
  });

  it.each([
    ["the reader's name", 'Dear {{first_name}}, we use your data to understand how visitors use our site.'],
    ['a page variable', 'Template variables such as {{ title }} are replaced when the page is built to measure nothing.'],
    ['a date to fill in', 'This policy was last updated on [insert date]; we analyse how visitors use the site ourselves.'],
  ])('not a tool: %s', (_shape, text) => {
    expect(SINGLE_RECIPIENT.test(text)).toBe(false);
    expect(kinds(text).has('site_analytics')).toBe(false);
  });
});

describe('one the site commissions is outside it (not its staff)', () => {
  it.each([
    ['commissioned by us', 'Statistics on how our website is used are compiled by a research house commissioned by us.', 'site_analytics'],
    // Measuring a campaign is advertising's since the 39th session (category-cues.ts measuresAdsOnly).
    ['commissioned by us, then "the shop"', 'The letters are printed by a letter shop commissioned by us; the shop also counts how many recipients respond to measure the campaign.', 'advertising'],
    ['我方委托的', '我方委托的专业团队会收集页面浏览数据，用于统计分析。', 'site_analytics'],
    ['我们委托的', '我们委托的咨询公司会分析您在网站上的浏览记录，用于统计分析。', 'site_analytics'],
  ] as const)('%s', (_shape, text, kind) => {
    expect(ruleKinds(text).has(kind)).toBe(true);
  });

  it.each([
    ['staff engaged by us', 'Our customer service staff engaged by us may use your data to measure how our website is used.'],
    ['我们委托的员工', '我们委托的员工会统计网站的访问量和使用情况。'],
  ])('not the site itself: %s', (_shape, text) => {
    expect(kinds(text).has('site_analytics')).toBe(false);
  });
});

describe('"the <company> that <does something>" is outside; the one that operates this site is the site', () => {
  it.each([
    ['the firm that delivers', 'The firm that delivers our push messages records which ones you open to compile usage statistics for us.', 'site_analytics'],
    ['the company that inserts', 'Some episodes contain sponsor messages; the company that inserts them uses your approximate location to show you personalised ads.', 'advertising'],
    ['the firm that prints', 'The firm that prints the loyalty cards analyses how members use the site to compile statistics.', 'site_analytics'],
  ] as const)('%s', (_shape, text, kind) => {
    expect(ruleKinds(text).has(kind)).toBe(true);
  });

  it.each([
    ['operates this website', 'The company that operates this website measures how visitors use the site with its own server logs.'],
    ['runs this app', 'The company that runs this app measures how visitors use the site.'],
    ['is responsible', 'The company that is responsible for your data measures how visitors use the site.'],
  ])('the site itself, not an outside party: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
});

describe("a refusal in the title or the lead-in: the denials under it say what happens until the reader refuses", () => {
  it.each([
    ['a question above', 'What happens if you decline?\nThe app keeps working. We just won\'t pass your usage figures to our analytics provider.', 'site_analytics'],
    ['a list lead-in', 'If you decline cookies, here is what will not happen:\n- ad networks will not receive your browsing data to show you ads on other sites\n- nothing else changes', 'advertising'],
    ['a heading', 'If you press "Reject all"\nNo tags will be loaded for personalised advertising by our partners.\nThe site works as before.', 'advertising'],
    ['a Chinese title', '如果您拒绝个性化广告\n我们将不再向广告合作方提供您的设备标识符，用于向您展示个性化广告。', 'advertising'],
  ] as const)('%s', (_shape, text, kind) => {
    expect(ruleKinds(text).has(kind)).toBe(true);
  });

  it.each([
    ['no choice in the title', 'Our promises\nWe never share your data with advertisers or analytics companies.'],
    ['a denial that holds either way', 'If you opt out\nWe still do not share your data with advertisers or analytics companies in any case.'],
    ['a question that is no refusal', 'Do we sell your data?\nNo. We never sell your data to advertisers or analytics companies.'],
  ])('a denial stays a denial: %s', (_shape, text) => {
    const found = ruleKinds(text);
    expect(found.has('advertising') || found.has('site_analytics')).toBe(false);
  });
});

describe('trends of buying are research, as audience and reading trends are', () => {
  it('an outside party studying them discloses analytics', () => {
    expect(ruleKinds('Our card partners receive your purchase history and use it to understand spending trends.').has('site_analytics')).toBe(true);
  });
  it('the words alone, with no one outside, do not', () => {
    expect(ruleKinds('We publish a yearly note on consumer trends in our sector.').has('site_analytics')).toBe(false);
  });
});

describe("an SDK list's record: the kit's type field makes its supplier the recipient", () => {
  it.each([
    ['组件类型 record', '· 组件类型：流量变现\n· 收集信息：OAID、设备型号\n· 目的：在开屏和信息流位置展示推荐内容', 'advertising'],
    ['组件名称 record', '组件名称：统计组件\n收集信息：设备标识符\n使用目的：统计分析应用使用情况', 'site_analytics'],
  ] as const)('%s', (_shape, text, kind) => {
    expect(ruleKinds(text).has(kind)).toBe(true);
  });

  it.each([
    ["the site's own kit", '组件名称：本应用自研统计组件\n收集信息：设备标识符\n使用目的：统计分析应用使用情况'],
    ['no kit', '组件名称：无\n收集信息：设备标识符\n使用目的：统计分析应用使用情况'],
  ])('not an outside kit: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
});

describe("a denial in a concessive opening clause is that clause's; the main clause is read on its own", () => {
  it.each([
    ['Though … never …, …', 'Though we never track you across sites, the like buttons come from the social networks, which may record your visit and use it to show you ads.', 'advertising'],
    ['While … no …, …', 'While we run no tracking of our own, the comment widget is supplied by an outside company that counts which articles you read to compile statistics.', 'site_analytics'],
  ] as const)('%s', (_shape, text, kind) => {
    expect(ruleKinds(text).has(kind)).toBe(true);
  });

  it.each([
    ['the main clause denies', 'Although we use cookies to keep you signed in, we never share your data with advertisers or analytics companies.'],
    ['no concession, one denial', 'We do not let the video platform record what you watch or use it to show you ads.'],
  ])('a denial stays a denial: %s', (_shape, text) => {
    const found = ruleKinds(text);
    expect(found.has('advertising') || found.has('site_analytics')).toBe(false);
  });
});

describe('a Chinese exception lead (除下列情形外，…不会…：) opens what does happen', () => {
  it('the exception after the colon is read without the lead\'s denial', () => {
    expect(ruleKinds('除以下情况外，我们不会与第三方共享您的信息：我们会向广告合作伙伴提供设备标识符，用于向您展示个性化广告。').has('advertising')).toBe(true);
  });
  it.each([
    ['legal exceptions only', '除下列情形外，我们不会向任何第三方提供您的个人信息：（一）事先获得您的明确授权；（二）根据法律法规的要求。'],
    ['a plain denial', '我们不会向广告合作伙伴提供您的设备标识符，用于向您展示个性化广告。'],
  ])('nothing else is read as a disclosure: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
});

describe('who reports to the site is read in a sentence that continues the one before ("… also gives us")', () => {
  it('the reporter opens the second sentence', () => {
    expect(ruleKinds('Refunds are handled within 14 days. The box office system also sends us figures on how many people viewed each show page.').has('site_analytics')).toBe(true);
  });
  it('the site reporting to itself is still not outside', () => {
    expect(ruleKinds('Refunds are handled within 14 days. Our own team also sends us figures on how many people viewed each show page.').has('site_analytics')).toBe(false);
  });
});
