import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './extract.ts';
import { categoryKinds as kinds, expectNoTrackingKind } from '../../../tests/support/policy-sentences.ts';

// From the thirty-fourth session's reading of the development category rounds: records that say who receives the data in
// a field or column of its own, with no verb (processing tables, provision notices, one-line SDK records). Written here in
// new words, with the look-alikes that must stay silent.

describe('a record whose recipient field is the verb', () => {
  it.each([
    ['a processing table with a recipients column', 'Activity | Recipients | Lawful basis\nShowing you our offers on other sites | ad networks | consent'],
    ['a provision notice, purpose above the recipient', 'Purpose of provision: joint marketing of travel products\nRecipient: partner airline company\nItems provided: name, e-mail address'],
    ['a provision notice, purpose below the recipient', 'Recipient: partner lender\nPurpose of use by recipient: telemarketing of loan products\nRetention period: 6 months'],
    ['a one-line SDK record with the supplier type', 'SDK 类型：推送 SDK｜使用目的：向长期未打开应用的用户推送促销广告｜收集信息：设备标识符｜提供方类型：第三方营销服务商'],
  ])('discloses advertising: %s', (_shape, text) => expect(kinds(text)).toContain('advertising'));

  it('quotes the whole record, not the recipient line alone', () => {
    const text = 'Recipient: partner lender\nPurpose of use by recipient: telemarketing of loan products\nRetention period: 6 months';
    const ad = analyzePolicy(text).categories.find((c) => c.category === 'advertising');
    expect(ad?.evidence.text).toContain('telemarketing');
    expect(ad?.evidence.text).toContain('Recipient: partner lender');
  });

  it.each([
    ['the recipients cell says in-house', 'Activity | Recipients | Lawful basis\nVisitor statistics | none – done in-house | legitimate interest'],
    ['a recipient that is our own staff', 'Recipient: our customer service staff\nPurpose: answering your questions about ads on the site'],
    ['a summary list: another topic is not the record\'s purpose', 'At a glance\n• We collect: phone number, ID documents.\n• Shared with: banks and identity verification agencies.\n• Marketing: we may text you our own offers.'],
    ['the security provider scans incoming traffic', 'Legitimate interests | Protecting the network | Recipients: security provider, which filters incoming traffic'],
    ['a record that says the provision has ended', 'Recipient: partner ad network\nPurpose of use by recipient: not applicable – no longer provided since 2023'],
  ])('not a disclosure: %s', (_shape, text) => expectNoTrackingKind(text));
});

describe('a 未 clause that describes a noun is not a denial', () => {
  it('"向长期未登录的用户投放广告": the users are described, nothing is denied', () => {
    expect(kinds('我们与第三方广告平台共享设备标识符，用于向长期未登录的用户投放召回广告。')).toContain('advertising');
  });
  it('"我们未向第三方广告平台提供" stays a denial', () => {
    expect(kinds('我们未向任何第三方广告平台提供您的设备标识符。')).not.toContain('advertising');
  });
});

describe('audience measurement in its own words', () => {
  it('an outside SDK that works out what you are watching discloses analytics', () => {
    expect(kinds('An SDK from another company listens for audio signals to work out what you are watching.')).toContain('site_analytics');
  });
});

describe('Chinese words with 不 or 没 that deny nothing', () => {
  it.each([
    ['不可逆 encryption', '我们会将您的手机号经不可逆加密处理后提供给合作广告平台，用于向与您特征相似的人群展示我们的活动。', 'advertising'],
    ['不同 age groups', '为了解不同年龄段用户的使用偏好，我们使用了第三方提供的用户行为分析服务。', 'site_analytics'],
    ['a TL;DR heading', '太长不看版：我们会把你的使用情况交给统计服务商分析。', 'site_analytics'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it('a real denial is still one', () => {
    expect(kinds('我们不会将您的使用情况提供给任何第三方统计服务商。')).not.toContain('site_analytics');
  });
});

describe('an e-mail address in a list of data is not the site e-mailing you', () => {
  it('"we share your name, email and …" with partners that market to you', () => {
    expect(kinds('We share your name, email and order history with partners that send you their own offers.')).toContain('advertising');
  });
});

describe('Chinese ad and analytics purposes in the words of the trade', () => {
  it.each([
    ['rewarded video settled with the SDK supplier', '激励视频由第三方SDK提供，SDK提供方会收集您的设备信息和观看完成情况，用于与我们结算。', 'advertising'],
    ['a host-read sponsorship checked by an outside body', '部分节目包含赞助方提供的口播内容，独立的第三方监测机构会获得您的IP地址和播放进度。', 'advertising'],
    ['retargeting elsewhere', '我们会让合作的媒体平台识别来过本站的设备，好在别处提醒您回来看看。', 'advertising'],
    ['an outside party presenting brand content to you', '合作方会获取本机的设备编号，以决定向您呈现哪些品牌的视频内容。', 'advertising'],
    ['a funnel built by the booking software', '预约软件会记下访客点了哪个按钮、在哪一步放弃了预约，并由第三方服务商汇成漏斗图给我们看。', 'site_analytics'],
    ['an outside company hired for page experience', '我们请来做页面体验优化的公司会记录您的点击位置。', 'site_analytics'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['a referrer URL is not a referral fee', '出于理解访问者如何使用本服务之目的，我们聘用了外部服务提供者，其可收集您访问的页面以及引荐来源网址。', 'advertising'],
    ['the work is given to no outside party', '此项分析不委托任何第三方进行。', 'site_analytics'],
  ])('not this kind: %s', (_shape, text, kind) => expect(kinds(text)).not.toContain(kind));
});

describe('English ad and analytics purposes said as what the outside party does', () => {
  it.each([
    ['promoting in its own app', 'The booking widget belongs to an outside reservations company, which may use your visit to suggest other restaurants to you in its own app.', 'advertising'],
    ['in front of you on other websites', 'Publishers may be given your wishlist entries so that they can put their new releases in front of you on other websites.', 'advertising'],
    ['which appeals raised money', 'A confirmation is sent to the social media platforms where we run appeals, so that we can see which appeals raised money.', 'advertising'],
    ['audience trends', 'We may share de-identified information with advertisers and other companies for reports on audience trends.', 'site_analytics'],
    ['how long you play', 'The game includes kits from other companies that report how long you play.', 'site_analytics'],
    ['the prize sponsor', 'Your details may be passed to the prize sponsor so it can tell you about its products.', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));
});
