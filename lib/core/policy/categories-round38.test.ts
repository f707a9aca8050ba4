import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './extract.ts';

// From the thirty-eighth session's reading of the development category rounds. Each disclosure below was not read by
// the rules before its change; each look-alike stays unread after it.
const ruleKinds = (text: string) => new Set(analyzePolicy(text).categories.filter((c) => !c.learned).map((c) => c.category));
/** Whether the rules read an advertising or analytics disclosure. */
const kinds = (text: string) => { const k = ruleKinds(text); return k.has('advertising') || k.has('site_analytics'); };
/** The same, with the learned reader too. */
const anyReader = (text: string) => analyzePolicy(text).categories.some((c) => c.category === 'advertising' || c.category === 'site_analytics');

describe('Chinese: partner companies that place recommendations by what they guess you like', () => {
  it.each([
    ['合作公司…放商品推荐…判断你可能喜欢的东西', '有些合作公司会在小程序里放商品推荐，他们会根据你的设备号判断你可能喜欢的东西。'],
    ['合作的企业…推测您可能感兴趣的产品', '合作的企业会读取您的设备标识，推测您可能感兴趣的产品。'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
  it.each([
    ['our own guess', '我们会根据您的浏览记录判断您可能喜欢的商品，并在首页展示，这些信息不会提供给任何外部公司。'],
    ['a partner company that delivers', '合作公司会根据您的收货地址配送商品。'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
});

describe('sites that refer customers to the site, told of a purchase so they can promote to them', () => {
  it.each([
    ['sites and airlines that refer', 'The booking sites and airlines that refer travellers to us are told when you rent a car, and may use that to show you more rental offers on their own pages.'],
    ['apps that', 'Apps that send shoppers to our store learn what you bought, so they can show you related products on their own pages.'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
  it.each([
    ['sites that link to us, with no data given', 'Sites that link to us have their own privacy policies.'],
    ['apps that we make, for delivery only', 'Apps that we make share your order with the courier so that it can be delivered.'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
});

describe('Chinese: a platform that shows you our offers when you use it', () => {
  it('"…提供给合作的内容平台…在您使用该平台时向您呈现我们的课程信息"', () => {
    expect(ruleKinds('经您同意，我们会将您的手机号加密后提供给合作的内容平台，由该平台在您使用该平台时向您呈现我们的课程信息。').has('advertising')).toBe(true);
  });
  it('not when we show it ourselves', () => {
    expect(ruleKinds('我们会在首页向您呈现我们的课程信息。').has('advertising')).toBe(false);
  });
});

describe('an outside sender that reports which messages you open', () => {
  it.each([
    ['which reminders you open', 'Our push-notification provider reports which reminders you open, so we can see which of them help.'],
    ['the verification of its reading (a translated policy)', 'The data will be passed to the companies that handle for us the sending of the bulletin and the verification of its reading.'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
  it.each([
    ['counted by the site itself', 'We count which emails you open on our own mail server; no outside company sees this.'],
    ['a sender that only sends', 'The companies that handle the sending of the bulletin receive your email address only.'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
});

describe('Chinese: placing code or an image is a data action; a bare 工具 points back to the tool just introduced', () => {
  it.each([
    ['部署了一段脚本', '外部服务商在网站上部署了一段脚本，用于统计访问量。'],
    ['一款邮件工具。工具会…放一个很小的图片', '我们的会员通讯通过一款邮件工具发送。工具会在邮件里放一个很小的图片，让我们知道有多少人打开了邮件。'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
  it.each([
    ['code the site wrote itself', '我们在网站上放了一段自己编写的统计代码，用于统计访问量，数据只保存在我们的服务器上。'],
    ['本公司 after a contractor', '施工环节可能由本公司委托的施工单位完成，施工单位会获得您的地址。本公司会对用电负荷进行统计分析，分析结果不对外提供。'],
    ['the group\'s member companies', '我们不会与任何第三方分享您的个人资料，但集团成员公司除外。集团成员公司可能使用您的资料了解您如何使用我们的服务。'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
});

describe('"stats" is short for statistics; a plugin is a tool', () => {
  it.each([
    ['a stats plugin', 'The blog also has a free stats plugin that counts how many people read each post.'],
    ['a stats service', 'A stats service counts our visitors for us.'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
  it.each([
    ['our own, on our own server', 'Our stats tool is self-hosted: it runs on our own server and no visit data leaves it.'],
    ['a plugin of another kind', 'We use a spam-filter plugin on the comment form.'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
});

describe('"In addition, …" goes on from the sentence before', () => {
  it.each([
    ['a pixel, then its statistics', "A social network's pixel on our pages lets the network show our ads to people who have visited us. In addition, we can evaluate the ads' reach for statistical and market research purposes."],
    ['a player, then its data', 'Our video player is supplied by an outside company, which receives your IP address. In addition, the data it collects is used for statistical purposes.'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
  it('not across a paragraph break, about the site\'s own statistics', () => {
    expect(ruleKinds('Payments are handled by a card processor.\n\nIn addition, we compile visit statistics on our own servers.').has('site_analytics')).toBe(false);
  });
});

describe('Chinese: research into how a product is used; receiving a partner\'s product recommendations', () => {
  it('产品使用研究 by an outside research body', () => {
    expect(ruleKinds('☐ 允许外部研究机构使用我的匿名数据开展产品使用研究').has('site_analytics')).toBe(true);
  });
  it('接收合作机构的产品推荐, the exception to a denial', () => {
    expect(ruleKinds('除非您勾选“同意接收合作机构的产品推荐”，否则我们不会将您的手机号提供给任何合作机构。').has('advertising')).toBe(true);
  });
  it.each([
    ['research the site does itself', '我们自己会开展产品使用研究，数据不提供给任何外部机构。'],
    ['a denial with no exception', '我们不会将您的手机号提供给任何合作机构，您也不会接收合作机构的产品推荐。'],
  ])('not: %s', (_shape, text) => {
    expect(kinds(text)).toBe(false);
  });
});

describe('a flattened sharing-notice row whose question is answered on the next line', () => {
  it('"For our marketing purposes … | Does the bank share?" then "Yes"', () => {
    expect(ruleKinds('Reasons we can share your personal information: For our marketing purposes — to offer our products to you | Does Northfield Bank share? Yes | Can you limit this sharing? No').has('advertising')).toBe(true);
  });
  it('not when the answer is no', () => {
    expect(ruleKinds('Reasons we can share your personal information: For our marketing purposes — to offer our products to you | Does Northfield Bank share? No | Can you limit this sharing? We don\'t share').has('advertising')).toBe(false);
  });
});

describe('outside parties and purposes in plainer words', () => {
  it.each([
    ['exchanging supporter details with other charities', 'Now and then we exchange donor details with similar charities, so that each can invite new people to support it.', 'advertising'],
    ['our advertising channels', 'If you have not used the app for a month, we may share a hashed device ID with our advertising channels so they can show you ads inviting you back.', 'advertising'],
    ['researchers at a university', 'Researchers at a university planning department receive journey records to study how people use the service across the city.', 'site_analytics'],
    ['a purpose after "with your name removed"', 'Researchers at a university receive journey records with your name removed to study how people use the service.', 'site_analytics'],
  ] as const)('%s', (_shape, text, kind) => {
    expect(ruleKinds(text).has(kind)).toBe(true);
  });
  it.each([
    ['our own researchers', 'Our in-house researchers study how people use the service, using records that stay on our servers.', 'site_analytics'],
    ['a tracker removed', 'We removed the analytics provider that counted how many people visit each page.', 'site_analytics'],
    ['advertising channels the site uses itself', 'Our advertising channels are our own newsletter and our shop windows.', 'advertising'],
  ] as const)('not: %s', (_shape, text, kind) => {
    expect(ruleKinds(text).has(kind)).toBe(false);
  });
});

describe('引入 is bringing in an outside service; telling you about its future shows and offers', () => {
  it.each([
    ['我们引入了以下外部服务 over a campaign row', '我们引入了以下几类外部服务：\n1. 渠道识别：判断您是通过哪个推广链接安装本应用的；\n2. 消息推送：向您发送订单通知。'],
    ['the organiser tells you about its future shows and offers', 'If you tick the box, the organiser receives your email address and may tell you about its upcoming tours and offers.'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
  it.each([
    ['a service brought in for delivery notices only', '我们引入了以下外部服务：\n1. 消息推送：向您发送订单状态通知。'],
    ['the site telling you itself', 'We may tell you about our upcoming tours and offers.'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
});

describe('cookies the site says it sets itself say nothing of an outside tool', () => {
  it.each([
    ['our own … statistics cookies', 'Our own preference and statistics cookies stay switched off until you turn them on.'],
    ['(our own, first-party)', '✓ Statistics cookies (our own, first-party)'],
    ['本公司自行設置 (Traditional)', '本網站使用之Cookie均為本公司自行設置，僅用於記住購物車及分析站內瀏覽流量。'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
  it('first-party and third-party cookies together still disclose', () => {
    expect(ruleKinds('We use first-party and third-party cookies to measure traffic to our pages.').has('site_analytics')).toBe(true);
  });
});

describe('lines that describe no flow: a list under "what we never do", a complaint route, what an old policy said', () => {
  it.each([
    ['rows under 我们从不进行的数据处理', '我们从不进行的数据处理\n· 向广告联盟出售您的个人信息\n· 将您的使用记录提供给数据分析公司'],
    ['rows under "Things we never do"', 'Things we never do\n• Sell your data to advertisers\n• Give your browsing history to analytics companies'],
    ['如您发现第三方SDK…联系我们', '我们会对第三方SDK进行安全检测。如您发现第三方SDK存在违规收集行为，可通过本政策第九条所列方式联系我们。'],
    ['if you find that a partner …', 'If you find that a partner collects your data for advertising without your consent, please tell us at privacy@example.org.'],
    ['what an earlier version said', 'Previous versions of this policy stated that we use a third-party analytics service.'],
  ])('%s', (_shape, text) => {
    expect(kinds(text)).toBe(false);
  });
  it('rows under a title that does not deny still disclose', () => {
    expect(ruleKinds('我们进行的数据处理\n· 将您的使用记录提供给数据分析公司').has('site_analytics')).toBe(true);
  });
});

describe('the kind is named only to say it gets nothing, or who answers for the ads', () => {
  it.each([
    ['广告主无法在本站设置Cookie', '广告主无法在本站设置Cookie，也无法获取任何读者信息。'],
    ['a row: "— …; receives no customer data"', 'Market research agency — runs our yearly brand survey; receives no customer data'],
    ['广告内容由广告主负责', '本应用中展示的广告内容由广告主负责，我们对广告主提供的商品不作任何担保。'],
    ['没装什么统计代码', '我们不做网络广告，网站上也没装什么统计代码，只是自己记一下每月来了多少新客人。'],
  ])('%s', (_shape, text) => {
    expect(kinds(text)).toBe(false);
  });
  it.each([
    ['English: not responsible for the advertisers on our pages (a disclosure in real policies)', 'We are not responsible for the practices of the third-party advertisers whose ads appear on our pages.', 'advertising'],
    ['广告主负责 but data goes to them', '广告主会通过我们接入的监测代码获取您的设备标识，并对其使用承担责任。', 'advertising'],
    ['装了统计代码 (no negation)', '网站上装了第三方统计代码，用来统计每月的访问量。', 'site_analytics'],
  ] as const)('still: %s', (_shape, text, kind) => {
    expect(ruleKinds(text).has(kind)).toBe(true);
  });
});

describe('rows answered no with a cross or 不适用; the site\'s own deployed cookies; "so that you understand"', () => {
  it.each([
    ['a cookie list with crosses', 'Cookies on this site\nNecessary — ✓\nThird-party statistics — ✗\nThird-party marketing — ✗'],
    ['| 我们不分享 | 不适用', '用于非关联公司向您营销 | 我们不分享 | 不适用'],
    ['我们自行部署的访问统计Cookie', '本站只使用两类Cookie：一类是必要Cookie，另一类是我们自行部署的访问统计Cookie，用于计算页面访问量。'],
    ['为使您更清晰地了解…提供给第三方', '为使您更清晰地了解您的个人信息在哪些场景下会提供给第三方，我们制作了本清单。'],
  ])('%s', (_shape, text) => {
    expect(kinds(text)).toBe(false);
  });
  it.each([
    ['the same list with ticks', 'Cookies on this site\nNecessary — ✓\nThird-party statistics — ✓', 'site_analytics'],
    ['了解您 by a partner', '我们会向第三方分析服务商提供您的设备信息，以便了解您如何使用本应用。', 'site_analytics'],
  ] as const)('still: %s', (_shape, text, kind) => {
    expect(ruleKinds(text).has(kind)).toBe(true);
  });
});

describe('Chinese: the kind is the subject of what it cannot get', () => {
  it.each([
    ['均不会为广告目的获取', '这些承诺同样适用于我们的合作伙伴：任何合作伙伴均不会为广告目的获取您的数据。'],
    ['广告主看不到', '答：广告全部由我们自己的团队挑选和排期，广告主看不到任何用户信息。'],
    ['广告主仅提供素材，无法获取', '本站广告按页面内容匹配投放；广告主仅提供素材，无法获取访客的任何数据。'],
  ])('%s', (_shape, text) => {
    expect(kinds(text)).toBe(false);
  });
  it('still: partners that get data for advertising', () => {
    expect(ruleKinds('任何合作伙伴均会为广告目的获取您的设备标识。').has('advertising')).toBe(true);
  });
});

describe('forbidden, former, and monitoring that is not analytics', () => {
  it.each([
    ['我们禁止…用于营销推广或任何数据分析', '我们禁止这些合作方将您的信息用于营销推广或任何数据分析。'],
    ['不得…用于任何其他目的，包括广告', '我们的服务商只能在提供服务所必需的范围内访问您的信息，不得将其用于任何其他目的，包括广告。'],
    ['not … for any other purpose, including advertising', 'Our hosting provider may not use your data for any other purpose, including advertising.'],
    ['an uptime-monitoring service', 'We use an external uptime-monitoring service that checks every few minutes that our site is reachable.'],
    ['Outside the EU we used to …', 'Outside the UK we used to allow partners to place advertising cookies on our pages.'],
    ['我们此前使用…', '我们此前使用第三方网站统计服务。'],
  ])('%s', (_shape, text) => {
    expect(kinds(text)).toBe(false);
  });
  it.each([
    ['不会…，除非…，包括与…服务提供商共享', '我们不会与第三方共享您的个人信息，除非为实现本政策所述目的所必需，包括与帮助我们进行广告投放的服务提供商共享。', 'advertising'],
    ['monitoring the use of our site', 'An outside company monitors the use of our site for us.', 'site_analytics'],
  ] as const)('still: %s', (_shape, text, kind) => {
    expect(ruleKinds(text).has(kind)).toBe(true);
  });
});

describe('a "now" that denies; the advertiser\'s own rules', () => {
  it.each([
    ['過往曾使用…，現已停用；目前不設置', '我們過往曾使用第三方廣告追蹤技術，現已全部停用；目前本網站不設置任何第三方Cookie。'],
    ['广告主自身的规则', '点击广告进入广告主的页面后，个人信息的处理适用广告主自身的规则。'],
  ])('%s', (_shape, text) => {
    expect(kinds(text)).toBe(false);
  });
  it('still: a "now" that uses', () => {
    expect(ruleKinds('我们过去曾使用第三方统计服务，目前仍使用其广告服务。').has('advertising')).toBe(true);
  });
});

describe('kept with us, handed to no one, a deletion request', () => {
  it.each([
    ['…ourselves; your details stay with us (rules and learned reader)', "If you tick the box, we will email you offers about our partners' products ourselves; your details stay with us."],
    ['不会将这些日志交给任何外部公司', '运行日志只由我们的工程师用于分析故障，我们不会将这些日志交给任何外部公司。'],
    ['如您希望删除第三方SDK收集的信息…联系我们', '如您希望删除第三方SDK收集的信息，可以通过本政策所列方式联系我们。'],
  ])('%s', (_shape, text) => {
    expect(anyReader(text)).toBe(false);
  });
  it('still: giving to advertising partners, the rest kept with us', () => {
    expect(ruleKinds('We send your purchase history to our advertising partners; your other details stay with us.').has('advertising')).toBe(true);
  });
});

describe('removed, compared with, not involved, the site\'s own cookies for its counts', () => {
  it.each([
    ['After a review, in 2024 we removed all …', 'After an audit, in 2023 we removed all third-party tracking technologies (pixels, tags and analytics scripts) from our site.'],
    ['移除全部第三方广告SDK (a change log line)', '移除全部第三方广告SDK，应用内不再展示任何广告'],
    ['Unlike most analytics services, …', 'Unlike most analytics services, our counter sends no data to any outside company.'],
    ['不涉及第三方广告平台', '首页的推广内容均由我们的编辑人工挑选，不涉及第三方广告平台。'],
    ['本網站使用Cookie，只作統計…之用', '本網站使用Cookie，只作統計瀏覽人次之用。'],
  ])('%s', (_shape, text) => {
    expect(kinds(text)).toBe(false);
  });
  it.each([
    ['Like most sites, we use an analytics service', 'Like most sites, we use an analytics service to count visits.', 'site_analytics'],
    ['涉及第三方广告平台', '首页的部分推广内容涉及第三方广告平台，这些平台会收集您的设备标识。', 'advertising'],
  ] as const)('still: %s', (_shape, text, kind) => {
    expect(ruleKinds(text).has(kind)).toBe(true);
  });
});

describe('已从…移除: removed from the site', () => {
  it('"上述统计工具和广告代码已从本网站全部页面中移除，目前不再有任何第三方…" discloses nothing', () => {
    const k = ruleKinds('自2024年起，上述统计工具和广告代码已从本网站全部页面中移除，目前不再有任何第三方通过本网站收集您的数据。');
    expect(k.has('advertising') || k.has('site_analytics')).toBe(false);
  });
  it('still: added to the site', () => {
    expect(ruleKinds('自2024年起，第三方统计工具已加入本网站全部页面，用于统计访问量。').has('site_analytics')).toBe(true);
  });
});

describe('Chinese: the reach of online campaigns is advertising', () => {
  it('衡量我们线上活动的覆盖人数', () => {
    expect(ruleKinds('您的浏览信息可能会被第三方收集，用于衡量我们线上活动的覆盖人数。').has('advertising')).toBe(true);
  });
  it('not an offline event with no outside party', () => {
    expect(ruleKinds('我们会统计线下活动的到场人数。').has('advertising')).toBe(false);
  });
});

describe('"we pass no information … to the companies that supply the ads"; 由广告主按照其隐私政策处理', () => {
  it.each([
    ['we pass no information about you to …', 'We show contextual ads only, and we pass no information about you to the companies that supply the ads.'],
    ['由广告主按照其隐私政策处理', '您在广告主页面中的行为将由广告主按照其隐私政策处理。'],
  ])('%s', (_shape, text) => {
    expect(kinds(text)).toBe(false);
  });
  it('still: we pass your order details to the companies that supply the ads', () => {
    expect(ruleKinds('We pass your order details to the companies that supply the ads so they can show you related offers.').has('advertising')).toBe(true);
  });
});

describe('"In short: we use cookies to …" is the site speaking of its own cookies', () => {
  it('after a label with a colon', () => {
    expect(kinds('In brief: we use cookies to keep you signed in and to understand how the site is used.')).toBe(false);
  });
  it('still: cookies that third parties use', () => {
    expect(ruleKinds('In brief: third parties use cookies on our site to understand how it is used.').has('site_analytics')).toBe(true);
  });
});
