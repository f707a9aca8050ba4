/**
 * The policy-fetch fence: may Fineprint, with its `<all_urls>` permission, fetch this URL as a site's privacy
 * policy? Pure — the adapter (lib/browser/policy-fetch.ts) asks before every request and again for every
 * redirect hop. A page chooses which links it shows us, so without this a hostile page could make the
 * extension fetch a router's admin page or a local service (around CORS and Private Network Access), or
 * `https://tracker.example/p?uid=123`, and break the promise that the only thing Fineprint downloads is the
 * privacy policy of a site you visited.
 *
 * A URL passes when ALL hold:
 *  - https (http only when the visited page itself is http), the default port, no user:password@;
 *  - a public DNS name: never an IP literal (any spelling — the WHATWG parser, which fetch() uses too,
 *    turns 2130706433, 0x7f.1 and 0177.0.0.1 into 127.0.0.1 before we look), never localhost, a
 *    single-label name or a special-use/local name (.local, .localhost, .internal, .home.arpa …);
 *  - the visited site's registrable domain (www., legal., privacy. … of the site) or — only when the site's
 *    own page links to it, or the site's own server redirected there — a host that serves policies for
 *    it: a policy subdomain (privacy.owner.example), the owner's policy domain (from the tracker
 *    database), or a known consent-platform / policy-generator host (policy-hosts.json);
 *  - no query string that carries an identifier (uid=…, email addresses, long tokens).
 * It works on names as the page gives them: a public name that resolves to a private address is beyond
 * what an extension can check (docs/security.md).
 */
import { parse } from 'tldts';
import POLICY_HOSTS_DATA from './policy-hosts.json';

export interface PolicyHostEntry { domain: string; name: string; kind: 'consent-platform' | 'policy-generator'; example: string }
export const POLICY_HOSTS = (POLICY_HOSTS_DATA as { hosts: PolicyHostEntry[] }).hosts;

export interface FenceContext {
  /** The page the person visited (whose site the policy is for). */
  pageUrl: string;
  /** URLs (or hostnames) the site's own pages link to: off-site policy hosts must be among them. */
  linked?: Iterable<string>;
  /** Registrable domains of the site's owner (its policy and web domains, from the tracker database). */
  ownerDomains?: Iterable<string>;
  /** Extra consent-platform / policy-generator domains (tests); default POLICY_HOSTS. */
  policyHosts?: readonly string[];
}

export type FenceRefusal =
  | 'not-a-url' | 'too-long' | 'scheme' | 'insecure' | 'port' | 'userinfo'
  | 'ip-literal' | 'local-name' | 'off-site' | 'not-linked' | 'identifier-query';

export type FenceDecision = { ok: true; url: string; why: 'same-site' | 'policy-subdomain' | 'owner-domain' | 'policy-host' } | { ok: false; refusal: FenceRefusal; reason: string };

export const MAX_POLICY_URL_LENGTH = 2048;

/** Names that never denote a public site (RFC 6761/6762/8375, and the de-facto intranet suffixes). */
const LOCAL_SUFFIXES = ['localhost', 'local', 'localdomain', 'internal', 'intranet', 'lan', 'home', 'corp', 'private', 'home.arpa', 'arpa'];
/** First labels that say "this host serves the owner's policies" (privacy.owner.example). */
const POLICY_LABELS = new Set(['privacy', 'legal', 'policies', 'policy', 'privacy-policy', 'privacypolicy', 'privacycenter', 'privacy-center', 'privacyportal', 'datenschutz', 'yinsi']);
/** Query parameter names that carry a person's or a click's identity. */
const IDENTIFIER_PARAM = /^(?:_id|uid|uuid|guid|user(?:_?id|name)?|u|cid|client_?id|sid|session(?:_?id)?|ssid|token|auth|access_token|key|api_?key|e|email|mail|phone|tel|visitor(?:_?id)?|vid|device(?:_?id)?|did|idfa|gaid|adid|aid|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|ttclid|twclid|li_fat_id|mc_eid|_ga|_gl|_hs\w*|hsenc|ref_?id|click_?id|tracking_?id|subscriber(?:_?id)?|customer(?:_?id)?|account(?:_?id)?|member(?:_?id)?|hash)$/i;
/** Values that are identifiers whatever their name: e-mail addresses, UUIDs, long hex/base64 tokens, JWTs. */
const IDENTIFIER_VALUE = /@|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^[0-9a-f]{16,}$|^(?=[A-Za-z0-9+/_]*\d)(?=[A-Za-z0-9+/_]*[A-Za-z])[A-Za-z0-9+/_]{20,}={0,2}$|^[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}$/i;

function refuse(refusal: FenceRefusal, reason: string): FenceDecision {
  return { ok: false, refusal, reason };
}

/** Registrable domain with private suffixes on: a.github.io and b.github.io are different sites here. */
function siteOf(host: string): string {
  return parse(host, { allowPrivateDomains: true }).domain ?? host;
}

function under(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

function hostOfLinked(value: string): string | null {
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(value) ? new URL(value).hostname.replace(/\.$/, '') : value.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}

/** What kind of address an IP literal is (for the reason; every IP literal is refused). */
export function ipKind(hostname: string): 'loopback' | 'private' | 'link-local' | 'unspecified' | 'multicast' | 'reserved' | 'shared' | 'public' | null {
  const v4 = hostname.match(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  if (v4) return ipv4Kind(v4.slice(1).map(Number));
  if (!hostname.startsWith('[')) return null;
  const h = hostname.slice(1, -1).toLowerCase();
  const mapped = h.match(/^(?:0*:)*(?:ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/);
  if (/^(?:0*:)*:?0*1$/.test(h) || h === '::1') return 'loopback';
  if (/^(?:0*:)*:?0*$/.test(h) || h === '::') return 'unspecified';
  if (mapped && h.includes('ffff:')) {
    const a = parseInt(mapped[1], 16);
    const b = parseInt(mapped[2], 16);
    return ipv4Kind([a >> 8, a & 255, b >> 8, b & 255]);
  }
  if (/^f[cd]/.test(h)) return 'private';
  if (/^fe[89ab]/.test(h)) return 'link-local';
  if (/^fe[c-f]/.test(h)) return 'private';
  if (h.startsWith('ff')) return 'multicast';
  return 'public';
}

function ipv4Kind([a, b]: number[]): 'loopback' | 'private' | 'link-local' | 'unspecified' | 'multicast' | 'reserved' | 'shared' | 'public' {
  if (a === 127) return 'loopback';
  if (a === 0) return 'unspecified';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 100 && b >= 64 && b <= 127) return 'shared';
  if (a >= 224 && a <= 239) return 'multicast';
  if (a >= 240) return 'reserved';
  return 'public';
}

/** The query parameter that carries an identifier, if any. */
export function identifyingParam(search: URLSearchParams): string | null {
  for (const [name, value] of search) {
    if (IDENTIFIER_PARAM.test(name) || IDENTIFIER_VALUE.test(value)) return name;
  }
  return null;
}

/**
 * May the policy of the site of `ctx.pageUrl` be fetched from `candidate`? `redirectFrom` is set for a
 * redirect hop (the previous URL, itself already inside the fence): the site's own server pointing there
 * counts as the site linking to it.
 */
export function checkPolicyUrl(candidate: string, ctx: FenceContext, redirectFrom?: string): FenceDecision {
  if (typeof candidate !== 'string' || candidate.length > MAX_POLICY_URL_LENGTH) return refuse('too-long', `URL longer than ${MAX_POLICY_URL_LENGTH} characters`);
  let url: URL;
  let page: URL;
  try {
    url = new URL(candidate);
    page = new URL(ctx.pageUrl);
  } catch {
    return refuse('not-a-url', 'not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse('scheme', `${url.protocol} is not https`);
  if (url.protocol === 'http:' && page.protocol !== 'http:') return refuse('insecure', 'http from an https page');
  if (url.port !== '') return refuse('port', `port ${url.port} is not the default`);
  if (url.username !== '' || url.password !== '') return refuse('userinfo', 'user name or password in the URL');
  const kind = ipKind(url.hostname);
  if (kind) return refuse('ip-literal', `${url.hostname} is an IP address (${kind})`);
  const host = url.hostname.replace(/\.$/, '');
  if (!host.includes('.') || LOCAL_SUFFIXES.some((s) => under(host, s))) return refuse('local-name', `${host} is a local name`);
  const param = identifyingParam(url.searchParams);
  if (param !== null) return refuse('identifier-query', `query parameter "${param}" carries an identifier`);

  const pageHost = page.hostname.replace(/\.$/, '');
  const pageSite = siteOf(pageHost);
  if (siteOf(host) === pageSite) return { ok: true, url: url.href, why: 'same-site' };

  const owner = new Set([...(ctx.ownerDomains ?? [])].map((d) => d.toLowerCase()));
  const policyHosts = ctx.policyHosts ?? POLICY_HOSTS.map((h) => h.domain);
  const why = owner.has(siteOf(host)) ? 'owner-domain'
    : policyHosts.some((d) => under(host, d)) ? 'policy-host'
      : POLICY_LABELS.has(host.split('.')[0]) ? 'policy-subdomain'
        : null;
  if (!why) return refuse('off-site', `${host} is neither ${pageSite} nor a host that serves its policy`);
  if (redirectFrom === undefined) {
    const linked = new Set<string>();
    for (const l of ctx.linked ?? []) { const h = hostOfLinked(l); if (h) linked.add(h); }
    if (!linked.has(host)) return refuse('not-linked', `${pageSite} does not link to ${host}`);
  }
  return { ok: true, url: url.href, why };
}

/** The tracker-database lookups ownerDomainsFor needs (a TrackerClassifier has them). */
export interface OwnerLookup {
  classify(obs: { url: string; pageUrl: string; type: 'main_frame'; time: number }): { org: string | null };
  organizationInfo(key: string): { privacyPolicyUrl?: string; websiteUrl?: string } | undefined;
}

/**
 * Registrable domains where the owner of the page's site keeps its policy: the site's organization in the
 * tracker database (youtube.com → Google) and that organization's policy and web addresses
 * (policies.google.com → google.com). Empty when the database does not know the site.
 */
export function ownerDomainsFor(lookup: OwnerLookup, pageUrl: string): string[] {
  let org: string | null = null;
  try {
    org = lookup.classify({ url: pageUrl, pageUrl, type: 'main_frame', time: 0 }).org;
  } catch {
    return [];
  }
  const info = org ? lookup.organizationInfo(org) : undefined;
  const out = new Set<string>();
  for (const u of [info?.privacyPolicyUrl, info?.websiteUrl]) {
    if (!u) continue;
    try {
      const host = new URL(u).hostname;
      if (!ipKind(host)) out.add(siteOf(host));
    } catch { /* a malformed URL in the database names no domain */ }
  }
  return [...out];
}
