/**
 * Did a request carry `Sec-GPC: 1`? Fineprint sets the header itself with the two DNR rules of `gpcRules`
 * (rules.ts), so the answer follows from the settings by the same conditions the rules state — no need to
 * read every request's headers (which took a webRequest listener with `extraHeaders`, docs/performance.md).
 *
 *  - subresources: GPC on, and the initiator is not on an excepted site (excludedInitiatorDomains);
 *  - navigations (main_frame): GPC on, and the destination is not an excepted site (excludedRequestDomains).
 */
import { SUBRESOURCE_TYPES, hostMatches, normaliseDomains } from './rules.ts';

export interface GpcSettings { gpcEnabled: boolean; gpcExceptions: string[] }

const SUBRESOURCE = new Set<string>(SUBRESOURCE_TYPES);

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try { return new URL(url).hostname.toLowerCase(); } catch { return null; }
}

/** A matcher for one settings value (exceptions normalised once, not per request). */
export function gpcSentMatcher(settings: GpcSettings): (type: string, url: string, initiator: string | undefined) => boolean {
  if (!settings.gpcEnabled) return () => false;
  const exceptions = normaliseDomains(settings.gpcExceptions);
  const excepted = (host: string | null) => host !== null && exceptions.some((d) => hostMatches(host, d));
  return (type, url, initiator) => {
    if (type === 'main_frame') return exceptions.length === 0 || !excepted(hostOf(url));
    if (!SUBRESOURCE.has(type)) return false;
    return exceptions.length === 0 || !excepted(hostOf(initiator));
  };
}
