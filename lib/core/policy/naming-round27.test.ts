import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// From the twenty-seventh session's development look-alikes (software, games and business tools; WeChat mini programs,
// games and cross-border sections of Chinese policies), written here in new words: the company that receives nothing,
// and the one that still does.

describe('software and game policies: companies that receive nothing', () => {
  it.each([
    ['what an earlier version did', 'Before version 4.1 the desktop client reported crashes to Bugsnag; crash reports now stay on our own servers.', ['bugsnag']],
    ['a vendor the site had delete its data', 'When we ended the trial, we had Hotjar delete every recording it held.', ['hotjar']],
    ['the identity providers enterprise customers sign in with', 'Business accounts can use SAML single sign-on with identity providers such as Okta, Microsoft Entra ID or Google Workspace.', ['microsoft', 'google']],
    ['the reader\'s own profile there, the source of what is filled in', 'You can fill in the application from your LinkedIn profile, in which case LinkedIn sends us the profile fields you approve.', ['microsoft']],
    ['ways to pay for a subscription', 'You can pay for your subscription with Discover or Visa cards, and with Apple Pay where your browser supports it.', ['apple']],
    ['Chinese: the ways the reader may pay', '网页商城的付款由第三方支付机构处理，支持银行卡、PayPal、电子钱包等多种支付方式。', ['paypal']],
    ['Chinese: a company\'s own ad settings page', '关闭个性化广告 ⏎ Google广告设置：https://adssettings.google.com'.replace(' ⏎ ', '\n'), ['google']],
    ['Chinese: a search engine indexing public pages', '我们会把商品介绍等公开页面提交至百度搜索收录，提交内容不含任何用户信息。', ['baidu']],
    ['Chinese: the engine of the app the page is opened in', '活动页在QQ浏览器中打开时，由浏览器自带的腾讯X5浏览器内核渲染，页面写入的本地存储可在浏览器设置中清除。', ['qq.com']],
    ['Chinese: phone makers in how-to lines, one with a second brand', '如何关闭广告追踪 ⏎ OPPO／一加手机：设置 > 隐私 > 广告'.replace(' ⏎ ', '\n'), ['oppo']],
    ['Chinese: the host\'s own rules, outside this guide', '您在微信内使用朋友圈等功能产生的信息由微信依据其自身规则处理，不在本指引的适用范围内。', ['qq.com']],
  ])('%s', (_shape, text, no) => {
    const got = named(text);
    for (const org of no) expect(got).not.toContain(org);
  });
});

describe('software and game policies: companies that receive data', () => {
  it.each([
    ['the recipient of an exchange', 'Once you link accounts, we exchange your player ID and match results with Twitch to credit your rewards.', ['amazon_associates']],
    ['a store fulfilled by a reseller', 'Orders from our web store are fulfilled by Digital River, which also calculates the tax due.', ['digital_river']],
    ['a kit that collects, after a sentence where the company told the site something', 'If you install the app after tapping one of our ads, Adjust tells us which campaign led to the install. For this, the Adjust SDK in the app collects your advertising ID.', ['adjust']],
    ['Chinese: a recipient record under a title that says so', '境外接收方信息 ⏎ 名称：AppsFlyer Ltd. ⏎ 处理目的：安装归因'.replace(/ ⏎ /g, '\n'), ['appsflyer']],
    ['Chinese: Latin names of services listed with their roles', '海外版接入的统计服务包括：Singular（安装归因）以及Branch（从活动页跳转至App的深度链接统计）。', ['singular_labs', 'branch_metrics_inc']],
    ['Chinese: a role in another item\'s brackets is not the sentence\'s reading', '我们使用的服务有：Amplitude（行为分析）、Branch（从H5页面跳转至App的链接统计）。', ['amplitude']],
    ['Chinese: data sent back to the platform the reader logged in with', '您使用哔哩哔哩账号登录后，我们会将角色等级回传至哔哩哔哩游戏中心展示。', ['bilibili']],
    ['Chinese: a platform that handles the payment, beside the log-in it provides', '您使用微信账号登录游戏平台后，平台内的充值由腾讯处理，我们仅接收到账通知。', ['qq.com']],
    ['Chinese: an official account whose platform carries and keeps the messages', '您在公众号内发送的消息将经由微信公众平台传输并保存在公众平台后台，由客服查看回复。', ['qq.com']],
  ])('%s', (_shape, text, yes) => {
    const got = named(text);
    for (const org of yes) expect(got).toContain(org);
  });
});

// The second development round of the session (regional markets and their own vendors; Chinese finance, health,
// education and travel apps), in new words.
describe('regional vendors: companies that receive nothing', () => {
  it.each([
    ['a local way to pay', 'Payment methods we offer\nDebit cards (Visa, JCB), PayPay, Rakuten Pay, convenience store payment and cash on delivery are available.', ['rakuten']],
    ['an award the shop won', 'Our store received the Rakuten Shop of the Year award in 2021 in the Toys category.', ['rakuten']],
    ['the companies the author was formed from', 'This notice is issued by Kite Corporation, which was formed in 2021 through the merger of Yahoo Japan Corporation and Pixel Books Corporation.', ['yahoo_japan']],
    ['a comparison of what the site does not do', 'Unlike fan cafés run on Naver or Daum, our supporters\' club does not require a real-name account.', ['naver']],
    ['Chinese: the product the policy is written for, by its maker', '网易有道词典App（以下简称“本产品”）由网易有道信息技术（北京）有限公司开发和运营。', ['netease']],
    ['Chinese: phone makers in a how-to sentence', '如何关闭定位权限：华为或荣耀手机请进入“设置—应用—权限管理”。', ['huawei']],
  ])('%s', (_shape, text, no) => {
    const got = named(text);
    for (const org of no) expect(got).not.toContain(org);
  });
});

describe('regional vendors: companies that receive data', () => {
  it.each([
    ['a credit bureau the lender asks about the reader', 'Our lending partner may obtain your credit information from bureaus such as Equifax and Experian before approving instalments.', ['experian_inc']],
    ['a lower-case brand with its corporate suffix', 'Article recommendations are provided by logly, inc., which uses cookies to record the articles you read.', ['logly']],
    ['a lower-case hyphenated brand, "namely" listed', 'Ads on this page are delivered by ad networks, namely i-mobile and MicroAd, which may use cookies.', ['i-mobile']],
    ['a host written as its domain', 'The shop is built and hosted on Wix.com, which stores your orders on our behalf.', ['wix']],
    ['a recipient written as its domain', 'After your order we send your e-mail address to Heureka.cz so that it can ask you to rate the shop.', ['heureka']],
    ['VK\'s advertising pixel', 'We measure our campaigns with the VK Pixel, which sends your IP address and the pages you view to VK.', ['megafon']],
  ])('%s', (_shape, text, yes) => {
    const got = named(text);
    for (const org of yes) expect(got).toContain(org);
  });
});
