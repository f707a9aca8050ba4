/**
 * The cookie banner's platform by the name people know it by. autoconsent reports the name of the RULE that
 * matched ("Cybotcookiebot", "Sourcepoint-frame", "Complianz banner", "auto_DE_example.de_x1y") — an
 * internal identifier. This maps the rules of the platforms people meet most to their product name, and
 * reads any other rule name as well as it can: suffixes that only tell rules of one platform apart are
 * dropped, and rules that autoconsent generated for one site, or that matched by heuristics, name no
 * platform at all (null: the popup then says "a cookie banner"). Pure data + one function.
 */

/** Rule name (lower case) → product name. Brand spelling as the vendors write it. */
export const CONSENT_PLATFORM_NAMES: Readonly<Record<string, string>> = {
  onetrust: 'OneTrust',
  complianz: 'Complianz',
  cybotcookiebot: 'Cookiebot',
  'sourcepoint-frame': 'Sourcepoint',
  'trustarc-top': 'TrustArc',
  'trustarc-newcm': 'TrustArc',
  'consentmanager.net': 'consentmanager',
  'consentmanager-ncmp': 'consentmanager',
  'usercentrics-api': 'Usercentrics',
  'usercentrics-button': 'Usercentrics',
  didomi: 'Didomi',
  quantcast: 'Quantcast Choice',
  inmobi: 'InMobi Choice',
  'funding-choices': 'Google Funding Choices',
  'google-consent-standalone': 'Google',
  axeptio: 'Axeptio',
  borlabs: 'Borlabs Cookie',
  cookieyes: 'CookieYes',
  'cookie-law-info': 'CookieYes',
  iubenda: 'iubenda',
  osano: 'Osano',
  termly: 'Termly',
  ketch: 'Ketch',
  transcend: 'Transcend',
  fides: 'Fides',
  klaro: 'Klaro',
  cookiehub: 'CookieHub',
  'cookiefirst.com': 'CookieFirst',
  'cookie-script': 'Cookie-Script',
  cookieconsent2: 'Cookie Consent',
  cookieconsent3: 'Cookie Consent',
  'tarteaucitron.js': 'tarteaucitron',
  'tarteaucitron deny': 'tarteaucitron',
  evidon: 'Evidon',
  admiral: 'Admiral',
  uniconsent: 'UniConsent',
  conversant: 'Conversant',
  sibbo: 'Sibbo',
  pubtech: 'Pubtech',
  gravito: 'Gravito',
  ezoic: 'Ezoic',
  tealium: 'Tealium',
  ensighten: 'Ensighten',
  moove: 'Moove GDPR Cookie Compliance',
  'real-cookie-banner': 'Real Cookie Banner',
  'cookie information banner': 'Cookie Information',
  sirdata: 'Sirdata',
  appconsent: 'AppConsent',
  'appconsent legacy': 'AppConsent',
  'piano.io': 'Piano',
  consentmo: 'Consentmo',
  pandectes: 'Pandectes',
  'civic-cookie-control': 'Civic Cookie Control',
  'wp dsgvo tools': 'WP DSGVO Tools',
  'wp cookie notice for gdpr': 'WP Cookie Notice for GDPR',
  'eu cookie law': 'EU Cookie Law',
  'uk cookie consent': 'UK Cookie Consent',
  'primebox cookiebar': 'PrimeBox CookieBar',
  'cloudflare-zaraz': 'Cloudflare Zaraz',
  shopify: 'Shopify',
  wix: 'Wix',
  'squarespace-cookie-banner': 'Squarespace',
  hubspot: 'HubSpot',
  webflow: 'Webflow',
  datagrail: 'DataGrail',
  privado: 'Privado',
  truyo: 'Truyo',
};

/** Rule-name endings that tell variants of one platform's rule apart ("Complianz banner", "TrustArc-top"). */
const VARIANT_SUFFIX = /[\s_-]+(?:banner|frame|top|api|button|cmp|popup|modal|notice|categories|opt-?out|opt-?in|deny|legacy|newcm|ncmp|standalone|compact|mobile|desktop|us|eu|element)$/i;

/**
 * The platform's name, or null when the rule names none (a heuristic match, a rule autoconsent generated
 * for one site, an empty name). Never the rule identifier itself when it is obviously one.
 */
export function consentPlatformName(rule: string | null | undefined): string | null {
  const raw = (rule ?? '').trim();
  if (!raw || /^heuristic/i.test(raw) || /^auto_/i.test(raw) || /^tcf:/i.test(raw) || /^test page/i.test(raw)) return null;
  const known = CONSENT_PLATFORM_NAMES[raw.toLowerCase()];
  if (known) return known;
  let name = raw;
  for (let prev = ''; prev !== name;) { prev = name; name = name.replace(VARIANT_SUFFIX, ''); }
  const again = CONSENT_PLATFORM_NAMES[name.toLowerCase()];
  if (again) return again;
  // A rule named after one site's domain ("ebay", "amazon.com") is that site's own banner: say so by its domain.
  if (/\.[a-z]{2,}$/i.test(name)) return name.toLowerCase();
  // "cookie-law-info" → "Cookie law info"; a trailing version number ("cookieconsent2") says nothing to a reader.
  name = name.replace(/(?<=[a-z])\d+$/i, '').replace(/[_-]+/g, ' ').trim();
  if (!name) return null;
  return name === name.toLowerCase() ? name[0].toUpperCase() + name.slice(1) : name;
}
