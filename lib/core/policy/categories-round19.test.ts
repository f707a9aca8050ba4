import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds, expectNoTrackingKind } from '../../../tests/support/policy-sentences.ts';
import { parseDenial } from './denial.ts';

// From the twenty-fourth session's development rounds (en-category-48, zh-category-46: disclosures made as an exception,
// a condition or a choice; en-category-49, zh-category-47: the trade's jargon), each written here in new words, with the
// look-alike that must stay as it is.

describe('a denial that holds only if the visitor refuses tells what happens when they do not', () => {
  it.each([
    ['if you decline', 'If you decline, our advertising partners will not receive the pages you visit.', 'advertising'],
    ['closing the banner counts as a refusal', 'Closing this notice without a choice is treated as a refusal, and neither our analytics provider nor any ad network will get data about your visit.', 'site_analytics'],
    ['a Do Not Track signal', 'When your browser sends a Do Not Track signal, we do not load the conversion tags of our advertising partners.', 'advertising'],
    ['a choice the reader makes', "If you choose 'Limit ad tracking', we will not pass your advertising ID to ad networks.", 'advertising'],
    ['Chinese: if you refuse', '如您拒绝，我们将不会向广告合作方提供您的设备标识符。', 'advertising'],
    ['Chinese: if you turn it off', '如您关闭“个性化推荐”，我们不会再向第三方统计服务商发送您的浏览记录。', 'site_analytics'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['a plain denial', 'Our advertising partners never receive the pages you visit.'],
    ['a denial for everyone, whatever the choice', 'Whether you accept or decline, no ad network receives data about your visit.'],
    ['Chinese: a plain denial', '我们不会向任何广告合作方提供您的设备标识符。'],
  ])('not a disclosure: %s', (_shape, text) => expectNoTrackingKind(text));
});

describe('a summary field answered with nothing', () => {
  it.each([
    ['a dash', 'Shared with ad networks: —'],
    ['None', 'Personal information shared for targeted advertising: None'],
    ['Chinese: 无', '共享给广告平台的信息：无'],
  ])('not a disclosure: %s', (_shape, text) => expectNoTrackingKind(text));

  it('a field answered with a kind of company discloses', () => {
    expect(kinds('Shared with: advertising networks')).toContain('advertising');
  });
});

describe('ad-tech jargon for who gets the data', () => {
  it.each([
    ['Chinese: supply-side platforms', '页面加载时，竞价脚本会向多家供应方平台发送请求，并附带Cookie标识。', 'advertising'],
    ['Chinese: demand-side platforms', '在程序化交易中，您的设备信息可能被传递给需求方平台。', 'advertising'],
    ['Traditional Chinese: an ad network (聯播網)', '免費會員會看到由廣告聯播網依其瀏覽習慣所投放的廣告。', 'advertising'],
    ["Chinese: the buyer's ad system", '部分广告位通过私有交易市场售出，您的粗略位置可能传递给买方的投放系统。', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['Chinese: the site\'s own ad system', '本站广告由我们自营的投放系统根据页面内容匹配，广告主无法获取访客的任何数据。'],
  ])('not a disclosure: %s', (_shape, text) => expectNoTrackingKind(text));
});

describe('a denial whose exception is named with a noun is no plain denial', () => {
  it.each([
    ['with the exception of', 'We do not share your personal information with third parties, with the exception of an advertising platform whose tag measures our campaigns.'],
    ['the only exception is', 'We do not share your personal information with third parties; the only exception is our ad measurement partner.'],
  ])('not a denial: %s', (_shape, text) => expect(parseDenial(text)).toBeNull());

  it('the plain denial stays one', () => {
    expect(parseDenial('We do not share your personal information with third parties.')).not.toBeNull();
  });
});
