import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// Shapes from the sixth English and fifth Chinese naming development rounds (tests/fixtures/eval/lookalikes/dev/
// en-naming-6.json, zh-naming-5.json; 10th session).

describe('mentions that name no recipient (sixth English, fifth Chinese round)', () => {
  it.each([
    ['platforms under their own terms', 'Pocket Pirates is also on Steam and Xbox. Purchases on those platforms are managed by Valve and Microsoft under their own terms.', 'microsoft'],
    ['a platform\'s own policy governs', 'If you join our study group on Facebook Groups, the platform\'s own terms and privacy policy govern what it collects.', 'facebook'],
    ['a vendor moved away from', 'In March 2024 we moved our email newsletters from Mailchimp to Braze.', 'mailchimp'],
    ['an identifier with a possessive', 'You can reset your device\'s advertising identifier (Apple\'s IDFA or Google\'s Advertising ID) in your device settings.', 'google'],
    ['servers the site does not keep data on', 'Unlike most journaling apps, we do not keep your entries on servers run by Amazon, Google or Microsoft.', 'amazon_associates'],
    ['a comparison with a list', 'Like Apple and Microsoft, we publish a twice-yearly report on the government requests for user data we receive.', 'microsoft'],
    ['the author named in "this notice applies to"', 'This notice applies to YouTube Kids, a service provided by Google LLC. It explains how we handle children\'s information.', 'google'],
    ['press features', 'In 2024 our app was featured by Apple as an App of the Day.', 'apple'],
    ['tools the reader may find helpful', 'Parents who want to manage screen time may find tools such as Google Family Link or Apple\'s Screen Time helpful.', 'google'],
    ['fonts served instead of loading them elsewhere', 'We serve our typefaces from our own servers instead of loading them from Google Fonts or Adobe Fonts, which would receive your IP address.', 'adobe'],
    ['a vendor stopped on a date', '我们已于2023年7月1日停用友盟+统计服务并注销相应账号，相关历史数据已按约定删除。', 'umeng'],
    ['stores under their own policies', '我们在天猫、京东开设的官方旗舰店由相应平台运营，您在这些店铺中的浏览和购买行为适用天猫、京东各自的隐私政策，不属于本政策的适用范围。', 'jing_dong'],
    ['the controlling shareholder', '本App的运营主体自2022年起由北京快手科技有限公司全资控股，本政策说明我们如何收集和使用您的个人信息。', 'kuaishou'],
    ['a font developed by companies', '本网站正文字体为思源黑体（由Adobe与Google联合开发），字体文件由本站服务器直接提供，不会向第三方发起请求。', 'google'],
    ['not through the apps\' SDKs', '分享到微信或QQ则通过手机系统的分享菜单完成，本应用未集成其SDK。', 'qq.com'],
    ['the reader\'s role on other platforms', '如果您是小红书、抖音或视频号的内容创作者并希望与我们合作，请发送邮件至我们的商务邮箱。', 'xiaohongshu'],
    ['a parent company that gets nothing', '我们的母公司为美团，但本App的用户数据独立存储，不与美团及其关联公司共享。', 'meituan'],
    ['code kept on a code host', '本项目的客户端源代码托管在GitHub上，欢迎提交Issue；您在GitHub上的活动适用GitHub的隐私声明。', 'github'],
    ['a static map that sends nothing', '本学校官网中的校园地图基于腾讯地图开放平台生成的静态图片，页面不加载地图脚本，不会向腾讯地图发送您的位置或访问信息。', 'qq.com'],
    ['commands that do not pass through the company\'s servers', '本产品同样兼容Apple HomeKit。通过“家庭”App控制时，指令在您的局域网内直接传输，不经过我们或Apple的服务器。', 'apple'],
  ])('%s', (_shape, text, org) => expect(named(text)).not.toContain(org));

  it.each([
    ['sharing a list of details with an example recipient', 'When you book a flight, we share your name, date of birth, contact details and passport information with the airline operating your flight, for example Delta Air Lines.', 'delta_airlines'],
    ['a workplace app\'s Chinese name', '企业管理员可开启“同步至钉钉/飞书”，员工的打卡时间将同步至企业在相应平台的组织中。', 'bytedance_inc'],
  ])('still named: %s', (_shape, text, org) => expect(named(text)).toContain(org));
});
