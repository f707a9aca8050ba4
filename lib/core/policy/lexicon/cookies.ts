/**
 * Cookie names a vendor's own documentation says its tag sets, → the TrackerDB organization and the
 * category of the product that sets it. Cookie tables (common in EU policies) often list "_ga", "_fbp"
 * or "AWSALB" without the company's name: that row discloses the product as surely as its name would.
 * DATA, validated by cookies.test.ts (every org exists in TrackerDB, every row has its source).
 *
 * Only names that are unmistakable as written: exact, case-sensitive, with the vendor's prefix or
 * spelling ("_gcl_au", not "IDE" or "fr", which are words elsewhere). Names with a per-site suffix
 * ("_ga_<container>", "intercom-session-<app>") are left out: the matcher wants whole words.
 */
import type { CategoryKey } from '../../types.ts';

export interface CookieRow {
  cookie: string;
  org: string;
  category: CategoryKey;
  /** What the reader is told the cookie belongs to, e.g. "Google Analytics". */
  product: string;
  source: string;
}

const GA = 'https://developers.google.com/analytics/resources/concepts/gaConceptsCookies';
const GOOGLE_ADS = 'https://business.safety.google/adscookies/';
const META = 'https://www.facebook.com/privacy/policies/cookies/';
const AWS = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html';
const SEGMENT = 'https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/identity/';
const HOTJAR = 'https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code';
const HUBSPOT = 'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser';
const CLARITY = 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list';
const UET = 'https://help.ads.microsoft.com/#apex/ads/en/56960/2';
const LINKEDIN = 'https://www.linkedin.com/legal/l/cookie-table';
const PINTEREST = 'https://policy.pinterest.com/en/cookies';
const CLOUDFLARE = 'https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/';
const QUANTCAST = 'https://help.quantcast.com/hc/en-us/articles/13814658183707-Quantcast-Measure-Cookies';
const TIKTOK = 'https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel';
const SNAP = 'https://businesshelp.snapchat.com/s/article/pixel-direct-implementation';
const X = 'https://help.x.com/en/rules-and-policies/x-cookies';
const REDDIT = 'https://business.reddithelp.com/s/article/Reddit-Pixel-first-party-cookies';
const ADROLL = 'https://help.adroll.com/hc/en-us/articles/216599538-AdRoll-Cookies';
const MIXPANEL = 'https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript#cookie-configuration';
const OPTIMIZELY = 'https://docs.developers.optimizely.com/experimentation/v4.0.0-full-stack/docs/cookies-and-localstorage';
const CRITEO = 'https://www.criteo.com/privacy/';
const YANDEX_METRICA = 'https://yandex.com/support/metrica/general/cookie-usage.html';
const SHOPIFY = 'https://www.shopify.com/legal/cookies';

type Compact = [cookie: string, org: string, category: CategoryKey, product: string, source: string];

const ROWS: Compact[] = [
  ['_ga', 'google', 'site_analytics', 'Google Analytics', GA], ['_gid', 'google', 'site_analytics', 'Google Analytics', GA],
  ['_gat', 'google', 'site_analytics', 'Google Analytics', GA], ['__utma', 'google', 'site_analytics', 'Google Analytics', GA],
  ['__utmb', 'google', 'site_analytics', 'Google Analytics', GA], ['__utmc', 'google', 'site_analytics', 'Google Analytics', GA],
  ['__utmt', 'google', 'site_analytics', 'Google Analytics', GA], ['__utmz', 'google', 'site_analytics', 'Google Analytics', GA],
  ['__utmv', 'google', 'site_analytics', 'Google Analytics', GA], ['_gat_gtag', 'google', 'site_analytics', 'Google Analytics', GA],
  ['_gcl_au', 'google', 'advertising', 'Google Ads', GOOGLE_ADS], ['_gcl_aw', 'google', 'advertising', 'Google Ads', GOOGLE_ADS],
  ['_gcl_dc', 'google', 'advertising', 'Google Ads', GOOGLE_ADS], ['__gads', 'google', 'advertising', 'Google Ad Manager', GOOGLE_ADS],
  ['__gpi', 'google', 'advertising', 'Google Ad Manager', GOOGLE_ADS], ['test_cookie', 'google', 'advertising', 'DoubleClick', GOOGLE_ADS],
  ['_fbp', 'facebook', 'advertising', 'Meta Pixel', META], ['_fbc', 'facebook', 'advertising', 'Meta Pixel', META],
  ['AWSALB', 'amazon_associates', 'hosting', 'Amazon Web Services', AWS], ['AWSALBCORS', 'amazon_associates', 'hosting', 'Amazon Web Services', AWS],
  ['AWSALBTG', 'amazon_associates', 'hosting', 'Amazon Web Services', AWS], ['AWSELB', 'amazon_associates', 'hosting', 'Amazon Web Services', AWS],
  ['ajs_anonymous_id', 'twilio', 'site_analytics', 'Segment', SEGMENT], ['ajs_user_id', 'twilio', 'site_analytics', 'Segment', SEGMENT],
  ['ajs_group_id', 'twilio', 'site_analytics', 'Segment', SEGMENT],
  ['_hjid', 'hotjar', 'site_analytics', 'Hotjar', HOTJAR], ['_hjIncludedInSample', 'hotjar', 'site_analytics', 'Hotjar', HOTJAR],
  ['_hjAbsoluteSessionInProgress', 'hotjar', 'site_analytics', 'Hotjar', HOTJAR], ['_hjFirstSeen', 'hotjar', 'site_analytics', 'Hotjar', HOTJAR],
  ['_hjSession', 'hotjar', 'site_analytics', 'Hotjar', HOTJAR], ['_hjSessionUser', 'hotjar', 'site_analytics', 'Hotjar', HOTJAR],
  ['hubspotutk', 'hubspot', 'site_analytics', 'HubSpot', HUBSPOT], ['__hstc', 'hubspot', 'site_analytics', 'HubSpot', HUBSPOT],
  ['__hssc', 'hubspot', 'site_analytics', 'HubSpot', HUBSPOT], ['__hssrc', 'hubspot', 'site_analytics', 'HubSpot', HUBSPOT],
  ['_clck', 'microsoft', 'site_analytics', 'Microsoft Clarity', CLARITY], ['_clsk', 'microsoft', 'site_analytics', 'Microsoft Clarity', CLARITY],
  ['_uetsid', 'microsoft', 'advertising', 'Microsoft Advertising', UET], ['_uetvid', 'microsoft', 'advertising', 'Microsoft Advertising', UET],
  ['bcookie', 'microsoft', 'advertising', 'LinkedIn', LINKEDIN], ['li_sugr', 'microsoft', 'advertising', 'LinkedIn', LINKEDIN],
  ['UserMatchHistory', 'microsoft', 'advertising', 'LinkedIn', LINKEDIN], ['AnalyticsSyncHistory', 'microsoft', 'advertising', 'LinkedIn', LINKEDIN],
  ['_pin_unauth', 'pinterest', 'advertising', 'Pinterest Tag', PINTEREST], ['_pinterest_ct_ua', 'pinterest', 'advertising', 'Pinterest Tag', PINTEREST],
  ['_derived_epik', 'pinterest', 'advertising', 'Pinterest Tag', PINTEREST], ['_epik', 'pinterest', 'advertising', 'Pinterest Tag', PINTEREST],
  ['__cf_bm', 'cloudflare', 'hosting', 'Cloudflare', CLOUDFLARE], ['_cfuvid', 'cloudflare', 'hosting', 'Cloudflare', CLOUDFLARE],
  ['cf_clearance', 'cloudflare', 'hosting', 'Cloudflare', CLOUDFLARE],
  ['__qca', 'quantcast', 'advertising', 'Quantcast', QUANTCAST],
  ['_ttp', 'bytedance_inc', 'advertising', 'TikTok Pixel', TIKTOK], ['_tt_enable_cookie', 'bytedance_inc', 'advertising', 'TikTok Pixel', TIKTOK],
  ['_scid', 'snap_technologies', 'advertising', 'Snap Pixel', SNAP],
  ['personalization_id', 'twitter', 'advertising', 'X (Twitter)', X], ['guest_id', 'twitter', 'advertising', 'X (Twitter)', X],
  ['_rdt_uuid', 'reddit', 'advertising', 'Reddit Pixel', REDDIT],
  ['__adroll', 'adroll', 'advertising', 'AdRoll', ADROLL], ['__adroll_fpc', 'adroll', 'advertising', 'AdRoll', ADROLL], ['__ar_v4', 'adroll', 'advertising', 'AdRoll', ADROLL],
  ['mp_optout', 'mixpanel', 'site_analytics', 'Mixpanel', MIXPANEL],
  ['optimizelyEndUserId', 'optimizely', 'site_analytics', 'Optimizely', OPTIMIZELY],
  ['cto_bundle', 'criteo', 'advertising', 'Criteo', CRITEO],
  ['_ym_uid', 'yandex', 'site_analytics', 'Yandex Metrica', YANDEX_METRICA], ['_ym_d', 'yandex', 'site_analytics', 'Yandex Metrica', YANDEX_METRICA],
  ['_shopify_y', 'shopify', 'site_analytics', 'Shopify Analytics', SHOPIFY], ['_shopify_s', 'shopify', 'site_analytics', 'Shopify Analytics', SHOPIFY],
];

export const COOKIE_ROWS: readonly CookieRow[] = ROWS.map(([cookie, org, category, product, source]) => ({ cookie, org, category, product, source }));
