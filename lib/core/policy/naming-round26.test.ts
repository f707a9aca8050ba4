import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// From the twenty-sixth session's development look-alikes (long sentences and clause chains in which several companies
// play different roles), written here in new words: the company that receives nothing, and the one that still does.

describe('one clause of a long sentence decides for its own company', () => {
  it.each([
    ['the second switch of one "moved" sentence', 'In 2022 we moved our newsletters from Mailchimp to a self-hosted server, and our live chat from Drift to Intercom, which now stores every conversation.', ['intercom'], ['mailchimp', 'drift']],
    ['a company the site sends nothing', 'The map on our contact page shows tiles from Mapbox and sends Mapbox nothing about you, while our forms are stored by Typeform.', ['typeform'], []],
    ['Chinese: a partner the site once had', '我们曾与京东合作开展联名活动，该合作已于2022年结束；目前订单数据存储于腾讯云。', ['qq.com'], ['jing_dong']],
    ['Chinese: nothing is sent back to the platforms data came from', '经您授权后，我们会读取小米运动中的步数；这些数据不会回传给小米或华为。我们另使用友盟统计SDK统计各功能的使用次数。', ['umeng'], ['xiaomi', 'huawei']],
  ])('%s', (_shape, text, yes, no) => {
    const got = named(text);
    for (const org of yes) expect(got).toContain(org);
    for (const org of no) expect(got).not.toContain(org);
  });
});

describe('a reading one phrase gives the sentence stays in its own clause', () => {
  it.each([
    ['a follow link beside a pixel in the next clause', 'Follow us on Instagram for new recipes; separately, our shop uses the Reddit Pixel to measure our campaigns.', ['reddit'], ['facebook']],
    ['a search engine beside an analytics tool', 'Visitors who find us through a search engine such as Bing may pass us the search address, and our visit counts are kept by Mixpanel.', ['mixpanel'], ['microsoft']],
    ['a link out after the tools that load', 'Our cookie banner comes from Usercentrics, which stores your choice; the "Share on LinkedIn" button is a plain link that loads no code.', ['usercentrics'], ['microsoft']],
  ])('%s', (_shape, text, yes, no) => {
    const got = named(text);
    for (const org of yes) expect(got).toContain(org);
    for (const org of no) expect(got).not.toContain(org);
  });

  it.each([
    ['a later clause that points back', 'Nothing in this notice applies to what you post about us on Reddit or Quora; those platforms are governed by their own terms.', ['reddit']],
    ['the same clause', 'Follow us on Pinterest and Snapchat for behind-the-scenes photos.', ['pinterest', 'snap_technologies']],
  ])('still not named: %s', (_shape, text, no) => {
    const got = named(text);
    for (const org of no) expect(got).not.toContain(org);
  });
});

describe('companies a long sentence mentions for other reasons', () => {
  it.each([
    ['reporting the site cites', 'We cite research by The Washington Post on location brokers, and we share no location data with anyone; our forms are stored by Typeform.', ['typeform'], ['the_washington_post']],
    ['a product its maker has since shut down', 'We once tested layouts with Google Optimize, which Google has since retired, and now run our tests on VWO, which sets a cookie to keep you in one version.', ['wingify'], ['google']],
    ['a guide that links to shops', 'Our recipe guides link to shops such as Etsy and eBay, and the shop you click through to applies its own policy.', [], ['etsy', 'ebay']],
  ])('%s', (_shape, text, yes, no) => {
    const got = named(text);
    for (const org of yes) expect(got).toContain(org);
    for (const org of no) expect(got).not.toContain(org);
  });
});

describe('Chinese mentions in a clause chain that receive nothing', () => {
  it.each([
    ['no dealings with the company', '本平台的支付由支付宝完成；我们与京东之间不存在任何数据合作，您在京东的订单不会同步至本平台。', ['alibaba'], ['jing_dong']],
    ['a logo still shown on the page', '订单支付由Stripe处理；页面底部的PayPal标志为旧版遗留，我们已不再接受PayPal付款。', ['stripe'], ['paypal']],
    ['a reward the reader redeems', '调研结果由神策数据统计；完成调研后，积分可兑换为京东E卡。', ['sensors_data'], ['jing_dong']],
    ['where the reader may buy instead', '演出门票也可在美团或携程购买；本小程序的统计服务由友盟提供，会收集您的设备信息。', ['umeng'], ['meituan', 'trip_com']],
    ['servers the app never contacts', '书籍可从本地文件导入；我们不会连接亚马逊或腾讯的服务器，崩溃日志由Bugly收集。', [], ['amazon_associates']],
  ])('%s', (_shape, text, yes, no) => {
    const got = named(text);
    for (const org of yes) expect(got).toContain(org);
    for (const org of no) expect(got).not.toContain(org);
  });
});

// From pair 14 (names that are ordinary words): a company at the head of its own sentence, kept in a tool, used to do a
// job — and the same words in their ordinary sense.
describe('a name that needs the company context finds it in the words real policies use', () => {
  it.each([
    ['the company opening a sentence about hosting', 'Shopify now hosts our catalogue and handles every order on our behalf.', ['shopify']],
    ['records kept in a tool', 'Staff keep your support history in Zendesk so that any agent can pick up your case.', ['zendesk']],
    ['a tool used for a job', 'The booking app uses Mouseflow to replay sessions when something breaks.', ['mouseflow']],
    ['Chinese: "we may use" before the tools', '我们可能使用以下服务记录您的点击和滚动：Mouseflow、Hotjar。', ['mouseflow', 'hotjar']],
  ])('%s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });

  it.each([
    ['a rank held in a ratings table', 'In 2023 we held a top-ten place in Comscore rankings of regional news sites.', ['comscore']],
    ['records once held in a former tool', 'Before 2024 we used Freshdesk; all tickets held in Freshdesk were deleted when we moved to our own help desk.', ['freshworks']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });
});

// From pair 15 (mobile SDK and ad-mediation sections), in new words.
describe('an app section names companies that receive nothing', () => {
  it.each([
    ['a network still being evaluated', 'We are currently evaluating Chartboost as a demand partner; for now our ads are served through AdMob.', ['google'], ['chartboost']],
    ['the platform makers of the reader\'s phone', 'Apple and Google, as providers of your phone\'s operating system, may collect data under their own terms; crash logs go to Sentry.', ['sentry'], ['apple', 'google']],
    ['a library and who wrote it', 'The app uses Yoga (Meta, open source) for layout and sends crash logs to Bugsnag.', ['bugsnag'], ['facebook']],
    ['a help page to read', 'To reset your advertising ID, see Google Account Help; our attribution partner is Adjust.', ['adjust'], ['google']],
    ['what a build does not contain', 'The version on F-Droid contains no Firebase or Crashlytics, and reports errors to GlitchTip instead.', [], ['google']],
    ['the reader\'s phone makers', 'The app runs on most Android devices, including Samsung and Huawei phones. Usage analytics are handled by Mixpanel.', ['mixpanel'], ['samsung']],
  ])('%s', (_shape, text, yes, no) => {
    const got = named(text);
    for (const org of yes) expect(got).toContain(org);
    for (const org of no) expect(got).not.toContain(org);
  });

  it('an exception to "contains no" is contained', () => {
    expect(named('The kids edition contains no analytics SDKs other than Firebase Crashlytics, which receives crash logs.')).toContain('google');
  });
});

describe('a Chinese SDK section names companies that receive nothing', () => {
  it.each([
    ['a record that says the kit was once used', '阿里UC内核SDK：曾用于在App内打开网页，当前版本已不再集成。崩溃日志由Bugly收集。', ['qq.com'], ['alibaba']],
    ['a list of kits used in earlier versions', '早期版本曾使用的SDK（均已移除）：友盟分享组件、TalkingData。当前版本的统计服务由神策数据提供。', ['sensors_data'], ['umeng', 'talkingdata']],
    ['investors', '本公司曾获得腾讯的战略投资，但腾讯不参与本App的运营。推送服务由个推提供。', [], ['qq.com']],
    ['a report cited', '据AppLovin发布的行业报告，激励视频最受玩家欢迎；本游戏的广告由穿山甲SDK提供。', ['bytedance_inc'], ['applovin']],
    ['a tool for staff only', '性能监控由Datadog完成；New Relic仅用于公司内部的测试版本。', ['datadog'], ['new_relic']],
  ])('%s', (_shape, text, yes, no) => {
    const got = named(text);
    for (const org of yes) expect(got).toContain(org);
    for (const org of no) expect(got).not.toContain(org);
  });
});

describe('the current provider of a switch, and the company field of an SDK card', () => {
  it.each([
    ['replaced X with Y', 'We replaced Leanplum with Braze in 2022; Braze receives your push token.', ['braze_inc'], ['leanplum']],
    ['switched from X heatmaps to Y', 'We switched from Hotjar heatmaps to Microsoft Clarity in 2024.', ['microsoft'], ['hotjar']],
    ['an SDK card\'s company field', 'SDK name: Push kit\nCompany: Shenzhen Tencent Computer Systems Co., Ltd.\nInformation collected: device ID, push token', ['qq.com'], []],
  ])('%s', (_shape, text, yes, no) => {
    const got = named(text);
    for (const org of yes) expect(got).toContain(org);
    for (const org of no) expect(got).not.toContain(org);
  });
});
