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
