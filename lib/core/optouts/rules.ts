/**
 * Pure builders for the declarativeNetRequest rules behind "block this organization" and Global Privacy
 * Control, plus the matcher that charges a blocked request to the block that caused it. Kept free of
 * browser types (a structural subset of the declarativeNetRequest Rule type) so they run in plain node.
 */

/** One "block this organization" decision the person took. */
export interface BlockEntry {
  /** `org` TrackerDB key or `domain:<eTLD+1>` (OrganizationDetail.key). */
  key: string;
  /** Shown in the UI and the undo button. */
  name: string;
  scope: 'site' | 'everywhere';
  /** Registrable domain the block applies on (scope 'site'), or '' for everywhere. */
  site: string;
  /** Hostnames/registrable domains to block (DNR matches them and their subdomains). */
  domains: string[];
  /** Functional hosts left loading under those domains: `host` or `host/path` (lib/core/optouts/plan.ts). */
  spared?: string[];
  /** True when the person took the second choice: sign-in, captcha, fonts… of this organization blocked too. */
  functional?: boolean;
  ruleId: number;
  /** Id of the allow rule that keeps the `host/path` exceptions loading (only when there are some). */
  allowRuleId?: number;
  createdAt: number;
  /** Requests blocked, per site (registrable domain of the page or initiator). */
  counts: Record<string, number>;
}

/** The subset of the declarativeNetRequest Rule type we produce. */
export interface DnrRule {
  id: number;
  priority: number;
  action:
    | { type: 'block' }
    | { type: 'allow' }
    | { type: 'modifyHeaders'; requestHeaders: { header: string; operation: 'set'; value: string }[] };
  condition: {
    requestDomains?: string[];
    initiatorDomains?: string[];
    excludedInitiatorDomains?: string[];
    excludedRequestDomains?: string[];
    regexFilter?: string;
    resourceTypes?: string[];
    domainType?: 'firstParty' | 'thirdParty';
  };
}

/** Every Chrome DNR resource type except the top-level document (we never block a page itself). */
export const SUBRESOURCE_TYPES = [
  'sub_frame', 'stylesheet', 'script', 'image', 'font', 'object', 'xmlhttprequest', 'ping',
  'csp_report', 'media', 'websocket', 'webtransport', 'webbundle', 'other',
] as const;

/**
 * The same for Firefox, whose DNR has its own list (docs/firefox.md): it rejects the whole rule when one type
 * is unknown (`webtransport`, `webbundle`), and it files requests Chrome calls `ping`/`image`/`other` under
 * `beacon`, `imageset`, `json`, `xslt`, `xml_dtd`, `web_manifest`, `object_subrequest` — left out, a
 * `navigator.sendBeacon` to a blocked organization would still leave, and carry no Sec-GPC header.
 */
export const FIREFOX_SUBRESOURCE_TYPES = [
  'sub_frame', 'stylesheet', 'script', 'image', 'imageset', 'font', 'object', 'object_subrequest', 'xmlhttprequest',
  'xslt', 'ping', 'beacon', 'xml_dtd', 'csp_report', 'media', 'websocket', 'web_manifest', 'speculative', 'json', 'other',
] as const;

/** Which browser's DNR the rules are for (its resource-type vocabulary differs). */
export type DnrFlavor = 'chrome' | 'firefox';

function subresourceTypes(flavor: DnrFlavor): string[] {
  return [...(flavor === 'firefox' ? FIREFOX_SUBRESOURCE_TYPES : SUBRESOURCE_TYPES)];
}

/** Fixed ids: GPC owns 1–9, blocks are allocated from BLOCK_RULE_BASE up. */
export const GPC_RULE_IDS = { subresources: 1, navigations: 2 } as const;
export const BLOCK_RULE_BASE = 1000;
/**
 * Above a block's allow rule (priority 2): DNR drops modifyHeaders rules of lower priority than a matching
 * allow rule, and a spared captcha request should still say Sec-GPC: 1. A blocked request is blocked
 * whatever the header rules' priority (blocking is decided before headers are).
 */
export const GPC_PRIORITY = 3;

/**
 * The rules of one block: the block itself, with the spared functional hosts excluded, and — when some
 * exceptions are a path on a blocked host (www.google.com/recaptcha/) — an allow rule of the same priority
 * (at equal priority DNR lets `allow` win over `block`) for exactly those URLs. Written in `flavor`'s
 * resource-type vocabulary (Firefox rejects a rule naming a type it does not know).
 */
export function blockRules(entry: BlockEntry, flavor: DnrFlavor = 'chrome'): DnrRule[] {
  const scope = entry.scope === 'site' ? { initiatorDomains: [entry.site] } : {};
  const sparedHosts = (entry.spared ?? []).filter((s) => !s.includes('/'));
  const rules: DnrRule[] = [{
    id: entry.ruleId,
    priority: 2,
    action: { type: 'block' },
    condition: {
      requestDomains: entry.domains,
      ...(sparedHosts.length ? { excludedRequestDomains: sparedHosts } : {}),
      ...scope,
      // Only as a third party: visiting the organization's own site keeps working.
      domainType: 'thirdParty',
      resourceTypes: subresourceTypes(flavor),
    },
  }];
  const regexFilter = sparedPathRegex(entry.spared ?? []);
  if (regexFilter && entry.allowRuleId !== undefined) {
    rules.push({ id: entry.allowRuleId, priority: 2, action: { type: 'allow' }, condition: { regexFilter, ...scope, domainType: 'thirdParty', resourceTypes: subresourceTypes(flavor) } });
  }
  return rules;
}

/** A declarativeNetRequest regexFilter (RE2) matching the `host/path` exceptions, http(s), any subdomain of host. */
export function sparedPathRegex(spared: string[]): string | null {
  const paths = spared.filter((s) => s.includes('/'));
  if (paths.length === 0) return null;
  const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^?#]*');
  const alternatives = paths.map((s) => {
    const slash = s.indexOf('/');
    return `${escape(s.slice(0, slash))}(?::[0-9]+)?${escape(s.slice(slash))}`;
  });
  return `^https?://(?:[^/?#]*\\.)?(?:${alternatives.join('|')})`;
}

/** Every rule id a block owns (for removal). */
export function ruleIdsOf(entry: BlockEntry): number[] {
  return entry.allowRuleId === undefined ? [entry.ruleId] : [entry.ruleId, entry.allowRuleId];
}

export function nextRuleId(entries: BlockEntry[], taken: number[] = []): number {
  return Math.max(BLOCK_RULE_BASE - 1, ...entries.flatMap(ruleIdsOf), ...taken) + 1;
}

/**
 * Header rules for GPC. Two rules because an exception means two different things:
 *   - requests a page on an excepted site makes (initiator is that site) — excludedInitiatorDomains;
 *   - navigating to an excepted site (the initiator is the page you come from, or none) — the
 *     main_frame rule uses excludedRequestDomains instead.
 * Returns [] when GPC is off (the caller removes both ids).
 */
export function gpcRules(enabled: boolean, exceptions: string[], flavor: DnrFlavor = 'chrome'): DnrRule[] {
  if (!enabled) return [];
  const header = { type: 'modifyHeaders' as const, requestHeaders: [{ header: 'Sec-GPC', operation: 'set' as const, value: '1' }] };
  const ex = normaliseDomains(exceptions);
  return [
    {
      id: GPC_RULE_IDS.subresources, priority: GPC_PRIORITY, action: header,
      condition: { resourceTypes: subresourceTypes(flavor), ...(ex.length ? { excludedInitiatorDomains: ex } : {}) },
    },
    {
      id: GPC_RULE_IDS.navigations, priority: GPC_PRIORITY, action: header,
      condition: { resourceTypes: ['main_frame'], ...(ex.length ? { excludedRequestDomains: ex } : {}) },
    },
  ];
}

/** Match patterns for `excludeMatches` of the GPC content script (the site and all its subdomains). */
export function exceptionMatchPatterns(exceptions: string[]): string[] {
  return normaliseDomains(exceptions).flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]);
}

/** Lower-case, no scheme/port/path, no leading dot, no duplicates; drops anything that is not a hostname. */
export function normaliseDomains(list: string[]): string[] {
  const out = new Set<string>();
  for (const raw of list) {
    const d = raw.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/:].*$/, '').replace(/^\.+/, '');
    if ((/^[a-z0-9.-]+$/.test(d) && d.includes('.')) || d === 'localhost') out.add(d);
  }
  return [...out].sort();
}

/** True when `host` is `domain` or one of its subdomains (how DNR's requestDomains match). */
export function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * Which block stopped a request (webRequest.onErrorOccurred reported ERR_BLOCKED_BY_CLIENT)? Mirrors the
 * rule conditions: the request host is one of the entry's domains and, for site scope, the initiator is
 * on that site. A site-scoped entry wins over an everywhere one (both would match; count it once).
 */
export function matchBlock(entries: BlockEntry[], requestHost: string, initiatorHost: string | null): BlockEntry | null {
  const candidates = entries.filter((e) => e.domains.some((d) => hostMatches(requestHost, d))
    && !(e.spared ?? []).some((s) => !s.includes('/') && hostMatches(requestHost, s))
    && (e.scope === 'everywhere' || (initiatorHost !== null && hostMatches(initiatorHost, e.site))));
  return candidates.find((e) => e.scope === 'site') ?? candidates[0] ?? null;
}

/** The blocks that apply on `site`, by organization key (site scope preferred), with that site's count. */
export function blocksForSite(entries: BlockEntry[], site: string): Record<string, { scope: 'site' | 'everywhere'; count: number; functional: boolean }> {
  const out: Record<string, { scope: 'site' | 'everywhere'; count: number; functional: boolean }> = {};
  for (const e of entries) {
    if (e.scope === 'site' && e.site !== site) continue;
    if (out[e.key]?.scope === 'site') continue;
    out[e.key] = { scope: e.scope, count: e.counts[site] ?? 0, functional: e.functional === true };
  }
  return out;
}

/** A TrackerDB pattern as far as blocking cares. */
export interface PatternDomains { category: string; domains: string[] }
