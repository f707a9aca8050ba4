import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds } from '../../../tests/support/policy-sentences.ts';

// Structure, from the nineteenth session's development rounds (en-category-35, zh-category-33: whole policy sections),
// each written here in new words, with the look-alike that must stay as it is.

describe('nineteenth-session development rounds: disclosures', () => {
  it.each([
    ['a cookie table whose party column says "Third"', 'Cookies\nName | Party | Lifetime | Use\n_ab | Third | 1 year | counts returning visitors for our statistics', 'site_analytics'],
    ['an error-monitoring subprocessor', 'Vendors\nTask | Region | Description\nError monitoring | US | collects crash traces from the web app', 'site_analytics'],
    ['a Chinese table row answered yes under "是否共享"', '数据共享情况\n对象类型 | 是否共享 | 内容\n统计服务商 | 是 | 匿名访问数据，用于生成访问量报告', 'site_analytics'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));
});

describe('nineteenth-session development rounds: look-alikes', () => {
  it.each([
    ['a status column saying the ad cookie is not used', 'Cookie list\nName | Type | Purpose | Status\n_rt | Third-party | shows you our deals on other sites | Not used on this site', 'advertising'],
    ['a Chinese status column saying removed', 'Cookie 清单\n名称 | 类别 | 来源 | 状态\n_ad | 广告 | 第三方 | 已移除', 'advertising'],
    ['a "shared with third parties?" column answered no, with a reason', '处理活动一览\n活动 | 法律依据 | 是否提供给第三方\n访问统计 | 合法利益 | 否，由本站服务器自行统计', 'site_analytics'],
    ['a Chinese row answered no in a table whose header names the third parties', '对外提供情况\n第三方类型 | 是否共享 | 备注\n广告联盟 | 否 | —', 'advertising'],
    ['what the site used to do, said as the past', 'We used to work with a heat-map provider.', 'site_analytics'],
    ['"曾接入" without anything about now', '本应用曾接入第三方广告平台，用于展示开屏广告。', 'advertising'],
  ])('not a disclosure: %s', (_shape, text, kind) => expect(kinds(text)).not.toContain(kind));

  it('the past with the present still discloses', () => {
    expect(kinds('We used to run our own counter; we now use an outside analytics provider that sets cookies.')).toContain('site_analytics');
  });
});
