/**
 * Typed access to the curated opt-out pages (vendor-optouts.json — data, validated by its test) and the
 * site's own opt-out links found in its policy. Pure.
 */
import data from './vendor-optouts.json';
import type { OptOutStatement } from '../types';

export type OptOutLanguage = 'en' | 'zh_CN';
export interface OptOutLink { kind: string; url: string; label: Record<OptOutLanguage, string> }
export interface IndustryOptOut extends OptOutLink { key: string; region: string }

export interface VendorOptOutData {
  version: number;
  organizations: Record<string, { kind: string; url: string; label: Record<OptOutLanguage, string> }[]>;
  industry: { key: string; url: string; region: string; label: Record<OptOutLanguage, string> }[];
}

export const VENDOR_OPTOUTS = data as VendorOptOutData;

/** The organization's own opt-out pages (empty for unknown parties and organizations we have none for). */
export function vendorOptOuts(orgKey: string, source: VendorOptOutData = VENDOR_OPTOUTS): OptOutLink[] {
  return Object.hasOwn(source.organizations, orgKey) ? source.organizations[orgKey] : [];
}

/** Industry-wide tools (NAI, DAA, YourOnlineChoices): offered for advertising companies. */
export function industryOptOuts(source: VendorOptOutData = VENDOR_OPTOUTS): IndustryOptOut[] {
  return source.industry.map((i) => ({ kind: 'industry', ...i }));
}

/** Only web links a person can open: http(s) URLs (a policy could contain javascript: or data: links). */
export function isOpenableUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The site's own opt-out links (Do Not Sell or Share, Your Privacy Choices, cookie settings), one per URL. */
export function siteOptOutLinks(statements: OptOutStatement[]): (OptOutStatement & { url: string })[] {
  const seen = new Set<string>();
  const order: OptOutStatement['kind'][] = ['do-not-sell', 'privacy-choices', 'cookie-settings', 'vendor-opt-out', 'in-app', 'other', 'email'];
  return statements
    .filter((s): s is OptOutStatement & { url: string } => isOpenableUrl(s.url))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
    .filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
}
