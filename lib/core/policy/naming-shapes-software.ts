/**
 * Shapes where a company receives nothing from the reader, from the twenty-seventh session's development rounds (software,
 * games and business tools; regional markets; Chinese mini programs and finance, health and education apps): a version
 * that no longer sends to it, a vendor the site had delete its data, the identity providers enterprise customers sign in
 * with, ways to pay, an award, the companies the author was formed from, "unlike X, we …", a company's settings page, the
 * product the policy is written for, the host app's browser engine; impersonation warnings, news incidents, cited studies
 * and "an alternative to X" (34th session). Each reads only the words next to the name, so the
 * other companies of the sentence keep their standing.
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

/** "网易有道词典App（以下简称“本产品”）": the product the policy is written for, by its maker's name. */
const ZH_OWN_PRODUCT_AFTER = /^[^，。；]{0,16}?[（(]以下(?:简称|称)[“"「]?本/;
/** "页面由微信内置的腾讯X5浏览器内核渲染": the engine of the app the reader opened the page in. */
const ZH_BROWSER_ENGINE = { before: /(?:内置|自带)的\s*$/, after: /^[^，。；]{0,8}?浏览器内核/ };

/** "Credit cards (Visa, JCB), PayPay, Rakuten Pay and cash on delivery are available": the ways the reader may pay. */
const PAYMENT_LIST_AFTER = /^[^.;]{0,100}\b(?:are|is) (?:available|accepted)\b/i;
const PAYMENT_WORDS = /\b(?:pay(?:ment)?s?|credit cards?|cash on delivery|wallets?|bank transfer)\b/i;
/** "Our shop received the Rakuten Shop of the Year 2023 award": an award the site won. */
const AWARD = { before: /\b(?:received|won|was awarded|were awarded|was named|were named|took home)\s+(?:the\s+|an?\s+)?$/i, after: /^[^.;]{0,50}\b(?:award|prize|of the year)\b/i };
/** "LY Corporation, formed … through the merger of LINE Corporation, Yahoo Japan Corporation and …": the author's own past. */
const MERGED_INTO_AUTHOR_BEFORE = /\b(?:formed|created|established|born)\b[^.;]{0,50}\b(?:merger|combination|integration|consolidation) of\s+(?:[^.;]{0,100}?(?:,|\band\b)\s*)?$/i;
/** "Unlike portal cafés run on Naver or Daum, our community …": a comparison that says what the site does not do. */
const UNLIKE = { before: /(?:^|[.;]\s*)unlike\s+[^,.;]{0,60}$/i, after: /^[^.;]{0,40},\s*(?:we|our|us|this)\b/i };

/** "emails that look like they are from PayPal": an impersonation warning (34th session). */
const LOOKS_FROM_BEFORE = /\b(?:look|looks|looking|seem|seems|appear|appears|pretend|pretends|claim|claims)(?: like| to be)? (?:they(?:'re| are)?|it(?:'s| is)?|to)? ?(?:are |is |come |came )?from\s+(?:[\w&.'’-]+,?\s+(?:or\s+|and\s+)?){0,2}$/i;
/** "the Facebook–Cambridge Analytica incident", "the LinkedIn data breach": an event in the news. */
const INCIDENT_AFTER = /^[–—-][A-Z][\w.'’ ]{1,30}?\s+(?:incident|scandal|affair|revelations?|case|breach)\b|^\s+(?:data\s+)?(?:breach|leak|scandal|incident|revelations?)\b/;
/** "A 2024 Ipsos survey found …", "comScore's audience report, … quoted for context only": a study cited, not a recipient. */
const STUDY_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:survey|study|poll|research|report|ratings|panel)\b[^.;]{0,60}?\b(?:found|finds|show|shows|showed|suggests?|suggested|reported|concluded|quoted|for context)\b/i;
/** "Our platform is an alternative to Shopify and Squarespace": what the site competes with. */
const ALTERNATIVE_TO_BEFORE = /\balternatives? (?:to|for)\s+(?:[\w&.'’-]+\s+(?:and|or)\s+|[\w&.'’-]+,\s+){0,3}$/i;

export function softwareSectionRejection(before: string, after: string, sendsTo: boolean): NamingRejection | null {
  if (PAYMENT_LIST_AFTER.test(after) && PAYMENT_WORDS.test(before + after) && !sendsTo && !/\b(?:process|receiv|handl)/i.test(before + after)) return 'example-of-user-provider';
  if (AWARD.before.test(before.slice(-40)) && AWARD.after.test(after)) return 'citation';
  if (!sendsTo && (LOOKS_FROM_BEFORE.test(before.slice(-80)) || INCIDENT_AFTER.test(after) || STUDY_AFTER.test(after))) return 'citation';
  if (ALTERNATIVE_TO_BEFORE.test(before.slice(-80)) && !sendsTo) return 'comparison';
  if (MERGED_INTO_AUTHOR_BEFORE.test(before.slice(-200))) return 'corporate-family';
  if (UNLIKE.before.test(before.slice(-80)) && UNLIKE.after.test(after)) return 'comparison';
  if (UNTIL_VERSION_BEFORE.test(before) || (HAD_DELETE.before.test(before.slice(-20)) && HAD_DELETE.after.test(after))) return 'former';
  if (SSO_WITH_BEFORE.test(before.slice(-240)) && !sendsTo) return 'data-source';
  if (ZH_PAYMENT_OPTIONS.before.test(before.slice(-24)) && ZH_PAYMENT_OPTIONS.after.test(after) && !sendsTo) return 'example-of-user-provider';
  if (ZH_SETTINGS_PAGE_AFTER.test(after)) return 'help-or-opt-out';
  if (ZH_OWN_PRODUCT_AFTER.test(after) && !sendsTo) return 'corporate-family';
  if (ZH_BROWSER_ENGINE.before.test(before.slice(-8)) && ZH_BROWSER_ENGINE.after.test(after) && !sendsTo) return 'platform-brand';
  return null;
}
