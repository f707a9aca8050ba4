/**
 * Term lists (en + zh) for data types, recipient categories and purposes — DATA, validated in
 * terms.test.ts (every pattern compiles, no nested quantifiers). Patterns are matched inside one
 * sentence (≤ 2,000 chars); each is a plain alternation of literals with optional bits, so none
 * can backtrack catastrophically.
 *
 * Data-type terms are deliberately specific ("email address", not "email"; "IP address", not
 * "address"): the analyzer adds sentence context (verbs, negation, section) on top, but a vague
 * term would still fire on "email us" or "our office address".
 */
import type { CategoryKey, DataType, PurposeStatement } from '../../types.ts';

export interface DataTypeTerms {
  type: DataType;
  /** Source of a case-insensitive RegExp (compiled once by the analyzer). */
  pattern: string;
  /** Phrases around a hit that cancel it ("office location", "age of 13"). */
  exclude?: string;
}

export const DATA_TYPE_TERMS: DataTypeTerms[] = [
  {
    type: 'Contact',
    pattern: String.raw`\b(?:e-?mail(?:ing)? address(?:es)?|your e-?mail\b(?! us)|phone numbers?|telephone numbers?|mobile (?:phone )?numbers?|cell(?:ular)? (?:phone )?numbers?|postal address(?:es)?|mailing address(?:es)?|home address(?:es)?|street address(?:es)?|billing address(?:es)?|shipping address(?:es)?|delivery address(?:es)?|physical address(?:es)?|contact (?:information|info|details|data)|(?:your|first|last|full|user's|customer's) names?\b|name(?:s)?,? (?:and |or )?(?:e-?mail|address|phone|postal)|address(?:es)?,? (?:and |or )?(?:e-?mail|phone|telephone)|fax numbers?)|手机号码?|电话号码|联系方式|联系电话|电子邮件地址|电子邮箱|邮箱地址|收货地址|通讯地址|联系地址|姓名|Kontaktdaten|E-Mail-?[Aa]dress(?:e|en)|Telefonnummern?|Bestandsdaten|Postanschrift`,
    exclude: String.raw`domain names?|company names?|business names?|file names?|brand names?|screen names?|user ?names?|trade names?|names? of (?:the|our|these|such|third)|\b(?:our|their) (?:e-?mail|postal|mailing) address|name of (?:the|our|your) (?:company|website|browser|domain)|in your name`,
  },
  {
    type: 'Cookies and tracking elements',
    pattern: String.raw`\bcookies?\b|\bweb ?beacons?|\bpixel tags?|\bpixels?\b|\bclear gifs?|\bspotlight tags|\btracking (?:technolog(?:y|ies)|pixels?|tags?|codes?)|\blocal storage|\bflash cookies|\blocal shared objects?|\bLSOs?\b|\bsdks?\b|\bweb bugs?|\bsingle-pixel gifs?|\btags? and scripts|Cookie|网络信标|像素标签|本地存储|同类技术|Zählpixel|Web-?Beacons`,
  },
  {
    type: 'IP address and device IDs',
    pattern: String.raw`\bIP[- ]address(?:es)?|\binternet protocol (?:\(IP\) )?address(?:es)?|\bdevice (?:identifiers?|IDs?)\b|\bdevice identification|\bunique (?:device|mobile device|identifiers?)|\badvertising (?:identifiers?|IDs?)\b|\bIDFA\b|\bAAID\b|\bAndroid ID\b|\bUDID\b|\bIMEI\b|\bMAC address|\bserial numbers?|\bmobile (?:device )?(?:identifiers?|IDs?)\b|\bidentifiers? (?:for|of) (?:your|the) device|IP地址|设备标识|设备识别码|唯一设备识别码|IMEI|IDFA|OAID|MAC地址|Android ?ID|设备ID|IP-Adress(?:e|en)|Geräte-?(?:kennung|ID)`,
    exclude: String.raw`dedicated IP`,
  },
  {
    type: 'Location',
    pattern: String.raw`\bgeo-?locations?\b|\bgeographic(?:al)? location|\bprecise location|\bcoarse location|\bapproximate location|\blocation (?:information|data|services|tracking|history)|\b(?:your|user's|users'|device's|mobile device's|physical|current|real-time) location|\bGPS\b|\blatitude|\blocation-based|\bwhere you are located|\bzip(?:\s|-)?codes?|\bpostal codes?|\bpost ?codes?|\b(?:city|town),? (?:and |or )?(?:state|country|region|province)|位置信息|地理位置|定位|GPS|精确位置|经纬度|Standort(?:daten|informationen)?|Geolokalisierung`,
    exclude: String.raw`office location|store locations?|business location|\bour location|location of (?:our|the) (?:office|server|store)`,
  },
  {
    type: 'Financial',
    pattern: String.raw`\bcredit cards?\b|\bdebit cards?\b|\bpayment (?:card|information|info|details|data|method)s?|\bbank account|\bbilling information|\bcard numbers?|\bfinancial (?:information|data|account)|\bpurchase history|\bpurchases? (?:you make|information)|\btransaction (?:information|history|data|details)|\baccount numbers?|\bincome\b|银行卡|支付信息|交易(?:记录|信息)|财产信息|支付账号|账户余额|收款账户|Zahlungs(?:daten|informationen)|Bankverbindung|Kreditkart(?:e|en(?:daten)?)`,
  },
  {
    type: 'Health',
    pattern: String.raw`\bhealth (?:information|data|conditions?|records?|status)|\bmedical (?:information|data|conditions?|history|records?)|\bgenetic (?:information|data|testing)|\bfitness (?:information|data)|\bprescriptions?\b|\bdisabilit(?:y|ies)|\bDNA\b|\ballerg(?:y|ies|ic)\b|\bheight and weight|\bweight and height|\bhealth (?:interests|history|insurance)|健康(?:信息|状况|数据)|医疗|病历|生理`,
  },
  {
    type: 'Demographic',
    pattern: String.raw`\bdemographic(?:s| information| data)?\b|\bdate of birth|\bbirth ?dates?|\bbirthdays?\b|\bgender\b|\b(?:your|user's) age\b|\bage(?: range)?,|\bage and\b|\bage or\b|\b(?:and|or) age\b|\bethnicity|\brace or\b|\bnationality|\boccupation|\bjob title|\beducation(?:al)? (?:level|background|history)|\bmarital status|\bhousehold income|性别|年龄|出生日期|生日|职业|教育(?:背景|程度)|民族信息`,
    exclude: String.raw`age of \d|minimum age|under the age|over the age`,
  },
  {
    type: 'Personal identifier',
    pattern: String.raw`\bsocial security numbers?|\bSSN\b|\bdriver'?s? licen[cs]e|\bpassport\b|\bgovernment[- ]issued (?:ID|identification)|\bnational (?:ID|identification|insurance) numbers?|\btax (?:ID|identification) numbers?|\bbiometric|\bfacial (?:recognition|geometry)|\bvoice ?prints?|\bidentity (?:cards?|documents?)|身份证(?:号码?|件)?|护照|生物识别|人脸|面部(?:信息|特征|识别)|指纹|实名认证|证件号码`,
  },
  {
    type: 'User online activities',
    pattern: String.raw`\bbrowsing (?:history|activit(?:y|ies)|behaviou?r|data|habits)|\bpages? (?:you )?(?:visit(?:ed)?|view(?:ed)?|access(?:ed)?)|\b(?:web )?pages? (?:that )?you (?:visit|view|access)|\bsearch (?:queries|terms|history|requests)|\bclick-?stream|\bclicks\b|\blinks? (?:you )?click(?:ed)?|\btime spent|\breferring (?:url|page|web ?site)|\breferr(?:er|al) url|\busage (?:information|data|statistics|details)|\binteractions? with (?:our|the) (?:site|services?|website|app|content|ads|advertisements)|\bviewing (?:history|activity)|\bcontent you (?:view|watch|read)|\bhow you (?:use|interact|navigate)|\byour (?:activit(?:y|ies)|interactions?) (?:on|with)\b|\bsite (?:interaction|traffic|usage|activity)|\bonline activit(?:y|ies)|\baccess times?|\bdate and time of (?:your )?(?:visit|access|request)|\blog (?:files?|data|information)|\bserver logs?\b|\b(?:uniform resource locator|URLs?) (?:of|for) (?:the )?(?:web ?(?:site|page)s?|pages?)|\b(?:your )?(?:use of|activit(?:y|ies) on) (?:our|the|this) (?:web ?site|site|services?|app|application|platform)|\bhow (?:you|visitors|users) (?:browse|use|navigate)|\bpages? (?:you|they) (?:visit|view)|\bclickstream|浏览记录|搜索记录|点击(?:记录)?|浏览(?:信息|行为|历史)|使用记录|操作记录|日志信息|观看记录|访问记录|网络日志|Nutzungsdaten|Zugriffsdaten|besuchte (?:Web)?[Ss]eiten|Logfiles|Server-?Logfiles`,
  },
  {
    type: 'User profile',
    pattern: String.raw`\busernames?\b|\buser names?\b|\bpasswords?\b|\baccount (?:information|info|details|data|credentials)|\bprofile (?:information|info|data|picture|photo)|\blog-?in credentials|\bsign-?in credentials|\buser ID\b|\bscreen names?|账号|帐号|密码|昵称|头像|用户名|个人资料|Anmeldedaten|Passw(?:ort|örter)|Nutzername|Benutzername`,
    exclude: String.raw`password-protected|re-enter your password|legitimate interests?|best interests?|vital interests?|public interest|cookie preferences|marketing preferences|communication preferences|your (?:privacy )?preferences (?:at any time|by|through|using)`,
  },
  {
    type: 'Computer information',
    pattern: String.raw`\bbrowser (?:type|version|settings|information|language|characteristics)s?|\btype of (?:web )?browser\b|\boperating systems?\b|\bdevice (?:type|model|information|info|data|characteristics|settings)|\bhardware (?:model|settings|information)|\bscreen resolution|\buser[- ]agent|\bmobile (?:network|carrier)|\binternet service provider|\bISP\b|\bcomputer (?:information|type)|\b(?:type|model) of (?:device|computer|mobile device)|\bOS version|\bapp version|\blanguage (?:preference|settings)|\bsystem (?:information|configuration)|设备型号|操作系统|浏览器类型|设备信息|软件版本|网络类型|运营商|硬件型号|设备名称|Geräte-?[Ii]nformationen|Browsertyp|Betriebssystem`,
  },
  {
    type: 'Social media data',
    pattern: String.raw`\bsocial (?:media|network(?:ing)?) (?:profiles?|accounts?|information|data|credentials|login)|\b(?:Facebook|Twitter|Instagram|LinkedIn|Google) (?:profiles?|accounts?|handles?|friends|user ?names?)\b|\b(?:handles?|user ?names?)\b[^.]{0,30}\bfrom (?:Facebook|Twitter|social)|\b(?:from|through|via|with) (?:a |your )?(?:(?:third|3rd)[- ]?party )?social (?:media|network(?:ing)?)(?: sites?| services?| platforms?)?\b|\bfriends? lists?|\bsocial (?:log-?in|sign-?in)|\b(?:log|sign) ?in (?:with|using|through) (?:your )?(?:Facebook|Google|Twitter|Apple|LinkedIn)|\bconnect (?:your|with) (?:your )?(?:Facebook|Twitter|social)|第三方(?:账号|帐号|平台)(?:登录|授权)|(?:微信|QQ|微博|支付宝|抖音|Apple ?ID)(?:账号|帐号)?(?:登录|授权|昵称|头像)|社交(?:账号|帐号|平台)|授权登录`,
  },
  {
    type: 'Survey data',
    // A survey as a source of data (answers, participation), not "we may conduct surveys" or
    // 调查 in the sense of a legal investigation.
    pattern: String.raw`\bsurvey (?:responses?|answers?|results?|data|information|questions)|\b(?:responses?|answers?) to (?:our |a |any )?(?:surveys?|questionnaires?|polls?)|\b(?:participat\w*|take part|taking part|respond\w*|complet\w*|fill\w* (?:out|in)|answer\w*|tak(?:e|ing)) (?:in |to )?(?:a |an |our |any |the |these )?(?:online |optional |short |user )?(?:surveys?|questionnaires?|polls?)|\b(?:usage|user|customer) surveys?\b|\bquestionnaires?\b|问卷(?:调查)?`,
  },
  {
    // OPP-115's "Other": personal data outside the fourteen named kinds — what the user writes or
    // uploads, their communications with the site, interests, membership and account numbers,
    // education, employment and vehicle records; in Chinese policies contacts, photos, audio,
    // SMS and the list of installed apps.
    type: 'Other',
    pattern: String.raw`\buser[- ]generated content|\b(?:content|posts?|comments?|photos?|pictures?|images?|videos?|messages?|reviews?|files?|materials?) (?:that )?you (?:post|submit|upload|share|provide|send|create|publish)|\b(?:your|user) (?:posts|comments|photos|videos|uploads|messages|communications|correspondence|content|reviews|submissions)\b|\b(?:inquir(?:y|ies)|correspondence|feedback|communications) (?:you send|with us|to us)|\b(?:your )?(?:interests|hobbies|preferences) and|\b(?:member(?:ship)?|customer|loyalty|account|policy|student) (?:ID |identification )?numbers?|\b(?:education(?:al)?|employment|work|job) (?:history|records?|information)|\bresum(?:e|é)s?\b|\btranscripts?\b|\bvehicle (?:identification number|information)|\bVIN\b|\bdriving record|\bclaims history|\bdonations?\b|通讯录|联系人(?:信息|列表)?|照片|相册|图片|视频|音频|语音|录音|短信|应用列表|(?:已)?安装(?:的)?应用|软件列表|剪切板|剪贴板|日历|文件|评论|发布的内容|上传的内容|反馈(?:信息|意见)?`,
  },
  {
    type: 'Generic personal information',
    pattern: String.raw`\bpersonal(?:ly)? (?:identifiable )?(?:information|data)|\binformation about you\b|\bPII\b|\binformation (?:that )?(?:identifies|identify) you|个人信息|个人资料|personenbezogenen? Daten`,
  },
];

/**
 * The IAB Transparency & Consent Framework's purpose names (v2.2, and v2.0's older wording), as a consent banner or a
 * policy that copies it lists them, one per line or separated by "·", next to its vendor count: the framework exists for
 * outside vendors, so the list discloses their kind. Only as an item of such a list (a bullet, a "Purposes:" label or a
 * separator on each side), where nothing but the framework writes them.
 */
const TCF_LINE = (names: string) => String.raw`(?:^|[·•|;]\s*|\bpurposes?:\s*)(?:[•*·-]\s*)?(?:${names})\s*(?:$|[·•|;:：—–-])`;
const TCF_AD_PURPOSES = TCF_LINE(String.raw`use limited data to select advertising|create profiles for personali[sz]ed advertising|use profiles to select personali[sz]ed advertising|measure advertising performance|select basic ads|create a personali[sz]ed ads profile|select personali[sz]ed ads|measure ad performance`);
const TCF_ANALYTICS_PURPOSES = TCF_LINE(String.raw`measure content performance|understand audiences through statistics(?: or combinations of data from different sources)?|apply market research to generate audience insights`);

/**
 * Legal and store labels that say outside companies get data for advertising: Google Play's Data safety "Shared for:
 * Advertising or marketing" (shared = sent to third parties); the US state-law opt-outs ("opt out of the sale or sharing
 * of your personal information", the "Do Not Sell or Share My Personal Information" link, "opt out of … targeted
 * advertising") — a site offers them because it sells or shares data for cross-context advertising; a GLBA notice's
 * "For our marketing purposes … | Yes" row (shared with the companies that market for it).
 */
const AD_LEGAL_LABELS = String.raw`\bshared for:?\s+(?:[\w ]{1,40},\s*){0,4}advertising or marketing\b|\bopt(?:s|ing)?[- ]out of (?:the )?(?:sales?|selling)(?: (?:or|and) (?:sharing|share))?(?: of (?:your |their )?personal (?:information|data))?\b|\bdo not sell or share my personal information\b|(?:请勿|不要|不)(?:出售|销售)(?:或|及|和|或者)(?:共享|分享)我的个人(?:信息|数据|资料)|\bopt(?:s|ing)?[- ]out of (?:the )?(?:processing of (?:your |their )?personal data for )?targeted advertising\b|\bfor our marketing purposes\b(?:[^|\n]{0,80}[|｜]\s*(?:(?:does|do) [\w ]{1,30}? share\?\s*)?|[^|\n—–]{0,80}\s[—–:]\s*)yes\b`;

/**
 * Recipient categories, matched per sentence in two ways (policy/categories.ts):
 * - `pattern`: a noun phrase that names the kind of company ("advertising partners", "ad networks",
 *   "analytics providers", "the companies behind our sharing buttons");
 * - `purpose`: what an UNNAMED third party does for the site ("third parties … to measure traffic",
 *   "companies that help us serve ads", "我们会与第三方合作方共享…用于广告推送"). It only counts when
 *   the same sentence has an unnamed recipient (UNNAMED_RECIPIENT) and a data/collection action.
 * Every pattern is a plain alternation: linear on any input.
 */
export const CATEGORY_TERMS: Array<{ category: CategoryKey; pattern: string; purpose?: string }> = [
  {
    category: 'advertising',
    pattern: String.raw`\b(?:(?:third|3rd)[- ]?party )?(?:advertising|ad|marketing|(?<!social )media) (?:partners?|networks?|servers?|(?:business )?operators|serving (?:companies|partners|providers)|companies|providers?|vendors?|platforms?|exchanges?|agencies|technology (?:companies|providers|partners|vendors|operators)|tech (?:companies|providers|partners|vendors|operators))|\b(?:install |mobile |campaign )?attribution (?:providers?|partners?|services?|companies|tools?|platforms?)|\b(?:network )?advertisers\b|\bad tech(?:nology)? (?:partners|companies|providers)|\bdata brokers?|\b(?:interest-based|behaviou?ral|targeted|online|digital) advertising (?:partners|companies|providers|networks)|\bretargeting (?:partners|providers|companies)|\bcompanies (?:that|which|who) (?:serve|deliver|display|place|provide) (?:ads|advertis\w+)|\bsponsors? and advertisers|\b(?:participat\w*|take part|takes part|engag\w*) in (?:\w+ ){0,2}?(?:interest-based|behaviou?ral|targeted|personali[sz]ed|cross-context) advertising|\b(?:use|uses|using|employ\w*|run|runs) (?:\w+ ){0,2}?(?:remarketing|retargeting)\b|\b(?:remarketing|retargeting) (?:services?|tools?|technolog(?:y|ies)|pixels?|tags?|lists?|campaigns?)|\bconversion (?:tracking|pixels?|tags?)\b|\b(?:online |(?:third|3rd)[- ]?party )?(?:advertising|ad) services\b|\bcross-context behaviou?ral advertising\b|\binterest-based (?:ads|advertising) (?:from|by|delivered by|provided by) (?:participating |(?:third|3rd)[- ]?party |other )?companies\b|\b(?:limit|opt[- ]out of|turn off|disable)\w* (?:ad|ads|advertising) (?:tracking|personali[sz]ation)\b|\b(?:ads|advertisements|advertising) (?:\w+ ){0,2}?on (?:other|(?:third|3rd)[- ]?party|non-affiliated) (?:web ?sites|sites|platforms|apps|services|networks)\b|广告(?:合作伙伴|主|商|平台|联盟|服务商|合作方|代码|SDK|插件)|\bfor (?:joint marketing with other financial companies|nonaffiliates to market to you)\s*[|｜—–:-]\s*(?:[|｜—–:-]\s*)?yes\b|\b(?:industry )?opt-out (?:pages?|tools?|programs?|programmes?|sites?) (?:for|of) (?:interest-based|targeted|behaviou?ral|personali[sz]ed) (?:ads|advertising)|\bthird-party (?:ad|advertising) cookies\b|\b(?:data|marketing|catalogu?e) (?:cooperatives?|co-ops?)\b|\bcooperative databases?\b|广告交易平台|(?:广告)?需求方平台|广告(?:或|和|及)[\u4e00-\u9fff]{1,6}?合作(?:伙伴|方)|\bdatabase cooperatives?\b|${TCF_AD_PURPOSES}|\bindustry opt-?outs? (?:pages?|tools?|programs?|programmes?|sites?|platforms?)\b|${AD_LEGAL_LABELS}|\b(?:third|3rd)[- ]party advertising\b|限制广告(?:跟踪|追踪)|(?:行业|产业)自律组织[^。；]{0,30}?(?:退出|拒绝)|(?:参与|成员)(?:机构|公司)[^，。；]{0,12}?(?:基于|根据)您(?:的)?兴趣`,
    purpose: String.raw`\badvertis\w*|\bads?\b|\badverts?\b|\bpublicity\b|\bcommercial (?:communications?|messages?|offers?)\b|\bprofiling cookies\b|\byouronlinechoices\b|\battribution\b|\bcampaigns?\b|\boffer\w* you (?:\w+ ){0,4}?(?:products|services|offers|deals)\b|\b(?:show|display|serve|deliver)\w* (?:\w+ ){0,5}?(?:people|visitors|users|those) (?:who|that) (?:have )?(?:previously |already |recently )?(?:visited|viewed|used|browsed)|\b(?:reach|show|find) (?:\w+ ){0,5}?(?:online|elsewhere online|on other (?:web ?sites|sites|apps|platforms))\b|\b(?:coupons|special offers)\b|\b(?:send|offer|show)\w* (?:you )?(?:information (?:about|on) )?(?:their|its) (?:own )?(?:work|appeals|causes|offers|promotions)\b|\bwhile you (?:are )?brows\w* (?:elsewhere|other (?:web ?sites|sites))|\b(?:offer|send|sell|promot|market|advertis)\w* (?:you )?(?:information (?:about|on) )?(?:their|its) (?:own )?(?:products|services|goods)\b|\b(?:offer|sell|promot|market)\w* (?:\w+ ){0,4}?(?:products|services|goods) (?:\w+ ){0,3}?to you\b|\bmarket(?:s|ed)? (?:\w+ ){0,5}?to (?:you|users|consumers|customers)\b|\bability to market\b|\bcontact you (?:\w+ ){0,5}?(?:offers?|promotions?|products|services)\b|\b(?:send|show|present|provid)\w* (?:you )?(?:with )?(?:special |relevant |personali[sz]ed |tailored )?(?:offers|promotions|deals)\b|\bwhen you (?:later )?(?:visit|use|browse) other (?:web ?sites|sites|apps|platforms)\b|\b(?:find|reach|recogni[sz]e) (?:you|them|visitors|people) again\b|\b(?:remind|show)\w* you (?:\w+ ){0,5}?you (?:were|have been|had been) (?:looking at|viewing|browsing)\b|\b(?:one-time|direct|promotional) mailings?\b|\btrack\w* (?:\w+ ){0,3}?across (?:other |different )?(?:web ?sites|sites|apps)\b|\bmailing lists?\b|\bsponsored\b|\bsponsors?['’]s?\b|\bsponsors? (?:messages?|content|reads?|spots?)\b|\bsales (?:team|staff|representatives?|reps?)\b[^.]{0,40}?\b(?:follow up|get in touch|contact|reach out|call)|\bad[- ]serving|\bmarketing\b|\bpromotional|\bpromotions?\b|\binterest-based|\btargeted\b|\bretarget\w*|\bremarketing|\boffers (?:and|or) (?:promotions|advertis)|广告|营销|推广|归因|转化|促销|优惠|(?:由其|以便其|其(?:可能会?)?)[^，。；]{0,8}?向您(?:推荐|推送|发送|介绍|发放)|(?:在|于|浏览)其他(?:应用|网站|平台|App)[^，。；]{0,20}?(?:展示|看到|推荐)|\bshown (?:to )?you (?:on|across) other (?:web ?sites|sites|apps)\b|\breferral fees?\b|\baffiliate (?:links?|programmes?|programs?|networks?)\b|\bcommissions?\b|\bcame from (?:us|our (?:site|show|podcast|newsletter|channel)|the (?:show|podcast|newsletter))\b|\b(?:products|services|causes|offers)(?: or (?:products|services|causes|offers))? (?:that |which )?(?:may|might|could) (?:be of )?interest(?: to)? you\b|\b(?:single|one-off) mailings?\b|\bintroduc\w* (?:its|their) (?:own )?(?:work|products|services|cause)\b|\bsend\w* (?:\w+ ){0,4}?catalogu?es?\b|\b(?:receive|get)s? (?:\w+ ){0,2}?offers from\b|\bfollow (?:up )?(?:with you )?(?:about|on|regarding) (?:its|their) (?:own )?(?:products|services|offers)\b|\bremind\w* you (?:\w+ ){0,3}?(?:items|products|things)\b|\b(?:our|their|its) (?:\w+ ){0,2}?(?:appeals|ads|adverts|messages|offers|posts|promotions) (?:can|could|may|will) be (?:shown|displayed|served)\b|\bwhether (?:\w+ ){0,3}?(?:posts|ads|adverts|campaigns|appeals|emails) (?:lead|led) to\b|(?:赞助商|赞助方|品牌方|合作方|商家)[^，。；]{0,12}?向您(?:推荐|推送|发送|介绍|提供)|精准(?:地)?触达|触达(?:目标)?(?:人群|受众)|目标人群|投放|(?:在|浏览)(?:合作|第三方)(?:的)?(?:应用|网站|平台|App)[^，。；]{0,12}?(?:展示|看到|推荐)|\bshow (?:our|their|its) (?:messages|ads|adverts|appeals|offers|posts) to\b|\bpeople with similar interests\b|\b(?:paid|pays?|fees?) for (?:the |each )?referrals?\b|\bcashback\b|\b(?:discount|promo|personal|referral|affiliate) codes?\b|\bshow (?:you )?(?:our|their) (?:promotions|ads|adverts|offers|messages|appeals)\b|\b(?:show|remind)\w* (?:\w+ ){0,4}?(?:on|across) social media\b|\b(?:automated |real-time |programmatic )auctions?\b|\bbidding\b|\bsee (?:\w+ ){0,5}?again on other (?:web ?sites|sites|apps)\b|\bremind\w* (?:people|visitors|users|those|supporters) who (?:have )?(?:visited|viewed|looked)|\b(?:e-?mail|contact|call|text|write to)\w* you (?:\w+ ){0,5}?about (?:its|their) (?:\w+ ){0,2}?(?:products|vehicles|services|offers|models|loans?|policies)\b|\bacross (?:other |different |non-affiliated )?(?:web ?sites|sites|apps|applications|services)(?: and (?:apps|applications|services))? over time\b|\b(?:content|ads|advertising|offers) tailored to your interests\b|\btell you about (?:\w+ ){0,2}?(?:offers|products|services|promotions)\b|特征相似的人群|相似人群|排除已注册用户|看到我们的(?:商品|产品|广告|服务|推广)|商业(?:信息|广告|推广)|程序化广告|实时竞价`,
  },
  {
    category: 'site_analytics',
    pattern: String.raw`\banalytics? (?:partners?|providers?|services?|compan(?:y|ies)|vendors?|tools?|firms?|technolog(?:y|ies)|software|programs?)|\b(?:web|website|site|traffic|usage|access[- ]log) analysis (?:partners?|providers?|services?|compan(?:y|ies)|vendors?|tools?|firms?|contractors?)|\b(?:web|site|website|traffic|(?:third|3rd)[- ]?party|usage) analytics|\b(?:audience[- ])?measurement (?:partners?|compan(?:y|ies)|firms?|providers?|services?|vendors?|bod(?:y|ies)|bureaus?)|\bmeasurement and analytics|\b(?:market )?research (?:firms?|companies|partners|providers|vendors|agenc(?:y|ies)|institutes?)|\bstatistic(?:s|al) (?:services?|tools?|providers?)|\b(?:crash|error)[- ](?:reporting|analytics|monitoring|tracking)(?: and (?:performance|error|crash)[- ](?:monitoring|reporting))? (?:tools?|services?|providers?|vendors?|software|SDKs?|libraries)|\b(?:application |app |site |website )?performance[- ]monitoring (?:tools?|services?|providers?|vendors?|compan(?:y|ies)|software|SDKs?)|\b(?:heat ?map(?:ping|s)?|click ?map(?:ping|s)?|session[- ](?:recording|replay)|screen[- ]recording|A\/B testing|split testing|(?:website |site )?experimentation)(?: and [\w -]{3,30}?)? (?:tools?|services?|software|technolog(?:y|ies)|providers?|platforms?)|数据分析(?:服务(?!器)|公司)|分析服务(?!器)(?:提供商)?|统计服务(?!器)|统计(?:工具|SDK|代码|插件)|(?:崩溃|性能|异常)(?:分析|监控|监测|收集|上报)(?:服务|SDK|工具)|A\/B测试(?:服务|工具|平台)|热力图(?:服务|工具)|调研(?:机构|公司)|(?:用户体验|用户行为|行为|数据)分析(?:工具|服务|平台)|分析服务合作(?:伙伴|方)|\bcrash (?:and|&) performance (?:tools?|services?|monitoring)|统计公司|数据统计服务商|${TCF_ANALYTICS_PURPOSES}|\bshared for:?\s+(?:[\w ]{1,40},\s*){0,4}analytics\b`,
    purpose: String.raw`\banaly[sz]\w*|\banalytics\b|\bmeasur(?:e|ed|ing|ements?)\b|\bmeasures (?:the|how|our|your|its|their|traffic|audience|usage|visits|ad|ads|advertising|campaigns?|effectiveness|performance|engagement)\b|\bstatistic\w*|\bresearch\b|\baudience (?:insights?|data|research|measurement|ratings?)|\btraffic\b|\busage (?:trends|patterns|data|information|statistics)|\b(?:usage|traffic|visitor|user|browsing|viewing) trends\b|\btrends (?:about|in|of) (?:the )?(?:general )?(?:use|usage)\b|\bhow (?:visitors|users|you|people|our users|customers|readers|members|shoppers|guests|players|listeners|viewers) (?:use|interact|navigate|access|engage|reach|find|move|browse|arrive)|\bsee (?:how|where|what|which) (?:visitors|users|you|people|customers)\b|\btest\w* (?:different|two|alternative|new) versions? of\b|\b(?:different|alternative) versions? of (?:a |the |our )?(?:pages?|web ?sites?|site|app|features?)\b|\bheat ?maps?\b|\bwhere visitors (?:click|scroll|tap)\b|\breports? errors\b|\bhow many (?:people|visitors|users|readers|listeners|viewers|shoppers|customers|players|members|subscribers|students|guests|patients|donors)\b|\bwhether (?:\w+ ){0,3}(?:was|were|is|are) opened\b|\bopen rates?\b|\bwhich links (?:were|are|you) clicked\b|\bhow (?:pages?|the site|our site|our pages) (?:loads?|perform)\b|\b(?:record|captur)\w* (?:\w+ ){0,2}?(?:mouse movements?|clicks|scroll\w*|keystrokes|sessions?|taps)\b|\bcrash(?:es|ed| reports?| reporting| data| logs?)?\b|\breports?\b[^.;]{0,30}?\b(?:how (?:the|our|you|visitors|users)|usage|use of|traffic|visits|activit(?:y|ies))|\b(?:site|website|web|app) usage\b|\b(?:count|number of) (?:visits|visitors|users|page ?views)|\b(?:site|website|application|app|content) performance\b|\btrack(?:ing)? (?:how|usage|visits|the use)\b|\banalytical\b|\binsights?\b|\bmetrics\b|\b(?:monitor|evaluat|assess)\w* (?:the |our |your |their )?(?:use|usage|traffic|performance|effectiveness|activit(?:y|ies)|site|web ?site|services?|content|campaigns?)\b|\b(?:performance|effectiveness) of (?:our|the) (?:\w+ )?(?:site|web ?site|services?|content|campaigns?|emails?|advertising|programming)|\bimprov(?:e|es|ing) (?:the quality of )?(?:our|the) (?:sites?|web ?sites?|services?|products?|apps?|applications?|content)|\boptimi[sz](?:e|es|ing|ation)\b|\bunderstand(?:ing)? (?:better )?(?:how|what|which|where|when|the (?:use|usage|traffic|interests|preferences|needs)|our (?:users|visitors|audience|customers)|user behaviou?r|web usage)\b|统计|分析|了解(?:访客|用户|您|哪些)|使用(?:情况|习惯|行为|时长)|运行情况|崩溃|卡顿|性能|加载(?:速度|时间)|录制|回放|热力图|A\/B测试|调研|受欢迎|活跃用户|留存|(?:哪个|哪一个|哪一|哪些)(?:推广)?渠道|互动情况|异常信息|衡量|阅读量|浏览量|访问量|访客数|访问次数|打开次数|停留时长|使用频[率次]|(?:访问|流量|使用情况)(?:统计)?报告|访问时长|区分不同(?:的)?(?:访客|访问者)|(?:跳转|浏览|访问)路径|页面(?:之间|间)的?跳转|(?:用户)?行为研究|了解市场|\bhow far (?:\w+ ){0,2}?(?:watch|read|scroll)\w*|\bwhere (?:\w+ ){0,2}?(?:lose interest|drop off|stop (?:watching|reading|listening))\b|\b(?:attendance|visitor|traffic|download|listening|viewing) (?:reports?|figures|numbers|counts|charts|statistics)\b|\b(?:summary )?charts? of (?:our |the )?(?:traffic|visits|visitors|downloads|use)\b|\bcounts? (?:the )?(?:number of )?(?:downloads|visits|views|page views|plays|listens|clicks|opens|readers|visitors|listeners)\b|\bwhich (?:pages|products|features|stories|articles|announcements|links|episodes|videos) (?:\w+ ){0,3}?(?:viewed|view|visit(?:ed)?|use|used|look at|looked at|read|clicked|opened|find worthwhile)\b|\breports? (?:on|about) how\b|\bcompare (?:the )?(?:two|both|different|alternative)\b|\b(?:try|tries|trying|tried) (?:out )?(?:two|different|alternative|new) versions? of\b|\bhow long (?:\w+ ){0,3}?takes? to load\b|\bload(?:ing)? times?\b|\bhow often (?:\w+ ){0,4}?fail\b|\bclick[- ]tracking\b|\bsee (?:how|where|what|which|whether) (?:\w+ ){0,2}?(?:students|readers|members|listeners|viewers|shoppers|learners|patients|donors|supporters|subscribers|players|guests)\b|是否稳定|(?<!不)(?:运行|版本|应用|App|产品)的?稳定性|启动(?:速度|耗时)|\b(?:visitor|visit|page ?view|download) counts?\b|\b(?:ask|asks|asking|survey\w*) (?:\w+ ){0,3}?about (?:their|your) experiences? (?:of|with|on) (?:the|our|this) (?:site|web ?site|app|service)|\bwhich version\b|\b(?:try|tries|trying|tried) out (?:a )?new (?:layouts?|designs?|versions?|features?)\b|\bclick[- ]counting\b|\bwhich (?:buttons|links|items|sections) (?:\w+ ){0,4}?(?:press|click|tap)\w*|\bwhere (?:\w+ ){0,2}?give up\b|\b(?:unique )?(?:visitors|visits|users|readers) (?:can be |are |is )?counted\b|\bwhich (?:of our )?(?:\w+ ){0,3}?(?:lead|led) to (?:sign-?ups|purchases|orders|bookings|donations|gifts)\b|\bhow (?:\w+ ){0,1}?(?:find|reach) us\b|\bhow (?:people|visitors|users|you|customers|readers) (?:\w+ ){0,1}?(?:find|reach|arrive at|get to|come to) (?:our|the|this) (?:site|web ?site|app|pages?)\b|\b(?:plays|views|visits|downloads|clicks|opens|page ?views) (?:are|is|get|were) (?:counted|measured|tracked|recorded)\b|\bwhether (?:they|you|visitors|users|people|patients|customers) (?:finish|complete|abandon)\w*|\bhow many (?:gifts|donations|orders|sign-?ups|purchases|bookings) came from\b|分组测试|灰度(?:测试|实验)|实验分组|活动效果|效果评估|评估效果|(?:与|向)(?!你|您|用户)[^，。；]{0,12}(?:共享|提供)[^。；]{0,30}?(?:改进|改善|优化)(?:和|与|及)?[^，。；]{0,6}?(?:产品|服务)|\bwhether (?:you|they|recipients|readers|subscribers) (?:have )?opened\b|\b(?:tracks?|tracking|records?|recording|counts?|counting|logs?|logging|measures?|measuring)\s+(?:\w+\s+){0,2}?(?:opens|link clicks|clicks on (?:the )?links|each click|every click)\b|\bopens and (?:link )?clicks\b|\bhow many (?:\w+ ){0,2}?open\b|(?:多少人|有多少人|是否|谁)(?:打开|点开)了?(?:邮件|短信|链接|消息)|(?:邮件|短信)的?打开率|(?:最常用|常用)?哪些功能|了解[^，。；]{0,8}?如何使用|在何处遇到困难`,
  },
  {
    category: 'social_media',
    pattern: String.raw`\bsocial (?:media|network(?:ing)?)(?: (?:sites?|services?|platforms?|providers?|companies|plug-?ins?|features?|buttons?|widgets?|tools?))?\b|\bsocial plug-?ins?|\b(?:social )?sharing (?:buttons?|tools?|features?|widgets?|plug-?ins?)|\b(?:like|share|follow) buttons?|社交(?:平台|媒体|网络)|第三方社交|分享(?:SDK|功能)`,
  },
  {
    category: 'essential',
    pattern: String.raw`\bpayment (?:processors?|providers?|service providers?|processing (?:companies|partners|providers))|\bservice providers?\b|\b(?:(?:third|3rd)[- ]?party )?(?:vendors|contractors|processors|sub-?processors|suppliers)\b|\bfraud prevention (?:services|providers|partners)|\bcompanies (?:that|which|who) (?:perform|provide) services (?:for|on behalf of|to) us|支付机构|第三方支付|服务提供商|服务商|受托方|委托处理|SDK(?:服务)?提供方`,
  },
  {
    category: 'hosting',
    pattern: String.raw`\b(?:cloud|web|data|website) (?:hosting|storage) (?:providers?|services?|companies)|\bhosting (?:providers?|services?|companies|partners)|\bcontent delivery networks?|\bCDNs?\b|\bhost(?:s|ed)? (?:our|the) (?:site|web ?site|services?|servers?|data)|云(?:服务|存储)(?:提供商|服务商)?`,
  },
  {
    category: 'customer_interaction',
    pattern: String.raw`\bcustomer (?:support|service|care) (?:providers?|vendors?|tools?|platforms?|software|services)|\b(?:live )?chat (?:providers?|services?|tools?|software|widgets?)|\be-?mail (?:service |delivery |marketing )?(?:providers?|vendors?|services|platforms?)|\bsurvey (?:providers?|partners?|tools?|companies)|客服(?:系统|服务商)?`,
    purpose: String.raw`\bcustomer (?:service|support|care)\b|\blive chat\b|\bchat support\b|\bhelp ?desk\b|客服`
  },
  {
    category: 'consent',
    pattern: String.raw`\bconsent management (?:platforms?|providers?|tools?)|\bCMPs?\b`,
  },
  {
    category: 'audio_video_player',
    pattern: String.raw`\b(?:embedded|(?:third|3rd)[- ]?party) (?:videos?|video players?|media players?|content from other (?:web ?sites|sites))|\bembed(?:s|ded)? (?:\w+ )?videos? from\b|\bvideo (?:hosting|player|platform) (?:providers?|services?|companies)`,
  },
];

/** An unnamed party that can receive or collect data — the subject or object a `purpose` needs. */
export const UNNAMED_RECIPIENT = String.raw`\b(?:third|3rd)[- ]?part(?:y|ies)\b|\b(?:business |marketing |advertising |trusted |selected |carefully selected |our |these |such |other |outside |unaffiliated |non-affiliated |external )?(?:partners?(?!\s+with\b)|companies|firms|vendors|contractors|agencies|networks|service providers?|providers|processors|suppliers|agents|advertisers|sponsors|(?<![\w-]based |promot\w{1,3} |local |small )businesses|merchants|retailers|publishers|marketers|ad servers|entities)\b|\b(?:other|outside|unaffiliated|(?:third|3rd)[- ]?party|external) organi[sz]ations\b|\b(?:another|a third) (?:party|company)\b|\b(?:other|outside|unaffiliated|non-affiliated|external)(?: [\w-]+){1,2} organi[sz]ations\b|\bmanufacturers\b|\bnon-?affiliates\b|\b(?:those|these|such|other|(?:third|3rd)[- ]?party|social media|social networking) platforms\b|\bothers\b|第三方|合作方|合作伙伴|服务商|供应商|SDK(?:服务)?提供方|SDK|(?:社交媒体|媒体|广告|推广|投放|外部|其他|这些|该)平台|调研机构|服务提供方|平台方|(?:服务|专业|数据|合作|研究|监测|第三方|金融|保险)机构|受托方|经销商|商家|推广者|推广方|渠道方|(?:社交|合作)平台|(?:服务)?提供商|厂商|开发商|(?:销售|经纪|代理)机构|经纪(?:公司|人)|合作品牌|品牌方|店铺|商户|(?:相应|推广|投放|各)渠道|所在平台|\b(?:other|like-minded|similar|selected|chosen|screened|reputable|partner|those|these) (?:[\w-]+ )?(?:organi[sz]ations|charities|nonprofits|non-profits|brands)\b|\bexhibitors?\b|\bco-?hosts?\b|赞助(?:商|方)|投放媒体|媒体平台|媒体方|(?:对应|相应)的?(?:投放)?(?:媒体|渠道)|联合运营方|合作运营方|外部的?[\u4e00-\u9fff]{0,8}?(?:工具|服务商|服务|机构|公司|平台)|\b(?:lenders|insurers|dealers|dealerships|brokers)\b|\b(?:cashback|coupon|voucher|(?:price[- ])?comparison) (?:web ?sites?|sites?|services?|platforms?)\b|\b(?:creators|influencers)\b|\bsocial networks\b|\bsub-?processors?\b|\b(?:sellers|the seller|that seller)\b|数据库商|(?:资源|内容|数据)提供商|(?:数据|技术|统计|分析|研究|调研|广告|营销)(?:服务)?公司|(?:与|和|跟)我们合作的[^，。；,;]{0,12}?(?:公司|企业|机构|团队)|(?:测量|监测|调研|调查|统计|分析|广告|营销|推广|数据)(?:公司|企业)|(?:市场)?调查机构|(?:测量|衡量|收视|受众)(?:机构|公司)|(?:广告|营销|推广)代理(?:商|公司|机构)?|(?:合作|研究|调查)单位|(?:业务|商业|商务)伙伴|外部(?:的)?[^，。；,;]{0,8}?(?:服务|工具|平台|机构|公司|服务商|供应商)`;

/**
 * One outside party, written with an indefinite article ("an outside service that compiles reports for us", "a pixel
 * provided by a social media platform"). Only where the sentence names no company: "Google Analytics, a web analytics
 * service provided by Google" describes the company it names.
 */
export const UNNAMED_SINGLE_RECIPIENT = String.raw`\b(?:a|an|one|another) (?:[\w-]+ ){0,2}?(?:provider|vendor|partner|firm|agency|processor|supplier|platform|service|network|contractor)\b|\b(?:a|an|one|another) (?:[\w-]+ ){1,2}company\b|\bthe (?:[\w-]+ ){0,2}?(?:provider|vendor|platform|service|tool)s? (?:that )?we (?:use|work with|rely on)\b|\b(?:the|a|an) (?:[\w-]+ ){0,2}?company (?:that|which|who) (?:hosts|runs|provides|powers|operates|makes|develops|supplies|delivers|sends)\b|\bthe (?:maker|manufacturer|provider|developer|supplier|operator|vendor)s? of (?:our|the|this|that|its)\b|\b(?:an?|the) (?:[\w-]+ ){0,2}?(?:body|bureau)\b|\b(?:the|our|its) [\w-]+['’]s (?:provider|vendor|maker|developer|operator)\b|\b(?:a|an) (?!(?:in-house|internal|self-hosted|home-grown|proprietary)\b)(?:[\w-]+ ){1,2}(?:tool|kit|library|builder)\b|\b(?:our|the|its) (?:[\w-]+ ){0,2}?(?:hosting|delivery|e-?mail|newsletter|mailing|testing|survey|chat|webinar|monitoring|click-tracking|measurement|statistics|e-commerce|booking|ticketing|crash-reporting|website-building|podcast) (?:service|platform|provider|tool|kit|library|software|company|host)s?\b|\b(?:the|that|a|each|our) (?:co-)?sponsor(?:['’]s)?\b|\b(?:outside|external|independent) (?:[\w-]+ )?(?:services?|tools?)\b|\b(?:work|works|working|partner(?:s|ed)?|contract(?:s|ed)?) with (?:a|an|one|another) (?:[\w-]+ ){0,2}?(?:company|business|organi[sz]ation)\b`;
/**
 * An outside party named by its role with a definite article ("The vendor receives your IP address", "the ad-insertion
 * provider", "those platforms"). Lower-case nouns only — "the Platform" and "the Service" are the site in legal English.
 */
export const DEFINITE_OUTSIDE_RECIPIENT = String.raw`\b(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese|[Ii]ts) (?:[a-z'’-]+ ){0,2}?(?:vendors?|providers?|platforms?|networks?|tools?|widgets?|builders?|app stores?)\b|\b[Oo]ur (?:web ?|website |site )?(?:host|hosting provider)\b|\b[Oo]ur (?:site|website|store|shop) builder\b|\b[Oo]ur email (?:platform|service|provider)\b`;

/** Something done with data or on the site: sharing, collecting, tracking, placing cookies, helping. */
export const DATA_ACTION = String.raw`\b(?:shar(?:e|es|ed|ing)|disclos\w+|provid\w+|giv(?:e|es|en)|access\w*|collect\w*|gather\w*|receiv\w+|obtain\w*|track\w*|plac(?:e|es|ed|ing)|set(?:s|ting)?|serv(?:e|es|ed|ing)|deliver\w*|display\w*|us(?:e|es|ed|ing)|assist\w*|help\w*|perform\w*|engag\w+|hir(?:e|es|ed)|partner\w*|contract\w*|entrust\w*|work(?:s|ed|ing)? with|permit\w*|allow\w*|enabl\w+|mak(?:e|es) available|making [\w ]{1,30}available|transfer\w*|communicat(?:e|es|ed|ing) (?:[\w-]+ ){0,4}?to|analy[sz]\w+|process\w*|measur\w+|monitor\w*|record\w*|combin\w+|sell|sold|rent|transmit\w*|forward\w*|upload\w*|produc(?:e|es|ed|ing)|scripts?|exchang(?:e|es|ed|ing)|tells?|confirms?|informs?|counts?|notes?|puts?|runs? on|let(?:s)? (?:[\w-]+ ){0,5}?know|(?:they|which|who) see|sees|reports? (?:[\w-]+ ){0,4}?back|let(?:s)? (?:[\w-]+ ){0,4}?see|pass(?:es|ed)?|shows? us|swap\w*|remember\w*|contact(?:s|ed)? you|mak(?:e|es|ing) (?:[\w'’-]+ ){0,5}available|stor(?:e|es|ed|ing)|suppl(?:y|ies|ied)|sen(?:d|ds|t)|cookies?|web beacons?|pixels?|tags?)\b|共享|提供|收集|获取|接入|嵌入|使用|采集|委托|合作|上传|回传|传输|记录|录制|监测|读取|获得|交换|发送|查看|同步(?:给|至|到)|共同处理|(?:通过|透过|借助|利用)[^，。；]{0,12}?(?:服务商|供应商|第三方|合作方|平台|工具)(?:来|进行)?(?:统计|分析|监测|记录)|向您(?:推荐|推送)|交给|交由|转交|接收|拿到`;

type Purpose = PurposeStatement['purpose'];

export const PURPOSE_TERMS: Array<{ purpose: Purpose; pattern: string }> = [
  { purpose: 'advertising', pattern: String.raw`\b(?:advertis(?:ing|ements?)|targeted ads|interest-based ads|personali[sz]ed ads|ads\b)|广告` },
  { purpose: 'analytics', pattern: String.raw`\banaly[sz](?:e|es|is|ing|tics)\b|\bmeasur(?:e|ing|ement)\b|\bstatistic(?:s|al)\b|\bunderstand how (?:you|users|visitors|people)|统计|分析` },
  { purpose: 'personalization', pattern: String.raw`\bpersonali[sz](?:e|ed|ing|ation)\b|\bcustomi[sz](?:e|ed|ing|ation)\b|\btailor(?:ed)?\b|\brecommendations?\b|个性化|推荐` },
  { purpose: 'security', pattern: String.raw`\bsecurity\b|\bfraud\b|\bprotect (?:against|the security|our|you)|\bprevent (?:abuse|spam|fraud)|安全|欺诈|风控` },
  { purpose: 'service', pattern: String.raw`\b(?:provide|operate|maintain|deliver|improve) (?:and (?:improve|maintain|operate) )?(?:our|the) (?:services?|site|website|products?|platform)|\bprocess (?:your )?(?:orders?|transactions?|payments?|requests?)|\bfulfil+ (?:your )?(?:orders?|requests?)|提供(?:服务|产品)|实现.{0,6}功能` },
  { purpose: 'legal', pattern: String.raw`\bcomply with (?:applicable |any |the )?(?:laws?|legal|regulations?)|\blegal (?:obligations?|requirements?|process)|\blaw enforcement|\bsubpoenas?|\bcourt orders?|法律法规|司法|监管` },
  { purpose: 'marketing', pattern: String.raw`\bmarketing\b|\bpromotional\b|\bnewsletters?\b|\bspecial offers\b|营销|推广|促销` },
  { purpose: 'research', pattern: String.raw`\bresearch\b|\bstudies\b|研究` },
];
