/**
 * How privacy policies write company and product names → Ghostery TrackerDB organization keys.
 * DATA, not code: validated by aliases.test.ts (every org exists in trackerdb.json, no duplicate
 * alias after lower-casing). Org keys follow TrackerDB's *pattern* ownership, because that is what
 * request classification yields (adnxs.com → "microsoft", krxd.net → "salesforce"), so a policy
 * naming "AppNexus" or "Krux" must land on the same key for the verdict to match.
 *
 * Rules for adding an alias:
 * - a generic English word ("Branch", "Target", "Heap", "Segment", "Adjust") is either left out or
 *   marked caseSensitive + requiresContext (the sentence must talk about tools/partners/data);
 * - brands that name a product the user runs rather than a recipient (browsers, operating systems,
 *   card networks) go in BLOCKED_PHRASES, which the matcher consumes so "Google Chrome" never
 *   yields "Google";
 * - CJK aliases need no word boundaries; Latin ones get them automatically;
 * - an alias that names one PRODUCT rather than the company gets its TrackerDB category in
 *   PRODUCT_CATEGORY (or inherits it from the generated row of the same spelling), so that "we use
 *   Google Fonts" is not read as disclosing Google's ad server.
 * These hand rows sit on top of the generated lexicon (generated.json: every TrackerDB organization
 * and product name) and win over it for the same spelling.
 */
import type { CategoryKey } from '../../types.ts';

export interface AliasEntry {
  alias: string;
  /** TrackerDB organization key. */
  org: string;
  lang?: 'en' | 'zh';
  /** Match only with exactly this capitalisation (for aliases that are also common words). */
  caseSensitive?: boolean;
  /**
   * What the sentence must show before this alias counts: 'cues' — it talks about services,
   * partners or data (CONTEXT_CUES); 'company' — the name stands as a company (a corporate suffix,
   * in a list with other companies, a third-party list row, its privacy policy).
   */
  context?: 'cues' | 'company' | 'company-strict';
  /** The TrackerDB category of the product this alias names; absent when it names the company itself. */
  product?: CategoryKey;
  /** For a cookie name: the product that sets it ("Google Analytics"), shown beside the name. */
  setBy?: string;
  source: 'hand' | 'generated' | 'names' | 'cookie';
}

type Row = [alias: string, org: string, flags?: 'cs' | 'ctx' | 'cs+ctx'];

/** Compact table form; expanded into AliasEntry[] below. */
const ROWS: Row[] = [
  // Google
  ['Google', 'google'], ['Google Inc.', 'google'], ['Google LLC', 'google'], ['Google Analytics', 'google'],
  ['Google Analytics 4', 'google'], ['GA4', 'google', 'cs'], ['Universal Analytics', 'google', 'cs'], ['DoubleClick', 'google'],
  ['Double Click', 'google'], ['DoubleClick for Publishers', 'google'], ['AdSense', 'google'], ['Google AdSense', 'google'],
  ['AdMob', 'google'], ['Google AdMob', 'google'], ['Google Ads', 'google'], ['Google AdWords', 'google'], ['AdWords', 'google'],
  ['Google Ad Manager', 'google'], ['Google Marketing Platform', 'google'], ['Google Tag Manager', 'google'],
  ['Google Fonts', 'google'], ['Google Maps', 'google'], ['Google Signals', 'google'], ['Google Optimize', 'google'],
  ['Google reCAPTCHA', 'google'], ['reCAPTCHA', 'google'], ['YouTube', 'google'], ['Firebase', 'google'],
  ['Firebase Analytics', 'google'], ['Firebase Crashlytics', 'google'], ['Crashlytics', 'google'], ['Fabric', 'google', 'cs+ctx'],
  ['Google Cloud', 'google'], ['Google Cloud Platform', 'google'], ['Google Sign-In', 'google'], ['Google+', 'google'],
  ['Google Plus', 'google'], ['Google Analytics for Firebase', 'google'], ['Google Display Network', 'google'],
  ['Google Tag', 'google'], ['Urchin', 'google', 'cs+ctx'], ['谷歌', 'google'],
  // Meta
  ['Facebook', 'facebook'], ['Facebook Inc.', 'facebook'], ['Facebook, Inc.', 'facebook'], ['Facebook Pixel', 'facebook'], ['FB Pixel', 'facebook'],
  ['Meta Pixel', 'facebook'], ['Meta Platforms', 'facebook'], ['Meta Audience Network', 'facebook'], ['Meta', 'facebook', 'cs+ctx'], ['Instagram', 'facebook'],
  ['WhatsApp', 'facebook'], ['Facebook Messenger', 'facebook'], ['Facebook Connect', 'facebook'],
  ['Facebook Login', 'facebook'], ['Facebook Audience Network', 'facebook'], ['Facebook Custom Audiences', 'facebook'],
  ['Atlas', 'facebook', 'cs+ctx'], ['脸书', 'facebook'],
  // X / Twitter
  ['Twitter', 'twitter'], ['Twitter, Inc.', 'twitter'], ['X Corp.', 'twitter'], ['X Corp', 'twitter'], ['MoPub', 'twitter'],
  ['Tweet Button', 'twitter'], ['推特', 'twitter'],
  // Microsoft
  ['Microsoft', 'microsoft'], ['Microsoft Corporation', 'microsoft'], ['Bing', 'microsoft', 'cs'], ['Bing Ads', 'microsoft'],
  ['Microsoft Advertising', 'microsoft'], ['Microsoft Clarity', 'microsoft'], ['MS Clarity', 'microsoft'], ['Clarity', 'microsoft', 'cs+ctx'],
  ['LinkedIn', 'microsoft'], ['LinkedIn Insight Tag', 'microsoft'], ['AppNexus', 'microsoft'], ['Xandr', 'microsoft'],
  ['Azure', 'microsoft', 'cs'], ['Microsoft Azure', 'microsoft'], ['领英', 'microsoft'], ['微软', 'microsoft'],
  // Amazon
  ['Amazon', 'amazon_associates'], ['Amazon.com', 'amazon_associates'], ['Amazon Associates', 'amazon_associates'],
  ['Amazon Advertising', 'amazon_associates'], ['Amazon Ads', 'amazon_associates'], ['Amazon Web Services', 'amazon_associates'],
  ['AWS', 'amazon_associates', 'cs'], ['Amazon Pay', 'amazon_associates'], ['Amazon Payments', 'amazon_associates'],
  ['CloudFront', 'amazon_associates'], ['亚马逊', 'amazon_associates'],
  // Adobe
  ['Adobe', 'adobe'], ['Adobe Analytics', 'adobe'], ['Omniture', 'adobe'], ['SiteCatalyst', 'adobe'], ['Typekit', 'adobe'],
  ['Adobe Fonts', 'adobe'], ['Adobe Audience Manager', 'adobe'], ['Adobe Experience Cloud', 'adobe'],
  ['Adobe Target', 'adobe'], ['Demdex', 'adobe'], ['Marketo', 'adobe'], ['TubeMogul', 'adobe'],
  // Salesforce / Oracle
  ['Salesforce', 'salesforce'], ['Salesforce.com', 'salesforce'], ['Krux', 'salesforce'], ['Salesforce DMP', 'salesforce'],
  ['ExactTarget', 'salesforce'], ['Pardot', 'salesforce'], ['Oracle', 'oracle', 'cs'], ['BlueKai', 'oracle'],
  ['Oracle BlueKai', 'oracle'], ['Moat', 'oracle', 'cs+ctx'], ['AddThis', 'oracle'], ['Datalogix', 'oracle'],
  ['Maxymiser', 'oracle'], ['Eloqua', 'oracle'], ['Oracle Data Cloud', 'oracle'],
  // Ad tech
  ['Criteo', 'criteo'], ['Quantcast', 'quantcast'], ['comScore', 'comscore'],
  ['ScorecardResearch', 'comscore'], ['Scorecard Research', 'comscore'], ['Nielsen', 'nielsen', 'cs'],
  ['The Nielsen Company', 'nielsen'], ['eXelate', 'nielsen'], ['Taboola', 'taboola'], ['Outbrain', 'outbrain'],
  ['Teads', 'outbrain'], ['Rubicon Project', 'magnite'], ['The Rubicon Project', 'magnite'], ['Magnite', 'magnite'],
  ['PubMatic', 'pubmatic'], ['OpenX', 'openx'], ['Index Exchange', 'index_exchange'], ['The Trade Desk', 'the_trade_desk'],
  ['MediaMath', 'mediamath'], ['AdRoll', 'adroll'], ['LiveRamp', 'acxiom'], ['Acxiom', 'acxiom'], ['Lotame', 'lotame'],
  ['Experian', 'experian_inc'], ['Tapad', 'experian_inc'], ['Epsilon', 'epsilon', 'cs+ctx'], ['Conversant', 'epsilon', 'cs'],
  ['DoubleVerify', 'doubleverify'], ['Integral Ad Science', 'integral_ad_science'], ['Sovrn', 'sovrn'], ['VigLink', 'viglink'],
  ['Skimlinks', 'skimlinks'], ['TripleLift', 'triplelift'], ['Sharethrough', 'sharethrough'], ['GumGum', 'gumgum'],
  ['Media.net', 'media.net'], ['Yieldmo', 'yieldmo'], ['InMobi', 'inmobi'], ['AppLovin', 'applovin'], ['ironSource', 'ironsource'],
  ['Rakuten Advertising', 'rakuten'], ['Rakuten Marketing', 'rakuten'], ['LinkShare', 'rakuten'], ['Commission Junction', 'publicis'],
  ['CJ Affiliate', 'publicis'], ['ShareASale', 'shareasale'], ['Pepperjam', 'pepperjam'], ['Awin', 'axel_springer', 'cs'],
  ['Yahoo', 'yahoo'], ['Yahoo! JAPAN', 'yahoo_japan'], ['Yahoo Japan', 'yahoo_japan'], ['Yahoo!', 'yahoo'], ['Oath', 'yahoo', 'cs+ctx'], ['Verizon Media', 'yahoo'], ['Flurry', 'yahoo'],
  ['Advertising.com', 'yahoo'], ['Permutive', 'permutive'], ['ID5', 'id5_technology_ltd', 'cs'], ['33Across', '33across'],
  ['Dstillery', 'dstillery'], ['Drawbridge', 'drawbridge', 'cs'], ['Neustar', 'neustar'], ['Bounce Exchange', 'bounce_exchange'],
  ['Wunderkind', 'bounce_exchange'], ['Tealium', 'tealium'], ['Ensighten', 'ensighten'], ['Evidon', 'crownpeak'],
  ['Crownpeak', 'crownpeak'], ['ValueClick', 'conversant'], ['Media Math', 'mediamath'], ['Lijit', 'sovrn'], ['Facebook Like button', 'facebook'],
  ['Like button', 'facebook', 'cs'],
  // Analytics, session replay, monitoring, testing
  ['Hotjar', 'hotjar'], ['FullStory', 'fullstory'], ['Mouseflow', 'mouseflow'], ['Smartlook', 'smartlook'],
  ['LogRocket', 'logrocket'], ['Yandex', 'yandex'], ['Yandex.Metrica', 'yandex'], ['Yandex Metrica', 'yandex'],
  ['Yandex Metrika', 'yandex'], ['Mixpanel', 'mixpanel'], ['Segment', 'twilio', 'cs+ctx'], ['Segment.io', 'twilio'],
  ['Segment.com', 'twilio'], ['Twilio', 'twilio'], ['SendGrid', 'twilio'], ['Amplitude', 'amplitude', 'cs+ctx'],
  ['Heap Analytics', 'content_square'], ['Heap', 'content_square', 'cs+ctx'], ['Contentsquare', 'content_square'],
  ['New Relic', 'new_relic'], ['Optimizely', 'optimizely'], ['Chartbeat', 'chartbeat'], ['Parse.ly', 'parse.ly'],
  ['Parsely', 'parse.ly'], ['Crazy Egg', 'crazy_egg'], ['CrazyEgg', 'crazy_egg'], ['Kissmetrics', 'kissmetrics'],
  ['StatCounter', 'statcounter'], ['Matomo', 'matomo'], ['Piwik', 'matomo'],
  ['Clicky', 'clicky', 'cs+ctx'], ['ClickTale', 'clicktale'], ['Decibel Insight', 'decibel_insight'],
  ['Quantum Metric', 'quantum_metric'], ['Glassbox', 'glassbox'], ['Dynatrace', 'dynatrace'], ['Datadog', 'datadog'],
  ['Bugsnag', 'bugsnag'], ['Sentry', 'sentry', 'cs+ctx'], ['Sentry.io', 'sentry'], ['Pingdom', 'solarwinds'],
  ['Qualtrics', 'qualtrics'], ['SurveyMonkey', 'surveymonkey'], ['Usabilla', 'surveymonkey'], ['Medallia', 'medallia'],
  ['ForeSee', 'foresee_results'], ['iPerceptions', 'iperceptions'], ['Localytics', 'localytics'],
  ['Urban Airship', 'urban_airship'], ['OneSignal', 'onesignal'], ['Braze', 'braze_inc'], ['Appboy', 'braze_inc'],
  ['AppsFlyer', 'appsflyer'], ['Adjust GmbH', 'adjust'], ['Adjust', 'adjust', 'cs+ctx'], ['Branch Metrics', 'branch_metrics_inc'],
  ['Branch.io', 'branch_metrics_inc'], ['CivicScience', 'civicscience'], ['Klaviyo', 'klaviyo'], ['Sailthru', 'sailthru'],
  // Social, content, CDN, widgets
  ['Pinterest', 'pinterest'], ['Snapchat', 'snap_technologies'], ['Snap Inc.', 'snap_technologies'],
  ['Snap Pixel', 'snap_technologies'], ['TikTok', 'bytedance_inc'], ['ByteDance', 'bytedance_inc'], ['Pangle', 'bytedance_inc'],
  ['Reddit', 'reddit'], ['Tumblr', 'automattic'], ['Automattic', 'automattic'], ['Gravatar', 'automattic'],
  ['WordPress.com', 'automattic'], ['Disqus', 'zeta'], ['ShareThis', 'sharethis'], ['Vimeo', 'vimeo'], ['Spotify', 'spotify'],
  ['SoundCloud', 'soundcloud'], ['Wistia', 'wistia'], ['Brightcove', 'brightcove'], ['JW Player', 'jw_player'],
  ['Cloudflare', 'cloudflare'], ['Akamai', 'akamai'], ['Janrain', 'akamai'],
  ['Gigya', 'sap'], ['jQuery', 'js_foundation'], ['hCaptcha', 'intuition_machines'], ['Trustpilot', 'trustpilot'],
  ['Bazaarvoice', 'bazaarvoice'], ['Yotpo', 'yotpo'], ['Spotify Ad Analytics', 'spotify'],
  // Payments, commerce, customer interaction
  ['Stripe', 'stripe', 'cs'], ['Stripe, Inc.', 'stripe'], ['PayPal', 'paypal'], ['Braintree', 'paypal', 'cs'], ['Venmo', 'paypal'],
  ['Shopify', 'shopify'], ['Zendesk', 'zendesk'], ['Zopim', 'zendesk'], ['Intercom', 'intercom', 'cs'], ['HubSpot', 'hubspot'],
  ['Mailchimp', 'mailchimp'], ['Mandrill', 'mailchimp', 'cs'], ['LivePerson', 'liveperson'],
  ['Olark', 'olark'], ['Drift', 'salesloft', 'cs+ctx'], ['Freshdesk', 'freshworks'], ['Freshworks', 'freshworks'],
  ['UserVoice', 'uservoice'], ['LiveChat', 'livechat', 'cs'], ['Auth0', 'auth0'], ['Apple Pay', 'apple'], ['Apple Inc.', 'apple'],
  ['iTunes', 'apple'], ['Sign in with Apple', 'apple'], ['Google Pay', 'google'], ['Google Drive', 'google'],
  ['OneDrive', 'microsoft'], ['Microsoft OneDrive', 'microsoft'], ['Skype', 'microsoft'], ['GitHub', 'github'],
  ['VWO', 'wingify', 'cs'], ['Visual Website Optimizer', 'wingify'], ['Customer.io', 'customer.io'], ['Gainsight', 'gainsight'],
  ['Jetpack', 'automattic', 'cs+ctx'], ['Akismet', 'automattic'], ['Sift Science', 'sift_science'], ['Sift', 'sift_science', 'cs+ctx'],
  ['Unbounce', 'unbounce'], ['Livefyre', 'adobe'], ['Gemius', 'gemius_sa'], ['mParticle', 'mparticle'], ['Zeta Global', 'zeta'],
  // VK's ad and video products (TrackerDB files VK, with Mail.ru, under MegaFon; a bare "VK" is too short to trust)
  ['VK Ads', 'megafon', 'cs'], ['VK Video', 'megafon', 'cs'], ['VK Pixel', 'megafon', 'cs'],
  // Consent management
  ['OneTrust', 'onetrust'], ['TrustArc', 'trustarc'], ['TRUSTe', 'trustarc'], ['Cookiebot', 'usercentrics'],
  ['Usercentrics', 'usercentrics'], ['Didomi', 'didomi'], ['Cookie Information', 'cookieinformation', 'cs'],
  // China
  ['Baidu', 'baidu'], ['百度', 'baidu'], ['百度统计', 'baidu'], ['百度地图', 'baidu'], ['百度推送', 'baidu'],
  ['百度移动统计', 'baidu'], ['百度联盟', 'baidu'], ['Tencent', 'qq.com'], ['腾讯', 'qq.com'], ['WeChat', 'qq.com'],
  ['微信', 'qq.com'], ['QQ', 'qq.com', 'cs'], ['广点通', 'qq.com'], ['腾讯广告', 'qq.com'], ['腾讯Bugly', 'qq.com'],
  ['Bugly', 'qq.com'], ['信鸽', 'qq.com'], ['腾讯云', 'qq.com'], ['优量汇', 'qq.com'], ['Alibaba', 'alibaba'],
  ['阿里巴巴', 'alibaba'], ['阿里', 'alibaba'], ['阿里云', 'alibaba'], ['Alipay', 'alibaba'], ['支付宝', 'alibaba'],
  ['Taobao', 'alibaba'], ['淘宝', 'alibaba'], ['Aliyun', 'alibaba'], ['Alibaba Cloud', 'alibaba'], ['Umeng', 'umeng'],
  ['友盟', 'umeng'], ['友盟+', 'umeng'], ['友盟同欣', 'umeng'], ['CNZZ', 'umeng'], ['字节跳动', 'bytedance_inc'],
  ['巨量引擎', 'bytedance_inc'], ['穿山甲', 'bytedance_inc'], ['抖音', 'bytedance_inc'], ['今日头条', 'bytedance_inc'],
  ['Sina', 'sina', 'cs'], ['新浪', 'sina'], ['新浪微博', 'sina'], ['Weibo', 'sina'], ['微博', 'sina'],
];

/**
 * Product names that contain an organization alias but are not a disclosure of a recipient:
 * browsers, operating systems, devices and card networks the policy mentions as *the user's*
 * software. The matcher prefers the longest match, so listing them here swallows the inner alias.
 */
export const BLOCKED_PHRASES: string[] = [
  'Google Chrome', 'Chrome', 'Chromebook', 'Android', 'Google Android', 'Microsoft Internet Explorer',
  'Internet Explorer', 'Microsoft Edge', 'Microsoft Windows', 'Windows', 'Windows Phone', 'Microsoft Office',
  'Microsoft Word', 'Microsoft Excel', 'Xbox', 'Apple Safari', 'Safari', 'iOS', 'Apple iOS', 'macOS', 'Mac OS',
  'Apple Watch', 'Samsung Internet', 'iPhone', 'iPad', 'Mozilla Firefox', 'Firefox', 'Opera', 'Google Nexus', 'Google Pixel',
  'Amazon Kindle', 'Kindle', 'Amazon Fire', 'Amazon Echo', 'Alexa', 'Visa', 'Mastercard', 'MasterCard',
  'American Express', 'Amex', 'Discover Card', 'UnionPay', '银联', 'Google Docs', 'Gmail', 'Amazon Alexa', 'Adobe Flash', 'Adobe Flash Player', 'Flash Player', 'Adobe Reader',
  'Adobe Acrobat', 'TRUSTe certification', 'TRUSTe program', "TRUSTe's Privacy Seal", 'TRUSTe Privacy Seal',
  'TRUSTe seal', 'TRUSTe certified', 'Google Play', 'App Store', 'Apple App Store', 'Google Play Store', 'Google Earth',
  'Yahoo Mail', 'Hotmail', 'Outlook.com', 'Google Translate', 'Google Scholar', 'Google Search Console',
  'Amazon Prime', 'Prime Video', 'Google Home', 'Google Assistant', 'Bing search', 'Windows Live', 'Apple Wallet', 'Google Wallet',
  // Industry words TrackerDB also has as (long-retired) product names: "AdTech providers" names no company.
  'AdTech', 'Ad Tech',
  // Agora.io (声网) is not TrackerDB's Polish publisher Agora SA: its product names must not name that company.
  '声网Agora', 'Agora RTC', 'Agora.io', 'Agora SDK',
];

/**
 * Hand rows that name one product (not the company): alias → the TrackerDB category of that product.
 * '' marks a row that names the company even though TrackerDB has a product of that spelling.
 */
export const PRODUCT_CATEGORY: Record<string, CategoryKey | ''> = {
  'Google Analytics 4': 'site_analytics', 'GA4': 'site_analytics', 'MS Clarity': 'site_analytics', 'FB Pixel': 'advertising', 'Universal Analytics': 'site_analytics', 'DoubleClick': 'advertising',
  'Double Click': 'advertising', 'DoubleClick for Publishers': 'advertising', 'AdSense': 'advertising', 'Google AdMob': 'advertising',
  'Google Ads': 'advertising', 'Google AdWords': 'advertising', 'AdWords': 'advertising', 'Google Ad Manager': 'advertising',
  'Google Signals': 'advertising', 'Google Optimize': 'site_analytics', 'Google reCAPTCHA': 'utilities', 'reCAPTCHA': 'utilities',
  'Firebase Analytics': 'site_analytics', 'Firebase Crashlytics': 'utilities', 'Crashlytics': 'utilities', 'Fabric': 'utilities',
  'Google Cloud Platform': 'hosting', 'Google Sign-In': 'utilities', 'Google+': 'social_media', 'Google Plus': 'social_media',
  'Google Analytics for Firebase': 'site_analytics', 'Google Display Network': 'advertising', 'Urchin': 'site_analytics',
  'Google Pay': 'utilities', 'Google Drive': 'hosting',
  'Facebook Pixel': 'advertising', 'Facebook Like button': 'social_media', 'Like button': 'social_media', 'Meta Pixel': 'advertising', 'WhatsApp': 'customer_interaction', 'Facebook Connect': 'utilities',
  'Facebook Login': 'utilities', 'Facebook Audience Network': 'advertising', 'Meta Audience Network': 'advertising', 'Facebook Custom Audiences': 'advertising',
  'Bing': 'utilities', 'Bing Ads': 'advertising', 'Clarity': 'site_analytics', 'LinkedIn': 'social_media',
  'LinkedIn Insight Tag': 'advertising', 'Xandr': 'advertising', 'Azure': 'hosting', 'Microsoft Azure': 'hosting', '领英': 'social_media',
  'Skype': 'customer_interaction', 'OneDrive': 'hosting', 'Microsoft OneDrive': 'hosting',
  'Amazon.com': '', 'Amazon Ads': 'advertising', 'AWS': 'hosting', 'Amazon Pay': 'customer_interaction', 'CloudFront': 'hosting',
  'Adobe Analytics': 'site_analytics', 'Omniture': 'site_analytics', 'SiteCatalyst': 'site_analytics', 'Typekit': 'utilities',
  'Adobe Fonts': 'utilities', 'Demdex': 'advertising', 'Marketo': 'advertising', 'TubeMogul': 'advertising',
  'Krux': 'advertising', 'ExactTarget': 'customer_interaction', 'Pardot': 'site_analytics',
  'BlueKai': 'advertising', 'Oracle BlueKai': 'advertising', 'Datalogix': 'advertising', 'Maxymiser': 'advertising',
  'Oracle Data Cloud': 'advertising', 'Advertising.com': 'advertising',
  'Tumblr': 'social_media', 'WordPress.com': 'hosting', 'Akismet': 'utilities', 'iTunes': 'misc', 'Sign in with Apple': 'utilities',
  'Braintree': 'customer_interaction', 'Venmo': 'customer_interaction', 'SendGrid': 'customer_interaction', 'Segment': 'site_analytics',
  'Segment.io': 'site_analytics', 'Segment.com': 'site_analytics', 'Spotify Ad Analytics': 'advertising',
  '百度地图': 'utilities', '百度统计': 'site_analytics', '百度移动统计': 'site_analytics', '百度推送': 'customer_interaction',
  '百度联盟': 'advertising', 'WeChat': 'social_media', '微信': 'social_media', 'QQ': 'social_media', '广点通': 'advertising',
  '腾讯广告': 'advertising', '优量汇': 'advertising', 'Bugly': 'utilities', '腾讯Bugly': 'utilities', '信鸽': 'customer_interaction',
  '腾讯云': 'hosting', 'Alipay': 'customer_interaction', '支付宝': 'customer_interaction', '阿里云': 'hosting', 'Aliyun': 'hosting',
  'Alibaba Cloud': 'hosting', '穿山甲': 'advertising', '巨量引擎': 'advertising', 'Pangle': 'advertising', '抖音': 'social_media',
  'TikTok': 'social_media', '新浪微博': 'social_media', 'Weibo': 'social_media', '微博': 'social_media',
  // Chinese brand names from lib/core/names (the product a policy's SDK row or sentence means)
  '高德': 'utilities', '高德地图': 'utilities', '高德定位': 'utilities', 'AMap': 'utilities', '淘宝联盟': 'advertising',
  '阿里妈妈': 'advertising', '阿里云移动推送': 'customer_interaction', '阿里百川': 'utilities', 'UC浏览器': 'misc', '天猫': 'misc',
  '西瓜视频': 'audio_video_player', 'GroMore': 'advertising', '穿山甲联盟': 'advertising', 'Ocean Engine': 'advertising',
  '增长分析DataFinder': 'site_analytics', 'DataFinder': 'site_analytics', '腾讯地图': 'utilities', '腾讯移动推送': 'customer_interaction',
  '腾讯移动分析': 'site_analytics', '腾讯浏览服务': 'utilities', '百度定位': 'utilities', '百青藤': 'advertising',
  '极光推送': 'customer_interaction', '极光认证': 'utilities', '极光统计': 'site_analytics', 'JPush': 'customer_interaction',
  'JVerification': 'utilities', '个推推送': 'customer_interaction', 'ShareSDK': 'social_media', 'MobPush': 'customer_interaction',
  'SMSSDK': 'utilities', 'MobLink': 'utilities', '小米推送': 'customer_interaction', 'MiPush': 'customer_interaction',
  '华为推送': 'customer_interaction', 'HMS Core': 'utilities', '华为移动服务': 'utilities', 'OPPO推送': 'customer_interaction',
  'vivo推送': 'customer_interaction', '魅族推送': 'customer_interaction', '网易云信': 'customer_interaction', '网易易盾': 'utilities',
  '钉钉': 'customer_interaction', 'DingTalk': 'customer_interaction', '快手联盟': 'advertising', '磁力引擎': 'advertising', '京东联盟': 'advertising', '神策分析': 'site_analytics',
};

export const HAND_ALIASES: AliasEntry[] = ROWS.map(([alias, org, flags]) => {
  const e: AliasEntry = { alias, org, source: 'hand' };
  if (/[\u3000-\u9fff\uf900-\ufaff]/.test(alias)) e.lang = 'zh';
  if (flags === 'cs' || flags === 'cs+ctx') e.caseSensitive = true;
  if (flags === 'ctx' || flags === 'cs+ctx') e.context = 'cues';
  const product = PRODUCT_CATEGORY[alias];
  if (product) e.product = product;
  return e;
});

/**
 * Words that make a sentence "about services/partners/data" — required for requiresContext aliases
 * such as "Segment" or "Heap", which are ordinary words otherwise. In Chinese, the words of a data flow
 * (向…提供, 由…提供/完成, 提交至, 收集, 共享 …), not the nouns 信息 / 数据 / 服务 / 支付, which nearly every sentence of a
 * Chinese policy has ("目前支持支付宝、微信支付…四种付款方式" names no recipient). Also a company used as the instrument of
 * a service verb ("通过Fastly的内容分发网络加速", "通过科大讯飞的语音识别服务转写", "使用腾讯天御验证码防止…") and one that
 * receives or stores ("Google会收到您的大约位置", "邮箱将存入HubSpot") — not storage on the reader's own device.
 */
export const CONTEXT_CUES =
  /\bwe (?:also |currently |now )?(?:use|employ|rely on|work with|partner with|engage|integrate)\b|\breplaced\b[^.;]{1,60}\bwith\b|\b(?:switched|moved|migrated)\b[^.;]{0,40}\bfrom\b[^.;]{1,40}\bto\b|\b(?:uses|used) (?:[\w&.'’-]+ ){1,3}to (?:replay|record|measure|track|analy[sz]e|send|deliver|host|store|process|detect|collect|count|understand)\b|\b(?:hold|holds|held|store|stores|stored|keep|keeps|kept) (?:(?:about|on) you|your (?:[\w-]+ ){0,3}?[\w-]+) (?:in|on|with) |\b(?:protected|secured|connected|routed|sent|delivered|hosted|managed|handled|screened|verified|checked) (?:by|through|via)\b|\b(?:analy[sz]es|manages|handles|measures|checks|delivers|powers|hosts|detects|screens|verifies|monitors) (?:how|that|whether|which|your|our|the|parent|account|order|playback|payments?|support|bots?|fraud|sign-?ins?|logins?)\b|\bhelps? us (?:understand|measure|see|know|count|detect|prevent|stop|deliver|send|run|host|verify)\b|\b(?:load|loads|loaded|loading|request|requests|requested|fetch(?:es|ed|ing)?)\s+(?:[\w-]+\s+){0,4}?from\b|\b(?:delivered|served|streamed) from (?!(?:our|its|this|the same) )|\b(?:sent|delivered|processed|handled|routed|accepted|made) (?:through|via)\b|\b(?:gifts|donations|payments?|orders) through\b|\bpay(?:ing|ments?)? (?:\w+ ){0,3}?(?:with|through|via|using)\b|\b(?:powered|provided|operated|hosted|managed|run) by\b|\b(?:pass(?:es|ed)?|send(?:s)?|sent|forward(?:s|ed)?|transmit(?:s|ted)?|transfer(?:s|red)?|report(?:s|ed|ing)?|upload(?:s|ed)?)\b[^.;]{0,80}\bto\b|\bexchang(?:e|es|ed|ing)\b[^.;]{0,80}\bwith\b|,\s*which (?:also )?(?:stores|processes|receives|collects|hosts|handles) (?:your|the|all)\b|\b(?:credit|identity|hard|soft) (?:searche?s?|checks?) (?:with|through|via)\b|\b(?:managed|stored|kept|handled|logged|hosted) (?:in|on|with)\b|\b(?:generated|supplied|served|filled) by\b|\b(?:collected|assigned|charged|billed|processed|transcribed|scored|moderated|fulfilled|dispatched|recorded|logged|counted|measured|tracked|analy[sz]ed|answered)\s+(?:[\w-]+\s+){0,3}?(?:by|via|through)\b|\bpublished (?:through|via)\b|\btakes? place (?:on|in|via|through)\b|,\s*which (?:also )?(?:logs|performs|records|tracks|counts|measures|runs)\b|(?<!\b(?:not|no|never|aren['’]t|isn['’]t) )\baffiliate (?:links?|programmes?|programs?|networks?|partners?)\b|\b(?:videos?|playlists?|podcasts?|posts?|tweets?|maps?|widgets?|feeds?|players?|embeds?) (?:from|by|hosted on)\b|\battribut(?:es|ed|ing) (?:installs?|conversions?|sales|sign-?ups)\b|\b(?:browsing|purchase|order|viewing|listening|search) history\b|\border (?:number|value|details)\b|\bwe (?:tell|notify|inform)\b|\b(?:reports?|data|information|logs?|events?|requests?|messages?|traffic)\s+(?:[\w-]+\s+){0,4}?(?:go|goes|went|flows?|(?:is|are) routed)\s+(?:directly\s+)?to\b|\b(?:management|hosting|delivery|processing|measurement) by\b|\b(?:date of birth|postal address|order details|credit check|identity check)\b|\b(?:analytics?|service|provider|vendor|partner|(?:third|3rd)[- ]?part|tool|sdk|platform|plug-?ins?|widgets?|buttons?|features?|social (?:media|network)|pixel|tag|cookies?|advertis|tracking|measure|processor|payments?|hosting|data|information|privacy (?:policy|notice)|served by|hosted|embed|anbieter|dienst|ads?\b|newsletters?|e-?mails?\b|visit(?:s|ed|ing)? (?:our|this|the) (?:site|web ?site|app|pages?)|shar(?:e[sd]?|ing)\b|disclos|sen(?:d|ds|t|ding) (?:\w+ ){0,3}(?:to|with)\b|e-?mail address|profile)|\b(?:receiv(?:e|es|ed|ing)|collect(?:s|ed|ing)?|process(?:es|ed|ing)?|stor(?:e|es|ed|ing)|record(?:s|ed|ing)?|captur(?:e|es|ed|ing))\b|\bon (?:our|its|their) behalf\b|\b(?:deliver(?:s|ed)?|runs?|built|submitted|handled) (?:by|on|through|via|with)\b|\b(?:IP address(?:es)?|phone numbers?|identifiers?|user IDs?|devices?|location|messages?|live chat|(?:support|in-app|customer) chat|help ?desk|support tickets?|surveys?|forms?|comments?|spam|push notifications?|content delivery)\b|\bCDN\b|\bour CRM\b|\bCRM (?:platform|system|provider|tool|software|service)s?\b|\bAPIs?\b(?!\s+(?:documentation|docs|reference|keys?|console)\b)|(?:调用|使用|通过)[^，。；]{0,24}?接口|(?:会|将|可能)接收您?|\b(?:this|our) (?:site|website|app|application|service|store|shop|pages?) (?:uses?|employs?|relies on|runs on|is built on|integrates?)\b|sdk|统计|追踪|跟踪|回传|上传|传输|发送|部署|嵌入|集成|代码|插件|主体|运营方|处理|存储|托管|迁移(?:至|到)|分析|营销|推广|归因|监测|第三方|合作|收集|共享|获取|调取|采集|接入|推送|获得您的|服务商|供应商|IP\s?地址|提供给|提供至|提供予|交换|储存|存放|传递|转交|交给|交由|登录|定位|广告|向[^，。；]{1,30}?提供|由[^，。；]{1,30}?(?:提供|完成|负责|承担|运营(?!商))|(?:提交|同步|绑定)(?:至|给|到)|我们(?:也|还|可能|目前|主要)?(?:使用|采用|借助|接入|集成)|(?:会|将|可)获得(?!您的(?:同意|授权))|使用[^，。；]{0,30}?(?:录制|回放|录屏)|(?:通过|使用|借助|采用)[^，。；]{1,24}?提供的[^，。；]{0,12}?服务|(?:通话|短信|号码)[^，。；]{0,8}(?:使用|通过)[^，。；]{1,20}?服务|通过[^，。；]{1,20}?(?:核验|认证|核身|比对)|(?:使用|通过|借助|采用|经由)(?:了)?[^，。；]{1,24}?(?:防止|拦截|加速|转写|加载|播放)|(?:会|将|可能|也会)收到|(?:存入|保存(?:于|在|至))(?!(?:您的)?(?:本地|设备|手机|终端|浏览器))/i;
