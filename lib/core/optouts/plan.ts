/**
 * What "block this organization" and "clear its cookies" will do, decided before acting — pure.
 *
 * Blocking blocks the organization's TRACKING hosts (TrackerDB categories advertising, site analytics —
 * where session replay and fingerprinting scripts sit —, adult advertising and social-media widgets). Hosts
 * that serve sign-in, captcha, fonts, maps, video or payment (functional-hosts.json) keep loading, even when
 * they sit under a tracking domain (accounts.google.com under google.com): the DNR rule excludes them. Blocking
 * those too is a second, explicit choice that names what will break. Shared hosting (googleapis.com,
 * cloudfront.net…) is never blocked: it is not what "block Google's trackers" means and would break half the web.
 * Clearing cookies names the sign-ins it ends ("You will be signed out of Google").
 */
import data from './functional-hosts.json';
import { hostMatches, normaliseDomains, type PatternDomains } from './rules';

export type FunctionalKind = 'sign-in' | 'captcha' | 'fonts' | 'maps' | 'video' | 'payment';
export const FUNCTIONAL_KINDS: readonly FunctionalKind[] = ['sign-in', 'captcha', 'fonts', 'maps', 'video', 'payment'];

/** A host (covering its subdomains) or a host + path prefix (`*` = any characters) serving a function. */
export interface FunctionalHost { host: string; path?: string; kind: FunctionalKind; service: string }
export const FUNCTIONAL_HOSTS = (data as { hosts: FunctionalHost[] }).hosts;

/** TrackerDB categories whose hosts a block stops by default. */
export const TRACKING_CATEGORIES: ReadonlySet<string> = new Set(['advertising', 'site_analytics', 'adult_advertising', 'social_media']);
/** Shared infrastructure: never blocked, whichever choice (only its listed functional hosts, by the second choice). */
const NEVER_BLOCKED: ReadonlySet<string> = new Set(['hosting', 'essential']);

export interface ObservedHost { host: string; category: string }

export interface BlockPlan {
  /** Blocked by default: the organization's tracking hosts (DNR requestDomains; subdomains included). */
  tracking: string[];
  /** Left loading by the default block: `host` (excludedRequestDomains) or `host/path` (an allow rule). */
  spared: string[];
  /** Blocked by the second choice: tracking + functional + other services, nothing spared. */
  everything: string[];
  /** What the second choice breaks (and the default keeps working), by kind, with the services named. */
  breaks: { kind: FunctionalKind | 'other'; services: string[] }[];
  /** Sign-ins that clearing this organization's cookies ends (service names). */
  signOuts: string[];
}

/** `host` or `host/path` as stored in BlockEntry.spared. */
export function functionalKey(f: Pick<FunctionalHost, 'host' | 'path'>): string {
  return f.path ? `${f.host}${f.path}` : f.host;
}

function overlaps(a: string, b: string): boolean {
  return hostMatches(a, b) || hostMatches(b, a);
}

/** Normalised, and without hosts a listed parent already covers (DNR matches subdomains): smaller rules. */
function minimal(list: string[]): string[] {
  const all = normaliseDomains(list);
  return all.filter((d) => !all.some((o) => o !== d && hostMatches(d, o)));
}

/**
 * The plan for organization `key` (a TrackerDB key, or `domain:<eTLD+1>` for an unknown party): its
 * TrackerDB patterns and the hosts it was seen using on this page, each with its category.
 */
export function planBlock(key: string, patterns: PatternDomains[], observed: ObservedHost[], functional: readonly FunctionalHost[] = FUNCTIONAL_HOSTS): BlockPlan {
  const tracking: string[] = [];
  const other: string[] = [];
  const infrastructure: string[] = [];
  if (key.startsWith('domain:')) {
    tracking.push(key.slice('domain:'.length));
  } else {
    const sort = (category: string, domains: string[]) =>
      (TRACKING_CATEGORIES.has(category) ? tracking : NEVER_BLOCKED.has(category) ? infrastructure : other).push(...domains);
    for (const p of patterns) sort(p.category, p.domains);
    for (const o of observed) sort(o.category, [o.host]);
  }
  const known = normaliseDomains([...tracking, ...other, ...infrastructure]);
  const relevant = functional.filter((f) => known.some((d) => overlaps(f.host, d)));
  const wholeHosts = relevant.filter((f) => !f.path);

  // A tracking "domain" that is itself inside a functional host (www.youtube.com seen as advertising) is spared.
  const blocked = minimal(tracking).filter((d) => !wholeHosts.some((f) => hostMatches(d, f.host)));
  const spared = relevant.filter((f) => blocked.some((d) => hostMatches(f.host, d))).map(functionalKey);
  const everything = minimal([...tracking, ...other, ...wholeHosts.map((f) => f.host)]);

  const broken = relevant.filter((f) => everything.some((d) => hostMatches(f.host, d)));
  const breaks: BlockPlan['breaks'] = FUNCTIONAL_KINDS
    .map((kind) => ({ kind, services: [...new Set(broken.filter((f) => f.kind === kind).map((f) => f.service))] }))
    .filter((b) => b.services.length > 0);
  const otherServices = normaliseDomains(other).filter((d) => !wholeHosts.some((f) => overlaps(d, f.host)) && !blocked.some((b) => hostMatches(d, b)));
  if (otherServices.length > 0) breaks.push({ kind: 'other', services: [] });
  const signOuts = [...new Set(broken.filter((f) => f.kind === 'sign-in').map((f) => f.service))];
  return { tracking: blocked, spared, everything, breaks, signOuts };
}

/** What the default block keeps working: the functional kinds it spares, in FUNCTIONAL_KINDS order. */
export function sparedKinds(plan: Pick<BlockPlan, 'spared'>, functional: readonly FunctionalHost[] = FUNCTIONAL_HOSTS): FunctionalKind[] {
  const kinds = new Set(functional.filter((f) => plan.spared.includes(functionalKey(f))).map((f) => f.kind));
  return FUNCTIONAL_KINDS.filter((k) => kinds.has(k));
}
