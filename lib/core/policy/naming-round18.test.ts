import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// Naming shapes from the eighteenth session's development look-alikes (tests/fixtures/eval/lookalikes/dev/en-naming-9.json,
// zh-naming-8.json: podcasts, email, TV, games, extensions, devices, mini-programs, car systems), written here in new words.

describe('recipients the rules did not read', () => {
  it.each([
    ['events "reported to" a company', 'During playback the player reports stalls and errors to Conviva so our team can spot outages.', 'conviva'],
    ['logs that "go to" a company', 'Crash logs from the desktop app go to Raygun together with your OS version.', 'raygun'],
    ['a brand written with a capital inside the word', 'Ad breaks in our streaming app are filled by FreeWheel.', 'comcast'],
    ['a dictionary-word name that data is sent to, capitalised', 'Once you connect your account, we send your match history to Twitch.', 'amazon_associates'],
    ['a denial of one kind of data, then "the provider we use"', 'Your health records are never shared with anyone, including Amplitude, the analytics service we use for the rest of the site.', 'amplitude'],
    ['a product name that starts with the company name', 'Mediation SDKs: AppLovin MAX, Meta Audience Network and Unity Ads.', 'facebook'],
  ])('named: %s', (_shape, text, org) => expect(named(text)).toContain(org));

  it('"What it does: Name" rows, three or more in a row', () => {
    const orgs = named('Crash reports: Sentry\nPush messages: OneSignal\nProduct analytics: Amplitude');
    for (const org of ['sentry', 'onesignal', 'amplitude']) expect(orgs).toContain(org);
  });

  it('"Name, Inc. – what it does" rows, three or more in a row', () => {
    const orgs = named('Stripe, Inc. – payment processing\nCloudflare, Inc. – content delivery\nZendesk, Inc. – customer support tickets');
    for (const org of ['stripe', 'cloudflare', 'zendesk']) expect(orgs).toContain(org);
  });

  it.each([
    ['the network an ad comes from', '启动页广告可能来自优量汇，展示时会收集设备标识符。', 'qq.com'],
    ['Zhima Credit', '选择免押金时，我们会将您的姓名和订单信息提交给芝麻信用进行信用评估。', 'alibaba'],
    ['the company behind an affiliate programme', '共享对象：上海寻梦信息技术有限公司（多多进宝）\n共享信息：推广位ID\n共享目的：佣金结算', 'pinduoduo'],
    ['a legal name in brackets ending in "Inc."', '我们通过 Sentry（Functional Software, Inc.）收集崩溃日志与设备型号。', 'sentry'],
    ['the next sentence syncs to "相应平台"', '你可以把设备绑定到小度。绑定后，设备状态和控制指令会同步至相应平台。', 'baidu'],
    ['what the reader types is sent to a search engine', '本浏览器的默认搜索引擎为百度，你输入的关键词会发送至百度。', 'baidu'],
    ['a platform run by a named company, not this app', '你在抖音小程序内下单后，订单会同步至抖音电商平台。该平台由北京字节跳动科技有限公司运营。', 'bytedance_inc'],
  ])('named (zh): %s', (_shape, text, org) => expect(named(text)).toContain(org));
});

describe('mentions that carry no data to the company', () => {
  it.each([
    ['tags the site does not put in its emails', "We don't put TikTok or Pinterest tags in our emails.", ['tiktok', 'pinterest']],
    ['the company that bought a former vendor', 'The survey tool that recorded your answers was bought by Spotify in 2022.', ['spotify']],
    ['a tool dropped, "which we stopped using"', 'Crash data is sent to Bugsnag; older versions used Rollbar, which we stopped using in 2020.', ['rollbar']],
    ['the publisher of an SDK notice', "This Mobile SDK Notice is published by AppsFlyer Ltd. It covers data our SDK collects in our customers' apps.", ['appsflyer']],
    ['two companies compared against', "Unlike Amazon's Echo or Google's Nest speakers, our device never uploads your voice.", ['amazon_associates', 'google']],
    ['the maker of the reader\'s phone', 'The app runs on Android phones from Samsung running Android 12 or later.', ['samsung']],
    ['ad settings at the company\'s own page', 'You can change ad settings for Google at adssettings.google.com.', ['google']],
    ['a skill in a job advert', 'Experience with Mixpanel or Amplitude is preferred for this role.', ['mixpanel', 'amplitude']],
    ['a name inside another company\'s product name', 'Meeting notes are summarised by the Azure OpenAI Service, which Microsoft runs in the EU.', ['openai']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });

  it.each([
    ['another company\'s own policy to read', '平台方对你信息的处理，请分别阅读腾讯公司发布的隐私政策。', ['qq.com']],
    ['apps run by their own developers', '车载应用商店中的第三方应用（如网易云音乐）由其各自开发者运营。', ['netease']],
    ['ecosystems the device is compatible with', '本设备兼容小米米家与华为智慧生活等平台。', ['xiaomi', 'huawei']],
    ['a company that cannot read the data', '指令以端到端加密方式传输，我们和华为都无法读取这些指令。', ['huawei']],
    ['the provider a new SDK replaced', '本 SDK 自 2023 年起替代原友盟统计 SDK。', ['umeng']],
    ['Tencent\'s app store as a download channel', '请通过腾讯应用宝等正规渠道下载本应用。', ['qq.com']],
  ])('not named (zh): %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });
});

// The second pair of development rounds (en-naming-10: shops and money; zh-naming-9: finance and public life).
describe('shops, money and public services', () => {
  it.each([
    ['a helpdesk tickets are "managed in"', 'Returns requests are managed in Freshdesk together with your order history.', 'freshworks'],
    ['carousels "generated by" a vendor from browsing history', 'The "Picked for you" row is generated by Nosto using your browsing history on our shop.', 'nosto'],
    ['a cashback site we tell the order value', 'If you arrive from a cashback site such as ShopBack, we tell that site your order value.', 'shopback'],
    ['a short name as the subject of a data verb', 'eBay uses cookies to recognise that you arrived from our site.', 'ebay'],
    ['the channel orders are processed through (zh)', '新订单仅通过支付宝及微信支付处理。', 'alibaba'],
  ])('named: %s', (_shape, text, org) => expect(named(text)).toContain(org));

  it.each([
    ['a price comparison', 'International payments with us cost less than using PayPal, which charges a conversion fee on the data you send.', ['paypal']],
    ['fonts the site hosts itself and a company it never connects to', 'We serve Google Fonts from our own servers, so your browser never connects to Google.', ['google']],
    ['analytics software run on the site\'s own servers, which gets nothing', 'Visitor statistics are gathered with Matomo, which we host on our own servers; no data is ever sent to Matomo.', ['matomo']],
    ['a helpdesk the site used to use', 'Support tickets and the emails in them were previously managed in Zendesk.', ['zendesk']],
    ['registration options', 'You can create an account with your email address, or with Sign in with Apple or Google.', ['apple', 'google']],
    ['an Apple relay address', 'If you choose Hide My Email, Apple gives us a relay address instead of your real one.', ['apple']],
    ['a partner badge', 'Our agency is a Google Premier Partner and a Microsoft Solutions Partner.', ['google', 'microsoft']],
    ['a security advisory', 'We patched the vulnerability in Atlassian Confluence within a day; no customer data was exposed.', ['atlassian']],
    ['the group the operator belongs to', 'Lindenhof Verlag GmbH, a company of the Hubert Burda Media group, collects the data described in this notice.', ['hubert_burda_media']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });

  it.each([
    ['a legal name in brackets after a removed SDK', '本版本已移除友盟+统计SDK（友盟同欣（北京）科技有限公司），不再向其传输任何信息。', ['umeng']],
    ['platforms whose own policy applies', '您在携程旅行等第三方平台购票时，适用该平台的隐私政策。', ['trip_com']],
    ['a process that uploads nothing', '为展示商品在京东上的价格，我们会调用公开接口，该过程不会上传您的任何账号信息。', ['jing_dong']],
    ['the first of two log-in options', '你可使用 Facebook 或 Google 帳戶登入，我們會收集你的電郵地址。', ['facebook', 'google']],
    ['apps data is read from', '经您授权，我们可以从华为运动健康、小米运动健康或Apple“健康”App读取您的步数，用于健康分析。', ['huawei', 'xiaomi', 'apple']],
  ])('not named (zh): %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });
});

describe('older development rows read in the eighteenth session', () => {
  it('a table whose header row names its parties ("Subprocessor | Purpose | Location")', () => {
    const orgs = named('Subprocessor | Purpose | Location\nCloudflare, Inc. | Content delivery | United States\nSentry | Crash reports | United States');
    for (const org of ['cloudflare', 'sentry']) expect(orgs).toContain(org);
  });

  it.each([
    ['a consumer report asked of a bureau', 'Before we approve a loan, we collect your identity details and obtain a credit report about you from Equifax.', 'equifax'],
    ['claims history asked of a data company', 'To quote your home insurance we process your address and obtain your claims history from LexisNexis Risk Solutions.', 'lexisnexis'],
  ])('named: %s', (_shape, text, org) => expect(named(text)).toContain(org));

  it('still a source: profile data obtained from a sign-in provider', () => {
    expect(named('We obtain your name and profile photo from Facebook when you sign in with it.')).not.toContain('facebook');
  });
});

describe('Chinese names and verbs from the finance and delivery rows', () => {
  it.each([
    ['Ant Fortune, a fund distributor', '您通过蚂蚁财富申购基金时，该平台会向我们传递您的姓名和证件号码。', 'alibaba'],
    ['Ele.me\'s delivery service', '外卖可能由蜂鸟即配配送，我们会向配送方提供收货人电话。', 'alibaba'],
    ['KeeTa, a delivery platform', '閣下透過 KeeTa 訂購時，訂單資料會傳送給本店。', 'meituan'],
    ['data kept with a service provider (存放)', '学校的网课平台使用 Microsoft Teams，学生的作业存放在该服务商的服务器上。', 'microsoft'],
    ['tokens exchanged with a wallet (交换)', '当您将银行卡添加至华为钱包时，我们将与华为交换卡片令牌化所需的信息。', 'huawei'],
  ])('named: %s', (_shape, text, org) => expect(named(text)).toContain(org));

  it('not the bureau the reader may contact for their own report', () => {
    expect(named('如欲索取個人信貸報告，閣下可直接聯絡環聯；如對個人資料的處理有疑問，可向公署查詢。')).not.toContain('neustar');
  });
});
