import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';
import { analyzePolicy } from './extract.ts';

// Naming shapes from the seventeenth session's development look-alikes (tests/fixtures/eval/lookalikes/dev/en-naming-8.json,
// zh-naming-7.json and the earlier development rounds), written here in new words.

describe('lists the rules did not see as lists', () => {
  it('rows of legal names under a lead-in, each ending in "Inc." or "S.A."', () => {
    const orgs = named('Companies we sell or share personal information with for targeted advertising:\nOutbrain Inc.\nCriteo S.A.\nThe Trade Desk, Inc.');
    for (const org of ['outbrain', 'criteo', 'the_trade_desk']) expect(orgs).toContain(org);
  });

  it('"Name - what it does" lines under a heading, three or more in a row', () => {
    const orgs = named('SDKs in our app\nAppsFlyer - install attribution\nBraze - push messages\nSentry - crash reports');
    for (const org of ['appsflyer', 'braze_inc', 'sentry']) expect(orgs).toContain(org);
  });

  it('a name with a digit is not an ordinary word', () => {
    expect(named('On our pricing pages, 6sense identifies the company behind your IP address.')).toContain('6sense');
  });
});

describe('the next sentence sends data to the companies this one listed', () => {
  it.each([
    ['credit bureaus, pointed back at', 'We check your identity with Experian and Equifax. Each month we also report your repayments to these credit bureaus.', ['experian_inc', 'equifax']],
    ['对应平台', '绑定天猫精灵或小爱同学后，您可以用语音控制台灯。为此，我们会向对应平台同步您的设备名称与开关状态。', ['alibaba', 'xiaomi']],
  ])('%s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });
});

describe('recipients in more words', () => {
  it.each([
    ['"managed through" a company with a dictionary-word name', 'Memberships are managed through Piano, which stores your subscription status.', 'piano'],
    ['a job board that collects an application', 'If you apply through Indeed or LinkedIn, the job board collects your CV and forwards it to us.', 'indeed'],
    ['a Chinese sentence that uses an analytics service beside an official account', '本站使用Google Analytics分析流量，並透過官方帳號發送訂單通知。', 'google'],
  ])('named: %s', (_shape, text, org) => expect(named(text)).toContain(org));
});

describe('mentions that carry no data', () => {
  it.each([
    ['the site\'s own posts on a network', 'We also post event news on Facebook and Nextdoor. Those sites are run by others.', 'facebook'],
    ['a company of the author\'s group', 'Tableau Software, LLC, a Salesforce company, publishes this notice.', 'salesforce'],
    ['a job advert', 'We are hiring a data analyst; experience with Segment and Amplitude is a plus.', 'twilio'],
    ['a report named after a company', 'Our controls follow industry research such as the Verizon Data Breach Investigations Report.', 'verizon'],
    ['a talk at a company\'s conference', 'Our CTO spoke at Google I/O about offline maps.', 'google'],
    ['a host with a subdomain before the full stop', 'You can review ad personalisation for your account at myadcenter.google.com.', 'google'],
    ['the company\'s own settings page', 'Many services you use have their own controls, for example Google\'s My Ad Center.', 'google'],
    ['share buttons that are plain links', 'Our buttons for Facebook and Reddit are plain links. Nothing loads from those networks until you click.', 'reddit'],
    ['a site that links to shops', 'Our site links to shops such as eBay where the book is also sold.', 'ebay'],
    ['products sold through retailers', 'Our kettles are also sold through marketplaces such as Amazon.', 'amazon_associates'],
    ['a provider replaced by another', 'Fastly replaced Akamai as our CDN in 2022.', 'akamai'],
    ['a service its maker discontinued', 'We removed the widget after Oracle discontinued the service.', 'oracle'],
    ['a report the site modelled its own on', 'Our yearly report is modelled on the reports published by Google and Microsoft.', 'microsoft'],
    ['停止与…的合作', '自2023年起，我们已停止与快手联盟的合作。', 'kuaishou'],
    ['examples of the recipients a denial names', '我们不会将您的阅读记录提供给任何广告平台，包括但不限于穿山甲、优量汇。', 'bytedance_inc'],
    ['a settings page of the company', '如需关闭个性化广告，您可访问Google广告设置页面进行管理。', 'google'],
    ['following the site\'s fan page', '歡迎追蹤我們的Facebook粉絲專頁，掌握最新活動。', 'facebook'],
  ])('not named: %s', (_shape, text, org) => expect(named(text)).not.toContain(org));
});

describe('what these shapes must not take away', () => {
  it.each([
    ['a company name that is a domain, in brackets before the stop', 'We send your email address to our mailing service (including customer.io).', 'customer.io'],
    ['a Chinese list that is not under a denial', '我们会将设备标识符提供给以下广告合作方，包括但不限于穿山甲、优量汇。', 'bytedance_inc'],
    ['a vendor\'s parent in an appositive', 'Our newsletters are sent by Postmark, an ActiveCampaign company, which records opens.', 'active_campaign'],
    ['a script host before the full stop', 'Our pages request scripts from cdn.segment.com and static.hotjar.com.', 'hotjar'],
    ['a company whose name holds a report word', 'Ads are sold through bidding partners including PubMatic, Magnite and Index Exchange, which receive cookie IDs.', 'magnite'],
    ['bidding partners, not shops', 'Ad space is sold through header-bidding partners including Magnite, which receive your IP address.', 'magnite'],
    ['a job advert\'s words beside a sentence that shares data', 'We share applicant data with Greenhouse and Google to process applications; experience with Looker is a plus.', 'google'],
  ])('still named: %s', (_shape, text, org) => expect(named(text)).toContain(org));
});

describe('Chinese recipients the rules missed', () => {
  it.each([
    ['an embedded iQIYI player', '本页嵌入爱奇艺播放器播放课程视频，爱奇艺可能记录您的播放行为。', 'baidu'],
    ['LINE Pay as the payment service', '本店支援LINE Pay付款，訂單金額將傳送予該支付服務提供者。', 'line'],
    ['a consumer app opening its company\'s legal name', '使用快捷支付时，支付宝（中国）网络技术有限公司将处理您的扣款请求并返回结果。', 'alibaba'],
    ['the payment company that passes data on', '购买进口商品时，订购人身份信息将由支付企业支付宝推送至海关。', 'alibaba'],
    ['software deployed on the site\'s servers that the vendor may still access', '我们使用神策数据私有化部署版本统计功能使用情况，神策仅在运维时按我们的指示访问。', 'sensors_data'],
    ['a vendor row under a push heading', '推送通道接入情况\n华为：已接入\nOPPO：已接入（OPUSH SDK）\nvivo：未接入', 'oppo'],
    ['fonts that give Google the IP address', '网页通过 Google Fonts 加载字体，Google 可能因此获得您的 IP 地址。', 'google'],
    ['channels that then receive the order', '本游戏在华为、小米渠道联合运营。您在游戏内充值时，渠道方将获得订单号与支付金额。', 'xiaomi'],
  ])('named: %s', (_shape, text, org) => expect(named(text)).toContain(org));

  it.each([
    ['software on the site\'s servers that receives nothing', '统计已切换为神策数据私有化部署，所有数据存储在我们自有的服务器中，神策数据不会接收任何数据。', 'sensors_data'],
    ['a row of where to complain or close an account', '平台 | 举报方式 | 注销方式\n爱奇艺 | 举报电话：4000000000 | 登录爱奇艺app选择账号注销', 'baidu'],
    ['a font licence', '应用内使用的字体为阿里巴巴普惠体，已获得免费商用授权。', 'alibaba'],
    ['a bare upper-case LINE in English', 'BOTTOM LINE: we share data with service providers only.', 'line'],
    ['data read from the platforms, not sent to them', '您可以使用微信或微博账号登录。经您授权后，我们会从对应平台获取您的昵称和头像。', 'sina'],
  ])('not named: %s', (_shape, text, org) => expect(named(text)).not.toContain(org));
});

describe('hosts a page loads from', () => {
  it('a content security policy that lists the hosts scripts load from', () => {
    const a = analyzePolicy('Our Content Security Policy allows scripts to load only from our own domain, js.stripe.com and www.googletagmanager.com.');
    expect(a.thirdParties.map((t) => t.domain)).toEqual(expect.arrayContaining(['stripe.com', 'googletagmanager.com']));
  });
});

describe('where data comes from', () => {
  it('a cell of a table\'s source column', () => {
    const orgs = named('Category | Source | Disclosed to\nIdentifiers | Your device | Advertising partners such as Criteo\nCredit history | Equifax (credit bureau) | Not disclosed');
    expect(orgs).toContain('criteo');
    expect(orgs).not.toContain('equifax');
  });

  it('self-hosted software no visitor data leaves for', () => {
    expect(named('We use Matomo, hosted on our own servers, so no visitor data is transferred to Matomo\'s developer.')).not.toContain('matomo');
  });

  it('a tag removed under its old name', () => {
    expect(named('We removed the X (formerly Twitter) pixel from our checkout in 2022.')).not.toContain('twitter');
  });
});
