import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds, expectNoTrackingKind } from '../../../tests/support/policy-sentences.ts';
import { prepareText, splitSentences } from './text.ts';

// Shapes from the fifteenth session's development rounds (tests/fixtures/eval/lookalikes/dev/*-category*.json) and the
// development half of OPP-115: each written here in new words, with the look-alike that must stay as it is.

describe('category disclosures from the fifteenth session', () => {
  it.each([
    // What stops once the user opts out happens until then.
    ['If you withdraw your consent, we will no longer provide your usage logs to third-party analytics providers.', 'site_analytics'],
    ['If you turn the setting off, we will not share your device identifier with advertising partners any more.', 'advertising'],
    ['撤回同意后，我们将不再向第三方数据分析服务商提供您的使用日志。', 'site_analytics'],
    ['关闭“个性化广告”后，我们将不再向广告合作伙伴共享您的设备标识符。', 'advertising'],
    // A promise about the parts of the service made for children says the rest is not covered.
    ['We do not allow third-party ad networks to collect information on the parts of our service directed to children.', 'advertising'],
  ])('a stop after a choice, or a promise for children\'s parts, still discloses: %s', (text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    'We no longer share data with advertising partners or analytics providers.',
    '我们不再向第三方数据分析服务商或广告合作伙伴提供您的使用日志。',
    'We do not allow third-party ad networks or analytics providers to collect information on our service.',
  ])('a stop or a promise for the whole service stays a denial: %s', (text) => expectNoTrackingKind(text));

  it('reads a field line whose value says what the item does, not a title', () => {
    const text = 'Cookie 偏好设置\n必要Cookie（始终开启）：用于登录和购物车\n营销Cookie：用于在您访问的其他网站上展示我们的广告';
    const p = prepareText(text);
    const kindsOfLines = splitSentences(p.text, p.blocks).map((s) => s.kind);
    expect(kindsOfLines).toEqual(['heading', 'list', 'list']);
    expect(kinds(text)).toContain('advertising');
    // A title's colon is followed by a name, not by what something does.
    const title = prepareText('第三章：信息共享\n我们如何保护您的信息。');
    expect(splitSentences(title.text, title.blocks)[0].kind).toBe('heading');
  });

  it.each([
    // Taiwan, Hong Kong and Macau words (業界 / 行业, 行銷 / 营销, 第三人 / 第三方, 個人資料 / 个人信息).
    ['您可前往業界自律組織的網站，選擇退出以興趣為基礎的廣告。', 'advertising'],
    ['本公司得將您的個人資料提供予共同行銷之合作對象，以進行商品或服務之行銷推廣。', 'advertising'],
    ['本公司得將您的瀏覽紀錄提供予第三人，用於廣告投放。', 'advertising'],
    ['我們委聘的市場推廣及廣告代理可能會使用您的資料向您發送推廣訊息。', 'advertising'],
    ['閣下的個人資料可能會轉移予本公司委託之市場調查機構，以便就服務使用情況進行統計分析。', 'site_analytics'],
    // 閣下 is Hong Kong's formal "you": "如閣下不希望…" is the user's wish, not the site's denial.
    ['如閣下不希望第三方根據閣下的瀏覽習慣向閣下顯示廣告，可在本頁面關閉「個人化廣告」選項。', 'advertising'],
    ['我們擬將閣下的姓名及電話號碼提供予我們的業務夥伴，以供其向閣下進行直接促銷。', 'advertising'],
  ])('reads a regional Traditional disclosure: %s', (text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['与我们合作的某些媒体测量公司可能会通过本服务收集关于您所观看内容的信息，以便为我们衡量受众的规模和构成。', 'site_analytics'],
    ['课程使用数据（不含姓名）将提供给学术研究合作单位，用于研究学习者使用线上课程的情况。', 'site_analytics'],
    // Translated European legal English: "publicity" is advertising.
    ['Our website cooperates with technology partners, who could use cookies for the presentation of publicity coherent with your preferences.', 'advertising'],
    ['Our consent banner lists the vendors that receive information from your device, including vendors that measure content performance.', 'site_analytics'],
    // An email service that counts opens and clicks measures how the site's mail is used.
    ['We send our newsletter through an email service, which tracks opens and link clicks so we can see which topics are popular.', 'site_analytics'],
    ['Links in this email pass through a redirect run by our email provider, which records each click for our reporting.', 'site_analytics'],
    // An app store's privacy label and a GLBA table written with dashes.
    ['Data linked to you\nThird-Party Advertising: Identifiers, Usage Data\nApp Functionality: Purchases', 'advertising'],
    ['Reasons we can share your personal information\nFor our marketing purposes, to offer our products and services to you — Yes', 'advertising'],
  ])('reads a recipient or label in other words: %s', (text, kind) => expect(kinds(text)).toContain(kind));

  it('counts no outside party where the site counts opens itself', () => {
    expectNoTrackingKind('We count how many people open our newsletter ourselves, using our own mail server.');
  });

  it.each([
    'Reasons we can share your personal information\nFor our marketing purposes, to offer our products and services to you — No',
    'Data linked to you\nApp Functionality: Purchases, Contact Info',
  ])('a label that says no, or another purpose, discloses nothing: %s', (text) => expect(kinds(text)).not.toContain('advertising'));

  it('takes a sibling section\'s title for no recipient of this one', () => {
    // "Responsibility of Merchants" closed with its own paragraph: the cookie section after it is not under it.
    const section = [
      'Additional Internet Privacy Policies', 'By using this site you agree to the placement of cookies on your computer.',
      '- A cookie is a string of information that a website transfers to the cookie file of the browser on your computer.',
      '- This can include which pages you have visited and the time and date of your visit.',
    ];
    expect(kinds(['Responsibility of Merchants', 'Merchants are required to protect cardholder data.', ...section].join('\n\n'))).not.toContain('site_analytics');
    // A title right over the section's own title is the section above it, and its recipients are this section's.
    expect(kinds(['Third-party partners', ...section].join('\n\n'))).toContain('site_analytics');
  });

  it.each([
    // Retargeting in words of its own.
    ['Our pages include pixels from other companies that tell those companies you visited. They help us find you again with our offers.', 'advertising'],
    ['If you browse products in our app but do not buy, our partners may show you reminders of those products when you use other apps.', 'advertising'],
    ['Navigation data may be shared with advertising technology operators to display offers compatible with your profile.', 'advertising'],
    ['Research may be carried out by independent research agencies acting on our behalf, to understand how customers use our services.', 'site_analytics'],
    ['We work with a company that helps us understand how people reach our site. It receives the referring page and a random identifier.', 'site_analytics'],
    ["Ratings on our product pages come from a reviews platform. When its widget loads, the platform uses its cookies to tell us how many shoppers read reviews.", 'site_analytics'],
    // "Ask App Not to Track" is the prompt's name; what stops after tapping it happens otherwise.
    ['If you tap "Ask App Not to Track", we won\'t share your device identifier with the companies that attribute app installs to ad campaigns.', 'advertising'],
    // Outside services named by what they are to the site: a site builder, an app store, a web host.
    ['The site builder we use shows us which pages visitors look at and how long they stay on each.', 'site_analytics'],
    ['The app stores send us reports on how many people install the app and how often it crashes.', 'site_analytics'],
    ['Our web host provides us with monthly visit statistics based on its server logs.', 'site_analytics'],
    // Chinese: a cookie banner with its buttons, a pointer back to the purpose, the CCPA link's name, an opt-out page.
    ['我们使用必要 Cookie 保证网站正常运行，并在征得您同意后使用第三方 Cookie 进行访问统计和广告个性化。[接受全部] [仅必要]', 'site_analytics'],
    ['我们想知道每一次促销活动究竟带来了多少订单。这项统计工作交给了专门的效果监测公司。', 'advertising'],
    ['页脚链接：不出售或共享我的个人信息（用于定向广告）', 'advertising'],
    ['您可以访问数字广告行业自律组织提供的统一退出页面，选择不再接收参与该机制的公司基于您的浏览习惯推送的广告。', 'advertising'],
    ['如您不希望收到依興趣投放之廣告，可前往相關產業自律組織的選擇退出網頁，對所有參與成員一次性設定退出。', 'advertising'],
    // Items: "（一）" lines under a lead-in, and settings quoted with their switch.
    ['以下情形中，您的信息可能被第三方获取：\n（一）广告投放及效果监测；\n（二）应用性能及使用情况分析；\n（三）依法律法规要求。', 'site_analytics'],
    ['设置 › 隐私 › 数据共享\n与合作伙伴共享使用数据以提升广告相关性  [已开启]', 'advertising'],
  ])('reads a disclosure the session\'s later rounds found missed: %s', (text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    'For example, we may use your IP address to deliver advertisements promoting New York City-based businesses.',
    '我们不出售或共享您的个人信息。',
    '我们没有提供“不出售或共享我的个人信息”链接，因为我们不出售或共享个人信息。',
    'We won\'t share your device identifier with the companies that attribute app installs to ad campaigns.',
    // A field that says there are none, and a switch shown off.
    'Marketing cookies: none.',
    'Third-party advertising: Not used',
    'Cookie settings\nMarketing cookies [ Off ]',
  ])('still reads no outside advertising company: %s', (text) => expect(kinds(text)).not.toContain('advertising'));

  it.each([
    // 外部 marks an outside party whatever the noun after it; 當機 is Taiwan's word for a crash.
    '我們使用外部的錯誤回報服務收集當機紀錄；本App不展示任何廣告，亦不與廣告商分享資料。',
    '我们使用一家外部的性能监控服务收集应用崩溃日志，用于排查问题。',
    '本網站透過外部服務供應商統計各頁面之瀏覽次數；我們不會與任何廣告業者分享您的資料。',
  ])('reads an outside service by 外部: %s', (text) => expect(kinds(text)).toContain('site_analytics'));

  it('reads the site\'s own statistics tool as its own', () => {
    expectNoTrackingKind('我们通过自有的统计工具统计各页面的访问量，数据不会提供给第三方。');
  });

  it.each([
    // Translated European English and Hong Kong wording.
    ['The navigation data may be communicated to third-party operators of publicity, so that they can show you commercial communications adapted to your profile.', 'advertising'],
    ['To refuse the profiling cookies of third parties you may visit www.youronlinechoices.eu and disable the cookies of the single operators.', 'advertising'],
    ['For the evaluation of the use of the website and the compilation of reports on its activities, the information generated by the cookie is transmitted to a server of the provider.', 'site_analytics'],
    ['本網站部分頁面載有由獨立量度機構提供的程式碼，該機構會收集不記名的瀏覽數據，用以統計讀者人數。', 'site_analytics'],
    ['如您不希望被纳入第三方提供的网站流量统计，可以安装该服务提供的浏览器停用插件。', 'site_analytics'],
  ])('reads a disclosure of the last rounds: %s', (text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    // Group companies only; the site's own server logs; a CCPA data category; denials in the same words.
    '本集團旗下各公司可能共用匯總的使用統計資料，以規劃整體服務及資源配置。',
    '为了解网站使用情况，我们会分析服务器日志，例如访问时间、浏览页面及错误记录。',
    'Category: Commercial information | Disclosed for a business purpose to: payment processors, shipping carriers | Sold or shared to: None',
    'The publicity spaces on our portal are sold directly by our commercial department to the advertisers, who do not receive any data of the visitors.',
    '本網站的廣告均由本網站伺服器直接提供，廣告商不會透過本網站取得任何有關閣下的資料。',
    '本應用程式並無內置任何第三方廣告 SDK，我們亦不容許廣告商透過本應用程式取得閣下的裝置識別碼。',
  ])('discloses no outside ad or analytics company: %s', (text) => expectNoTrackingKind(text));
});

