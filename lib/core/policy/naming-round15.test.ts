import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// Naming shapes from the fifteenth session's development look-alikes (tests/fixtures/eval/lookalikes/dev/*-naming*.json),
// written here in new words.

describe('a list goes on after "Inc." and a separator', () => {
  it('names every company of a middle-dot list', () => {
    const orgs = named('Vendors we work with: Magnite, Inc. · PubMatic, Inc. · The Trade Desk · Criteo S.A.');
    for (const org of ['magnite', 'pubmatic', 'the_trade_desk', 'criteo']) expect(orgs).toContain(org);
  });
});

describe('a job posting names no recipient', () => {
  it.each([
    '任职要求：熟悉极光推送、个推等推送SDK的接入；有阿里云或腾讯云使用经验者优先。',
    'Requirements: 3+ years of experience with Google Analytics and Mixpanel, and familiarity with the Segment and Braze APIs.',
  ])('%s', (text) => {
    const orgs = named(text);
    for (const org of ['jiguang', 'getui', 'google', 'mixpanel', 'twilio']) expect(orgs).not.toContain(org);
  });

  it('still names a recipient in a sentence that shares data, job words or not', () => {
    expect(named('We share applicant data with Greenhouse and Google to process job applications.')).toContain('google');
  });
});

describe('recipients named the ways the development rounds wrote them', () => {
  it.each([
    ['a bare host in a cookie table cell', 'cto_bundle | criteo.com | 13 months | retargeting\n_pin_unauth | pinterest.com | 1 year | conversion tracking', 'criteo'],
    ['bare hosts listed under a lead-in', 'Third-party domains our pages contact:\n- connect.facebook.net\n- static.ads-twitter.com', 'facebook'],
    ['the site running its tests with the company', 'We run experiments with Optimizely, which assigns you a random visitor ID stored in a cookie.', 'optimizely'],
    ['a legal name with "Pvt. Ltd." inside the sentence', 'We test page variants with VWO (Wingify Software Pvt. Ltd.), which sets a cookie to remember your variant.', 'wingify'],
    ['传递给 as a data flow', '海外用户可选择PayPal付款，届时我们会将订单金额和您的邮箱地址传递给PayPal。', 'paypal'],
    ['a record\'s provider field', '名称：UM_distinctid\n提供方：友盟+\n类别：统计分析\n保存期限：1年', 'umeng'],
    ['rows of "name：what it does" under a processors heading', '受托处理者清单\n阿里云计算有限公司：云服务器托管\n百度智能云：身份证OCR识别\n网易易盾：内容安全审核', 'netease'],
  ])('named: %s', (_shape, text, org) => expect(named(text)).toContain(org));

  it.each([
    ['a link to the company\'s own page stays a link', 'For more, see https://www.criteo.com/privacy/ on their site.', 'criteo'],
    ['a store named after the company', 'Our desktop app can be downloaded from our website or the Microsoft Store.', 'microsoft'],
    ['press coverage', 'As reported in The New York Times and The Guardian, our repair service has kept 40,000 phones out of landfill.', 'the_guardian'],
    ['a provider until a date', 'Until March 2023 our newsletter was sent with Mailchimp; we have since moved to another service.', 'mailchimp'],
    ['a stopped use', 'Our lessons are hosted on Vimeo. We stopped hosting lessons on YouTube in 2021.', 'google'],
    ['a cited news source', '据搜狐科技报道，多款App因超范围收集个人信息被通报，我们据此复查了权限申请。', 'sohu'],
  ])('not named: %s', (_shape, text, org) => expect(named(text)).not.toContain(org));
});

describe('the operator and a provider left behind, in Chinese', () => {
  it.each([
    ['the operator named after a comma', '本应用是百度旗下产品，由北京百度网讯科技有限公司开发和运营。我们会收集您的设备信息。', 'baidu'],
    ['a provider the push service moved away from', '自8.2.0版本起，消息推送由极光推送（JPush）迁移至阿里云移动推送，极光SDK已从安装包中删除。', 'jiguang'],
  ])('not named: %s', (_shape, text, org) => expect(named(text)).not.toContain(org));

  it('still names an SDK whose company runs it, after a comma', () => {
    expect(named('我们接入了友盟统计SDK，由友盟同欣（北京）科技有限公司提供统计服务，会收集您的设备标识符。')).toContain('umeng');
  });
});

describe('providers left behind, and lists under a delivery heading, in English', () => {
  it.each([
    ['an account closed', 'Our newsletter now goes out through Klaviyo; our Mailchimp account has been closed and its data deleted.', 'mailchimp'],
    ['used until a year', 'For visitors in Russia we used Yandex.Metrica until 2022, when it was switched off.', 'yandex'],
    ['no longer receives', 'The old widget is gone and Yandex no longer receives any data from this site.', 'yandex'],
    ['nothing fetched from it', 'Body text uses your device\'s system fonts, so nothing is fetched from Google Fonts.', 'google'],
  ])('not named: %s', (_shape, text, org) => expect(named(text)).not.toContain(org));

  it('names the rows of a content-delivery list', () => {
    const orgs = named('Content delivery and security\n- Fastly — image delivery\n- Akamai Technologies — video streaming');
    expect(orgs).toContain('fastly');
    expect(orgs).toContain('akamai');
  });
});

describe('cookie names the vendors document', () => {
  it.each([['cto_bundle', 'criteo'], ['_ym_uid', 'yandex'], ['_shopify_y', 'shopify']])('a table row with %s names %s', (cookie, org) => {
    expect(named(`Cookie | Duration | Purpose\n${cookie} | 1 year | set by a third party`)).toContain(org);
  });
});
