/**
 * Shapes of software, game and business-tool policies where a company receives nothing from the reader (twenty-seventh
 * session, the development round on desktop apps, games and SaaS): a version that no longer sends to it, a vendor the
 * site had delete its data, the identity providers enterprise customers sign in with, ways to pay and help pages in
 * Chinese. Each reads only the words next to the name, so the other companies of the sentence keep their standing.
 * Asked by naming-shapes.ts shapeRejection.
 */
import type { NamingRejection } from './naming.ts';

/** "Until version 3.2 the app sent usage events to Mixpanel": what an earlier version did, in the past tense. */
const UNTIL_VERSION_BEFORE = /^\s*(?:until|before|up to|prior to)\s+(?:(?:app |client )?(?:version|release|build)\s+v?\d[\w.]*|v\d[\w.]*|(?:early |mid-|late )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d)\b,?\s+(?:[\w-]+\s+){1,3}?(?:sent|shared|passed|reported|forwarded|transmitted|uploaded|used|relied on|worked with|integrated)\b[^.;]{0,80}$/i;
/** "we had Mixpanel delete the historical data": a former vendor asked to erase what it held. */
const HAD_DELETE = { before: /\b(?:had|asked|instructed|required|told)\s+$/i, after: /^\s+(?:to\s+)?(?:delete|erase|purge|destroy|remove)\b/i };
/**
 * "single sign-on with identity providers such as Okta, Microsoft Entra ID …": the customer's own identity provider
 * signs its users in, a source of data to the site.
 */
const SSO_WITH_BEFORE = /\b(?:single sign-on|SSO|SAML(?: 2\.0)?|OIDC|OpenID Connect)\b[^.;]{0,60}?\b(?:with|using|via|through|from)\s+(?:(?:your|an?|the)\s+)?(?:(?:own\s+)?identity providers?(?:\s*\(IdPs?\))?,?\s*(?:such as|like|including|e\.g\.,?)\s+)(?:[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3}(?:\s*\([^()]{0,60}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$/i;
/** "支持信用卡、PayPal、本地电子钱包等多种支付方式": the ways the reader may pay. */
const ZH_PAYMENT_OPTIONS = { before: /(?:支持|可(?:以)?(?:使用|选择)|接受)[^，。；]{0,20}$/, after: /^[^，。；]{0,30}?等(?:多种|[一二三四五六七八九十\d]+种)?(?:支付|付款)方式/ };
/** "Google广告设置：https://adssettings.google.com": the company's own settings page, for the reader to use. */
const ZH_SETTINGS_PAGE_AFTER = /^\s*(?:的)?\s*(?:个性化)?(?:广告(?:设置|偏好|选项|选择)|隐私(?:设置|中心|控制)|退出(?:页面|链接|方式))\s*[：:]\s*(?:https?:|www\.)/;

/** "页面由微信内置的腾讯X5浏览器内核渲染": the engine of the app the reader opened the page in. */
const ZH_BROWSER_ENGINE = { before: /(?:内置|自带)的\s*$/, after: /^[^，。；]{0,8}?浏览器内核/ };

export function softwareSectionRejection(before: string, after: string, sendsTo: boolean): NamingRejection | null {
  if (UNTIL_VERSION_BEFORE.test(before) || (HAD_DELETE.before.test(before.slice(-20)) && HAD_DELETE.after.test(after))) return 'former';
  if (SSO_WITH_BEFORE.test(before.slice(-240)) && !sendsTo) return 'data-source';
  if (ZH_PAYMENT_OPTIONS.before.test(before.slice(-24)) && ZH_PAYMENT_OPTIONS.after.test(after) && !sendsTo) return 'example-of-user-provider';
  if (ZH_SETTINGS_PAGE_AFTER.test(after)) return 'help-or-opt-out';
  if (ZH_BROWSER_ENGINE.before.test(before.slice(-8)) && ZH_BROWSER_ENGINE.after.test(after) && !sendsTo) return 'platform-brand';
  return null;
}
