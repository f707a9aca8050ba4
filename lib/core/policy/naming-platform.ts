/**
 * The reader's own device, operating system, store or identifier named by its maker's brand (moved out of naming.ts, 34th
 * session): "on Samsung and Google Pixel phones", "Apple's AppTrackingTransparency prompt", "downloaded the app from the",
 * "Google Advertising ID", "苹果的TrueDepth相机系统" — a platform, not a company receiving data. Asked by naming.ts judgeNaming.
 */
// Also after other brands of the same list ("on Samsung and Google Pixel phones") and a product line's own name ("Samsung
// Tizen", "Apple iPhones", "the Samsung Apps store").
// Case-sensitive: the words between are brands (capitalised), not "…, which stores a push token".
const PLATFORM_AFTER = /^\s*(?:(?:,|and|or)\s+(?:[A-Z][\w-]*\s+){1,2}?)?(?:[A-Z][\w-]*\s+){0,2}?(?:[Dd]evices?|[Pp]hones?|[Ss]martphones?|[Tt]ablets?|[Cc]omputers?|[Hh]ardware|[Pp]roducts?|[Oo]perating [Ss]ystems?|OS\b|[Pp]latforms? (?:and|or)|[Bb]rowsers?|[Aa]pps? [Ss]tores?|[Ss]tores?|[Ww]atch|TVs?|[Ss]mart (?:TVs?|[Ss]peakers?|[Ww]atches|[Dd]isplays)|Tizen|webOS|One UI|Galaxy|Pixel|iPhones?|iPads?|HarmonyOS|Fire TV)\b/;
/** "Apple's AppTrackingTransparency prompt", "Apple's privacy label", "Apple's and Microsoft's operating-system crash reporters". */
const POSSESSIVE_PLATFORM_AFTER = /^['’]s?\s+(?:and\s+[A-Z][\w-]*['’]s?\s+)?(?:[\w-]+\s+){0,2}?(?:prompt|privacy (?:label|nutrition label)|operating[- ]systems?|app store|App Store)\b/;
const IDENTIFIER_AFTER = /^\s*['’]s\s+(?:App Tracking Transparency|Identifier for Advertis\w*|IDFA|Advertising ID|iCloud Private Relay|Safari|Chrome|Edge|iOS|Android|macOS|Windows)\b|^\s*(?:的\s*)?(?:号码?(?!SDK)|\d*邮箱|Advertising ID|Ad(?:vertising)?\s?ID|IDFA|IDFV|AAID|GAID|OAID|广告(?:标识符|ID)|TrueDepth|相机|摄像头|手机型号|设备(?:型号|标识)|操作系统|系统版本|(?:支付|账号|帐号|账户)信息|account (?:information|details|number|credentials|handles?|names?|user ?names?|URLs?)|handles?(?=\s*(?:$|[,.;:)（(]|(?:and|or|to|in|on|is|are)\b))|(?:user ?name|password|login details))/i;
/** "downloaded the Avis App at the iTunes": where the person got an app, a store, not a recipient. */
const DOWNLOADED_FROM = /\bdownload(?:ed|ing|s)? (?:the |our |this |an? )?(?:[\w'’-]+ ){0,3}?(?:app|application|software)s? (?:from|at|on|via|through)\s+(?:the\s+)?$/i;
// "through your Android or Apple device-based settings": the brand may close a list of platforms ("Android or").
const PLATFORM_BEFORE = /\b(?:[Oo]n|[Ff]or|[Ww]ith|[Uu]sing|[Vv]ia|[Tt]hrough|[Ff]rom|[Ii]n)\s+(?:[Aa]n?\s+|[Yy]our\s+|[Tt]he\s+)?(?:[A-Z][\w-]*\s+(?:or|and)\s+|[A-Z][\w-]*,\s+)*$/;

/** True when the mention between `before` and `after` names the reader's platform (and the sentence sends nothing to it). */
export function readerPlatform(before: string, after: string, sharesToThem: boolean): boolean {
  if ((PLATFORM_AFTER.test(after) && PLATFORM_BEFORE.test(before.slice(-60))) || (POSSESSIVE_PLATFORM_AFTER.test(after) && !sharesToThem)) return true;
  if (DOWNLOADED_FROM.test(before.slice(-60))) return true;
  // "Google Advertising ID", "Apple的IDFA", "苹果的TrueDepth相机系统": an identifier or part of the user's device, i.e. a data
  // type, not a company receiving data.
  return IDENTIFIER_AFTER.test(after);
}
