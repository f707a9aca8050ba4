import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// Shapes from the fourth Chinese naming development round (tests/fixtures/eval/lookalikes/dev/zh-naming-4.json,
// 10th session), asked for mentions that carry no data flow.

describe('Chinese mentions that name no recipient', () => {
  it.each([
    ['a trademark line with an English abbreviation before Chinese', 'iPhone 和 App Store 是 Apple Inc. 在美国及其他国家和地区注册的商标。', 'apple'],
    ['the corporate family', '大众点评由上海汉涛信息咨询有限公司运营，系美团关联公司。', 'meituan'],
    ['sharing among the group\'s own companies', '为向您提供统一的账号服务，我们可能在字节跳动关联公司之间共享您的账号信息。', 'bytedance_inc'],
    ['the definition of affiliates', '关联公司：指与北京快手科技有限公司存在直接或间接控制关系的公司，包括北京快手广告有限公司等。', 'kuaishou'],
    ['a help page', '如需限制广告跟踪，详细说明见 Apple 支持页面。', 'apple'],
    ['a vendor used before', '数据分析服务商：神策数据。2021 年以前的版本曾使用诸葛io，该SDK现已下线。', 'zhuge'],
    ['a vendor migrated away from', '国内渠道归因已由 Adjust 迁移至自研方案。', 'adjust'],
    ['a removal "已自…起"', '友盟+（由原友盟与 CNZZ 合并而来）统计服务已自 5.2.0 版本起移除，新版本不再集成该SDK。', 'umeng'],
    ['the provider it was "原由"', '官网 CDN 原由 Akamai 提供，现已切换为网宿科技，访问日志由网宿科技保存 30 天。', 'akamai'],
    ['where the reader bought', '机票改签、退票等事宜，如您在携程、飞猪等平台下单，请联系下单平台处理。', 'trip_com'],
    ['a job posting', '招聘信息同步发布于领英（LinkedIn）公司主页，投递简历请发送至 hr@example.cn。', 'microsoft'],
    ['a security test passed', '安全检测：本应用已通过 360 手机卫士、腾讯手机管家安全检测，无病毒、无恶意插件。', 'qq.com'],
    ['the operator the policy applies to', '本政策适用于上海宽娱数码科技有限公司运营的哔哩哔哩 App，第三方SDK目录详见附录二。', 'bilibili'],
    ['the stores the site\'s apps are listed in', '本公司是 App Store 与华为应用市场的开发者合作伙伴，我们的另一款应用也在上述商店上架。', 'huawei'],
    ['a hosting provider used early on', '本平台早期使用亚马逊云科技（AWS）托管数据，已于 2022 年全部迁移至腾讯云。', 'amazon_associates'],
  ])('%s', (_shape, text, org) => expect(named(text)).not.toContain(org));
});

describe('Chinese recipients the round showed missing', () => {
  it.each([
    ['rows under a lead-in that ends in a colon', '广告类SDK：\n穿山甲（北京巨量引擎网络技术有限公司）\n优量汇（深圳市腾讯计算机系统有限公司）', ['bytedance_inc', 'qq.com']],
    ['OPPO\'s legal entity in a push record', '厂商推送通道\n第三方：广东欢太科技有限公司、维沃移动通信有限公司\n使用目的：系统级消息推送', ['oppo']],
    ['Kuaishou\'s ad company as a legal entity', '为统计激活量，我们会将设备标识符及激活事件回传给北京快手广告有限公司。', ['kuaishou']],
    ['an SDK that passes data to the shop it links to', '当您点击商品跳转至淘宝购买时，我们会通过阿里百川SDK向淘宝传递推广位ID及设备信息，用于计算推广佣金。', ['alibaba']],
    ['a denial of everything but the exception', '除完成支付所必需的订单号与金额外，我们不会向微信支付提供您的其他个人信息。', ['qq.com']],
    ['the host migrated to', '本平台早期使用亚马逊云科技（AWS）托管数据，已于 2022 年全部迁移至腾讯云。', ['qq.com']],
  ])('%s', (_shape, text, orgs) => { for (const org of orgs) expect(named(text)).toContain(org); });
});

describe('English mentions from earlier development rounds that name no recipient', () => {
  it.each([
    ['a regulator\'s fine', 'In May 2023 Ireland\'s Data Protection Commission fined Meta €1.2 billion over transfers of personal data. We store all of your data in the EU.', 'facebook'],
    ['a quotation', 'As Tim Cook of Apple once said, privacy is a fundamental human right — and that is how we have designed our service.', 'apple'],
    ['the reader\'s office software', 'You can download all of your data as a CSV file that opens in Microsoft Excel, Google Sheets or Apple Numbers.', 'google'],
  ])('%s', (_shape, text, org) => expect(named(text)).not.toContain(org));
});
