import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds, expectNoTrackingKind } from '../../../tests/support/policy-sentences.ts';

// From the twenty-fifth session's development rounds (en-category-50, zh-category-48: the sections privacy laws make
// policies write), each written here in new words, with the site's own statement that must stay a disclosure.

describe('the law in general is not what this site does', () => {
  it.each([
    ['a term the law defines', '"Sale" means renting, releasing or otherwise making available a consumer\'s personal information to an advertising network for valuable consideration.'],
    ['what such businesses must do', 'Any business that shares personal information for cross-context behavioral advertising must offer a link titled "Do Not Share My Personal Information."'],
    ['rights that depend on the reader\'s state', 'Depending on your state of residence, you may be able to opt out of targeted advertising and of profiling.'],
    ['a section of the civil code', 'Civil Code section 1798.83 permits residents to ask which third parties received their data for direct marketing.'],
    ['Chinese: a defined term', '“出售”是指为获取金钱或其他对价，向广告网络或其他第三方提供消费者的个人信息。'],
  ])('not a disclosure: %s', (_shape, text) => expectNoTrackingKind(text));

  it.each([
    ['the site using the defined term of itself', 'We "share" identifiers with advertising networks, as the law defines that word, so that they can show you our ads elsewhere.', 'advertising'],
    ['the site offering its own link', 'We share device identifiers with ad networks; to stop this, use the "Do Not Share My Personal Information" link below.', 'advertising'],
  ])('still a disclosure: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));
});

describe('the site saying what it is not, or running the tool itself', () => {
  it.each([
    ['not registered as a data broker', 'We are not registered as a data broker, because we do not sell information about people we have no relationship with.'],
    ['Chinese: a tool the company set up and runs itself', '本网站的访问统计工具系由本公司自行搭建及维护，统计数据不会发送至外部。'],
    ['Chinese: analysis on the parent company\'s platform', '我们会在母公司运营的数据平台上对各产品的使用情况进行汇总统计分析。'],
  ])('not a disclosure: %s', (_shape, text) => expectNoTrackingKind(text));

  it('a data broker the site does use still discloses', () => {
    expect(kinds('We buy audience segments from a data broker and use them to target our ads on social networks.')).toContain('advertising');
  });
});

// From en-category-51 / zh-category-49 (sector formats: bank notices, carriers, insurers), in new words.
describe('sector notices: marketing by others, said the way banks and carriers say it', () => {
  it.each([
    ['a box the reader ticks to stop sharing for marketing', '☐ Do not share my contact details with outside companies to market their products to me.', 'advertising'],
    ['agents who market services to the reader', 'With your approval we may share account records with independent dealers so that they can market phone plans to you.', 'advertising'],
    ['a joint marketing arrangement', 'We have a joint marketing agreement with an insurer and give it the names and addresses of our members.', 'advertising'],
    ['Chinese: a bank table row answered yes', '我们分享您个人信息的原因 | 本行是否分享？ | 您能否限制？\n用于非关联公司向您营销 | 是 | 是', 'advertising'],
    ['Chinese: agents who pitch to the reader', '我们可能与代理商分享您的手机号码，以便其向您推销宽带套餐业务。', 'advertising'],
    // The reader's box is read without its "Do not"; the site's own opt-out link keeps its reading as the opt-out it is.
    ['the opt-out link the site offers', 'We share identifiers with ad networks. Use the "Do Not Sell or Share My Personal Information" link to stop it.', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['Chinese: the same bank row answered no', '我们分享您个人信息的原因 | 本行是否分享？ | 您能否限制？\n用于非关联公司向您营销 | 否 | 我们不分享'],
    ['the site marketing its own services itself', 'Our own staff may contact you to market our other savings products to you.'],
  ])('not a disclosure of marketing companies: %s', (_shape, text) => expectNoTrackingKind(text));
});
