import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds } from '../../../tests/support/policy-sentences.ts';

// From the twenty-second session's development rounds (en-category-40, zh-category-38: outside companies described by
// their role or by the effect of what they do), each written here in new words, with the look-alike that must stay as it is.

describe('twenty-second-session development rounds: an outside party introduced by what it does for the site', () => {
  it.each([
    ['"the outfit that does our …"', 'The outfit that does our site statistics sees which page you arrived on and how long you stayed.', 'site_analytics'],
    ['"a company we hire"', 'A company we hire measures how many people visit each page, using a small code on the site.', 'site_analytics'],
    ['"the firm behind our …"', 'The firm behind our rewards app uses your purchases to send you offers from partner shops.', 'advertising'],
    ['"the people who run our shop software"', 'The people who run our shop software count visits and sales and show us the figures in a graph.', 'site_analytics'],
    ['Chinese: 帮我们做…的公司', '帮我们做会员营销的那家公司会根据你的购物记录给你发优惠短信。', 'advertising'],
    ['Chinese: 请了一家…公司', '我们请了一家研究用户体验的公司，用他们的工具统计每个按钮被点击的次数。', 'site_analytics'],
    ['Chinese: 媒体代理公司', '我们的投放代理公司在网站上放了一段代码，用来衡量广告带来的订单。', 'advertising'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['the firm behind a service of another kind', 'The company that prints our catalogue receives your postal address and nothing else.'],
    ['a hired company that only delivers', 'A courier company we hire receives your name and address to deliver your parcel.'],
    ['Chinese: a company that only hosts', '帮我们托管网站的那家公司只负责服务器的运行维护。'],
    ['the site counting on its own', 'We count visits ourselves; no company we hire sees them.'],
  ])('not a disclosure: %s', (_shape, text) => {
    const k = kinds(text);
    expect(k.has('advertising') || k.has('site_analytics'), [...k].join(',')).toBe(false);
  });
});
