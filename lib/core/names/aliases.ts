/**
 * How Chinese privacy policies (and their third-party SDK tables) name companies and products, by
 * organization key — DATA for the one policy alias lexicon (lib/core/policy/lexicon). The lexicon owns
 * matching; this module only supplies names, in the lexicon's AliasEntry shape:
 *
 *   import { lexiconAliases } from '../../names';   // brand aliases + display and legal names
 *   const ALL = [...ALIASES, ...lexiconAliases()]    // then dedupe by normalizeAlias (lexicon's rule)
 *
 * Organization keys are TrackerDB keys or the new keys agreed in ORGKEYS (NEW_ORGANIZATION_KEYS).
 */
import { ORGANIZATION_NAMES } from './organizations.ts';

export interface BrandAlias {
  alias: string;
  org: string;
  lang: 'zh' | 'en';
  /** Match only with exactly this capitalisation (short or common-word aliases). */
  caseSensitive?: boolean;
  /** Only count when the sentence talks about services/partners/data (the lexicon's CONTEXT_CUES). */
  requiresContext?: boolean;
}

type Row = [alias: string, org: string, flags?: 'cs' | 'ctx' | 'cs+ctx'];

const ROWS: Row[] = [
  // Alibaba / Ant
  ['支付宝', 'alibaba'], ['蚂蚁集团', 'alibaba'], ['蚂蚁金服', 'alibaba'], ['淘宝', 'alibaba'], ['天猫', 'alibaba'],
  ['高德', 'alibaba'], ['高德地图', 'alibaba'], ['高德定位', 'alibaba'], ['AMap', 'alibaba', 'cs'], ['阿里云', 'alibaba'],
  ['阿里妈妈', 'alibaba'], ['阿里巴巴', 'alibaba'], ['UC浏览器', 'alibaba'], ['阿里百川', 'alibaba'], ['淘宝联盟', 'alibaba'],
  ['阿里云移动推送', 'alibaba'], ['Alipay', 'alibaba'], ['Taobao', 'alibaba'], ['芝麻信用', 'alibaba'], ['蚂蚁财富', 'alibaba'], ['饿了么', 'alibaba'], ['蜂鸟即配', 'alibaba'], ['蜂鸟配送', 'alibaba'],
  // Alibaba's ad exchange under 阿里妈妈 (TrackerDB's own organization)
  ['阿里妈妈Tanx', 'tanx'],
  // ByteDance / Volcengine
  ['字节跳动', 'bytedance_inc'], ['穿山甲', 'bytedance_inc'], ['巨量引擎', 'bytedance_inc'], ['火山引擎', 'bytedance_inc'],
  ['抖音', 'bytedance_inc'], ['今日头条', 'bytedance_inc'], ['西瓜视频', 'bytedance_inc'], ['GroMore', 'bytedance_inc'],
  ['穿山甲联盟', 'bytedance_inc'], ['Pangle', 'bytedance_inc'], ['Ocean Engine', 'bytedance_inc'], ['Volcengine', 'bytedance_inc'],
  ['增长分析DataFinder', 'bytedance_inc'], ['DataFinder', 'bytedance_inc', 'cs+ctx'],
  // Tencent
  ['腾讯', 'qq.com'], ['优量汇', 'qq.com'], ['广点通', 'qq.com'], ['腾讯广告', 'qq.com'], ['微信', 'qq.com'], ['腾讯地图', 'qq.com'],
  ['腾讯云', 'qq.com'], ['腾讯Bugly', 'qq.com'], ['信鸽', 'qq.com'], ['腾讯移动推送', 'qq.com'], ['腾讯移动分析', 'qq.com'],
  ['腾讯浏览服务', 'qq.com'], ['Tencent', 'qq.com'], ['WeChat', 'qq.com'], ['Bugly', 'qq.com'],
  // Tencent's payment company (WeChat Pay's licensed processor)
  ['财付通', 'qq.com'], ['财付通支付科技有限公司', 'qq.com'],
  // Baidu
  ['百度', 'baidu'], ['百度统计', 'baidu'], ['百度地图', 'baidu'], ['百度推送', 'baidu'], ['百青藤', 'baidu'], ['百度联盟', 'baidu'],
  ['百度移动统计', 'baidu'], ['百度定位', 'baidu'], ['Baidu', 'baidu'],
  // Umeng+
  ['友盟', 'umeng'], ['友盟+', 'umeng'], ['友盟同欣', 'umeng'], ['CNZZ', 'umeng'], ['Umeng', 'umeng'],
  // JIGUANG / Getui / MobTech / push
  ['极光', 'jiguang', 'ctx'], ['极光推送', 'jiguang'], ['极光认证', 'jiguang'], ['极光统计', 'jiguang'], ['JPush', 'jiguang'],
  ['JVerification', 'jiguang'], ['和讯华谷', 'jiguang'],
  ['个推', 'getui'], ['每日互动', 'getui'], ['个推推送', 'getui'], ['Getui', 'getui'],
  ['MobTech', 'mobtech'], ['袤博', 'mobtech'], ['ShareSDK', 'mobtech'], ['MobPush', 'mobtech'], ['SMSSDK', 'mobtech'], ['MobLink', 'mobtech'],
  // Handset makers' push and analytics
  ['小米', 'xiaomi', 'ctx'], ['小米推送', 'xiaomi'], ['MiPush', 'xiaomi'], ['华为', 'huawei'], ['华为推送', 'huawei'], ['HMS Core', 'huawei'],
  ['华为移动服务', 'huawei'], ['OPPO推送', 'oppo'], ['vivo推送', 'vivo'], ['魅族推送', 'meizu'],
  ['三星', 'samsung', 'ctx'], ['三星推送', 'samsung'],
  // Game licensors that Chinese operators share players' data with (NetEase's Blizzard titles)
  ['暴雪', 'activision_blizzard', 'ctx'], ['暴雪娱乐', 'activision_blizzard'],
  // Platforms
  ['新浪微博', 'sina'], ['微博', 'sina'], ['新浪', 'sina'], ['Weibo', 'sina'], ['快手', 'kuaishou'], ['快手联盟', 'kuaishou'],
  ['磁力引擎', 'kuaishou'], ['Kuaishou', 'kuaishou'], ['网易', 'netease'], ['网易云信', 'netease'], ['网易易盾', 'netease'],
  ['奇虎360', 'qihoo_360_technology'], ['360安全', 'qihoo_360_technology'], ['京东', 'jing_dong'], ['京东联盟', 'jing_dong'], ['美团', 'meituan'], ['KeeTa', 'meituan'], ['环联', 'neustar'],
  ['小红书', 'xiaohongshu'], ['携程', 'trip_com'], ['携程旅行', 'trip_com'], ['拼多多', 'pinduoduo'], ['多多进宝', 'pinduoduo'], ['上海寻梦信息技术有限公司', 'pinduoduo'], ['哔哩哔哩', 'bilibili'], ['汇量科技', 'mobvista'], ['Mintegral', 'mobvista'],
  // Independent analytics vendors
  ['神策', 'sensors_data'], ['神策数据', 'sensors_data'], ['神策分析', 'sensors_data'], ['Sensors Data', 'sensors_data'],
  ['秒针', 'miaozhen'], ['秒针系统', 'miaozhen'], ['搜狐', 'sohu'], ['SendCloud', 'sohu'], ['360加固保', 'qihoo_360_technology'],
  ['GrowingIO', 'growingio'], ['TalkingData', 'talkingdata'], ['诸葛io', 'zhuge'],
  ['科大讯飞', 'iflytek'], ['讯飞', 'iflytek'], ['闪验', 'chuanglan'], ['创蓝', 'chuanglan'],
  ['中国移动', 'china_mobile'], ['中国联通', 'china_unicom'], ['中国电信', 'china_telecom'],
  // The carriers' one-click login services and the group companies their SDK terms name
  ['中移互联网', 'china_mobile'], ['中国移动通信集团', 'china_mobile'], ['中国联合网络通信集团', 'china_unicom'],
  ['联通在线', 'china_unicom'], ['中国电信集团', 'china_telecom'], ['天翼', 'china_telecom'],
  // Their one-tap log-in SDKs as SDK tables write them (bare 移动 is the word "mobile": not an alias)
  ['电信SDK', 'china_telecom'], ['联通SDK', 'china_unicom'], ['移动认证', 'china_mobile'], ['联通认证', 'china_unicom'],
  // Legal entities of the SDK vendors, as Chinese SDK lists write them
  ['上海游昆信息技术有限公司', 'mobtech'], ['游昆', 'mobtech'], ['北京腾云天下科技有限公司', 'talkingdata'], ['腾云天下', 'talkingdata'],
  ['北京微播视界科技有限公司', 'bytedance_inc'], ['微播视界', 'bytedance_inc'], ['北京字节跳动', 'bytedance_inc'],
  ['北京微梦创科网络技术有限公司', 'sina'], ['微梦创科', 'sina'], ['北京三快在线科技有限公司', 'meituan'], ['三快在线', 'meituan'],
  ['维沃移动通信有限公司', 'vivo'], ['维沃', 'vivo'], ['广东欧珀移动通信有限公司', 'oppo'], ['欧珀', 'oppo'],
  ['北京小米移动软件有限公司', 'xiaomi'], ['小米科技', 'xiaomi'], ['华为技术有限公司', 'huawei'], ['华为软件技术有限公司', 'huawei'],
  ['北京奇虎科技有限公司', 'qihoo_360_technology'], ['奇虎', 'qihoo_360_technology'], ['北京易数科技有限公司', 'growingio'],
  ['神策网络科技（北京）有限公司', 'sensors_data'], ['上海璟梦信息科技有限公司', 'chuanglan'], ['璟梦', 'chuanglan'],
  ['蚂蚁科技', 'alibaba'], ['蚂蚁基金', 'alibaba'], ['菜鸟', 'alibaba'], ['优酷', 'youku'], ['上海幻电信息科技有限公司', 'bilibili'], ['幻电', 'bilibili'],
  ['每日互动股份有限公司', 'getui'], ['浙江每日互动网络科技股份有限公司', 'getui'],
  ['飞书', 'bytedance_inc'], ['小爱同学', 'xiaomi'], ['北京爱奇艺科技有限公司', 'baidu'],
  // iQIYI is Baidu's (TrackerDB files its pattern under baidu); 小度 is Baidu's voice assistant; LINE's products (a bare "LINE" is
  // too often an English heading's word).
  ['爱奇艺', 'baidu'], ['愛奇藝', 'baidu'], ['iQIYI', 'baidu'], ['小度', 'baidu', 'ctx'], ['LINE Pay', 'line'], ['LINE官方账号', 'line'], ['LINE官方帐号', 'line'], ['LINE Tag', 'line'],
  ['Apple Push Notification service', 'apple'], ['APNs', 'apple', 'cs'],
  ['广东欢太科技有限公司', 'oppo'], ['欢太', 'oppo'], ['北京快手科技有限公司', 'kuaishou'], ['北京快手广告有限公司', 'kuaishou'],
  ['北京达佳互联信息技术有限公司', 'kuaishou'], ['上海宽娱数码科技有限公司', 'bilibili'],
  // Alibaba's workplace app (its SDK and login appear in school and company apps' policies)
  ['钉钉', 'alibaba'], ['DingTalk', 'alibaba'],
];

const CJK = /[\u3000-\u9fff\uf900-\ufaff]/;
/** Display names that are also ordinary words (苹果 = apple, 小米 = millet, 极光 = aurora). */
const AMBIGUOUS_ZH = new Set(['苹果', '小米', '极光', '三星', '暴雪']);

/** Chinese brand and product names as policies write them, in the lexicon's entry shape. */
export const CHINESE_BRAND_ALIASES: readonly BrandAlias[] = ROWS.map(([alias, org, flags]) => {
  const e: BrandAlias = { alias, org, lang: CJK.test(alias) ? 'zh' : 'en' };
  if (flags === 'cs' || flags === 'cs+ctx') e.caseSensitive = true;
  if (flags === 'ctx' || flags === 'cs+ctx') e.requiresContext = true;
  return e;
});

/**
 * Everything this module knows a company is called — brand aliases, display names (en, zh) and legal
 * entity names (en, zh) — one entry per (alias, org), ready for the lexicon. Names shorter than 2 characters
 * or equal to a generic word are the lexicon's business (it keeps its own rules); none is produced here.
 */
export function lexiconAliases(): BrandAlias[] {
  const out: BrandAlias[] = [];
  const seen = new Set<string>();
  const add = (alias: string, org: string, extra: Partial<BrandAlias> = {}) => {
    const k = `${alias.toLowerCase()}\u0000${org}`;
    if (alias.length < 2 || seen.has(k)) return;
    seen.add(k);
    out.push({ alias, org, lang: CJK.test(alias) ? 'zh' : 'en', ...extra });
  };
  for (const a of CHINESE_BRAND_ALIASES) {
    const { alias, org, ...extra } = a;
    add(alias, org, extra);
  }
  for (const [org, n] of Object.entries(ORGANIZATION_NAMES)) {
    for (const name of [n.zh, n.en, n.legal?.zh, n.legal?.en]) {
      if (!name) continue;
      if (CJK.test(name)) add(name, org, AMBIGUOUS_ZH.has(name) ? { requiresContext: true } : {});
      // Latin names keep their capitalisation; a one-word brand ("Meta", "Apple") also needs a data context.
      else add(name, org, /\s/.test(name) ? { caseSensitive: true } : { caseSensitive: true, requiresContext: true });
    }
  }
  return out;
}
