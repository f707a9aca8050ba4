/**
 * Chinese shapes of a mention that names no recipient: where data or content comes FROM, the reader's own apps, stores,
 * accounts and settings, a log-in with a platform (read with the English shapes in one place, naming-shapes.ts's
 * shapeRejection), and the consumer apps (微信, 支付宝 …) that a bare mention does not make recipients (naming.ts).
 */
import type { SentenceFacts } from './naming.ts';
import type { Sentence } from './text.ts';
/**
 * Where data comes FROM in Chinese: "商品比价信息来源于京东、天猫等平台", "从Apple“健康”App读取您的步数", "股票行情数据由新浪
 * 财经提供" (content the site shows, not personal data it sends).
 */
// Not "开屏广告可能来自穿山甲": the network an ad comes from serves it, and gets the request.
export const ZH_SOURCE_BEFORE = /(?<!广告(?:内容)?(?:可能|将|会|均|主要)?)(?:来源于|来自于?|取自|源自|转载自|转自|摘自)[^，。；]{0,20}$|来源[:：]\s*$/;
export const ZH_FROM_BEFORE = /从[^，。；至给向到]{0,30}$/;
export const ZH_READ_AFTER = /^[^，。；]{0,30}(?:读取|获取|导入|同步|取得|获得)/;
export const ZH_CONTENT_BY_BEFORE = /(?:行情|数据|内容|资讯|新闻|天气|报价)(?!分析|统计|服务|监测|存储|处理|托管|推送)[^，。；]{0,6}由\s*$/;
/**
 * "通过360安全浏览器的设置清除Cookie", "从小米应用商店下载本应用": the reader's browser or app store — only in a settings or
 * download instruction; in an SDK list "QQ浏览器" (Tencent's browser kernel) or "华为应用市场" is a vendor.
 */
export const ZH_PLATFORM_AFTER = /^\s*(?:安全)?浏览器|^\s*(?:应用|软件)(?:商店|市场)|^\s*应用宝|^\s*App Store/;
/** "本公司是 App Store 与华为应用市场的开发者合作伙伴…上架": the stores the site's apps are listed in. */
export const ZH_STORE_LISTING = /上架|开发者(?:合作伙伴|账号|计划)/;
/**
 * "百度手机助手", "360手机助手": a download app the reader installed this one from, not an SDK — and a channel table's
 * row that starts with one ("360手机助手 | 举报邮箱：… | 登录360账号中心…") is about that store throughout.
 */
export const ZH_DOWNLOAD_APP_AFTER = /^\s*手机助手/;
export const ZH_DOWNLOAD_APP_ROW = /^[^\s|｜，。]{1,10}手机助手\s*[|｜]/;
/**
 * Logging in with a platform: "如果您选择使用“微信登录”", "通过第三方登录（如QQ、微信）", "通过社交软件（如微博、微信）账号…登陆",
 * "您通过微博、微信等社交媒体与我们互动" — the profile comes FROM it; it is a recipient only where the sentence says
 * so (an SDK, data shared with it, it collects).
 */
export const ZH_SIGN_IN = {
  after: /^[^，。；、]{0,6}?(?:\s*[、和及或\/]\s*[^，。；、\s]{1,8}?){0,4}\s*(?:账号|帐号|账户|帐户)?\s*[”"」』）)]?\s*(?:授权)?登[录陆]|^[^，。；]{0,12}(?:等)?社交(?:媒体|平台|软件)[^，。；]{0,6}(?:与|和)/,
  // …or after a colon that says the names are accounts to log in with ("您可使用Email或下列帐号登录：LINE、Google").
  before: /(?:第三方(?:账号|帐号)?登[录陆]|第三方(?:账号|帐号)|社交(?:软件|媒体|平台|账号|帐号))\s*[（(]\s*(?:如|例如|比如|包括)?[^）)。；]{0,20}$|(?:账号|帐号|帳號|账户|帳戶)(?:授权)?登[录陆入][：:][^。；：:]{0,40}$/,
  /** Its SDK, or the platform learning of the log-in ("腾讯将获知您使用QQ账号登录了本应用", "Apple 会验证您的身份"): a recipient. */
  learns: /SDK|获知|知悉|验证|核验/i,
};
/** "（…微信号、QQ号、支付宝等支付渠道账号、地址…）": the reader's account there, an item in a list of data. */
export const ZH_ACCOUNT_ITEM_AFTER = /^(?:等[^，。；、]{0,6})?(?:账号|帐号|账户)(?=\s*[、，,；;）)])/;
/** "微信或支付宝的OpenID", "微信平台的UnionID": the reader's identifier there. */
export const ZH_PLATFORM_ID_AFTER = /^[^，。；]{0,12}?的?\s*(?:OpenID|UnionID|open\s?id|union\s?id)/i;
/** "举报QQ：2920176413", "客服微信：xxx", "QQ群：123": a contact handle. */
export const ZH_CONTACT_HANDLE_AFTER = /^\s*(?:(?:号|群|号码|账号)\s*[:：]\s*[\w-]{4,}|[:：]\s*(?=[\w.@-]*\d)[\w.@-]{5,}(?![\w.@-]*\s+[a-z]))/;
/** "在微信“我-设置-个人信息与权限-授权管理”中撤回授权": a settings path in the reader's own app. */
export const ZH_SETTINGS_AFTER = /^\s*(?:的)?\s*[“"「『]?[^，。；]{0,20}设置[^，。；]{0,30}(?:中|里)/;
/** "判断您的设备是否已安装微信或支付宝": which apps the device has. */
export const ZH_INSTALLED_BEFORE = /是否(?:已)?(?:经)?安装(?:了)?[^，。；]{0,12}$/;

/**
 * 微信, QQ, 支付宝, 微博, 淘宝, 抖音: apps the reader uses. Chinese policies mention them as log-in, payment-account, sharing
 * and official-account channels far more often than as recipients (the second and third label rounds), so there a
 * bare mention names nobody: only a flow to them does — data shared, provided or submitted to them, their SDK, their
 * collecting, a payment they process, a row of a third-party table.
 */
/**
 * "您可以自行授权连接Outlook日历、Google日历", "通过“一键发送”导出到印象笔记、飞书文档", "下载后自行发布到小红书或哔哩哔哩": where the
 * reader takes their own data, by their own act — not a company the app gives data to.
 */
export const ZH_USER_ACTION_BEFORE = /(?:自行|主动)(?:授权)?(?:连接|绑定|发布|分享|导出|转发|上传|接入)(?:到|至)?[^，。；]{0,24}$|(?:您|你)[^，。；]{0,24}?(?:导出|发布|转发)(?:到|至)[^，。；]{0,24}$/;
export const CONSUMER_APP = /^(?:微信|QQ|支付宝|微博|新浪微博|淘宝|抖音|快手|钉钉)$/i;
const PLATFORM_FLOW_AFTER = /^\s*(?:支付|开放平台|[^，。；]{0,8}SDK)|^\s*(?:公司|平台|服务器)?\s*(?:(?:会|将|可能|也会|需要|还会)(?:(?!被)[^，。；]){0,20}?)?(?:收集|处理|获取|采集|接收)/i;
/** Sent onward — not "设备发送给我们的信息", data that comes to the operator. */
const FLOW_TO = /(?:提交|上传|同步|传输|发送)(?:给|至|到)(?!我们|本公司|本平台)/;
/** "第三方支付机构（如微信支付、支付宝…）", "由支付宝提供": a processor of the payment. */
const PROCESSOR_BEFORE = /(?:支付(?:机构|渠道|通道|平台|服务商|服务提供商|公司|企业))\s*(?:[（(]\s*(?:如|例如|包括)?[^）)。；]{0,30})?$|由\s*$/;

export function platformReceives(s: Sentence, before: string, after: string, facts: SentenceFacts, sharesToThem: boolean): boolean {
  if (sharesToThem || FLOW_TO.test(s.text) || /SDK/i.test(s.text) || PLATFORM_FLOW_AFTER.test(after) || PROCESSOR_BEFORE.test(before.slice(-40)) || facts.linkedRow) return true;
  // "新订单仅通过支付宝及微信支付处理": the channel an order is processed through.
  if (/通过\s*$/.test(before.slice(-4)) && /^[^，。；]{0,16}处理/.test(after)) return true;
  return s.kind === 'table' || (s.kind === 'list' && facts.inThirdPartySection);
}

/**
 * "自5.0版本起，我们移除了全部第三方统计SDK，包括友盟（…）、TalkingData（…）", "不再从 Google Fonts（…）或 Adobe Fonts（…）载入"
 * (23rd session): every name in the clause a removal opens is gone — unless the clause turns to what is used now.
 */
const ZH_REMOVAL_OPENS = /(?:我们|我們|本(?:应用|應用|App|网站|網站|站)|[：:]\s*|^)(?:已经?|已)?(?:全部)?(?:移除|下线|下線|停用|删除|刪除)(?:了)?((?:[^。；;！？]|\.(?!\s))*)$|不再(?:从|從)((?:[^。；;！？]|\.(?!\s))*)$/;
const ZH_NOW_INSTEAD = /改用|改为|改為|改由|换成|替换为|迁移至|迁移到|遷移至|现(?:在)?(?:使用|接入)|目前(?:使用|接入)|新增|而是/;
export function zhRemovedInClause(before: string): boolean {
  const m = ZH_REMOVAL_OPENS.exec(before.slice(-200));
  return m !== null && !ZH_NOW_INSTEAD.test(m[1] ?? m[2] ?? '');
}

/** "本App荣获华为应用市场“年度最佳应用”": a prize the site won from the company. */
export const ZH_AWARD = { before: /(?:荣获|榮獲|荣膺|获得|獲得|入选|入選)[^，。；]{0,6}$/, after: /^[^，。；]{0,16}?(?:奖|獎|推荐|推薦|榜|最佳|年度)/ };
/** "与 Google Analytics、神策分析等第三方统计工具不同，本网站…": a comparison with the companies, not a use of them. */
export const ZH_COMPARED = { before: /(?:^|[，,。；;：:\s])(?:与|與|和|跟)[^，。；]{0,60}$/, after: /^[^，。；]{0,40}?(?:不同|相比|相較|相较|類似|类似|一样|一樣)[，,]/ };

/* The reader's side (accounts, devices, apps, sharing, contacting), content a service makes, its own rules, switches. */
/** "微信、支付宝生成的收款码", "淘宝口令", "抖音分享链接", "Apple生成的中转邮箱": content made by the service. */
export const ZH_CONTENT_AFTER = /^(?:\s*[、，,和及或]\s*[^，。；、\s]{1,8}){0,3}\s*(?:所)?生成的|^\s*(?:口令|分享链接|收款码|二维码)/;
export const ZH_OUTSIDE_POLICY_AFTER = /^[^；;。]{0,30}[，,]\s*(?:与|與)本(?:政策|隐私政策|隱私政策|网站|網站|应用|應用|App|服务|服務)(?:(?:及|和|與|与)本(?:政策|网站|網站|应用|應用|App|服务|服務))?(?:无关|無關)/;
/** "用户数据统计已由友盟+切换为神策数据私有化部署": the vendor switched away from. */
// Not "豆包（火山引擎）——仅在您主动切换至…时调用": the reader switching models, not the site switching vendors.
export const ZH_SWITCHED_AFTER = /^(?![^，。；]{0,12}?(?:您|你|用户)(?:主动|自行)?(?:切换|选择))[^，。；]{0,12}(?:切换|迁移|更换)(?:为|至|到)/;
/** "欢迎在大众点评或小红书上分享您的体验", "由vivo冠名赞助". */
export const ZH_INVITATION = /欢迎(?:您)?在[^，。；]{0,24}(?:分享|评价|点评|关注|评分|打分|评论|好评)/;
export const ZH_SPONSOR_AFTER = /^[^，。；]{0,4}(?:冠名|赞助)/;
/** "《微信支付用户服务协议》等由腾讯公司制定的相关规则", "苹果App Store审核指南的要求": the company's own rules. */
export const ZH_OWN_RULES_AFTER = /^[^，。；]{0,12}(?:审核指南|制定的|的[^，。；]{0,4}规则|用户(?:服务)?协议|的规范)/;
/** "本隐私政策页面托管于阿里云": where the policy page lives. */
export const ZH_POLICY_HOSTED = /本(?:隐私)?政策(?:页面)?[^，。；]{0,10}(?:托管|存放|部署)于/;
/** "从Apple“健康”App读取", "可读取苹果“健康”App中的步数": read from an app on the device. */
export const ZH_READ_BEFORE = /读取\s*$/;
/** "与支付宝“余额宝”…无关", "与微信支付分、芝麻分无关": a disclaimer of any connection. */
export const ZH_UNRELATED_AFTER = /^[^，。；]{0,30}(?:无关|没有关联|无任何关联|不存在关联)/;
/** "以微信小程序、支付宝小程序形式提供", "华为快应用": the site's own presence on a platform. */
export const ZH_MINI_APP_AFTER = /^(?:\s*[、和及或]\s*[^，。；、\s]{1,8}?)*\s*(?:小程序|快应用|服务端|生活号|服务号)(?!SDK|插件)/;
/** "您的微信账号或QQ账号", "微博客户端", "腾讯客服": the reader's own account, app or help desk. (Not "中国电信用户": in a
 * one-tap log-in the carrier receives the number.) */
export const ZH_YOUR_ACCOUNT = { before: /您(?:的)?\s*$/, after: /^(?:\s*[\/、或和]\s*[^，。；、\s]{1,6}?)?\s*(?:账号|帐号|账户)/ };
export const ZH_READER_SIDE_AFTER = /^\s*(?:客户端|客服)/;
/** "华为/荣耀手机：设置-应用和服务-…": a how-to per phone brand. */
export const ZH_PHONE_HOWTO_AFTER = /^(?:\s*(?:[\/／、]|或|和)[^：:，。；]{1,6})?\s*(?:手机|机型)(?:\s*[:：]|(?:用户)?(?:请|可|可以)?(?:进入|打开|前往|在)\s*[“"「]?设置)/;
/** "唤起您手机上已安装的高德地图": an app already on the reader's phone. */
export const ZH_INSTALLED_APP_BEFORE = /(?:已|手机上|设备上)(?:安装|装)的\s*$/;
/** "支持分享至微信、QQ、微博": where the reader posts content (not "我们会将…分享给X", the site sending data). */
export const ZH_SHARE_TO_BEFORE = /(?:(?:您(?!的)|支持|可以|可)[^，。；我的]{0,8}|[「“"])(?:分享|转发)(?:至|到|给)\s*$/;
/** "退款需由您向苹果公司申请", "申诉需由您本人向腾讯发起": the reader turning to the company. */
export const ZH_USER_CONTACTS_BEFORE = /(?:您|用户)(?:本人)?(?:需|可|可以|应)?(?:向|联系)\s*$/;
export const ZH_YOUR_DEVICE = { before: /(?:您(?:使用|的|所使用的)|在)\s*$/, after: /^\s*(?:手机|设备|平板|电脑)/ };
/** "如果您使用的是华为、小米手机": the maker of the reader's phone, in a list. */
export const ZH_YOUR_PHONES = { before: /您(?:所)?(?:使用|用)的是\s*(?:[^，。；、]{1,6}、)*$/, after: /^(?:[、和及或][^，。；、]{1,6})*\s*(?:手机|平板)/ };
/** "小米手环", "华为负一屏", "华为MatePad", "如您使用华为手机": the reader's own device. */
export const ZH_DEVICE_AFTER = /^(?:[、和及或][^，。；、]{1,6})?\s*(?:部分)?(?:智能)?(?:手环|手表|负一屏|智能助理|音箱|电视|机型|MatePad|Mate\s?\d|Redmi|nova)/;
/**
 * "本网站由 Lazada 运营", "个人信息处理者为北京微播视界科技有限公司（字节跳动旗下公司）": the operator of the site itself, said in
 * the policy's own statement of who it is — the site, not a recipient.
 */
export const ZH_OPERATOR = { before: /(?:本(?:网站|网页|应用|App|平台|服务|小程序|政策|产品)[”"」]?[）)]?|个人信息处理者(?:为|是)|运营(?:者|方|主体)(?:为|是))[^，。；]{0,12}$/, after: /^[^，。；]{0,30}?(?:运营|经营|开发(?:并|和|及)运营)(?:[。；，]|$)|^[^，。；]{0,30}?[（(][^）)]{0,12}旗下(?:公司|企业)?[）)]/ };
/** "本公司为 Microsoft 金牌合作伙伴", "AWS 高级咨询合作伙伴": a partner badge. */
export const ZH_PARTNER_BADGE = { before: /(?:本公司|我们|本站)(?:是|为)[^，。；]{0,16}$/, after: /^\s*(?:的)?(?:金牌|银牌|白金|认证|高级|官方|核心|战略)?(?:咨询|技术|解决方案)?(?:合作伙伴|服务商)(?:身份)?/ };
/** "使用由 DigiCert 颁发的 EV SSL 证书": the issuer of a certificate. */
export const ZH_CERT_ISSUER_AFTER = /^\s*(?:颁发|签发)的?[^，。；]{0,12}证书/;
/** "可读取 Apple 健康及 Google Health Connect 中的步数": the later sources of a list read from. */
export const ZH_READ_LIST_BEFORE = /读取[^，。；]{1,40}?(?:及|和|与|、|或)\s*$/;

/**
 * Chinese mentions that receive nothing, from the twenty-sixth session's clause chains: "我们与美团不存在数据合作关系" (no
 * dealings at all), "可能被百度、谷歌等搜索引擎收录" (a search engine that indexes public pages), "页面中显示的PayPal标志" (a logo),
 * "奖励积分可兑换为京东E卡" (a reward the reader gets), "景区门票可在本小程序、美团或携程购买" (where the reader may buy instead).
 */
export const ZH_NO_DEALINGS = { before: /(?:与|和|同)\s*$/, after: /^[^，。；]{0,6}?(?:之间)?(?:不存在|没有|并无|无|从未有?过?)(?:任何)?(?:数据|商业|业务|信息)?(?:合作|共享|往来|对接)/ };
// …and "提交至百度搜索收录": the site's public pages given to a search engine to index.
export const ZH_SEARCH_ENGINE_AFTER = /^(?:\s*[、和及与或]\s*[^，。；、\s]{1,8}){0,4}\s*等?(?:主流|第三方)?搜索引擎|^\s*(?:搜索(?:引擎)?)?(?:收录|索引)/;
export const ZH_LOGO_AFTER = /^\s*(?:的)?(?:标志|标识|徽标|商标|图标|logo)/i;
export const ZH_REWARD = { before: /(?:兑换(?:为|成)?|换取|换成)\s*$/, after: /^\s*(?:E卡|礼品卡|购物卡|储值卡|卡券|优惠券|代金券|红包|会员)/ };
export const ZH_BUY_ELSEWHERE = { before: /(?:可(?:以)?|也可(?:以)?|均可|亦可)(?:在|通过|前往|于)[^，。；]{0,20}$/, after: /^[^，。；]{0,20}?(?:购买|预订|预定|购票|下单)\s*(?:[。；]|$)/ };
/** "我们已不再接受PayPal付款", "暂不支持使用Apple Pay支付": a way to pay the site does not take. */
export const ZH_NOT_ACCEPTED = { before: /(?:不|不再|暂不|尚不|已不再|已不)(?:接受|支持)(?:使用|通过|以)?\s*$/, after: /^[^，。；]{0,8}?(?:付款|支付|结算|缴费)/ };

/**
 * Chinese SDK-section mentions that receive nothing (twenty-sixth session, pair 15): a record that says the SDK was once
 * used ("X SDK：曾用于…"), a list under "历史版本曾使用的SDK：", investors (曾获得X的战略投资), the parent of a vendor
 * ("AppLovin旗下公司"), a report cited (据X发布的《…》), an identifier a platform provides ("Apple提供的IDFA"), Apple's tracking
 * prompt, a tool for staff only ("仅用于公司内部").
 */
const ZH_ONCE_RECORD_AFTER = /^[^，。；]{0,24}?[：:]\s*(?:曾(?:经)?|此前|以前)(?:用于|使用|接入|集成)/;
const ZH_FORMER_LIST_BEFORE = /(?:曾(?:经)?(?:使用|接入|集成)(?:过)?的|已(?:下线|移除|停用)的|历史版本(?:中)?(?:曾)?(?:使用|接入|集成)(?:过)?的)[^。；]{0,60}[：:][^。；：:]{0,80}$/;
const ZH_INVESTOR = { before: /(?:获得|获|接受)(?:了)?(?:[^，。；]{1,12}[与和、及])?\s*$/, after: /^[^，。；]{0,12}?(?:的)?(?:战略|天使|A轮|B轮|C轮)?(?:投资|融资|注资)/ };
const ZH_PARENT_AFTER = /^\s*(?:旗下|控股)(?:的)?(?:公司|子公司|品牌|企业)/;
const ZH_CITED = { before: /据\s*$/, after: /^[^，。；]{0,8}?(?:发布|公布|发表|披露|报道)的?/ };
const ZH_PLATFORM_ID_PROVIDED_AFTER = /^\s*(?:提供|定义|分配)的(?:IDFA|IDFV|GAID|OAID|广告(?:ID|标识符?)|设备标识)/i;
const ZH_ATT_PROMPT_AFTER = /^\s*的?\s*[“"「]?(?:App跟踪透明度|App Tracking Transparency|ATT)/i;
const ZH_STAFF_ONLY_AFTER = /^[^。；]{0,12}?仅(?:用于|供)(?:公司)?内部/;

export function zhAppRejection(before: string, after: string): 'former' | 'corporate-family' | 'citation' | 'platform-brand' | 'not-covered' | null {
  if (ZH_ONCE_RECORD_AFTER.test(after) || ZH_FORMER_LIST_BEFORE.test(before.slice(-160))) return 'former';
  if ((ZH_INVESTOR.before.test(before.slice(-24)) && ZH_INVESTOR.after.test(after)) || ZH_PARENT_AFTER.test(after)) return 'corporate-family';
  if (ZH_CITED.before.test(before.slice(-4)) && ZH_CITED.after.test(after)) return 'citation';
  if (ZH_PLATFORM_ID_PROVIDED_AFTER.test(after) || ZH_ATT_PROMPT_AFTER.test(after)) return 'platform-brand';
  if (ZH_STAFF_ONLY_AFTER.test(after)) return 'not-covered';
  return null;
}
