import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// Structure, from the nineteenth session's development look-alikes (tests/fixtures/eval/lookalikes/dev/en-naming-11.json,
// zh-naming-10.json: whole policy sections), written here in new words: what a list's lead-in, a table's title or its
// status column says about rows that carry no verb of their own.

describe('rows a lead-in or a title takes back', () => {
  it.each([
    ['a lead-in that denies', 'Tools\nWe have never installed these on our pages:\n- Hotjar\n- Crazy Egg\nWe use Matomo on our own server.', ['hotjar', 'crazy_egg']],
    ['a lead-in that denies, then "including:"', 'We do not pass your prescriptions to advertising networks, including:\n(1) Criteo\n(2) Taboola', ['criteo', 'taboola']],
    ['a lead-in about former providers', 'Email\nProviders we used in the past:\n– Mailchimp (until 2021)\n– Sendinblue (until 2023)', ['mailchimp']],
    ['a table titled as former', 'Retired processors\nVendor | Task | Ended\nOlark | Chat | 2020\nKissmetrics | Funnels | 2019', ['olark', 'kissmetrics']],
    ['a lead-in listing payment types', 'Paying for your order\nAt checkout we take:\n- Apple Pay\n- Google Pay', ['apple', 'google']],
    ['a lead-in listing sign-in options', 'Accounts\nSign-in options:\n- Apple\n- Microsoft', ['apple', 'microsoft']],
    ["the site's social pages", 'Stay in touch\nFollow us on:\nFacebook | Instagram | YouTube', ['facebook', 'google']],
    ['Chinese: a lead-in that says the SDKs are not integrated', '儿童版说明\n本版本未接入以下SDK：\n· 友盟+\n· 个推', ['umeng', 'getui']],
    ['Chinese: a lead-in about SDKs removed', '自查结果\n我们已于今年移除以下SDK：\n1. 神策数据\n2. GrowingIO', ['sensors_data', 'growingio']],
    ['Chinese: a lead-in pointing to platforms\' help pages', '广告偏好\n您可以前往以下平台的帮助中心，了解如何关闭个性化广告：\n百度营销：https://e.baidu.com/help\n腾讯广告：https://e.qq.com/help', ['baidu', 'qq.com']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });

  it.each([
    ['English status column', 'Sub-processors\nProvider | Purpose | Status\nIntercom | Support chat | Paused since May\nZendesk | Tickets | Live', 'intercom', 'zendesk'],
    ['an "In use?" column with empty cells', 'Testing tools\nTool | In use? | Notes\nOptimizely | No |\nVWO | Yes |', 'optimizely', 'wingify'],
    ['Chinese status column', 'SDK清单\nSDK | 公司 | 状态\n极光推送 | 深圳市和讯华谷信息技术有限公司 | 已下线\n个推 | 每日互动股份有限公司 | 在用', 'jpush', 'getui'],
  ])('a row whose status says not in use is not named; a live one is (%s)', (_shape, text, off, on) => {
    const got = named(text);
    expect(got).not.toContain(off);
    expect(got).toContain(on);
  });
});

describe('rows a lead-in names', () => {
  it.each([
    ['a lead-in that says what is done with the rows', 'Referral programme\nWe report qualifying purchases to these networks:\n- Skimlinks\n- Impact', 'skimlinks'],
    ['roman-numbered items', 'Credit reporting\nWe pass your repayment record to the following bureaus:\ni. Experian\nii. Equifax', 'equifax'],
    ['a nested list under a lettered lead-in', 'Who receives your data\nWe share personal data with the recipients below.\n(a) Advertising partners:\n(i) Criteo\n(ii) Outbrain', 'criteo'],
    ['en-dash bullets', 'Measurement\nWe share page views with:\n– Chartbeat\n– Parse.ly', 'chartbeat'],
    ['an opt-out list of "our" partners stays named', 'Opt out of our advertising partners at:\nCriteo – criteo.com/privacy\nAdRoll – adroll.com/optout', 'criteo'],
    ['a service called through its API', 'Delivery addresses you type are checked against the Loqate API before we save them; the postcode lookup uses the Google Maps API.', 'google'],
    ['Chinese: a service called through its interface', '门店定位通过调用百度地图的地理编码接口完成，它会接收您输入的地址。', 'baidu'],
    ['Chinese: rows of a processors table, country first', '境外处理者\n国家 | 处理者 | 服务内容\n美国 | Stripe, Inc. | 订阅扣款', 'stripe'],
  ])('named: %s', (_shape, text, org) => expect(named(text)).toContain(org));

  it('a row that is a sentence of its own is read as a sentence, whatever its lead-in', () => {
    expect(named('Social features:\n- We send the article you share and your device identifiers to Facebook through its SDK.')).toContain('facebook');
  });
});
