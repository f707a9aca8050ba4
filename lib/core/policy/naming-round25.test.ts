import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// From the twenty-fifth session's development look-alikes (text as it arrives: cut at line ends, typed full-width,
// spaced out; and the names beside it that receive nothing), written here in new words.

describe('a name damaged by the way the text arrived is still read', () => {
  it.each([
    ['cut by a hyphen at a line end', 'Crash reports from the app go to Fire-\nbase Crash-\nlytics and Bug-\nsnag.', ['google', 'bugsnag']],
    ['cut in capitals', 'WE DISCLOSE ORDER DATA TO OUR FULFILMENT PARTNER SHOP-\nIFY AND TO CLOUD-\nFLARE.', ['shopify', 'cloudflare']],
    ['typed full-width in a Chinese sentence', '订单页面的统计由Ｍｉｘｐａｎｅｌ完成，会收集您的设备信息。', ['mixpanel']],
    ['glued to the word before by removed markup', 'Our campaigns are measured withLinkedIn Insight Tag and advertising partnersCriteo.', ['microsoft', 'criteo']],
    ['the end of a Chinese name wrapped onto a line of its own', '广告SDK\n• 穿山甲：北京巨量引擎网络技术有限公\n司\n• 优量汇：深圳市腾讯计算机系统有限公司\n• 百青藤：北京百度网讯科技有限公司\n收集信息：设备型号、OAID、IP地址', ['bytedance_inc', 'qq.com', 'baidu']],
    ['cut inside a Chinese list', '统计服务由Mix-\npanel与Ampli-\ntude提供，二者会收集您的操作记录。', ['mixpanel', 'amplitude']],
  ])('%s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });

  it('keeps the hyphen a word owns, so "third-\\nparty" still reads as third parties', () => {
    expect(named('Reading statistics are shared with third-\nparty analytics providers such as Chartbeat.')).toContain('chartbeat');
  });
});

describe('a name beside the recipients that receives nothing', () => {
  it.each([
    ['a job advert asking for experience with a tool', 'Open role: analytics engineer. Experience with Looker, Snowflake and Google BigQuery required.', ['google']],
    ['a newspaper the policy cites', 'The Guardian has reported that many apps sell location data; we never do.', ['the_guardian']],
    ['where the founders worked before', 'Our team previously led product work at Microsoft and Amazon before founding the studio.', ['microsoft', 'amazon_associates']],
    ['the payment apps the reader may choose', 'Pay with any wallet app, such as Google Pay or Samsung Pay, at checkout.', ['google', 'samsung']],
    ['platforms governed by their owners\' policies', 'Streams you watch on Twitch or YouTube are governed by the privacy policies of Amazon and Google, which this policy does not cover.', ['amazon_associates', 'google']],
    ['Chinese: links to other sites', '本站文章中可能包含指向京东商品页面的链接，点击后的处理适用京东的规则。', ['jing_dong']],
    ['Chinese: plain share links', '页面底部的「分享至微博」「分享至Facebook」按钮仅为普通链接，不加载任何第三方代码。', ['facebook']],
    ['Chinese: the maker of the reader\'s phone, in a list', '如果您使用的是华为、小米手机，可在系统设置中关闭个性化广告。', ['huawei', 'xiaomi']],
  ])('%s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });

  it.each([
    ['a job advert beside a recipient', 'Experience with Tableau is preferred. Applicant CVs are stored with Amazon Web Services in Ireland.', ['amazon_associates']],
    ['a cited newspaper that also gets data', 'We share subscriber e-mail addresses with The Guardian for a joint newsletter.', ['the_guardian']],
    ['Chinese: a phone maker that runs the push service', '我们接入了华为推送与小米推送服务，用于向您发送消息通知。', ['huawei', 'xiaomi']],
  ])('still named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });
});

describe('a sentence is not cut after an opening bracket', () => {
  it('keeps the bracketed gloss with the name before it', async () => {
    const { splitSentences, prepareText } = await import('./text.ts');
    const p = prepareText('错误日志不会传输至Functional Software, Inc.（Sentry的开发商）。');
    expect(splitSentences(p.text, p.blocks).map((s) => s.text)).toHaveLength(1);
  });
});

// From en-naming-27 / zh-naming-26 (compliance sections: certifications, operators, badges, examples), in new words.
describe('compliance sections: a company in a role that is not receiving the visitors\' data', () => {
  it.each([
    ['companies given as examples of where to look something up', 'You can check whether a company, for example Oracle or Adobe, takes part in the framework on the Commerce Department\'s list.', ['oracle', 'adobe']],
    ['Chinese: the operator of the site itself', '本App由北京字节跳动科技有限公司运营，您可通过应用内反馈联系我们。', ['bytedance_inc']],
    ['Chinese: a partner badge', '本公司为 Microsoft 金牌合作伙伴，该身份不涉及任何数据共享。', ['microsoft']],
    ['Chinese: the issuer of the site\'s certificate', '本网站使用由 DigiCert 颁发的 SSL 证书加密传输。', ['digicert']],
    ['Chinese: the later sources of a list the app reads from', '经您授权，我们可读取华为运动健康与 Google Health Connect 中的步数。', ['google']],
  ])('%s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });

  it.each([
    ['a certified provider introduced as the site\'s own', 'Our analytics provider Mixpanel, Inc. is certified under the EU-U.S. Data Privacy Framework.', ['mixpanel']],
    ['Chinese: a company the operator shares with', '本App由我们运营，我们会将订单信息共享给顺丰速运用于配送，并使用阿里云存储数据。', ['alibaba']],
  ])('still named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });
});
