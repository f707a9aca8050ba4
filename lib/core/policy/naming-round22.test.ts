import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// From the twenty-second session's development look-alikes (tests/fixtures/eval/lookalikes/dev/en-naming-15.json at its
// start, then en-naming-16.json / zh-naming-15.json: the roles a company plays in a policy), written here in new words.

describe('a vendor row or a consent category names the vendor', () => {
  it.each([
    ['a consent category label before the providers', 'Essential cookies: Akamai (bot defence), Stripe (checkout).', ['akamai', 'stripe']],
    ['a category label with its state in brackets', 'Statistics (off until you agree): Matomo Cloud, Plausible.', ['matomo']],
    ['a dictionary-word vendor in an SDK list, with its service in brackets', 'Our app ships with these SDKs:\n- Branch (deep linking)\n- Airship (push notifications)', ['branch_metrics_inc']],
    ['a dictionary-word vendor in a vendor list, with its service after a dash', 'Vendors that process data for us:\n- Branch – attribution of installs\n- Zendesk – customer support', ['branch_metrics_inc']],
    // 31st session, policy-page development set: a provider table's next cell says the service.
    ['a dictionary-word vendor in a provider table, with its service in the next cell', 'Service providers we use:\n\n| Company | What they do for us | Status |\n| --- | --- | --- |\n| Branch | Deep links and referral links. | Active |', ['branch_metrics_inc']],
  ])('named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });

  it.each([
    ['a dictionary word heading a list row with no service', 'Our offices:\n- Branch (Leeds)\n- Head office (London)', ['branch_metrics_inc']],
    ['a dictionary word heading a table row with no service', 'Our locations:\n\n| Office | City |\n| --- | --- |\n| Branch | Leeds |\n| Head office | London |', ['branch_metrics_inc']],
    ['a category label over the site\'s own features', 'Functional: remembers your language. Google Translate is a separate service we do not embed.', ['google']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });
});

describe('a company in another role, taken back by a line that points at it', () => {
  it.each([
    ['advertisers pointed back at, who get nothing', 'Our pages show ads for brands such as Samsung or Expedia. These advertisers pay for the space and do not receive your personal data from us.', ['samsung', 'iac_apps']],
    ['sponsors pointed back at in the next line', 'This newsletter is supported by brands such as HubSpot and Adobe.\nSponsors do not receive our subscriber list.', ['hubspot', 'adobe']],
    ['a former owner that no longer receives anything', 'The site belonged to Ziff Davis until 2021; Ziff Davis no longer holds or receives any information about our readers.', ['ziff_davis']],
    ['Chinese: a publisher that gets no data of any kind', '海外版本由 Nexon 发行，Nexon 不会获得国内玩家的任何数据。', ['nexon']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });

  it.each([
    ['a pointer that denies only one kind of data', 'We send order events to Criteo and Taboola. These companies do not receive your payment details.', ['criteo', 'taboola']],
    ['a pointer at other companies than the ones named before', 'Ads are served by Google Ad Manager. The companies we link to in our articles do not receive any information from us.', ['google']],
    ['a denial of one kind of data in Chinese', '本课程与微软合作开发，我们会向微软提供您的考试报名信息，微软不会获得您的学习记录。', ['microsoft']],
  ])('still named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });
});

describe('a negation inside brackets says something of its own', () => {
  it.each([
    ['Chinese: a bracketed denial before another provider', '路线规划使用百度地图（本应用不使用高德地图），短信验证码由阿里云发送。', 'alibaba'],
    ['English: a bracketed denial before another provider', 'Routes are drawn with Mapbox (we do not use Google Maps) and payments are processed by Stripe.', 'stripe'],
  ])('named after the bracket: %s', (_shape, text, org) => expect(named(text)).toContain(org));

  it('a denial that the mention stands inside still counts', () => {
    expect(named('本应用使用百度地图（不会向高德地图提供任何信息）。')).not.toContain('alibaba');
  });
});

describe('Chinese list rows and pointers at merchants', () => {
  it.each([
    ['a bullet written against the item', '第三方SDK清单\n・极光推送：消息推送\n・Firebase Crashlytics（Google）：崩溃报告', 'google'],
    ['a merchant pointed back at by 该商家', '部分商品由入驻商家销售，例如华为官方旗舰店。\n您下单后，我们会将收货人姓名、电话和地址提供给该商家，用于发货。', 'huawei'],
  ])('named: %s', (_shape, text, org) => expect(named(text)).toContain(org));

  it('a list row under a heading of things the app does not contain stays out', () => {
    expect(named('本应用未接入的服务\n・Firebase Crashlytics（Google）：崩溃报告')).not.toContain('google');
  });
});

describe('Chinese sentences that read a word as the wrong role', () => {
  it.each([
    ['招聘 as what a tag measures, not a job posting', '我们的海外官网部署了领英洞察标签，用于衡量招聘广告效果；领英会通过该代码收集您的访问页面。', 'microsoft'],
    ['sharing to platforms whose SDK then gets the content', '您可以将文章分享至微博和抖音。分享时我们会调用对应平台的SDK，相关平台会获取您分享的内容及设备信息。', 'sina'],
    ['a nested bracket with its own denial before the next provider', '我们使用神策分析（私有化部署，神策网络科技（北京）有限公司无法访问）、GrowingIO 分析页面点击。', 'growingio'],
  ])('named: %s', (_shape, text, org) => expect(named(text)).toContain(org));

  it.each([
    ['a bracket ending the lead-in speaks of the list', '如需管理个性化广告，可参考以下平台的设置页面（本网站未接入这些平台的服务）：\n- 腾讯广告 个性化广告管理：ads.privacy.qq.com', 'qq.com'],
    ['sharing to a platform with nothing said after', '您可以将文章分享至微博。', 'sina'],
  ])('not named: %s', (_shape, text, org) => expect(named(text)).not.toContain(org));
});

describe('how names are written, and the ways a reader may pay', () => {
  it.each([
    ['short forms in a tools list', 'Analytics tools:\n• GA4 – page views and conversions\n• MS Clarity – heatmaps', ['google', 'microsoft']],
    ['FB Pixel', 'Our careers pages use the FB Pixel so that Meta can tell us which job ads brought visitors.', ['facebook']],
    ['a vendor followed by its own new owner', 'Ads are served through AppLovin MAX, which may call ironSource Ads (now part of Unity). These SDKs collect your advertising ID.', ['ironsource']],
    ['images delivered from a CDN', 'Product images are delivered from Akamai edge servers.', ['akamai']],
    ['Yahoo! JAPAN', 'For Japanese search campaigns we use the Yahoo! JAPAN conversion tag, which sends the page URL and a cookie ID.', ['yahoo_japan']],
    ['a payment option the sentence says processes the card', 'We accept Visa and PayPal; card payments are processed by Stripe.', ['stripe']],
  ])('named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });

  it.each([
    ['wallets in a list of accepted payment methods', 'We accept Visa and Mastercard cards, as well as Apple Pay and Google Pay.', ['apple', 'google']],
    ['a labelled list of payment methods', 'Payment methods (Japan): Rakuten Pay, LINE Pay, Amazon Pay and convenience-store payment.', ['rakuten', 'line', 'amazon_associates']],
    ['a browser in a list of browsers', 'You can delete cookies in Microsoft Edge, Mozilla Firefox or Samsung Internet.', ['samsung']],
    ['the tool a vendor replaced', 'We use Heap to capture clicks in our web app; it replaced our earlier FullStory set-up.', ['fullstory']],
    ['fonts served from our own domain', 'The font files were downloaded once from Google Fonts and are served from our own domain.', ['google']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });
});

describe('who the policy is, and what it does not cover', () => {
  it.each([
    ['Chinese: a brand with its legal entity called 我们 in brackets', '美团（北京三快在线科技有限公司，以下简称“我们”）重视您的隐私。配送时，我们会将地址提供给骑手；您可以选择美团支付或支付宝付款。', 'meituan'],
    ['Traditional Chinese: app-store companies that are not the provider', '本APP可於App Store及Google Play下載；Apple與Google並非本服務之提供者，亦不對本服務之內容負責。', 'google'],
    ['retailers whose own policies govern purchases there', 'Our toys are also sold at Walmart stores and on Amazon; purchases made there are governed by those retailers\' own privacy policies.', 'amazon_associates'],
  ])('not named: %s', (_shape, text, org) => expect(named(text)).not.toContain(org));

  it('a provider named in the next sentence of such a policy is still named', () => {
    expect(named('京东（北京京东世纪贸易有限公司，以下简称“我们”）重视您的隐私。短信验证码由阿里云发送。')).toContain('alibaba');
  });
});

describe('a version that does not exist yet', () => {
  it.each([
    ['an app not yet released, and what it will include', 'Our tablet app has not been released yet. When it launches it will include the Braze SDK.', 'braze_inc'],
    ['Chinese: a planned overseas version', '我们计划推出国际版，届时可能接入AppsFlyer，并将提前更新本政策。', 'appsflyer'],
  ])('not named: %s', (_shape, text, org) => expect(named(text)).not.toContain(org));

  it('a version that is out names its SDKs', () => {
    expect(named('Our tablet app includes the Braze SDK for in-app messages.')).toContain('braze_inc');
  });
});

describe('replacements, studies and code that does not run', () => {
  it('the vendor that replaced another is named, the replaced one is not', () => {
    const got = named('In 2024 we replaced Drift with Intercom for in-app support chat.');
    expect(got).toContain('intercom');
    expect(got).not.toContain('salesloft');
  });
  it.each([
    ['a study the policy cites', 'A 2024 report by Nielsen found that most readers dislike pop-ups.', 'nielsen'],
    ['an advertiser platform whose code does not run on the site', 'We buy podcast ads on Spotify. No tracking code from Spotify runs on our website.', 'spotify'],
  ])('not named: %s', (_shape, text, org) => expect(named(text)).not.toContain(org));
});

// Found on this session's measure-only rounds after they were scored (docs/eval-twenty-second-session.md): a pointer that
// is not one, and a denial that lasts only until something happens.
describe('pointers and denials that do not reach the companies before them', () => {
  it.each([
    ['"the advertisers" after the ad networks that serve them', 'Our app shows ads for brands such as Nike. Ads are served by AppLovin, which receives your advertising ID. The advertisers themselves do not receive your personal information from us.', 'applovin'],
    ['"other brands" after the ones that receive', 'We sell brands such as Apple and Samsung. For Samsung products we send your serial number to Samsung when you register them. Other brands do not receive your details from us.', 'samsung'],
    ['Chinese: a denial that lasts until the reader clicks', '评论区由 Disqus 提供，仅在您点击“加载评论”后载入，在此之前 Disqus 不会收到您的任何信息。', 'zeta'],
  ])('still named: %s', (_shape, text, org) => expect(named(text)).toContain(org));
});

describe('examples in brackets of a kind the sentence denies', () => {
  it('Chinese: data brokers given as examples of who gets nothing', () => {
    expect(named('我们不会向数据经纪商（例如 LiveRamp、Experian、Oracle Advertising）出售或出租您的个人信息。')).not.toContain('experian_inc');
  });
  it('Chinese: a provider in brackets in a sentence that shares', () => {
    expect(named('我们会向统计服务商（例如 GrowingIO）提供您的设备信息。')).toContain('growingio');
  });
});
