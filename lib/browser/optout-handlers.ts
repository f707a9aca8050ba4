/**
 * The opt-out shortcuts' message handlers (called from lib/browser/handlers.ts after the router checked
 * the sender): what blocking / clearing cookies will do (the plan, shown before acting), block/unblock an
 * organization (its tracking hosts; its sign-in, captcha, fonts… only as the second choice), GPC on/off and
 * per-site exceptions, reject the cookie banner (once or always), clear an organization's cookies. Every
 * dependency is injected.
 */
import type { PageMessage } from '../messaging/protocol';
import type { ContentMessage } from '../messaging/protocol';
import { normaliseDomains, type PatternDomains } from '../core/optouts/rules';
import { planBlock, sparedKinds, type BlockPlan } from '../core/optouts/plan';
import type { BlockResult, CookieClearResult, OptOutPlan, OptOutResult, OptOutState } from '../core/optouts/types';
import { organizationKey } from '../core/classify/organizations';
import type { HostStatRow } from '../store/db';
import type { Settings } from './settings';
import type { BlockManager } from './dnr';
import type { GpcController } from './gpc';
import type { ConsentBridge } from './consent';
import { clearCookiesOf, type CookiesApi } from './cookie-cleaner';
import type { ContentContext } from './router';

export interface OptOutDeps {
  blocks: BlockManager;
  gpc: GpcController;
  consent: ConsentBridge;
  cookies: CookiesApi;
  currentVisit(tabId: number): { visitId: string; site: string } | null;
  /** Host aggregates of a visit (lib/store/queries visitHostStats). */
  visitHosts(visitId: string): Promise<HostStatRow[]>;
  organizationPatterns(org: string): PatternDomains[];
  organizationName(org: string): string | undefined;
  readSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  ready: Promise<void>;
}

export interface OptOutHandlers {
  /** Handles the opt-out PageMessages; `undefined` for every other type (the caller goes on). */
  page(msg: PageMessage): Promise<unknown> | undefined;
  /** Forwarded autoconsent messages from the content script. */
  autoconsent(msg: Extract<ContentMessage, { type: 'autoconsent' }>, ctx: ContentContext): Promise<unknown>;
  /** Blocks that apply on a site, for TabReport details (OrganizationDetail.blocked). */
  blockedOn(site: string): Promise<Record<string, { scope: 'site' | 'everywhere'; count: number; functional: boolean }>>;
}

const isScope = (s: unknown): s is 'site' | 'everywhere' => s === 'site' || s === 'everywhere';
const isKey = (k: unknown): k is string => typeof k === 'string' && k.length > 0 && k.length < 300;

export function createOptOutHandlers(deps: OptOutDeps): OptOutHandlers {
  /** What to act on for an organization on this visit: its TrackerDB patterns + the hosts seen here, planned. */
  async function target(tabId: number, key: string): Promise<{ site: string; name: string; plan: BlockPlan } | null> {
    const visit = deps.currentVisit(tabId);
    if (!visit) return null;
    const rows = await deps.visitHosts(visit.visitId);
    const mine = rows.filter((r) => r.thirdParty && organizationKey(r) === key);
    const observed = mine.map((r) => ({ host: r.host, category: r.category }));
    const patterns = key.startsWith('domain:') ? [] : deps.organizationPatterns(key);
    const name = key.startsWith('domain:') ? key.slice(7) : deps.organizationName(key) ?? mine[0]?.orgName ?? key;
    return { site: visit.site, name, plan: planBlock(key, patterns, observed) };
  }

  async function state(tabId: number): Promise<OptOutState | null> {
    const visit = deps.currentVisit(tabId);
    if (!visit) return null;
    await Promise.all([deps.blocks.flushCounts(), deps.gpc.settled()]);
    const [settings, banner, blocks] = await Promise.all([deps.readSettings(), deps.consent.banner(tabId), deps.blocks.list()]);
    return {
      site: visit.site,
      gpc: { enabled: settings.gpcEnabled, siteException: settings.gpcExceptions.includes(visit.site) },
      alwaysRejectBanners: settings.alwaysRejectBanners,
      banner,
      blocks: blocks.filter((b) => b.scope === 'everywhere' || b.site === visit.site)
        .map(({ key, name, scope, site, domains, spared, functional, counts, createdAt }) => ({ key, name, scope, site, domains, spared, functional, counts: { ...counts }, createdAt })),
    };
  }

  async function run(msg: PageMessage): Promise<unknown> {
    await deps.ready;
    switch (msg.type) {
      case 'optout-state':
        return state(msg.tabId);
      case 'optout-plan': {
        if (!isKey(msg.key)) return null;
        const t = await target(msg.tabId, msg.key);
        if (!t) return null;
        const { tracking, breaks, signOuts } = t.plan;
        return { key: msg.key, name: t.name, tracking, keeps: sparedKinds(t.plan), breaks, signOuts } satisfies OptOutPlan;
      }
      case 'block-org': {
        if (!isKey(msg.key) || !isScope(msg.scope)) return { ok: false, error: 'bad-request' } satisfies BlockResult;
        const t = await target(msg.tabId, msg.key);
        if (!t) return { ok: false, error: 'no-page' } satisfies BlockResult;
        // Default: the tracking hosts, functional ones spared. The second choice: everything, nothing spared.
        const functional = msg.functional === true;
        const domains = functional ? t.plan.everything : t.plan.tracking;
        const spared = functional ? [] : t.plan.spared;
        if (domains.length === 0) return { ok: false, error: functional ? 'no-domains' : 'only-functional' } satisfies BlockResult;
        await deps.blocks.add({ key: msg.key, name: t.name, scope: msg.scope, site: t.site, domains, spared, functional });
        return { ok: true, domains, ...(spared.length ? { spared } : {}) } satisfies BlockResult;
      }
      case 'unblock-org': {
        if (!isKey(msg.key) || !isScope(msg.scope)) return { ok: false, error: 'bad-request' } satisfies OptOutResult;
        const visit = deps.currentVisit(msg.tabId);
        const ok = await deps.blocks.remove(msg.key, msg.scope, visit?.site ?? '');
        return ok ? { ok } : { ok, error: 'not-blocked' } satisfies OptOutResult;
      }
      case 'set-gpc': {
        const s = await deps.updateSettings({ gpcEnabled: msg.enabled === true });
        await deps.gpc.apply(s);
        return { ok: true } satisfies OptOutResult;
      }
      case 'set-gpc-exception': {
        const [site] = normaliseDomains([String(msg.site ?? '')]);
        if (!site) return { ok: false, error: 'bad-site' } satisfies OptOutResult;
        const cur = await deps.readSettings();
        const rest = cur.gpcExceptions.filter((d) => d !== site);
        const s = await deps.updateSettings({ gpcExceptions: msg.excepted ? [...rest, site] : rest });
        await deps.gpc.apply(s);
        return { ok: true } satisfies OptOutResult;
      }
      case 'reject-banner':
        return deps.consent.reject(msg.tabId);
      case 'set-always-reject':
        await deps.updateSettings({ alwaysRejectBanners: msg.enabled === true });
        return { ok: true } satisfies OptOutResult;
      case 'clear-org-cookies': {
        if (!isKey(msg.key)) return { ok: false, error: 'bad-request', removed: 0, domains: [] } satisfies CookieClearResult;
        const t = await target(msg.tabId, msg.key);
        if (!t) return { ok: false, error: 'no-page', removed: 0, domains: [] } satisfies CookieClearResult;
        const removed = await clearCookiesOf(deps.cookies, t.plan.everything);
        return { ok: true, removed, domains: t.plan.everything } satisfies CookieClearResult;
      }
      default:
        return undefined;
    }
  }

  const MINE = new Set<PageMessage['type']>(['optout-state', 'optout-plan', 'block-org', 'unblock-org', 'set-gpc', 'set-gpc-exception', 'reject-banner', 'set-always-reject', 'clear-org-cookies']);

  return {
    page: (msg) => (MINE.has(msg.type) ? run(msg) : undefined),
    // Not behind `ready` (the tracker engine): banner rules must reach the page as early as possible.
    async autoconsent(msg, ctx) {
      if (typeof msg.msg !== 'object' || msg.msg === null || typeof msg.msg.type !== 'string') return undefined;
      return deps.consent.handle(msg.msg, ctx);
    },
    blockedOn: async (site) => deps.blocks.forSite(site),
  };
}
