import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './extract.ts';
import { RECIPIENT_FIELD, RECIPIENT_TITLE } from './line-kinds.ts';
import { reportsToUs, sharedWithSomeone } from './outside-party.ts';

// One list of "who receives" field titles for both readers (36th session): before it, the naming reader and the category
// reader each kept their own, and a title one of them knew was lost on the other.

const orgs = (text: string) => analyzePolicy(text).thirdParties.map((t) => t.org ?? t.domain);
const kinds = (text: string) => analyzePolicy(text).categories.map((c) => c.category);

describe('a recipient field title is one question, answered in one place', () => {
  it.each([
    ['Recipients'], ['Categories of recipients'], ['Shared with'], ['Jointly used with'], ['Trustee'], ['Sub-processor'],
    ['Provider'], ['Operated by'], ['接收方类型'], ['提供对象'], ['委托对象'], ['受托方'], ['共同利用者'], ['监测代码提供方'],
    ['送信目的地'], ['利用对象'], ['第三方名称'],
  ])('a title: %s', (title) => {
    expect(RECIPIENT_TITLE.test(title)).toBe(true);
    expect(RECIPIENT_FIELD.test(`${title}：合作方`)).toBe(true);
  });

  it.each([['Purpose'], ['Legal basis'], ['Retention'], ['使用目的'], ['收集信息'], ['Recipient of our newsletter awards']])('not a title: %s', (title) => {
    expect(RECIPIENT_TITLE.test(title)).toBe(false);
  });

  it.each([['Recipient: none'], ['Shared with: N/A'], ['接收方：无'], ['受托方：不适用'], ['Provider: —']])('a field that names no one is not a recipient field: %s', (line) => {
    expect(RECIPIENT_FIELD.test(line)).toBe(false);
  });

  it('the naming reader takes a name in a field the category reader knew ("Data shared with", a numbered 利用对象)', () => {
    expect(orgs('Data shared with: Mixpanel\nPurpose: product analytics')).toContain('mixpanel');
    expect(orgs('四、利用对象：Heap\n五、利用目的：分析网站使用情况').length).toBe(1);
  });

  it('the category reader takes a record whose recipient field the naming reader knew (受托方)', () => {
    expect(kinds('受托方：外部营销公司\n委托业务：在其他网站上向您展示我们的广告')).toContain('advertising');
  });

  it.each([
    ['a field that names no one', '受托方：无\n委托业务：在其他网站上向您展示我们的广告'],
    ['the site itself', 'Recipient: our own marketing team\nPurpose: showing you our offers'],
  ])('look-alikes stay silent: %s', (_shape, text) => {
    expect(kinds(text)).not.toContain('advertising');
  });

  it('a purpose field alone names no one', () => {
    expect(orgs('Purpose: Heap\nRetention: 14 months')).toEqual([]);
  });
});

describe('the reader, the site and its people are one list in Chinese, for who is given to and who reports', () => {
  it.each([
    ['客服 reports', '如遇问题，客服会向我们反馈处理结果。'],
    ['工作人员 reports', '门店工作人员会向我们提供每日的到店人数。'],
    ['会员 reports', '会员可以随时向我们反馈使用体验。'],
  ])('the site\'s own people reporting to it are not an outside party: %s', (_shape, text) => {
    expect(reportsToUs(text)).toBeNull();
  });

  it.each([
    ['自建系统', '我们会将订单信息提供给自建系统进行处理。'],
    ['内部系统', '我们会将您的反馈提供给内部系统汇总。'],
  ])('what the site builds or keeps itself is not given to an outside party: %s', (_shape, text) => {
    expect(sharedWithSomeone(text)).toBeNull();
  });

  it.each([
    ['a platform reports', '平台会向我们提供店铺访客数等汇总统计。'],
    ['a merchant is given to', '我们会将订单信息提供给店主，用于发货。'],
    ['a bank is given to', '我们会将您的消费记录提供给与我们合作发行联名卡的银行。'],
  ])('an outside party is still one: %s', (_shape, text) => {
    expect(reportsToUs(text) ?? sharedWithSomeone(text)).not.toBeNull();
  });
});
