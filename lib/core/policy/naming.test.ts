import { describe, expect, it } from 'vitest';
import type { OrganizationVerdict } from '../types.ts';
import { judgeSite } from '../verdict/judge.ts';
import { analyzePolicy } from './extract.ts';

// The one naming decision (naming.ts), seen from both ends: what the analyzer lists, and what the
// verdict becomes — there is no second look-up at verdict time that could disagree.
const named = (text: string) => analyzePolicy(text).thirdParties.map((t) => t.org ?? t.domain);

const row = (org: string, name: string, category: OrganizationVerdict['category'], hosts: string[]): OrganizationVerdict =>
  ({ org, name, category, requests: 1, hosts, verdict: null, evidence: null });
const verdict = (text: string, r: OrganizationVerdict) =>
  judgeSite({ site: 'example.com', organizations: [r], policy: { status: 'found', url: null, analysis: analyzePolicy(text) } }).organizations[0];

const DOUBLECLICK = row('google', 'Google', 'advertising', ['securepubads.g.doubleclick.net']);
const AMAZON_ADS = row('amazon_associates', 'Amazon', 'advertising', ['c.amazon-adsystem.com']);

describe('mentions that do not name a recipient', () => {
  it.each([
    ['social follow links', 'Follow us on Facebook and Twitter for news about our services.'],
    ['a contact line', 'Email: privacy@example.com; Twitter: @example'],
    ['a help link', 'For help with your data, see https://support.google.com/analytics/answer/181881 for instructions.'],
    ['search engines', 'Public profiles may be indexed by search engines such as Google and Bing.'],
    ['citations', 'Our service was rated best of 2020, as reported by Nielsen.'],
    ['an ordinary verb that is also a company', 'Adjust your cookie settings in your browser to refuse cookies that collect information.'],
    ['a word inside another product name', 'Our database is hosted on MongoDB Atlas, a cloud service that stores your information.'],
    ['dictionary words that are TrackerDB names', 'United States law applies. We store data in the Cloud. We share your information with News partners and Global advertisers who Respond to requests.'],
    ['a link out to other companies\' services', 'Our pages sometimes link to services run by other companies, such as Spotify.'],
    ['where the policy text is kept', 'Changes to this privacy policy are tracked in a public repository hosted on GitHub.'],
    // Shapes from the fresh tosback development half (docs/eval-sessions.md).
    ['scraped page JSON', '{"path":"/content/campaigns/offer","name":"oracle-leisure","title":"Oracle","campaignName":"navigation"}'],
    ['scraped page CSS', 'nav.colored, .twitter-feed-icon i { color: #e20309; } ::selection { background: #e20309; }'],
    ['an opt-out website, trademark sign and all', 'You can opt out of being targeted by many advertising companies by visiting the NAI opt-out page or the TrustArc® website.'],
    ['links to platforms', 'Our website may contain links to social media platforms, such as Facebook and Twitter.'],
    ['interacting via platforms', 'Our websites may enable you to interact with us and others via social media platforms, such as Facebook and Pinterest.'],
    ['leaving the site', 'When you follow a link to a partner (e.g., if you link to PayPal to pay for an order), you will be leaving our service.'],
    ['what you post elsewhere', 'We may collect publicly available information you submit to a social media platform like Facebook or Twitter.'],
    ['a source list item', 'From social networks, such as Facebook or Twitter, if you use a social network login to access our services.'],
    ['a sign-in that shares with us', 'If you sign in with your Apple ID, you give Apple permission to share your personal data with us.'],
    ['an account created with another', 'You can create an account using your Facebook or Google account and use those credentials to log in.'],
    ['credentials received from a network', 'If you access third party social networking services such as Facebook through our service, we may receive your username and profile for those services.'],
    ['sources, not recipients', 'We obtain information from publicly available sources (e.g., data brokers, data aggregators and social media sites such as Facebook).'],
    ['a semicolon list of sources', 'We collect it from customers; publicly-available sources (e.g., data brokers, public databases, etc.); referral sources; social network sites (e.g., Facebook, Twitter, etc.).'],
    ['a handle is a data item', 'You can add a profile picture and your Twitter account handle to the information you provide.'],
    ['where to read another policy', 'To review Everyday Health\'s privacy policy, please visit its website.'],
    ['negation with no', 'No personal information is shared with Facebook.'],
    ['negation with a longer no-subject', 'Kids\' profiles show no advertising, and no data from those profiles is shared with ad networks such as Google AdMob.'],
    ['negation with nor', 'We do not sell your data, nor do we share it with Google.'],
    ['a browser brand', 'You can block cookies in Google Chrome or Mozilla Firefox settings.'],
    ['the store an app came from', 'If you downloaded the Example App at the iTunes store, the app will send usage information to our servers.'],
    ['industry jargon that is also a retired product name', 'We work with AdTech providers, who use AdTech technologies such as real-time bidding to show ads.'],
    ['an identifier, not a recipient', '我们会收集您的设备信息，例如Apple的IDFA和Google Advertising ID。'],
    ['a sign-in provider we receive data from', '当您使用微信登录时，我们会获取您的微信昵称、头像等公开信息。'],
    ['a platform the policy does not cover', 'This policy does not apply to third-party sites such as Facebook or Twitter that collect your information.'],
    ['a trademark notice', 'Google and YouTube are trademarks of Google LLC; all personal information is ours.'],
    ['a disclaimer of affiliation', 'Our service is not affiliated with Facebook or Instagram, and we collect your information ourselves.'],
    ['a contest disclaimer', 'This promotion is in no way sponsored, endorsed or administered by Facebook; the information you provide goes to us.'],
    ['a privacy seal', 'Our privacy practices have been certified by TRUSTe, which reviews how we use information.'],
    ['an opt-out tool maker', 'Download the Evidon Ad Control application to learn how to opt out of having your information collected.'],
    ['an example of the user\'s own provider', 'We log the Internet Provider (e.g., Comcast, AT&T) from which you access our site, and other information.'],
    ['the corporate family', 'In 2012 Instagram was acquired by Facebook, and we use your information to provide the service.'],
    ['a third-party log-in we also receive data from', 'If you use a third party connection or log-in (e.g., Facebook Connect, Twitter, or Google+) to access the Services, we may also receive your username or email address for those third party services.'],
    ['a third-party site we may also collect a profile from', 'If you use a third party site, such as Facebook or Twitter, to post referrals, then we may also collect other information (e.g., your profile picture, friends lists or followers).'],
    ['a data source carried through its paragraph', 'You can create an account using your Facebook or LinkedIn account and use that platform’s credentials to log in. Using this option lets us request data from that account. For LinkedIn, we will process your email address. For Facebook, we will process your public profile.'],
    // From a blind set of naming sentences written for the project (not from any corpus).
    ['a comparison', 'Unlike Google, we never build a profile of your searches.'],
    ['a former provider', 'Our former analytics provider, Hotjar, was removed from the site in March 2022 and all recordings held by it were deleted.'],
    ['a provider the site stopped using', 'We stopped using Google Analytics in 2023 and now count visits without cookies.'],
    ['a list of what an app does not contain', 'This app contains no advertising SDKs: no AdMob, no Facebook Audience Network and no AppLovin.'],
    ['instead of a button, a link that sends nothing', 'Instead of the Facebook "Like" button, we use a simple static link that sends no data to Facebook unless you click it and leave our site.'],
    ['the maker of the reader\'s browser', 'Internet Explorer by Microsoft: go to Tools > Internet Options > Privacy and move the slider to the level you want.'],
    ['a link the reader follows away', 'When you click a link to an album on Spotify or Apple Music, you leave our site and the linked service\'s privacy policy applies.'],
    ['a data provider data comes from', 'We may obtain business contact details about you from third-party data providers such as ZoomInfo and combine them with the information we already hold.'],
    ['a social link in a table row', '| Twitter | https://twitter.com/examplehq | Follow us for updates |'],
    // Chinese shapes from the blind set.
    ['a denial that lists companies', '未经您的同意，我们不会向百度、腾讯、阿里巴巴等任何第三方出售、出租或提供您的个人信息。'],
    ['an SDK the app does not integrate', '本应用未集成任何第三方推送SDK（如极光推送、个推），消息提醒仅通过应用内通知实现。'],
    ['a removed SDK', '自2023年6月1日起发布的版本中，我们已移除友盟+ SDK，不再向友盟同欣（北京）科技有限公司提供任何信息。'],
    ['a removed row of an SDK table', '| SDK名称 | 公司 | 说明 |\n|---|---|---|\n| 百度地图SDK | 北京百度网讯科技有限公司 | 已于v5.2.0版本移除，不再收集任何信息 |'],
    ['a row whose in-use column says no', '| SDK名称 | 第三方主体 | 用途 | 是否接入 |\n|---|---|---|---|\n| 极光推送SDK | 深圳市和讯华谷信息技术有限公司 | 消息推送 | 否 |'],
    ['an English row marked not in use', '| Service | Provider | Purpose | In use? |\n|---|---|---|---|\n| Hotjar | Hotjar Ltd | Heatmaps | No |'],
    ['search engines in Chinese', '如您通过百度、搜狗等搜索引擎访问本网站，我们的服务器会记录来源网址及搜索关键词。'],
    ['platforms this policy does not govern', '您在大众点评、小红书等第三方平台发布的关于我们的评价，不受本政策约束。'],
    ['a future possibility', '如我们未来接入抖音或快手的分享功能，将另行更新本清单并征得您的同意。'],
    ['where content comes from', '商品比价信息来源于京东、天猫等平台的公开页面，仅供参考。'],
    ['data read from an app on the device', '在您授权后，我们会从Apple“健康”App读取您的步数数据，这些数据仅用于在本应用内展示运动排行。'],
    ['market data the site shows', '股票行情数据由新浪财经提供，仅供参考，不构成投资建议。'],
    ['only what a sign-in returns', '当您选择微信登录时，我们仅会获取您授权的微信昵称与头像，不会获取您的微信好友关系及聊天记录。'],
    ['account numbers as log-in names', '您可以使用手机号码、微信号或QQ号注册并登录本应用。'],
    ['a browser in a settings instruction', '您可以通过Chrome、Safari、Edge或360安全浏览器的设置清除或拒绝Cookie。'],
    ['app stores to download from', '您可以通过华为应用市场、小米应用商店、OPPO软件商店、vivo应用商店或App Store下载安装本应用。'],
    ['a settings path in another app', '您可以在微信“我-设置-个人信息与权限-授权管理”中撤回对本小程序的授权。'],
    ['which apps the device has', '查询已安装应用权限：仅用于判断您的设备是否已安装微信或支付宝，以便在支付页面展示可用的支付方式，该判断在本地完成。'],
    ['a list opened by a denial', '我们不会将您的个人信息共享给以下类型的第三方：广告联盟（如穿山甲、优量汇）；数据经纪商。'],
    ['a list opened by a denial, in English', 'We do not share your personal information with the following companies: Criteo, Taboola or Outbrain.'],
    // Second round of the blind sets (mentions without any data flow, in more shapes).
    ['a shareholder', 'Amazon.com, Inc. holds a minority shareholding in Example GmbH and takes no part in running the service.'],
    ['a menu path on the reader\'s phone', 'To reset your advertising ID on Android, open Settings > Google > Ads and tap "Reset advertising ID".'],
    ['a list of sponsors', 'Our 2024 developer conference is sponsored by Microsoft, Atlassian and Datadog.'],
    ['where the policy text came from', 'Parts of this privacy policy are adapted from the Automattic privacy policy.'],
    ['a company that gets nothing', 'Customer records are kept in a database we operate on our own servers; Oracle has no access to it.'],
    ['copyright credits', 'This app includes open-source software: React (© Meta Platforms, Inc., MIT License) and Guava (© Google LLC, Apache License 2.0).'],
    ['device lines', 'Our Android app is tested on Samsung Galaxy and Google Pixel devices.'],
    ['nothing loaded from it', 'We do not embed YouTube videos; nothing is loaded from YouTube unless you follow a link.'],
    ['a sub-processor marked removed', 'Mixpanel — removed as a sub-processor on 1 June 2023.'],
    ['the company\'s own support', 'We cannot help with problems relating to your Apple ID — please contact Apple support directly.'],
    ['an example in a cookie primer', 'For example, an online shop like Amazon uses cookies to remember what is in your basket.'],
    ['投资方', '本公司的主要投资方包括腾讯投资与红杉中国，投资方不参与本应用的日常运营，亦不接触用户数据。'],
    ['a Chinese comparison', '与部分网盘产品（例如百度网盘）不同，本应用采用端到端加密。'],
    ['a jump out of the app that sends nothing', '点击商品链接后将跳转至京东App或京东网页，我们不会向京东传输您在本应用内的任何个人信息。'],
    ['an open-source framework', '本应用的客户端使用Google开源的Flutter框架开发，不会向Google发送任何数据。'],
    ['the reader\'s wearables', '本应用支持通过蓝牙直接连接小米手环及华为手表以同步心率数据。'],
    ['the reader\'s phone', '如您使用华为手机，可通过“设置－应用和服务－权限管理”关闭位置信息权限。'],
    ['codes the services generate', '扫一扫功能可识别各类二维码（包括微信、支付宝生成的收款码），图像仅在本地解析。'],
    ['a planned SDK', '我们计划在后续版本中接入极光推送服务，届时将更新本政策并另行征得您的同意。'],
    ['a vendor switched away from', '用户数据统计已由友盟+切换为自有服务器，所有统计数据均存储在我们自有的服务器中。'],
    ['an invitation to review', '如果您喜欢我们的服务，欢迎在大众点评或小红书上分享您的体验。'],
    ['a sponsor', '本届城市马拉松由vivo冠名赞助，报名信息仅由组委会用于参赛管理。'],
    ['a platform\'s own rules', '为满足苹果App Store审核指南的要求，我们在“设置－账号与安全”中提供了账号注销功能。'],
    ['where the policy page is hosted', '本隐私政策页面托管于阿里云对象存储（OSS），您可随时通过本链接查看最新版本。'],
    ['an SDK record whose next line says it collects nothing', '微信OpenSDK：用于支持微信分享。根据提供方说明，该SDK不收集任何个人信息。'],
    ['a sign-in we read from', '当您选择微信登录并授权后，我们将从微信获取您的昵称、头像及UnionID，用于创建本应用账号。'],
    // Third round (same development sets, after the second round of rules).
    ['an account registered with', 'You may register using your Google account, in which case Google shares your name and email address with us.'],
    ['a provider used until a date, and the property deleted', 'Until March 2021 we used Google Analytics. We have since removed it completely and deleted our Google Analytics property.'],
    ['an authenticator app the reader installs', 'We recommend an authenticator app such as Google Authenticator or Microsoft Authenticator.'],
    ['the reader\'s mailbox', '您可以使用任何常用邮箱（如QQ邮箱、网易163邮箱）向我们发送个人信息查询请求。'],
    ['device models in a list', '本应用在支付页禁止截屏；华为、荣耀部分机型的系统截屏手势可能无法被拦截。'],
    // (Seventeenth session: deployed privately but with no word that the vendor gets nothing, it is named — three
    // development labels read it so; naming-round17.test.ts.)
    ['a privately deployed analytics product the vendor receives nothing from', '用户数据统计使用神策数据私有化部署，所有统计数据均存储在我们自有的服务器中，神策数据无法访问这些数据。'],
    ['the reader applying to the company, and its rules', '退款需由您向苹果公司申请，具体以苹果的退款规则为准。'],
    ['a relay mailbox a sign-in returns', '使用“通过Apple登录”时，我们仅会获得Apple生成的中转邮箱，无法获知您的真实邮箱。'],
    ['an SDK row that collects nothing', 'SDK名称：百度OCR离线识别SDK；提供方：北京百度网讯科技有限公司；处理方式：文字识别完全在设备本地完成，该SDK不收集、不上传任何个人信息。'],
    // Fourth Chinese round.
    ['a disclaimer of any connection', '特别提示：本产品为XX银行发行的结构性存款产品，与支付宝“余额宝”及蚂蚁集团旗下任何产品无关。'],
    ['the service\'s own mini-programs', '我们的服务同时以微信小程序、支付宝小程序和抖音小程序形式提供，各端账号体系相互独立。'],
    ['a document title', '您在使用本小程序时，还应当遵守《微信小程序平台服务条款》。'],
    ['apps already on the reader\'s phone', '门店详情页点击“导航”后，我们会唤起您手机上已安装的高德地图、百度地图或腾讯地图。'],
    ['the reader\'s own accounts and the company\'s help desk', '如果您的微信账号或QQ账号被盗，请先通过腾讯客服冻结账号。'],
    ['a service not preinstalled', '本车机系统基于 Android 开源项目深度定制，未预装 Google 移动服务（GMS）。'],
    ['an image credit', '“联系我们”页面中的公司位置图为静态图片（底图来源：高德地图）。'],
    ['a changelog dropping a vendor', '更新说明：删除 GrowingIO 统计SDK 的相关描述（已停止合作）。'],
    ['a how-to per phone brand', '华为/荣耀手机：设置-应用和服务-应用启动管理-本应用-手动管理。'],
    ['platforms never authorised', '本院从未授权任何第三方平台（包括京东、淘宝）销售本院药品。'],
    // Fourth English round (real-policy shapes).
    ['a court case', 'Following the judgment in Data Protection Commissioner v Facebook Ireland Ltd and Maximillian Schrems, we rely on standard contractual clauses.'],
    ['a platform framework', 'On iOS 14.5 and later, we ask for your permission through Apple\'s App Tracking Transparency framework before accessing your advertising identifier.'],
    ['companies phishers pretend to be', 'Fraudsters often send messages that appear to come from well-known companies such as Amazon, PayPal or Microsoft.'],
    ['an example in a definition', '"Third-party cookies" are cookies set by a domain other than the one you are visiting, for example a cookie placed by an advertising network such as Criteo.'],
    ['a company\'s browser', 'Browser vendors are restricting third-party cookies: Apple\'s Safari already blocks them by default.'],
    ['job boards', 'Our vacancies are also advertised on job boards such as LinkedIn and Indeed.'],
    ['links that take the reader away', 'You can open our location in Google Maps or Apple Maps; these links take you to the external service.'],
    ['data read from an app on the device', 'With your permission, our app can read step counts from Apple Health or Google Fit; this data stays on your device.'],
    ['nothing transmitted', 'No data is transmitted to Facebook when you load a page.'],
    ['the operator defined as "we"', '本软件由深圳市腾讯计算机系统有限公司（“腾讯”或“我们”）开发运营。为提供统一账号服务，我们会在腾讯内部关联公司之间共享必要的账号信息。'],
    ['the app\'s operator and its group', '抖音由北京微播视界科技有限公司运营。为保障账号安全，我们可能与字节跳动关联公司共享您的设备信息。'],
    // Seventh session (the same development sets).
    ['a company that has no access', 'Customer records are kept in an Oracle Database that we license and operate on our own servers; Oracle has no access to it.'],
    ['a vendor the next sentence denies everything', '我们使用神策数据提供的分析软件统计 App 使用情况。该系统部署在我们的服务器上，神策数据公司无法访问或获取这些数据。'],
    ['services not switched on', '支付宝与银联云闪付暂未开通，我们不会向其提供任何订单信息。'],
    ['an interface not called', '共享第三方：无（搜索服务由我们自研，未调用百度、必应的搜索接口）'],
    ['other platforms\' tokens not read', '我们只识别本平台的口令格式，不会读取或上传淘宝、抖音等其他平台的口令。'],
    ['nothing shared with them (the denial after the name)', '本公司与支付宝、天天基金等其他机构之间不共享客户信息。'],
    ['the reader told to contact the companies', 'We cannot help with problems relating to your Apple ID, Google account or app-store payment method — please contact Apple or Google support directly.'],
    ['a later clause denying the platforms listed', '您可通过系统分享菜单将内容发送至微信、微博等应用；本应用未接入上述平台的分享SDK。'],
    ['a flattened record marked offline', 'SDK名称：TalkingData 统计分析SDK｜第三方主体：北京腾云天下科技有限公司｜用途：应用统计｜状态：已于2022年9月下线，当前版本未集成'],
    ['another version under its own policy', '海外版本（支持 Google、Facebook 账号登录及 Firebase 统计）由我们在新加坡设立的主体运营，适用其单独的 Privacy Policy。'],
    ['payment options offered (a sentence with no data flow)', '目前本应用支持支付宝、微信支付、云闪付及Apple Pay四种付款方式，您可在结算页自由选择。'],
    ['an internal approval tool', '访问控制：员工查询用户数据须经钉钉审批流程逐级授权，审批单中仅记录工单编号与查询事由，不包含用户的任何个人信息。'],
    ['fonts served from the site\'s own server', 'Our website uses the typefaces "Roboto" and "Open Sans", which are published via Google Fonts. We host the font files on our own web server, so no connection to Google is established when you visit.'],
    ['an old version of the app', 'The old version of our app, which used Flurry and Crashlytics, is no longer supported.'],
    ['the reader turning to the company in person', '由于我们无法获取您的微信登录密码，账号解冻和申诉需由您本人向腾讯发起。'],
  ])('%s', (_why, text) => {
    expect(named(text)).toEqual([]);
  });
});

describe('mentions that name a recipient', () => {
  it.each([
    ['a list of partners', 'We share data with Criteo, Taboola and Outbrain for advertising.', ['criteo', 'taboola', 'outbrain']],
    ['an ambiguous name in a list of companies', 'We use Google Analytics, Segment and Heap to understand usage.', ['google', 'twilio', 'content_square']],
    ['a name with its corporate suffix', 'Information is processed by Steel House, Inc. for retargeting.', ['steelhouse']],
    ['a ™ sign is not a trademark notice', 'We embed third-party services such as Optimizely, VWO and Segment™ on our website.', ['optimizely', 'wingify', 'twilio']],
    ['a Chinese SDK name right against Latin letters', '极光SDK需要读取您的IMEI信息，用于推送通知。', ['jiguang']],
    ['a Chinese legal entity', '我们将您的IMEI信息共享至中移互联网有限公司、深圳市和讯华谷信息技术有限公司用于一键登录。', ['china_mobile', 'jiguang']],
    ['a bare domain', 'We use analytics from tracksy-metrics.example to count visits.', ['tracksy-metrics.example']],
    ['a sign-in that shares with them', 'When you sign in with Facebook, we share your personal information with Facebook.', ['facebook']],
    ['sources after the name', 'We share your email address with Criteo, which may combine it with data from other sources.', ['criteo']],
    ['an open source tool', 'We use the open source Matomo tool to measure how our website is used.', ['matomo']],
    ['a data source in one paragraph, a recipient in the next', 'You can create an account using your Facebook account.\n\nFor Facebook, we will process your email address to show you ads.', ['facebook']],
    ['a data source followed by sharing with it', 'You can create an account using your Facebook account. We share your purchases with Facebook for advertising.', ['facebook']],
    ['a newsletter vendor', 'We send newsletters through Mailchimp.', ['mailchimp']],
    ['an ad click the company learns of', 'For example, if you click a Google ad, Google may know you visited our site.', ['google']],
    ['a payment step that sends data', 'When you link to PayPal to pay for a product, your payment information is sent to PayPal.', ['paypal']],
    // Sentences about a service and what it does with data, without the words "service" or "data" (blind set).
    ['what a vendor stores', 'Push notifications are delivered through OneSignal, which stores a push token for your browser or device.', ['onesignal']],
    ['a CDN that logs addresses', 'Static assets are delivered by Akamai, a content delivery network whose edge servers log the IP addresses of requesting devices.', ['akamai']],
    ['a vendor that records visits', 'Mouseflow (Mouseflow ApS, Flæsketorvet 68, 1711 Copenhagen, Denmark) records randomly selected individual visits to this website.', ['mouseflow']],
    ['collected on our behalf', 'From time to time a short survey may pop up on our pages; your responses are collected by Qualtrics on our behalf.', ['qualtrics']],
    ['the site uses a tool', 'This site uses Akismet to reduce spam.', ['automattic']],
    ['a company that visits us is not "visit us"', 'ZoomInfo\'s WebSights tag on our website identifies the companies that visit us based on their IP addresses.', ['zoominfo']],
    ['our own feed, and the company collects', 'We embed posts from our Instagram feed on the homepage; Instagram may collect information about your interaction with these embeds.', ['facebook']],
    ['a dictionary-word name opening a sentence, with a data verb', 'Amplitude receives a pseudonymous user ID and a record of which features you use in the app.', ['amplitude']],
    ['the same with an adverb', 'Heap automatically captures interactions such as clicks and page views in our web application.', ['content_square']],
    ['an ambiguous name as the recipient of a transfer', 'By subscribing, you acknowledge that your information will be transferred to Constant Contact for processing.', ['constant_contact']],
    ['a flattened SDK record with its company line', 'AppsFlyer SDK\n主体：AppsFlyer Ltd.\n目的：海外渠道安装归因\n信息：IDFA/GAID、IP地址、设备型号', ['appsflyer']],
    ['a values-only SDK record', '快手分享SDK\n北京快手科技有限公司\n分享至快手\n设备信息、网络信息', ['kuaishou']],
    ['conversion code that reports back', '为衡量推广效果，我们的落地页部署了百度营销的转化追踪（OCPC）代码，会向百度回传您的访问来源及表单提交事件。', ['baidu']],
    ['a booking partner by its Chinese name', '为完成预订，我们会将您填写的乘机人姓名、证件号码、手机号共享给携程。', ['trip_com']],
    ['a jump out of the app after which the company collects', '点击商品链接跳转至京东后，京东将依据其隐私政策收集并处理您的浏览与购买信息。', ['jing_dong']],
    ['a newsletter moved to a new vendor', 'We migrated our newsletter from Mailchimp to Klaviyo in 2022; your details were deleted from Mailchimp after the move.', ['klaviyo']],
    ['the site sharing with a company (分享给, not the reader sharing to)', '我们会将您的设备信息分享给腾讯广告用于广告投放。', ['qq.com']],
    ['a share SDK, not the platforms the reader shares to', '我们集成了 MobTech ShareSDK（上海游昆信息技术有限公司）以支持分享至微信、QQ、微博。', ['mobtech']],
    ['carriers in a one-tap log-in', '本机号码一键登录：目前支持中国移动、中国电信用户，我们会将您的本机号码提供给运营商校验。', ['china_mobile', 'china_telecom']],
    ['a certified processor that handles the data', 'Card payments are processed by Stripe, a PCI DSS Level 1 certified payment service provider.', ['stripe']],
    ['a domain that is also a name the lexicon knows', 'We use Amazon.com to ship orders and share your address with Amazon.com.', ['amazon_associates']],
    ['a delivery partner the site provides data to', '订单配送由京东物流完成，为此我们需要向其提供收件人姓名、手机号码及收货地址。', ['jing_dong']],
    ['a vendor the site submits content to', '内容安全：您发布的文字、图片、音视频将提交至网易易盾内容安全服务进行自动审核。', ['netease']],
    ['a payment option that receives personal data', 'Pay later with Klarna: if you choose this option, we pass your name, address, date of birth and order details to Klarna.', ['klarna']],
    ['an identity check', 'To verify your identity when you open an account, we send your name, date of birth and address to Experian.', ['experian_inc']],
    ['a service with the company in brackets', 'Live chat (Crisp) is only loaded on the Contact page.', ['crisp']],
    ['a feature run by a company', 'Pop-up sign-up forms are provided by OptinMonster, and our discount spin-wheel is run by Privy.', ['optinmonster', 'privy']],
    ['links managed by companies', 'Some product links on our site are affiliate links managed by Skimlinks and Sovrn Commerce.', ['skimlinks', 'sovrn']],
    ['a denial of one data type leaves the company a recipient', 'We use Google Analytics to count visits; Google does not receive your name or email address.', ['google']],
    ['a measurement vendor by its Chinese name', '广告监测：为统计广告效果，我们可能向秒针等第三方监测机构提供加密后的设备标识。', ['miaozhen']],
    ['an email platform and its owner', '营销邮件通过搜狐旗下的SendCloud平台发送，我们需要向其提供您的邮箱地址。', ['sohu']],
    ['a dictionary-word name in a list whose items carry their purpose in brackets', 'SDKs in our app: AppsFlyer (install attribution), Branch (deep links).', ['appsflyer', 'branch_metrics_inc']],
    // "Vendor: purpose" rows are not contact handles ("举报QQ：2920176413"; development round 4).
    ['vendors followed by their purpose after a colon', 'Third-party SDKs in our app\n- AppsFlyer: install attribution\n- Braze: push notifications and in-app messages', ['appsflyer', 'braze_inc']],
    ['a vendor operated by another company still handles data', 'AdRoll, a retargeting platform operated by NextRoll, Inc., may show you ads for our products on other websites.', ['adroll']],
  ])('%s', (_why, text, orgs) => {
    // A company named on several lines of one record is one company.
    expect([...new Set(named(text))]).toEqual(orgs);
  });
});

describe('list rows take their context from the line that opened the list', () => {
  it('a bare SDK row under "the third-party SDKs we use are:" names it', () => {
    expect(named('我们接入的相关第三方SDK的目录如下：\n1、极光推送SDK\n功能：用于实现消息推送功能')).toEqual(['jiguang']);
    expect(named('We use the following third-party services:\n\n- Mixpanel\n- Hotjar')).toEqual(['mixpanel', 'hotjar']);
  });

  it('a bare row under a lead-in that speaks of no recipient does not', () => {
    expect(named('Our team has worked with these organisations:\n\n- Mixpanel\n- Hotjar')).toEqual([]);
    expect(named('我们的荣誉如下：\n1、极光推送SDK')).toEqual([]);
  });
});

describe('product-aware naming', () => {
  it('Google Fonts, reCAPTCHA and a YouTube embed do not make DoubleClick named; the row says what is named', () => {
    const v = verdict('We use Google Fonts and reCAPTCHA on our site, and embed YouTube videos.', DOUBLECLICK);
    expect(v.verdict).toBe('undisclosed');
    expect(v.why).toEqual({ code: 'undisclosed', unknownCompany: false, otherProducts: ['Google Fonts', 'reCAPTCHA', 'YouTube'] });
  });

  it('"hosted on AWS" does not clear Amazon\'s ad server, but covers Amazon hosting', () => {
    expect(verdict('Our website is hosted on AWS, which processes your information.', AMAZON_ADS).verdict).toBe('undisclosed');
    expect(verdict('Our website is hosted on AWS, which processes your information.', row('amazon_associates', 'Amazon', 'hosting', ['s3.amazonaws.com'])).verdict).toBe('named');
  });

  it('the company itself, or a tracking product, covers its ad traffic', () => {
    expect(verdict('We share information with Google for advertising.', DOUBLECLICK).verdict).toBe('named');
    expect(verdict('We use Google Analytics to measure traffic.', DOUBLECLICK).verdict).toBe('named');
  });

  it('the Facebook Like button names a social widget, not the ad pixel', () => {
    const pixel = row('facebook', 'Meta', 'advertising', ['www.facebook.com']);
    expect(verdict('Our pages include the Facebook Like button, which lets you share content.', pixel).verdict).toBe('undisclosed');
    expect(verdict('Our pages include the Facebook Like button, which lets you share content.', row('facebook', 'Meta', 'social_media', ['www.facebook.com'])).verdict).toBe('named');
  });
});

describe('the author is the site, not the vendor its cookie table lists most', () => {
  it('a policy that names itself by the site\'s domain label keeps Google a recipient', () => {
    const text = ['ExampleGate privacy policy', 'ExampleGate GmbH ("ExampleGate", "we") runs this website.', 'ExampleGate uses cookies.', 'ExampleGate keeps your data safe.',
      ...Array.from({ length: 16 }, (_, i) => `Google Analytics sets the cookie _ga_${i} to measure visits to our website.`)].join('\n\n');
    expect(analyzePolicy(text, { siteDomain: 'examplegate.example' }).thirdParties.map((t) => t.org)).toContain('google');
  });
});

// Fourth English development round: the policy's author, however it introduces itself, is never its own recipient.
describe('the author names itself', () => {
  it.each([
    ['"This Privacy Policy explains how …" with the words capitalised', 'Brevo respects your privacy. This Privacy Policy explains how Brevo collects and uses your personal data.', 'brevo'],
    ['its product and its parent', 'Instagram is a product offered by Meta Platforms, Inc. This policy explains how Meta collects, uses and shares information when you use Instagram.', 'facebook'],
  ])('%s', (_why, text, org) => {
    expect(named(text)).not.toContain(org);
  });

  it('a vendor with a former name is still a vendor', () => {
    expect(named('This Privacy Policy explains how Acme collects data. We send newsletters with Brevo (formerly Sendinblue), which stores your email address.')).toContain('brevo');
  });
});

// A row of cells without its leading pipe is a table row (English cookie and subprocessor tables).
describe('table rows without a leading pipe', () => {
  it('names the provider in each row', () => {
    expect([...new Set(named('Cookie name | Provider | Type | Purpose\nhubspotutk | HubSpot | Marketing | Tracks visitor identity\n_hjSessionUser | Hotjar | Analytics | Identifies a returning user'))]).toEqual(['hubspot', 'hotjar']);
  });
});

describe('a cookie table scraped one cell per line', () => {
  const table = (provider: string, expiry: string) => ['Cookies we use on this website', '_cmpconsent,', 'euconsent', provider, 'Stores your choices for the consent banner.', expiry].join('\n\n');
  it('names the provider column', () => {
    expect(named(table('Quantcast consent modal', 'One year and 25 days'))).toEqual(['quantcast']);
  });
  // (A title over a paragraph that says what the company does, "Stores your choices …", names it as a title:
  // heading-labels.ts. Here the paragraph only points elsewhere.)
  it('but not a bare heading with no expiry cell beside it', () => {
    expect(named(['Cookies we use on this website', '_cmpconsent,', 'euconsent', 'Quantcast consent modal', 'See our cookie notice for details.', 'Thank you for reading.'].join('\n\n'))).toEqual([]);
  });
});

// Shapes from the development half of the second Chinese label round (docs/eval-sessions.md, "Eighth session").
describe('flattened SDK tables in Chinese policies', () => {
  it.each([
    ['a row glued to its link is not inside the link', '我们接入了友盟统计SDK用于统计分析https://www.umeng.com/policy', ['umeng']],
    ['a record that ends with its vendor\'s policy link needs no other data word', '3. 第三方服务\n穿山甲今日头条展示第三方广告https://www.example.cn/privacy\n极光IM极光为了更快地与用户沟通https://www.jiguang.cn/license/privacy', ['bytedance_inc', 'jiguang']],
    // A development shape of the second CA4P round (30th session): the next row's name glued to a link that ended at its page name.
    ['a name glued after a link that ended at its page', '第三方服务：\n百度移动统计百度用于统计详细崩溃日志以及行为分析https://www.baidu.com/duty/yinsiquan-policy.htmlFireBase统计用于统计崩溃日志', ['baidu', 'google']],
    ['names and links one per line after a lead-in', '九、第三方SDK信息公示\n以下为我们接入的第三方SDK名称及其隐私协议链接：\n支付宝支付\nhttps://render.alipay.com/p/c/k2cx0tg8\n新浪微博\nhttps://passport.sinaimg.cn/privacyclause.html\n小米推送\nhttps://static.account.xiaomi.com/privacy.html', ['alibaba', 'sina', 'xiaomi']],
  ])('%s', (_why, text, orgs) => {
    expect([...new Set(named(text))]).toEqual(orgs);
  });

  it('a note between the rows keeps the rows under their lead-in', () => {
    expect(named('第三方服务：\n第三方服务名称用途隐私政策\n我们的产品集成友盟+SDK，用于统计分析。\n极光IM极光为了更快地与用户沟通https://www.jiguang.cn/license/privacy')).toEqual(['umeng', 'jiguang']);
  });

  it('carriers\' one-tap log-in SDKs in a table', () => {
    expect(named('| SDK | 用途 | 信息 |\n| 电信SDK | 一键登录 | 网络状态、IMSI |\n| 联通SDK | 一键登录 | 网络状态、IMSI |')).toEqual(['china_telecom', 'china_unicom']);
  });

  it('a link line alone still names nothing, and neither does a row under a lead-in about something else', () => {
    expect(named('更多信息请访问 https://www.umeng.com/policy')).toEqual([]);
    expect(named('我们获得的荣誉如下：\n极光推送\nhttps://www.jiguang.cn/awards')).toEqual([]);
  });
});

describe('Chinese mentions that are not recipients, and their look-alikes that are', () => {
  it.each([
    ['a log-in with a platform', '如果您选择使用“微信登录”，我们还需要获取微信的OpenID，用于识别您的身份。'],
    ['third-party log-in examples', '您还可以通过第三方登录（如QQ、微信），我们将通过间接获得的方式收集您授权的头像和昵称。'],
    ['social accounts as a source', '您通过社交软件（如微博、微信）账号登陆时，我们通过您登陆的上述账号收集您的用户名和头像。'],
    ['interacting through platforms', '您通过微博、微信等社交媒体与我们互动而向我们提供的信息。'],
    ['the reader\'s identifier there', '开具发票时，我们需要收集您的邮箱、支付宝平台的OpenID和订单信息。'],
    ['a contact handle', '虫虫助手 | 举报QQ：2920176413 | 进入虫虫助手，登录账号后点击头像'],
    ['a download app\'s row in a channel table', '百度手机助手 | 举报邮箱：support@example.com | 登录百度账号中心选择账号注销'],
    ['the reader\'s account without 的', '我们需要获取您小米账号下智能设备的名称和状态信息，以便控制设备。'],
    // Third label round, development half.
    ['a list of log-in platforms', '当您使用微博、QQ账号登录我们的软件产品或服务时，我们需要确认您的身份。'],
    ['log-in platforms in brackets', '您使用第三方帐号（QQ、微信、微博）登陆本APP时，可选择授权本APP读取您在该平台上的公开信息。'],
    ['accounts as items of a data list', '您同意向我们提供一些个人信息（包括姓名、电话号码、支付宝等支付渠道账号、地址）。'],
    ['the operator\'s own service inside a platform', '本平台包括快送APP、快送支付宝服务端等我们于合作第三方平台展示的服务端。'],
  ])('%s', (_why, text) => {
    expect(named(text)).toEqual([]);
  });

  it.each([
    ['a log-in SDK that collects', '我们接入了微信登录SDK，微信登录SDK会收集您的设备信息。', ['qq.com']],
    ['a log-in after which data is shared with the platform', '当您使用微信登录时，我们会将您的设备标识共享给微信。', ['qq.com']],
    ['a platform that learns of the log-in', '当您选择使用QQ登录时，腾讯将获知您使用QQ账号登录了本应用。', ['qq.com']],
    ['a maker\'s push SDK', '如您使用三星手机，我们接入的三星推送SDK可能会收集您的设备标识符。', ['samsung']],
    ['a game licensor the operator shares with', '我们可能将您的游戏数据共享给我们的许可方，包括但不限于暴雪娱乐及其关联公司。', ['activision_blizzard']],
    ['a store that is an SDK vendor', '我们通过百度手机助手分发本应用，并接入百度统计SDK收集设备信息。', ['baidu']],
    ['an account the data is sent to', '为完成支付，我们会将订单信息共享给您支付宝账号对应的支付机构。', ['alibaba']],
  ])('%s', (_why, text, orgs) => {
    expect([...new Set(named(text))]).toEqual(orgs);
  });
});

describe('apps the reader uses (微信, QQ, 支付宝, 微博 …) are recipients only where data flows to them', () => {
  it.each([
    ['a channel of the operator', '您可以通过我们的官网、App及微信服务号了解最新活动信息。'],
    ['a way to contact us', '如有疑问，您可以在微博上私信我们的官方账号，我们将尽快为您处理相关信息。'],
    ['an example of content the reader shares', '我们会收集您发布的内容，例如您分享到微博的图片和文字信息。'],
    ['a way to pay under a third-party heading', '第三方服务：您可以使用支付宝余额购买会员服务。'],
    ['where the reader posts, collected by others', '您在微博上发布的信息可能被第三方收集。'],
    ['a later clause giving the company (他们) nothing at all', '目前我们的打包服务由北京三快在线科技有限公司提供，我们会接入他们的SDK，不会向他们共享您的任何信息。'],
    ['Agora.io (声网) is not TrackerDB\'s publisher Agora SA', '声网Agora RTC SDK（上海兆言网络科技有限公司）：用于语音连麦与直播，收集设备型号。'],
    ['the operator\'s channel there, and data sent to us', '在您使用本应用APP、本应用微信、合作伙伴相关服务过程中，我们会收集您的设备发送给我们的信息。'],
  ])('%s', (_why, text) => {
    expect(named(text)).toEqual([]);
  });

  it.each([
    ['data submitted to the platform', '我们会将您的微信 OpenID 与订单状态提交给微信平台，用于推送行程通知。', ['qq.com']],
    ['a payment processor in brackets', '您可以选择第三方支付机构（如微信支付、支付宝）所提供的支付服务，我们会向其提供订单信息。', ['qq.com', 'alibaba']],
    ['a table row', '| 支付宝（中国）网络技术有限公司 | 支付服务 | 设备标识、订单金额 |', ['alibaba']],
    ['a service provided by the platform', '支付服务由支付宝提供，我们会将订单号和金额传输至支付宝。', ['alibaba']],
    ['the platform collecting', '使用微信支付时，微信会收集您的设备信息以保障交易安全。', ['qq.com']],
    // Look-alike development set (lexicon and context, 8th session).
    ['a later clause denying the company (其) only some data', '我们仅向极光提供经过加密的设备标识，不会向其提供您的姓名、手机号等信息。', ['jiguang']],
    ['WeChat Pay\'s processor by its legal name', '下单支付时，我们会将订单号、交易金额提交至财付通支付科技有限公司。', ['qq.com']],
    ['Alibaba\'s ad exchange', '阿里妈妈Tanx广告SDK：收集设备标识、设备型号、IP地址，用于程序化广告投放。', ['tanx']],
    ['an identity check through a vendor', '实名认证：您提交的姓名、身份证号码及人脸视频将通过腾讯云慧眼人脸核身服务与权威数据源比对。', ['qq.com']],
  ])('%s', (_why, text, orgs) => {
    expect([...new Set(named(text))]).toEqual(orgs);
  });
});

// An item labelled with the name takes the reading of its own later mention when that one is retired or only planned
// (the HTML reader writes "<li><p>Hotjar</p><p>We no longer use Hotjar.</p></li>" as one item, 30th session).
describe('a list item labelled with a company', () => {
  const under = (items: string) => named(`## Third parties\n\nWe share data with these partners:\n\n- Criteo – retargeting ads\n${items}`);
  it.each([
    ['retired in its own item', '- Hotjar: We no longer use Hotjar.', ['criteo']],
    ['retired after a semicolon', '- Mixpanel; We stopped using Mixpanel in 2020.', ['criteo']],
    ['only planned', '- Optimizely: We plan to add Optimizely next year.', ['criteo']],
    ['described in its item', '- Taboola: Taboola recommends articles.', ['criteo', 'taboola']],
    ['used, though not for one purpose', '- Segment: we do not use Segment for ads, only for analytics.', ['criteo', 'twilio']],
  ])('%s', (_why, items, orgs) => {
    expect([...new Set(under(items))]).toEqual(orgs);
  });
});
