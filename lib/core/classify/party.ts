/**
 * First/third party decisions. Deliberately strict: two hosts are the same party only when their
 * registrable domains (eTLD+1, ICANN section of the Public Suffix List, private suffixes off) are equal.
 * Same-owner pairs (youtube.com / google.com) are NOT merged here — that is an organization question the
 * tracker database answers, and mixing the two would hide third-party requests from the policy check.
 */
import { getDomain } from 'tldts';
import type { RequestType } from '../types.ts';
import { BoundedCache } from './lru.ts';

const domainCache = new BoundedCache<string, string>(4096);

/**
 * Host of a URL, lower-cased, without port, userinfo or IPv6 brackets; '' when the URL has no host
 * (data:, about:, malformed). Hand-rolled because `new URL()` costs more than the whole tracker lookup
 * and this runs once per request; odd inputs fall back to the WHATWG parser.
 */
export function hostOf(url: string): string {
  const sep = url.indexOf('://');
  if (sep <= 0 || sep > 12) {
    if (url.startsWith('blob:')) return hostOf(url.slice(5));
    return '';
  }
  const start = sep + 3;
  let end = start;
  let simple = true;
  for (; end < url.length; end++) {
    const c = url.charCodeAt(end);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */) break;
    // userinfo, IPv6 literals, percent-escapes and backslashes need the real parser.
    if (c === 64 /* @ */ || c === 91 /* [ */ || c === 37 /* % */ || c === 92 /* \ */) simple = false;
  }
  if (!simple) return slowHost(url);
  let host = url.slice(start, end);
  const colon = host.indexOf(':');
  if (colon !== -1) host = host.slice(0, colon);
  if (host.endsWith('.')) host = host.slice(0, -1);
  // Lower-casing only when needed keeps the common all-lowercase case allocation-free.
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c >= 65 && c <= 90) return host.toLowerCase();
  }
  return host;
}

function slowHost(url: string): string {
  try {
    const h = new URL(url).hostname;
    return h.startsWith('[') ? h.slice(1, -1) : h.replace(/\.$/, '');
  } catch {
    return '';
  }
}

/** Registrable domain (eTLD+1) of a host; the host itself for IPs, localhost and bare suffixes. */
export function registrableDomain(host: string): string {
  if (host === '') return '';
  let d = domainCache.get(host);
  if (d === undefined) {
    d = getDomain(host, { allowPrivateDomains: false, extractHostname: false }) ?? host;
    domainCache.set(host, d);
  }
  return d;
}

/** Forget every cached registrable domain (the bench's cold-cache measure: as after a worker restart). */
export function clearRegistrableDomainCache(): void {
  domainCache.clear();
}

/** Registrable domain of a URL ('' when it has no host). */
export function domainOfUrl(url: string): string {
  return registrableDomain(hostOf(url));
}

/**
 * Third party = different registrable domain than the page. The top-level document is never third
 * party; requests without a host (data:) or pages without one (about:blank) count as first party because
 * nothing left the site.
 */
export function isThirdParty(requestDomain: string, siteDomain: string, type?: RequestType): boolean {
  if (type === 'main_frame') return false;
  if (requestDomain === '' || siteDomain === '') return false;
  return requestDomain !== siteDomain;
}

export interface Party {
  host: string;
  domain: string;
  siteHost: string;
  siteDomain: string;
  thirdParty: boolean;
}

export function partyOf(url: string, pageUrl: string, type?: RequestType): Party {
  const host = hostOf(url);
  const domain = registrableDomain(host);
  const siteHost = hostOf(pageUrl);
  const siteDomain = registrableDomain(siteHost);
  return { host, domain, siteHost, siteDomain, thirdParty: isThirdParty(domain, siteDomain, type) };
}
