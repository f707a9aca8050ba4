import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds, expectNoTrackingKind } from '../../../tests/support/policy-sentences.ts';

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
