import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds, namedOrgs } from '../../../tests/support/policy-sentences.ts';
import { parseDenial } from './denial.ts';

// From the twentieth session's development rounds (en-category-37, zh-category-35: what current policies say, and how far
// their denials reach), each written here in new words, with the look-alike that must stay as it is.

describe('twentieth-session development rounds: disclosures', () => {
  it.each([
    ['a kind named as one of two coordinated modifiers', 'Where processing happens\nOur analytics and advertising partners are in Canada and Ireland; the cookies they set send them what you view here.', 'site_analytics'],
    ['three coordinated modifiers', 'We work with analytics, email and payment vendors who act on our instructions.', 'site_analytics'],
    ['a data clean room with a brand that advertises', 'Brands that run campaigns on our store may match their customer lists against our shopper records in a data clean room and receive aggregate results.', 'advertising'],
    ['a provider that records time on each page', '另有一家服务商为我们记录您在各个页面的停留时间。', 'site_analytics'],
    ['pre-roll ads filled by outside partners', '课程里的视频贴片由外部合作方填充。', 'advertising'],
    ['the company that provides the site a data service', '您的浏览记录会由为本站提供运营数据服务的公司保存。', 'site_analytics'],
    ['what a restricted mode switches off happens otherwise', 'Teen settings\nWhen teen mode is on, we will not share the teen\'s activity with third parties for advertising.', 'advertising'],
    ['Chinese: what basic mode stops loading', '切换到基础功能模式后，应用将不再加载第三方统计SDK。', 'site_analytics'],
    ['analytics by "our Data Processor" in a notice row', 'Data: app events | Purpose: analytics by our Data Processor | Withdraw: Settings', 'site_analytics'],
    ['Chinese: the reader choosing not to get partners\' interest-based ads', '您可以选择不接收与我们合作的公司基于您兴趣投放的广告。', 'advertising'],
    ['swapping contact lists with other charities', 'Now and then we exchange mailing lists with similar charities so they can tell you about their appeals.', 'advertising'],
    ['Chinese: buyers taking part in the auction', '每次广告请求都会向参与竞价的买方发送设备型号和城市。', 'advertising'],
    ['a Chinese performance-monitoring provider whose denial covers only some data', '性能监测服务商不会获取您的账号和聊天记录；其仅收集页面卡顿次数和崩溃日志，用于帮助我们定位问题。', 'site_analytics'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));
});

describe('twentieth-session development rounds: look-alikes', () => {
  it.each([
    ['a clean room that is a laboratory', 'Our lab staff work in a clean room to keep the sensors free of dust.', 'advertising'],
    ['not taking part in clean rooms', 'We do not take part in data clean rooms and never hand our member lists to ad platforms.', 'advertising'],
    ['ad SDKs the app has removed', '从今年3月起，本应用已移除所有第三方广告SDK，也不再展示广告。', 'advertising'],
    ['English: ad SDKs removed', 'We have removed every third-party advertising SDK from the app.', 'advertising'],
    ['a provider barred from marketing use', '您的文本会发送给翻译服务商；服务商依约不得将其用于营销。', 'advertising'],
    ['a charity that never swaps its lists', 'We never swap or sell our supporter lists.', 'advertising'],
    ['Chinese: what children\'s mode itself promises', '儿童模式下，我们不会展示广告，也不会向第三方提供儿童的观看记录。', 'advertising'],
    ['a performance-monitoring provider that gets nothing', '我们不使用任何第三方性能监控服务商，卡顿和崩溃数据只保存在我们自己的服务器上。', 'site_analytics'],
  ])('not a disclosure: %s', (_shape, text, kind) => expect(kinds(text)).not.toContain(kind));
});

describe('twentieth-session development rounds: how far a denial reaches', () => {
  it('finds the recipient in the denial\'s own clause, not in the next one', () => {
    // "… with data brokers, and we do not sell it to anyone": the sharing denial is about data brokers only.
    expect(parseDenial('We never share your personal data with data brokers, and we do not sell it to anybody.')).toBeNull();
    expect(parseDenial('We do not share your personal information with anyone, and we never sell it.')?.recipient).toBe('anyone');
    expect(parseDenial('We do not disclose your personal information to third parties, and we keep it in Canada.')?.recipient).toBe('third-parties');
  });
});

describe('twentieth-session development rounds: a restricted mode and the companies it names', () => {
  it('reads switching to a restricted mode as saying the kind is used otherwise, but does not name the companies it lists', () => {
    const text = '开启儿童模式后，我们不再接入穿山甲等第三方广告SDK。';
    expect(kinds(text)).toContain('advertising');
    expect(namedOrgs(text)).not.toContain('bytedance_inc');
  });
});
