import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// From the twenty-first session's development look-alikes (tests/fixtures/eval/lookalikes/dev/en-naming-15.json,
// zh-naming-14.json: a company's reading decided by another sentence, heading or line), written here in new words.

describe('a line other than the one naming the company takes the name back', () => {
  it.each([
    ['a denial three lines later in the same section', 'Spam protection\nOur contact form was once checked by Akismet and by Google reCAPTCHA.\nBoth were replaced by a puzzle served from our own server.\nNeither Akismet nor Google receives anything when you write to us.', ['automattic', 'google']],
    ['sending nothing to a connected app', 'Runs can be imported from Strava. We only read from your account and send nothing to Strava.', ['strava']],
    ['nothing sent back to a sign-in provider', 'You can sign in with Apple. We send nothing back to Apple after sign-in.', ['apple']],
    ['a company that has not received data since a date', 'Our ads.txt still lists Sovrn, but Sovrn has not served ads or received data since 2023.', ['sovrn']],
    ['a widget that is not loaded and receives nothing', 'Reviews from Trustpilot appear on our product pages; Trustpilot\'s widget is not loaded and receives nothing from your visit.', ['trustpilot']],
    ['a yes/no question in an FAQ', 'Q: Do you use Hotjar on the checkout?\nA: No. We removed it in 2024.', ['hotjar']],
    ['a question about who runs a feature', 'Is our assistant built on OpenAI?\nNo. It runs on a model we host ourselves.', ['openai']],
    ['a table column asking whether data goes to the partner', 'Partner | Role | Do we share your data?\nBraze | Push messages | Yes – device ID\nCleverTap | Former engagement tool | No – account closed 2023', ['clever_tap']],
    ['a row of bare names under a Follow us heading', 'Follow us\nFacebook | Instagram | Pinterest\nThese are plain links to our pages.', ['facebook', 'pinterest']],
    ['a status label before the names', 'Consent tool vendors. Not used on this site: Criteo OneTag, Taboola Pixel.', ['criteo', 'taboola']],
    ['a vendor that used to protect a form', 'Our sign-up page used to be protected by hCaptcha, which we have since removed.', ['intuition_machines']],
    ['a vendor never used', 'We stopped using Mouseflow in 2022 and have never used FullStory.', ['fullstory']],
    ['Chinese: not giving the data to a platform', '我们仅在京东开设官方旗舰店，我们不会将App内的数据提供给京东。', ['jing_dong']],
    ['Chinese: no data dealings with the company at all', '商品标签“天猫同款”仅表示同款，我们与天猫没有任何数据合作。', ['alibaba']],
    ['Chinese: a service used once, in another business', '我们曾在海外业务中使用Twilio，该业务已关闭。', ['twilio']],
    ['Chinese: an open-source library in a table cell', '组件 | 提供方 | 是否收集信息\nMMKV | 腾讯（开源） | 否，本地存储库', ['qq.com']],
    ['Chinese: an invitation to rate the app', '欢迎在华为应用市场为我们评分。', ['huawei']],
    ['Chinese: a yes/no column answered no', '合作平台 | 合作方式 | 是否向其提供您的个人信息\n知乎 | 机构号运营 | 否\n新浪微博 | 官方账号运营 | 否', ['sina']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });

  it.each([
    ['a footnote says who the partners are', 'We share sales data with our measurement partners.¹\n—\n¹ At present, Nielsen.', 'nielsen'],
    ['a footnote marker inside a later sentence', 'Identifiers go to our attribution provider² if you allow it.\n² Adjust.', 'adjust'],
    ['"These are …" after a sentence that discloses', 'We may disclose personal information to recipients overseas.\nThese are Zendesk (support, United States) and Twilio (SMS, United States).', 'zendesk'],
    ['uploading a list to a company', 'We upload a hashed list of subscribers to Meta to find similar audiences.', 'facebook'],
    ['a credit search with a bureau', 'When you apply, we run a hard search with Experian.', 'experian_inc'],
    ['an FAQ answer that says yes', 'Q: Do you use Hotjar?\nA: Yes, Hotjar records some sessions on our help pages.', 'hotjar'],
    ['a yes in the sharing column', 'Partner | Role | Do we share your data?\nBraze | Push messages | Yes – device ID', 'braze_inc'],
    ['a denial of one kind of data in a later line', 'We use Mixpanel to see which features are used.\nMixpanel receives no payment data.', 'mixpanel'],
    ['Chinese: giving data to one company, not to another', '我们会将订单金额提供给支付宝用于完成付款，但不会将您的浏览记录提供给京东。', 'alibaba'],
  ])('still named: %s', (_shape, text, org) => expect(named(text)).toContain(org));
});

describe('Chinese shapes from the same round', () => {
  it.each([
    ['accounts to log in with after a colon', '您可使用邮箱或下列帐号登录：LINE、Google、Facebook。', ['google', 'facebook']],
    ['a company used only for a business the policy does not cover', '本站托管于阿里云；HubSpot仅用于海外子公司的官网，与本政策及本网站无关。', ['hubspot']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });
  it.each([
    ['an analytics service provided by a company', '目前，本应用的数据分析由GrowingIO提供。', 'growingio'],
    ['the other company in a sentence with an out-of-scope one', '本站托管于阿里云；HubSpot仅用于海外子公司的官网，与本政策及本网站无关。', 'alibaba'],
  ])('still named: %s', (_shape, text, org) => expect(named(text)).toContain(org));
});
