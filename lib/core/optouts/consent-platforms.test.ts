import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONSENT_PLATFORM_NAMES, consentPlatformName } from './consent-platforms';

/** Every rule name autoconsent can report: its JSON rules and the class-based ones (lib/cmps/*.ts `name = '…'`). */
function autoconsentRuleNames(): string[] {
  const rules = JSON.parse(readFileSync('node_modules/@duckduckgo/autoconsent/rules/rules.json', 'utf8')).autoconsent as { name: string }[];
  const classes = ['Admiral', 'consentmanager.net', 'Conversant', 'Cybotcookiebot', 'Evidon', 'Klaro', 'Onetrust', 'Sourcepoint-frame', 'tiktok.com', 'TrustArc-top', 'tumblr-com', 'Uniconsent'];
  return [...rules.map((r) => r.name), ...classes];
}

describe('consentPlatformName', () => {
  it('names the platforms people know by their product name', () => {
    expect(consentPlatformName('Onetrust')).toBe('OneTrust');
    expect(consentPlatformName('Cybotcookiebot')).toBe('Cookiebot');
    expect(consentPlatformName('Sourcepoint-frame')).toBe('Sourcepoint');
    expect(consentPlatformName('TrustArc-top')).toBe('TrustArc');
    expect(consentPlatformName('usercentrics-button')).toBe('Usercentrics');
    expect(consentPlatformName('didomi')).toBe('Didomi');
  });

  it('reads other rule names: variant suffixes dropped, version numbers dropped, words spaced', () => {
    expect(consentPlatformName('Complianz banner')).toBe('Complianz');
    expect(consentPlatformName('Complianz opt-out')).toBe('Complianz');
    expect(consentPlatformName('cookieconsent9')).toBe('Cookieconsent');
    expect(consentPlatformName('krown-cookie-banner')).toBe('Krown cookie');
    expect(consentPlatformName('amazon.com')).toBe('amazon.com');
  });

  it('names no platform for heuristic matches, rules generated for one site and empty names', () => {
    for (const rule of ['HEURISTIC', 'HEURISTIC-OPTOUT', 'auto_DE_example.de_x1y', 'auto_GB_shopify.com_0', 'tcf:loaded', '', '  ', null, undefined]) {
      expect(consentPlatformName(rule)).toBeNull();
    }
  });

  it('turns every rule autoconsent ships into a name without rule-id debris, or into none', () => {
    const names = autoconsentRuleNames();
    expect(names.length).toBeGreaterThan(500);
    const products = new Set(Object.values(CONSENT_PLATFORM_NAMES));
    const debris = names.map((n) => [n, consentPlatformName(n)] as const)
      .filter(([, shown]) => shown !== null && !products.has(shown) && (/_/.test(shown) || /[\s-](?:banner|frame|top|api|button|cmp|popup|modal|notice|deny)$/i.test(shown)));
    expect(debris).toEqual([]);
    // The map only lists rules autoconsent can actually report (lower-cased), so no entry is dead weight.
    const known = new Set(names.map((n) => n.toLowerCase()));
    expect(Object.keys(CONSENT_PLATFORM_NAMES).filter((k) => !known.has(k) && !known.has(`${k} banner`))).toEqual([]);
  });
});
