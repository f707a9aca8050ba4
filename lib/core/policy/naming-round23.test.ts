import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// From the twenty-third session's development look-alikes and the last notes' open shapes, written here in new words.

describe('Chinese: a name read across two ordinary words is no name', () => {
  it.each([
    ['美团 inside 审美 + 团队', '我们会将您提交的作品提供给审美团队评审。', ['meituan']],
    ['美团 inside a list of the site\'s own teams', '样品会交给审美团队和品控团队检查，并提供给合作工厂。', ['meituan']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });

  it.each([
    ['a brand right after a verb', '我们会将订单信息共享给美团，用于配送。', ['meituan']],
    ['a brand ICU glues to the verb before it', '我们接入神策分析，用于统计页面访问。', ['sensors_data']],
    ['a brand before its product word', '我们集成了个推SDK，用于向您发送消息推送。', ['getui']],
    ['a brand written as two dictionary words', '支付时，您的订单号会提供给支付宝。', ['alibaba']],
  ])('named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });
});
