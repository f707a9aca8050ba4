/**
 * Companies in the reader's language: display names (English, Simplified Chinese) and legal entity names
 * (for data-request letters) by organization key (TrackerDB keys, and the new keys agreed in ORGKEYS for
 * companies TrackerDB lacks). DATA, validated by names.test.ts. Pure.
 *
 * Legal entities are the operating company a Chinese user's request goes to under PIPL (e.g. Tencent's
 * 深圳市腾讯计算机系统有限公司), not the listed holding company; left out where we are not sure.
 */
export interface OrganizationNames {
  en: string;
  zh: string;
  legal?: { en?: string; zh?: string };
}

export const ORGANIZATION_NAMES: Readonly<Record<string, OrganizationNames>> = {
  // International
  google: { en: 'Google', zh: '谷歌', legal: { en: 'Google LLC' } },
  facebook: { en: 'Meta', zh: 'Meta（脸书）', legal: { en: 'Meta Platforms, Inc.' } },
  microsoft: { en: 'Microsoft', zh: '微软', legal: { en: 'Microsoft Corporation', zh: '微软公司' } },
  amazon_associates: { en: 'Amazon', zh: '亚马逊', legal: { en: 'Amazon.com, Inc.' } },
  apple: { en: 'Apple', zh: '苹果', legal: { en: 'Apple Inc.', zh: '苹果公司' } },
  twitter: { en: 'X (Twitter)', zh: 'X（推特）', legal: { en: 'X Corp.' } },
  yahoo: { en: 'Yahoo', zh: '雅虎', legal: { en: 'Yahoo Inc.' } },
  adobe: { en: 'Adobe', zh: 'Adobe', legal: { en: 'Adobe Inc.' } },
  oracle: { en: 'Oracle', zh: '甲骨文', legal: { en: 'Oracle Corporation' } },
  salesforce: { en: 'Salesforce', zh: 'Salesforce', legal: { en: 'Salesforce, Inc.' } },
  yandex: { en: 'Yandex', zh: 'Yandex' },
  criteo: { en: 'Criteo', zh: 'Criteo', legal: { en: 'Criteo SA' } },
  pinterest: { en: 'Pinterest', zh: 'Pinterest', legal: { en: 'Pinterest, Inc.' } },
  hotjar: { en: 'Hotjar', zh: 'Hotjar', legal: { en: 'Hotjar Ltd' } },
  // China — TrackerDB keys
  baidu: { en: 'Baidu', zh: '百度', legal: { en: 'Beijing Baidu Netcom Science and Technology Co., Ltd.', zh: '北京百度网讯科技有限公司' } },
  'qq.com': { en: 'Tencent', zh: '腾讯', legal: { en: 'Shenzhen Tencent Computer Systems Co., Ltd.', zh: '深圳市腾讯计算机系统有限公司' } },
  alibaba: { en: 'Alibaba', zh: '阿里巴巴', legal: { en: 'Alibaba (China) Co., Ltd.', zh: '阿里巴巴（中国）有限公司' } },
  bytedance_inc: { en: 'ByteDance', zh: '字节跳动', legal: { en: 'Beijing ByteDance Technology Co., Ltd.', zh: '北京字节跳动科技有限公司' } },
  umeng: { en: 'Umeng+', zh: '友盟+', legal: { en: 'Umeng Tongxin (Beijing) Technology Co., Ltd.', zh: '友盟同欣（北京）科技有限公司' } },
  netease: { en: 'NetEase', zh: '网易', legal: { en: 'NetEase (Hangzhou) Network Co., Ltd.', zh: '网易（杭州）网络有限公司' } },
  sina: { en: 'Sina Weibo', zh: '新浪微博', legal: { en: 'Beijing Weimeng Chuangke Network Technology Co., Ltd.', zh: '北京微梦创科网络技术有限公司' } },
  qihoo_360_technology: { en: 'Qihoo 360', zh: '奇虎360', legal: { en: 'Beijing Qihoo Technology Co., Ltd.', zh: '北京奇虎科技有限公司' } },
  sensors_data: { en: 'Sensors Data', zh: '神策数据', legal: { en: 'Sensors Network Technology (Beijing) Co., Ltd.', zh: '神策网络科技（北京）有限公司' } },
  mobvista: { en: 'Mobvista', zh: '汇量科技' },
  bilibili: { en: 'Bilibili', zh: '哔哩哔哩' },
  admaster: { en: 'AdMaster', zh: '精硕科技' },
  youku: { en: 'Youku', zh: '优酷' },
  '51.la': { en: '51.La', zh: '51.La' },
  // China — new keys (ORGKEYS)
  jiguang: { en: 'JIGUANG (Aurora Mobile)', zh: '极光', legal: { en: 'Shenzhen Hexun Huagu Information Technology Co., Ltd.', zh: '深圳市和讯华谷信息技术有限公司' } },
  getui: { en: 'Getui', zh: '个推', legal: { en: 'Merit Interactive Co., Ltd.', zh: '每日互动股份有限公司' } },
  kuaishou: { en: 'Kuaishou', zh: '快手', legal: { en: 'Beijing Kuaishou Technology Co., Ltd.', zh: '北京快手科技有限公司' } },
  xiaomi: { en: 'Xiaomi', zh: '小米', legal: { en: 'Xiaomi Inc.', zh: '小米科技有限责任公司' } },
  huawei: { en: 'Huawei', zh: '华为', legal: { en: 'Huawei Device Co., Ltd.', zh: '华为终端有限公司' } },
  oppo: { en: 'OPPO', zh: 'OPPO', legal: { en: 'Guangdong Oppo Mobile Telecommunications Corp., Ltd.', zh: '广东欧珀移动通信有限公司' } },
  vivo: { en: 'vivo', zh: 'vivo', legal: { en: 'vivo Mobile Communication Co., Ltd.', zh: '维沃移动通信有限公司' } },
  meizu: { en: 'Meizu', zh: '魅族' },
  meituan: { en: 'Meituan', zh: '美团', legal: { en: 'Beijing Sankuai Online Technology Co., Ltd.', zh: '北京三快在线科技有限公司' } },
  jing_dong: { en: 'JD.com', zh: '京东', legal: { en: 'Beijing Jingdong Century Trading Co., Ltd.', zh: '北京京东世纪贸易有限公司' } },
  xiaohongshu: { en: 'Xiaohongshu (RED)', zh: '小红书', legal: { en: 'Xingin Information Technology (Shanghai) Co., Ltd.', zh: '行吟信息科技（上海）有限公司' } },
  pinduoduo: { en: 'Pinduoduo', zh: '拼多多' },
  growingio: { en: 'GrowingIO', zh: 'GrowingIO', legal: { en: 'Beijing Yishu Technology Co., Ltd.', zh: '北京易数科技有限公司' } },
  talkingdata: { en: 'TalkingData', zh: 'TalkingData' },
  zhuge: { en: 'Zhuge', zh: '诸葛io' },
  mobtech: { en: 'MobTech', zh: 'MobTech袤博', legal: { en: 'Shanghai Youkun Information Technology Co., Ltd.', zh: '上海游昆信息技术有限公司' } },
  iflytek: { en: 'iFLYTEK', zh: '科大讯飞', legal: { en: 'iFLYTEK Co., Ltd.', zh: '科大讯飞股份有限公司' } },
  chuanglan: { en: 'Chuanglan (Shanyan)', zh: '创蓝' },
  china_mobile: { en: 'China Mobile', zh: '中国移动' },
  china_unicom: { en: 'China Unicom', zh: '中国联通' },
  china_telecom: { en: 'China Telecom', zh: '中国电信' },
};

/** A UI language tag ('zh-CN', 'zh_CN', 'zh', 'en-US' …) → the name language we have. */
export function nameLanguage(lang: string | null | undefined): 'zh' | 'en' {
  return lang && lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * The one way components, reports and letters name a company: our display name in the reader's language
 * when we have one, otherwise the name recorded for it (TrackerDB's name, or the domain of an unknown party).
 */
export function displayName(orgKey: string | null | undefined, fallbackName: string, lang: string | null | undefined): string {
  if (!orgKey || !Object.hasOwn(ORGANIZATION_NAMES, orgKey)) return fallbackName;
  return ORGANIZATION_NAMES[orgKey][nameLanguage(lang)];
}

/** The legal entity to address a letter to, in the letter's language (falls back to the other language). */
export function legalName(orgKey: string | null | undefined, lang: string | null | undefined): string | undefined {
  if (!orgKey || !Object.hasOwn(ORGANIZATION_NAMES, orgKey)) return undefined;
  const legal = ORGANIZATION_NAMES[orgKey].legal;
  if (!legal) return undefined;
  return nameLanguage(lang) === 'zh' ? legal.zh ?? legal.en : legal.en ?? legal.zh;
}
