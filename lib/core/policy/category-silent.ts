/**
 * Lines the category reader reads no tracking from (39th session, split from categories.ts): lines that say there is none
 * of a kind ("Marketing cookies: none.", "We do not have any.", 信息流中标有“广告”字样…), and lines that say what a tracker
 * is for in other words than a kind's purpose (a record's purpose field, a kit named for its function, a security check, a
 * sentence about the SDK list) — so the "tracking without a stated purpose discloses both kinds" reading does not apply.
 */
import { SECURITY_PURPOSE } from './category-cues.ts';

/**
 * "营销 Cookie（默认关闭）：本网站目前未使用任何营销 Cookie", "Advertising cookies: we do not use any": a field whose value denies its
 * title — unless the value goes on to an exception. Chinese only: no English shape was seen on development.
 */
const FIELD_DENIED = /^[^:：]{1,40}[:：]\s*(?:(?:本网站|本站|我们|本应用|本平台|本公司)(?:目前|暂|尚)?(?:未|不|没有|并未|从未)(?:使用|设置|启用|放置|部署|接入))(?![^。]*(?:但|除))/;
/** "信息流中标有“广告”字样的内容由广告主付费推广": what the ad label means, with nothing said of data. */
const AD_LABEL_ONLY = /(?:标有|标注|标明|标记|带有|显示)[「“"'『]?(?:广告|推广|赞助)[」”"'』]?(?:字样|标识|标签|角标)|[「“"'『](?:广告|推广|赞助)[」”"'』](?:字样|标识|标签|角标)/;
// "商业推广信息", "广告信息" are the ads themselves, not data about the reader.
const DATA_WORD = /(?<!推广|商业|广告)信息(?!流)|数据|资料|Cookie|设备|浏览|追踪|跟踪|收集|获取/i;
const adLabelOnly = (text: string): boolean => AD_LABEL_ONLY.test(text) && !DATA_WORD.test(text);

/** "Advertising partners" over "We do not have any.": a whole sentence that says there are none of what its title names. */
const NONE_AT_ALL = /^\s*(?:we (?:do not|don['’]t) (?:have|use|work with) any(?: such| of (?:these|them))?|(?:there are )?none(?: at all)?|not applicable|我们(?:目前)?没有(?:任何)?(?:此类|这类)?(?:合作伙伴|合作方)?|(?:暂)?无)\s*[.。]?\s*$/i;
/** "Marketing cookies: none.", "Third-party advertising: Not used", "广告Cookie：无": a field whose value says there are none. */
const NONE_FIELD = /^[^:：]{1,40}[:：]\s*(?:none|not used(?: (?:on|in|by) (?:this|our) (?:site|website|app|service|shop|store))?|not applicable|n\/a|no|无|没有|(?:本(?:网)?站|本应用|本平台)?未(?:使用|启用)|不适用)\s*[.。]?\s*$/i;
/** "No third-party tracking scripts, pixels or cookies are used on this website": nothing of the kind is there. */
const NOTHING_USED = /^\s*no\s+(?:[\w-]+,?\s+){0,8}?(?:(?:and|or)\s+[\w-]+\s+)?(?:is|are|will be|shall be|gets?)\s+(?:ever\s+)?(?:used|placed|set|loaded|embedded|installed|deployed|allowed|permitted|shared|sold|disclosed|collected)\b/i;

/** A whole line that says there is none of what it, or its title, names. */
export const saysThereAreNone = (text: string): boolean =>
  NOTHING_USED.test(text) || NONE_FIELD.test(text) || FIELD_DENIED.test(text) || adLabelOnly(text) || NONE_AT_ALL.test(text);

/**
 * "第三方推送SDK向您发送订单状态", "第三方地图SDK，用于为您显示门店位置", "支付SDK——第三方支付机构", "a payment provider's SDK": a kit
 * named for a function says what it is for, as a stated purpose does — not tracking of unstated purpose.
 */
const FUNCTIONAL_KIT = /(?:消息推送|推送|地图|定位|支付|分享|一键登录|登录|客服|云存储|短信|验证码|语音识别|扫码|音视频|即时通讯|实名认证|[\u4e00-\u9fff]{0,4}识别|图像处理|图片处理|美颜|滤镜|特效|翻译)\s*(?:SDK|服务商|服务提供商|机构|组件|插件)|\b(?:push(?:[- ]notification)?|maps?|location|payments?|login|sign-in|sharing|share|chat|customer[- ]support|captcha|video[- ]call(?:ing)?|OCR|image[- ]processing|(?:card|face|text|speech|voice)[- ]recognition|beauty[- ]filter|translation)\s+(?:SDKs?|kits?|plug-?ins?|components?)\b/i;

/**
 * "以上SDK均由第三方提供，其收集和处理行为遵守其自身的隐私政策", "详见《第三方SDK清单》", "我们会对接入的SDK进行严格的安全检测": a sentence
 * about the list of kits or the site's checks on them — the list's rows say what each kit does, this one does not.
 */
const SDK_META = /(?:以上|上述|上表|下列|下表|前述|该等)(?:的)?(?:第三方)?\s*SDK|SDK\s*(?:名称|清单|列表|目录)|《[^》]*SDK[^》]*》|对[^，。；]{0,12}SDK进行(?:严格的)?(?:安全)?(?:检测|审核|评估|监督|约束|管理)|\b(?:the )?SDKs? (?:listed|named|described) (?:above|below|in (?:the|this|our) (?:table|list))\b/i;

/** The purpose column of a record ("使用目的：…", "用途：…", "Purpose: …"), or a purpose of another kind ("solely to process purchases"). */
const STATED_PURPOSE = /(?:使用目的|共享目的|处理目的|目的|用途)[：:]|SDK[：:]\s*用于|用于实现[^，。；]{0,12}功能|\bpurposes?:|\b(?:solely|exclusively|only) to (?:process|handle|complete|verify|deliver|enable|run|load|send|provide)\b/i;

/** A tracking sentence that says what the tracking is for, in other words than advertising's or analytics'. */
export const statesItsPurpose = (text: string): boolean => STATED_PURPOSE.test(text) || SECURITY_PURPOSE.test(text) || FUNCTIONAL_KIT.test(text) || SDK_META.test(text);

/**
 * "Cookies are small text files that remember things about your visit …", "Third-party cookies are those set by a domain other
 * than ours", "Cookie 是存放在您浏览器中的小型文本文件…": what the technology is, said of cookies in general — not that this site's
 * pages carry anyone's.
 */
const DEFINES_TECHNOLOGY = /^\s*(?:(?:a |the )?(?:cookies?|third[- ]party cookies|first[- ]party cookies|web beacons?|pixels?|pixel tags?|local storage)\s*(?:\([^)]{0,40}\)\s*)?(?:are|is)\s+(?:small|tiny|little|those|short|simple|text|files?|pieces?|data files|a (?:small|tiny|short|text|piece)|an? (?:identifier|file)|(?:set|placed|served) by (?:a |an )?(?:different|other|another) (?:domain|website|site)))|^\s*(?:Cookie|网络信标|像素标签)\s*(?:（[^）]{0,20}）)?\s*是(?:指)?(?:一种|存放|存储|储存|由|您访问|小型|网站)/i;
export const definesTheTechnology = (text: string): boolean => DEFINES_TECHNOLOGY.test(text);
