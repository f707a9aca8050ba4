import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './extract.ts';
import { sentenceFeatures } from './category-model.ts';
import { deniesByDefault, maskIdentityLimits } from './negation.ts';
import { reportsToUs, sharedWithSomeone } from './outside-party.ts';
import { DEFINITE_OUTSIDE_RECIPIENT } from './lexicon/terms.ts';
import { categoryKinds as kinds, expectNoTrackingKind } from '../../../tests/support/policy-sentences.ts';

// From the thirty-fifth session's reading of the development category rounds: general shapes, written here in new words,
// with the look-alikes that must stay silent.

describe('a limit on what is seen of the reader is not a denial of the flow (learned reader)', () => {
  it.each([
    ['看不到你是谁', '本店的访问量由建站平台统计，店主只能看到总数，看不到你是谁。'],
    ['不显示身份信息', '品牌后台仅显示活动页面的浏览量和点击量，不显示任何访客的身份信息。'],
    ['不会也无法知道具体是谁', '动态的阅读数由内容平台统计，我们不会也无法知道具体是谁看了哪一条。'],
    ['but not who', 'Our mailing service counts how many readers clicked each link and tells us, but not who.'],
    ["can't see your name", 'The booking engine reports which rooms were viewed; we cannot see your name.'],
  ])('the sentence is read: %s', (_shape, text) => {
    expect(deniesByDefault(text)).toBe(true);
    expect(sentenceFeatures(text, /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en').length).toBeGreaterThan(0);
  });

  it.each([
    ['a denial of giving', '品牌方不会获得您的任何个人信息。', 'zh'],
    ['a denial of sharing a name', 'We do not share your name with advertisers.', 'en'],
    ['a denial of the flow beside a limit', 'We never send your data to other companies, and we cannot see your name.', 'en'],
  ] as const)('still a denial, never read: %s', (_shape, text, lang) => expect(sentenceFeatures(text, lang)).toEqual([]));

  it('blanks the limit in place, keeping offsets', () => {
    const text = '平台统计阅读量，看不到你是谁。';
    expect(maskIdentityLimits(text)).toHaveLength(text.length);
    expect(maskIdentityLimits(text)).not.toContain('看不到');
  });
});

describe('a field record whose supplier or destination field says who receives', () => {
  it.each([
    ['a tag supplier field, split over lines the splitter takes for titles', '统计代码提供方：外部数据公司\n放置位置：报名页\n作用：统计从各推广渠道进入报名页的人数', 'advertising'],
    ['a transmission notice whose first line is the destination', '送信目的地：广告配信事业者\n送信的信息：广告识别符\n利用目的：广告效果的测定', 'advertising'],
    ['a Taiwanese notice: purposes in one numbered field, users in another', '個人資料蒐集告知事項\n一、蒐集目的：會員管理、行銷。\n二、個人資料類別：姓名、電話。\n三、利用對象：本公司及受本公司委託之廠商。', 'advertising'],
    ['an English provider field', 'Provider: an outside measurement company\nData: pages viewed\nPurpose: statistics on how visitors use the site', 'site_analytics'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['the supplier is the site itself', '统计代码提供方：无（本站自行统计）\n放置位置：报名页\n作用：统计报名人数'],
    ['a record that says nothing is sent', '送信目的地：不适用\n送信的信息：无\n利用目的：广告效果的测定'],
  ])('not a disclosure: %s', (_shape, text) => expectNoTrackingKind(text));
});

describe('whoever a sharing verb gives the data to is outside', () => {
  it.each([
    ['the makers a shop lists', 'We share what you buy with the makers whose goods we list so that they can send you offers of their own.'],
    ['the makers featured in a box', 'We pass your name and email to the makers featured in this month\'s box, so that they can send you discount codes.'],
  ])('discloses advertising: %s', (_shape, text) => expect(kinds(text)).toContain('advertising'));

  it.each([
    ['shared with no one', 'Your playlists are shared with no one unless you link another app yourself.'],
    ['never shared with any outside organisation', 'Session recordings are never shared with any outside organisation.'],
    ['the buyer of the business', 'If our company is sold or merged, purchase histories and marketing preferences may be transferred to the buyer.'],
    ['our group', 'We share your details with the companies in our group so that they can send you offers.'],
  ])('names no outside recipient: %s', (_shape, text) => expect(sharedWithSomeone(text)).toBeNull());

  it.each([
    ['提供给 a partner described with 与我们合作', '会员同意后，我们会将您的姓名和手机号提供给与我们合作推出联名卡的银行，由该银行向您介绍开卡优惠。'],
  ])('discloses advertising (Chinese): %s', (_shape, text) => {
    expect(sharedWithSomeone(text)?.[0]).toContain('银行');
    expect(kinds(text)).toContain('advertising');
  });

  it.each([
    ['和 joining two pieces of data', '我们可能将您的姓名和会员等级共享给本集团内的保险子公司，由其向您介绍产品。'],
    ['advertisers getting reports', '我们会向广告主提供广告曝光次数的汇总报告。'],
    ['a denial', '我们不会向任何外部机构提供您的手机号。'],
    ['the reader', '我们会向阁下发送本公司的优惠资讯。'],
  ])('names no outside recipient (Chinese): %s', (_shape, text) => expect(sharedWithSomeone(text)).toBeNull());

  it.each([
    ['let that site know', 'When you arrive from a coupon blog, we let that blog know which of your orders came from its link, so that it can be paid.', 'advertising'],
  ])('the one told is outside: %s', (_shape, text, kind) => {
    expect(sharedWithSomeone(text)).not.toBeNull();
    expect(kinds(text)).toContain(kind);
  });
  it.each([
    ['send an error report', 'If the app crashes, you can send an error report; it goes to our own server.'],
    ['tell you', 'We tell you which of your orders shipped.'],
  ])('no one outside is told: %s', (_shape, text) => expect(sharedWithSomeone(text)).toBeNull());

  it('"to" before a verb is a purpose, not a recipient', () => {
    expect(sharedWithSomeone('We pass your order to process the delivery.')).toBeNull();
  });
  it('the recipient is named by the match', () => {
    expect(sharedWithSomeone('We exchange supporter details with like-minded charities.')?.[0]).toMatch(/charities$/);
  });
  it('the sentence stays the quote', () => {
    const ad = analyzePolicy('We share what you buy with the makers whose goods we list so that they can send you offers of their own.').categories.find((c) => c.category === 'advertising');
    expect(ad?.evidence.text).toContain('the makers whose goods we list');
  });
});

describe('"our … provider" is someone else', () => {
  it.each([
    ['a tag from our ticketing platform', 'When you buy a ticket, a tag from our ticketing platform records which page and which campaign brought you to us.', 'advertising'],
    ['our mailing platform processing open and click data', 'We put tracking pixels in our bulletins. Our mailing platform processes the open and click data on our behalf so that we can tailor later bulletins to your interests.', 'site_analytics'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));
  it('"our platform" alone is the site', () => expectNoTrackingKind('Our platform records which lessons you finish so that you can pick up where you left off.'));
  const outside = new RegExp(DEFINITE_OUTSIDE_RECIPIENT);
  it.each(['Our push notification provider tells us which reminders you open.', 'Our email marketing platform processes the open and click data.', 'a tag from our fundraising platform records the appeal'])('an outside recipient: %s', (text) => expect(outside.test(text)).toBe(true));
  it.each(['Our platform records which lessons you finish.', 'Our providers of care are listed below.'])('the site\'s own: %s', (text) => expect(outside.test(text)).toBe(false));
});

describe('whoever reports to the site is not the site', () => {
  it.each([
    ['a content platform that gives the account its readers\' figures', '内容平台会向我们提供每篇文章的阅读数和读者地区分布等统计信息。', 'site_analytics'],
    ['a messaging platform that tells us who clicked', '活动短信里的链接由短信平台生成，您点开后，平台会告诉我们这批短信有多少人点开。', 'site_analytics'],
  ])('discloses: %s', (_shape, text, kind) => {
    expect(reportsToUs(text)).not.toBeNull();
    expect(kinds(text)).toContain(kind);
  });
  it.each([
    ['the reader is asked to tell us', '如阁下不希望再收到推广讯息，请以书面通知我们。'],
    ['our own mail\'s images', '邮件中的图片和链接会告诉我们邮件是否被打开。'],
    ['a denial', '合作方不会向我们提供您的通讯录。'],
    ['the site\'s own app', 'When this setting is on, the app sends us statistics about which features you use.'],
    ['our own team', 'Our support team tells us which questions come up most.'],
  ])('not someone else: %s', (_shape, text) => expect(reportsToUs(text)).toBeNull());
  it('an English reporter', () => expect(reportsToUs('The stores give us download numbers for each country.')?.[1]).toBe('The stores'));
});

describe('a store label\'s single row under its "data shared" title', () => {
  it.each([
    ['Chinese', '数据安全\n与第三方共享的数据\n设备或其他 ID —— 广告或营销\n收集的数据\n应用活动 —— 应用功能', 'advertising'],
    ['English', 'Data safety\nData shared with third parties\nApp interactions — Analytics\nData collected\nName — Account management', 'site_analytics'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));
  it('a row under "data collected" only is not shared', () => {
    expect(kinds('数据安全\n收集的数据\n应用活动 —— 分析\n此数据不会与第三方共享')).not.toContain('site_analytics');
  });
});

describe('the items of a third-party SDK directory', () => {
  it('each item under "第三方SDK目录" is one of the outside kits, with its own purpose', () => {
    const found = kinds('第三方SDK目录（部分）\n· 统计分析类：用于统计日活跃用户数\n· 广告类：用于在应用内展示广告并进行归因');
    expect(found).toContain('advertising');
    expect(found).toContain('site_analytics');
  });
  it('a list under a title that is not about outside kits says nothing of them', () => {
    expect(kinds('功能说明\n· 消息：用于接收订单通知\n· 推荐：用于在应用内展示本店的活动')).not.toContain('advertising');
  });
});
