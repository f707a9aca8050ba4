import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds } from '../../../tests/support/policy-sentences.ts';

// From the twenty-second session's development rounds (en-category-40, zh-category-38: outside companies described by
// their role or by the effect of what they do), each written here in new words, with the look-alike that must stay as it is.

describe('twenty-second-session development rounds: an outside party introduced by what it does for the site', () => {
  it.each([
    ['"the outfit that does our …"', 'The outfit that does our site statistics sees which page you arrived on and how long you stayed.', 'site_analytics'],
    ['"a company we hire"', 'A company we hire measures how many people visit each page, using a small code on the site.', 'site_analytics'],
    ['"the firm behind our …"', 'The firm behind our rewards app uses your purchases to send you offers from partner shops.', 'advertising'],
    ['"the people who run our shop software"', 'The people who run our shop software count visits and sales and show us the figures in a graph.', 'site_analytics'],
    ['Chinese: 帮我们做…的公司', '帮我们做会员营销的那家公司会根据你的购物记录给你发优惠短信。', 'advertising'],
    ['Chinese: 请了一家…公司', '我们请了一家研究用户体验的公司，用他们的工具统计每个按钮被点击的次数。', 'site_analytics'],
    ['Chinese: 媒体代理公司', '我们的投放代理公司在网站上放了一段代码，用来衡量广告带来的订单。', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['the firm behind a service of another kind', 'The company that prints our catalogue receives your postal address and nothing else.'],
    ['a hired company that only delivers', 'A courier company we hire receives your name and address to deliver your parcel.'],
    ['Chinese: a company that only hosts', '帮我们托管网站的那家公司只负责服务器的运行维护。'],
    ['the site counting on its own', 'We count visits ourselves; no company we hire sees them.'],
  ])('not a disclosure: %s', (_shape, text) => {
    const k = kinds(text);
    expect(k.has('advertising') || k.has('site_analytics'), [...k].join(',')).toBe(false);
  });
});

describe('twenty-second-session development rounds: the effect of what the outside party does', () => {
  it.each([
    ['which spot brought you here', 'We run ads on local radio. A company we hire compares visit times with air times and tells us which spot brought you to the shop.', 'advertising'],
    ['which creator sent you', 'An outside service tracks the codes our creators share and tells us which creator sent you our way.', 'advertising'],
    ['whether the advert worked', 'After our TV advert airs, an outside firm uses the time of each visit to work out whether the advert worked.', 'advertising'],
    ['brands we stock sending their own offers', 'Brands we stock may receive what you bought from them, so they can send you their own offers.', 'advertising'],
    ['social apps showing posts to visitors', 'Set by: the social apps we promote on | Purpose: lets them show our posts to people who have visited us', 'advertising'],
    ['web reports', 'The outfit that does our web reports can see which page you came from and what device you use.', 'site_analytics'],
    ['counts of visits on a graph', 'The people who host our shop keep counts of visits and baskets, and show us ours on a graph.', 'site_analytics'],
    ['an outside operator entrusted with analysis', 'Analysis of access to our site is entrusted to an outside operator, which acquires your browsing history on our site via cookies.', 'site_analytics'],
    ['whether anyone uses a feature', 'To see whether anyone uses the new export button, the app sends a short note to a service I pay for.', 'site_analytics'],
    ['Chinese: a hosting company that gives the site visit statistics', '我们的托管商会在后台给我们一份访问统计，包括每天的访客数和热门页面。', 'site_analytics'],
    ['Chinese: a UX company recording mouse movements', '我们请了一家做用户体验的公司，用他们的工具录下访客在注册页上的鼠标移动。', 'site_analytics'],
    ['Chinese: marketing text messages through the company that runs membership', '帮我们管会员的那家公司会根据你的消费记录挑出合适的人，给他们发我们的促销短信。', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['the site working out which spot brought you, alone', 'We ask at checkout which radio spot brought you here and count the answers ourselves.'],
    ['a hired company that only ships, seeing the address', 'A courier company we hire can see your address and phone number to deliver your order.'],
    ['Chinese: the site telling itself', '我们自己统计每天的访客数，不会给任何外部公司。'],
  ])('not a disclosure: %s', (_shape, text) => {
    const k = kinds(text);
    expect(k.has('advertising') || k.has('site_analytics'), [...k].join(',')).toBe(false);
  });
});

describe("twenty-second-session development rounds: the trade's own words", () => {
  it.each([
    ['a session-replay vendor', 'Our session replay vendor stores recordings of how you move through the checkout, with typed text masked.', 'site_analytics'],
    ['a feature-flag service comparing versions', 'Our feature-flag service receives an anonymous account key and reports error rates for each version.', 'site_analytics'],
    ['open and click data processed by the email platform', 'Our email platform processes open and click data for us.', 'site_analytics'],
    ['brands that advertise with us receiving reports', 'Brands that advertise with us receive reports on how many shoppers who saw their ads bought the product.', 'advertising'],
    ['a metasearch site sent a conversion notification', 'When you book after arriving from a metasearch site, we send that site a conversion notification with the booking value.', 'advertising'],
    ['an intent-data network', 'We share page visits with an intent-data network so that it can tell which companies research products like ours.', 'advertising'],
    ['Chinese: a TV-ratings partner', '开启后，电视会把画面特征发送给我们的收视数据合作伙伴，用于生成节目的收视报告。', 'site_analytics'],
    ['Chinese: an industry self-regulation platform opt-out', '您可以通过行业自律平台的退出页面，拒绝我们合作的广告公司基于兴趣投放的广告。', 'advertising'],
    ['Chinese: a metasearch site told of the booking', '当您从比价网站跳转到本站预订时，我们会向该网站回传订单金额，以便其计算推荐佣金。', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['a session replay the site runs itself', 'We record mouse movements in our own web app to reproduce bugs; the recordings stay on our servers.'],
    ['Chinese: ratings counted by the site itself', '本机的收视情况只在电视本地统计，不会发送给任何机构。'],
  ])('not a disclosure: %s', (_shape, text) => {
    const k = kinds(text);
    expect(k.has('advertising') || k.has('site_analytics'), [...k].join(',')).toBe(false);
  });
});

describe('twenty-second-session development rounds: Chinese effects and who did it', () => {
  it.each([
    ['a heading of an outside company over rows of what it counts', '帮我们改进网站的外部公司\n· 记录你在页面上滚动了多远\n· 统计每个链接被点了几次', 'site_analytics'],
    ['code provided by a search engine to learn which keyword brought the order', '为了知道哪个关键词带来了订单，我们在付款成功页放了一段由搜索引擎提供的代码。', 'advertising'],
    ['social apps that show you our things', '我们在网站上装了几家社交App的代码，它们会在你刷它们的时候给你看我们的商品。', 'advertising'],
    ['a referral company recording who invited you', '帮我们做邀请活动的那家公司会记录是谁邀请了你，以便发放邀请奖励。', 'advertising'],
    ['our agency with the website numbers', 'Our agency runs our ads and our website numbers, and it gets visit data through tags on our site.', 'site_analytics'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['code the site provides itself', '我们在付款成功页放了一段由我们自己提供的代码，用来统计订单数量。'],
    ['the site counting clicks alone', '我们自己统计每个按钮被点了几次，不借助任何外部公司。'],
  ])('not a disclosure: %s', (_shape, text) => {
    const k = kinds(text);
    expect(k.has('advertising') || k.has('site_analytics'), [...k].join(',')).toBe(false);
  });
});

describe('twenty-second-session development rounds: a practice held back only until the reader agrees', () => {
  it.each([
    ['Chinese: SDKs not started before consent', '在您同意本隐私政策之前，App不会初始化我们接入的第三方统计SDK。', 'site_analytics'],
    ['English: partner tags off until you agree', 'Until you agree, the tags of our advertising partners stay switched off.', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it('a plain denial stays one', () => {
    const k = kinds('我们不会接入任何第三方统计SDK。');
    expect(k.has('site_analytics')).toBe(false);
  });
});

describe('twenty-second-session development rounds: an outside tool as the one that records', () => {
  it.each([
    ['a form tool that records how many open the form', '在线表单工具会记下有多少人打开了报名表，这些数字我们在表单后台能看到。', 'site_analytics'],
    ['a QR tool recording which tables are busiest', '每次有人扫码，二维码工具都会记下扫码时间和手机型号，让我们知道哪几张桌子用得最多。', 'site_analytics'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it('the site\'s own system recording the same is not a disclosure', () => {
    const k = kinds('本店自己的点餐系统会记下扫码时间，让我们知道哪几张桌子用得最多。');
    expect(k.has('site_analytics')).toBe(false);
  });
});

describe('twenty-second-session development rounds: policies written in translation', () => {
  it.each([
    ['Chinese from Japanese: ad-distribution operators', '本公司为了广告的配信，会将用户的浏览履历提供给广告配信事业者。', 'advertising'],
    ['English from Japanese: an external operator with an ad-effect tool', 'Transmission destination: external business operator providing an advertising effect measurement tool\nInformation transmitted: advertising identifier\nPurpose of use: measurement of the effect of advertising', 'advertising'],
    ['telemarketing by a partner', 'With your consent we provide your name and mobile number to partner companies for telemarketing of insurance products.', 'advertising'],
    ['Chinese: social networks using visits for ad targeting', '本网站包含社交网络的分享按钮，社交网络可能识别您的访问并将这些信息用于广告定向。', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it('an external operator of another kind is not a disclosure', () => {
    const k = kinds('Transmission destination: external business operator providing a payment service\nInformation transmitted: order number');
    expect(k.has('advertising') || k.has('site_analytics'), [...k].join(',')).toBe(false);
  });
});
