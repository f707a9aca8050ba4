import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds, expectNoTrackingKind } from '../../../tests/support/policy-sentences.ts';
import { analyzePolicy } from './extract.ts';

// From the twenty-third session's development rounds (en-category-44, zh-category-42: passages where another line
// decides what a line means), each written here in new words, with the look-alike that must stay as it is.

describe('a lead-in that denies or retires, with the recipients left for the rows', () => {
  it.each([
    ['"We do not sell data to:"', 'We do not sell your data to:\n- ad exchanges\n- audience measurement firms'],
    ['"…with the following partners:"', 'We will never share your details with the following partners:\n• retargeting networks\n• web analytics vendors'],
    ['the recipients as subject', 'The following companies do not receive anything about your visit:\n- advertising platforms\n- usage statistics providers'],
    ['services the site stopped using', 'Tools we have stopped using:\n- a heatmap service\n- a remarketing tag'],
    ['Chinese: the recipients as subject', '下列合作方均不会获取您的个人信息：\n1. 广告平台\n2. 第三方数据统计服务'],
    ['Chinese: services stopped', '已停止使用的第三方服务：\n- 广告联盟SDK\n- 用户行为统计SDK'],
    ['a change log\'s removed line', 'What changed in version 3\nRemoved: the ad network SDK and the crash and usage analytics SDK.'],
    ['Chinese: a change log\'s removed line', '本次更新\n移除：第三方广告SDK、第三方统计SDK'],
  ])('not a disclosure: %s', (_shape, text) => expectNoTrackingKind(text));

  it.each([
    ['a lead-in with an exception', 'We do not share your data with anyone except:\n- our advertising partners', 'advertising'],
    ['a lead-in that lists who does receive', 'We share usage data with:\n- analytics providers that count visits', 'site_analytics'],
    ['a lead-in denying one thing, with situations as rows', 'We do not sell your data. We share it with advertising partners in these cases:\n- when you click an advert', 'advertising'],
    ['a change log\'s added line', 'What changed in version 3\nAdded: an ad network SDK that shows ads in the free version.', 'advertising'],
    ['Chinese: a lead-in naming who receives', '以下第三方会获得您的设备信息：\n1. 广告平台（用于广告投放）', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));
});

describe('Chinese: other companies, named only as other companies', () => {
  it.each([
    ['other companies that take the browsing record for traffic counts', '我们允许其他公司通过网页上的代码获取您的浏览记录，用于统计网站流量。', 'site_analytics'],
    ['an outside company that counts visitors', '一家外部公司为我们统计每天有多少访客以及他们从哪里来。', 'site_analytics'],
    ['a research company that asks about our adverts', '我们委托一家调研公司询问部分用户是否记得我们的广告。', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['other companies denied after "besides this"', '除此之外，我们不会为营销目的向其他公司提供您的信息。'],
    ['the site analysing, other companies denied in the next clause', '崩溃日志上传到我们自己的服务器，由研发团队分析原因；这些日志不会提供给其他公司。'],
    ['other companies\' apps in a definition of a kind of data', '我们只在本站内统计页面访问次数，不会与其他公司的数据合并。'],
  ])('not a disclosure: %s', (_shape, text) => expectNoTrackingKind(text));
});

describe('outside tools named only by what they record or do', () => {
  it.each([
    ['Chinese: code from other companies that records clicks to rearrange the page', '其他公司的代码会记下您在页面上的点击位置，帮助我们改进版面。', 'site_analytics'],
    ['Chinese: an outside company that turns visits into traffic reports', '一家外部公司会收到您的访问记录，并为我们整理成流量报表。', 'site_analytics'],
    ['Chinese: code that shows you our goods again elsewhere', '其他公司的代码会记住您看过的课程，之后在别的网站上向您推送这些课程。', 'advertising'],
    ['Chinese: whether you came after seeing our promotion', '一家外部公司会判断您是否因为看到我们的推广才来到本站。', 'advertising'],
    ['a tool from a separate business that maps clicks', 'A tool from a separate business records where visitors click on each page.', 'site_analytics'],
    ['a library from an external developer timing screens', 'A library from an external developer records how long each screen takes to appear and sends the timings to its servers.', 'site_analytics'],
    ['goods that follow you onto other sites', 'Code from an outside firm notes what you viewed so that those items can follow you onto other websites.', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['Chinese: the site rearranging its pages from its own click records', '我们自己记录页面上的点击位置，用于改进版面，这些记录不会提供给其他公司。'],
    ['the site timing its own screens', 'Our own code records how long each screen takes to appear; the timings stay on our servers.'],
  ])('not a disclosure: %s', (_shape, text) => expectNoTrackingKind(text));
});

describe('a choice or a purpose of another kind', () => {
  it.each([
    ['the reader choosing not to receive ads from the companies on our pages', 'You can choose not to receive interest-based ads from the companies that operate on our pages by using the industry opt-out pages.', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['a kit solely to process purchases, denied other data', 'Our app uses a third-party kit solely to process in-app purchases; that kit receives only a transaction token and does not receive information about how you use the app.'],
  ])('not a disclosure: %s', (_shape, text) => expectNoTrackingKind(text));
});

describe('Chinese layouts where another line decides', () => {
  it.each([
    ['a Traditional record whose entrusted-firm field names the kind', '個人資料蒐集告知事項\n一、蒐集目的：會員管理、統計分析\n二、受託廠商類別：數據分析公司', 'site_analytics'],
    ['a record whose send-to field names an analysis tool', '信息的外部发送\n发送目标：访问分析工具的提供者\n发送目的：分析本网站的使用状况', 'site_analytics'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['"we will not do the following" with the verb in the rows', '我们不会进行以下操作：\n· 向广告商出售您的个人信息\n· 将您的浏览记录提供给外部机构用于统计'],
    ['a Traditional lead-in denying the recipients below', '我們不會將您的個人資料提供予下列對象：\n・廣告公司及廣告聯播網\n・市場調查公司'],
    ['services run in-house, no third party involved', '以下功能由我们自行开发和运营，不涉及任何第三方：\n· 访问量统计\n· 广告位的投放与展示'],
    ['SDKs removed and collecting nothing', '以下SDK已从本应用中移除，不再收集任何信息：\n· 第三方广告SDK\n· 第三方统计SDK'],
    ['a versioned change log line that removes', '版本更新记录\nV5.1：移除第三方统计SDK，改用自有统计系统'],
    ['a row whose footnote says the sharing ended', '我们与以下第三方共享信息：\n· 物流公司（配送商品）\n· 广告合作方*（广告投放）\n* 自2024年3月起，我们已终止与所有广告合作方的数据共享。'],
  ])('not a disclosure: %s', (_shape, text) => expect(kinds(text).has(/统计/.test(text) ? 'site_analytics' : 'advertising')).toBe(false));
});

describe('denials and what narrows or undoes them', () => {
  const sharingDenials = (text: string) => analyzePolicy(text).claims.filter((c) => c.kind === 'no-sharing');
  it('a denial whose next sentence exempts processors is no promise', () => {
    expect(sharingDenials('We do not pass on your data to third parties. Exempt from this are processors bound by our instructions, such as our hosting provider.')).toEqual([]);
  });
  it('the same denial standing alone is one', () => {
    expect(sharingDenials('We do not pass on your data to third parties. Our offices are in Leeds.').length).toBe(1);
  });

  it.each([
    ['Chinese: unless you switch it on', '除非您在“设置”中主动开启个性化广告，我们不会向第三方广告合作伙伴提供您的设备标识符。', 'advertising'],
    ['Chinese: unless consent is given', '对于欧洲经济区的访问者，除非获得您的同意，我们不会加载第三方广告Cookie。', 'advertising'],
    ['Chinese: partners denied the name but given an ad ID', '我们的广告合作伙伴不会获得您的姓名或电话，只会获得随机生成的广告标识符和您与广告的互动记录。', 'advertising'],
    ['an analytics vendor denied the account but given events', 'Our analytics provider does not receive your account details; it only receives a random ID and the pages you view.', 'site_analytics'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['Chinese: partners denied everything', '我们的广告合作伙伴不会获得您的任何个人信息。'],
  ])('not a disclosure: %s', (_shape, text) => expectNoTrackingKind(text));
});

describe('summary formats: answered questions and two-column tables', () => {
  it.each([
    ['a question answered yes on its line', 'Quick facts\nDo we use third-party analytics? Yes — to understand traffic to our site.', 'site_analytics'],
    ['a two-column yes/no table without outer pipes', 'Sharing summary | Yes/No\nWith hosting providers | Yes\nWith advertising partners | Yes\nWith data brokers | No', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['a question answered no', 'Do we use third-party analytics? No — we count visits on our own server.'],
    ['a two-column table whose analytics row says no', 'Sharing summary | Yes/No\nWith hosting providers | Yes\nWith analytics providers | No'],
    ['a row whose footnote says the kit is self-hosted', '第三方SDK\n用途 | SDK类型\n统计分析* | 第三方统计SDK\n* 该SDK采用私有化部署，SDK提供方无法访问任何数据。'],
  ])('not a disclosure: %s', (_shape, text) => expect(kinds(text).has('site_analytics')).toBe(false));
});

describe('app-store labels and checkmark rows', () => {
  it.each([
    ['Chinese data-safety rows with the Chinese dash', '数据安全\n与第三方共享的数据\n设备或其他 ID —— 广告或营销\n应用活动——分析', 'advertising'],
    ['Chinese data-safety rows: analytics', '数据安全\n与第三方共享的数据\n应用信息和性能 —— 分析\n大致位置 —— 广告或营销', 'site_analytics'],
    ['the privacy label for tracking across other companies\' apps', 'App Privacy\nThe following data may be used to track you across apps and websites owned by other companies:\n• Identifiers\n• Usage Data', 'advertising'],
    ['Chinese: the label as a sentence', 'App 隐私\n以下数据可能会被用于跨其他公司的 App 和网站追踪您：标识符、使用数据。', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['a crossed-out row', '服务商清单\n✓ 云服务商 —— 存储数据\n✗ 广告或统计服务商 —— 无'],
    ['a row whose value after the Chinese dash is none', '合作方一览\n广告或统计服务商——无\n短信服务商——发送验证码'],
  ])('not a disclosure: %s', (_shape, text) => expectNoTrackingKind(text));
});

describe('a denial held back by someone else\'s consent is a condition', () => {
  const sharingDenials = (text: string) => analyzePolicy(text).claims.filter((c) => c.kind === 'no-sharing');
  it.each([
    "We will not provide personal information to third parties without the customer's consent.",
    "We do not disclose member data to outside companies without the member's permission.",
  ])('no promise: %s', (text) => expect(sharingDenials(text)).toEqual([]));
  it('a plain denial stays one', () => expect(sharingDenials('We will not provide personal information to third parties.').length).toBe(1));
});

describe('denials of a pointed-back or purpose-bound recipient say less', () => {
  const sharingDenials = (text: string) => analyzePolicy(text).claims.filter((c) => c.kind === 'no-sharing');
  it.each([
    ['the advertisers just described', 'Some pages show ads bought by local shops. We do not share your personal information with such advertisers.'],
    ['Chinese: only for marketing', '我们不会向任何外部公司提供您的信息用于营销目的。'],
  ])('no general promise: %s', (_shape, text) => expect(sharingDenials(text)).toEqual([]));
  it('a denial to every advertiser stays one', () => expect(sharingDenials('We do not share your personal information with advertisers.').length).toBe(1));
});

describe('a party denied some data that only receives the rest', () => {
  it('Chinese: the provider that only receives an ID and page events discloses analytics', () => {
    expect(kinds('分析服务提供商无法获得您的账号信息：传输前我们已将用户ID替换为随机编号，提供商只接收该编号和您的页面浏览事件。')).toContain('site_analytics');
  });
  it.each([
    ['advertisers that only receive totals', 'No advertising company places tags on our pages, and advertisers only receive the total number of times their advert was shown.'],
  ])('not a disclosure: %s', (_shape, text) => expect(kinds(text).has('advertising')).toBe(false));
});

describe('Chinese: an error-monitoring service', () => {
  it('discloses analytics', () => expect(kinds('应用闪退时，崩溃日志会自动发送给我们使用的错误监测服务，用于定位问题。')).toContain('site_analytics'));
  it('the site monitoring errors itself does not', () => expect(kinds('崩溃日志只保存在我们自己的服务器上，由我们自行分析。').has('site_analytics')).toBe(false));
});

describe('a record\'s trustee named by kind', () => {
  it('an app usage statistics company is an analytics kind', () => expect(kinds('Entrustment of processing\nTrustee: an app usage statistics company\nEntrusted work: analysis of app usage statistics')).toContain('site_analytics'));
});
