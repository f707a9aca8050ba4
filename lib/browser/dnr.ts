/**
 * "Block this organization" with declarativeNetRequest dynamic rules. The list of blocks lives in
 * storage.local (source of truth, survives updates); the dynamic rules are re-derived from it, so a
 * crash between the two writes is repaired by the next `sync()`.
 *
 * Counting without a new permission: DNR's matched-rule feedback needs `declarativeNetRequestFeedback`,
 * so instead we watch webRequest.onErrorOccurred for net::ERR_BLOCKED_BY_CLIENT (Firefox: NS_ERROR_ABORT; a permission we already
 * hold) and charge the request to the block whose condition it meets (core/optouts/rules matchBlock).
 */
import type { Storage } from 'webextension-polyfill';
import { blockRules, BLOCK_RULE_BASE, blocksForSite, matchBlock, nextRuleId, ruleIdsOf, type BlockEntry, type DnrFlavor, type DnrRule } from '../core/optouts/rules';

export interface DnrApi {
  getDynamicRules(): Promise<{ id: number }[]>;
  updateDynamicRules(options: { removeRuleIds?: number[]; addRules?: DnrRule[] }): Promise<void>;
}

export interface BlockedRequest {
  url: string; error: string; tabId: number; type?: string;
  /** Chrome: the origin of the document that made the request. */
  initiator?: string;
  /** Firefox has no `initiator`: the URL of the document the request is for (as DNR's initiatorDomains reads it). */
  documentUrl?: string;
}

const KEY = 'blocks';
/**
 * How each browser reports a request its DNR rules blocked. Firefox cancels it with a generic NS_ERROR_ABORT
 * (https://bugzilla.mozilla.org/show_bug.cgi?id=1802259); only requests that meet a block's condition are
 * counted, and those could not have gone out un-blocked, so another abort of the same request is not mistaken.
 */
const BLOCKED_ERROR: Record<DnrFlavor, string> = { chrome: 'net::ERR_BLOCKED_BY_CLIENT', firefox: 'NS_ERROR_ABORT' };
// Counts are written at most this often: a page can be blocked hundreds of times a second.
const COUNT_FLUSH_MS = 1000;

export class BlockManager {
  private entries: BlockEntry[] | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;

  constructor(
    private readonly dnr: DnrApi,
    private readonly storage: Pick<Storage.StorageArea, 'get' | 'set'>,
    private readonly opts: {
      siteOfTab?: (tabId: number) => string | null; siteOfUrl: (url: string) => string; log?: (m: string) => void;
      /** Firefox's DNR knows other resource types than Chrome's (core/optouts/rules FIREFOX_SUBRESOURCE_TYPES). */
      flavor?: DnrFlavor;
      /**
       * Told whether any block exists, whenever that may have changed: the wiring listens for blocked
       * requests (webRequest.onErrorOccurred) only then — a registered listener costs every page load.
       */
      onBlocksChanged?: (any: boolean) => void;
    },
  ) {}

  /** All blocks (loaded once per worker start). */
  async list(): Promise<BlockEntry[]> {
    if (!this.entries) {
      const raw = (await this.storage.get(KEY))[KEY];
      this.entries = Array.isArray(raw) ? raw.filter(isEntry) : [];
    }
    return this.entries;
  }

  async forSite(site: string): Promise<Record<string, { scope: 'site' | 'everywhere'; count: number; functional: boolean }>> {
    return blocksForSite(await this.list(), site);
  }

  /**
   * Adds (or replaces) the block of `key` for this scope/site. `spared` functional hosts keep loading
   * (an allow rule id is taken when some are paths); `functional` records the person's second choice.
   */
  add(b: Pick<BlockEntry, 'key' | 'name' | 'scope' | 'site' | 'domains' | 'spared' | 'functional'>): Promise<BlockEntry> {
    return this.serial(async () => {
      if (b.domains.length === 0) throw new Error('nothing to block');
      const all = await this.list();
      const site = b.scope === 'site' ? b.site : '';
      const old = all.find((e) => sameBlock(e, b.key, b.scope, site));
      const rest = all.filter((e) => e !== old);
      const ruleId = old?.ruleId ?? nextRuleId(rest);
      const needsAllow = (b.spared ?? []).some((s) => s.includes('/'));
      const allowRuleId = needsAllow ? old?.allowRuleId ?? nextRuleId(rest, [ruleId]) : undefined;
      const entry: BlockEntry = {
        key: b.key, name: b.name, scope: b.scope, site, domains: b.domains,
        ...(b.spared?.length ? { spared: b.spared } : {}), ...(b.functional ? { functional: true } : {}),
        ruleId, ...(allowRuleId !== undefined ? { allowRuleId } : {}), createdAt: Date.now(), counts: old?.counts ?? {},
      };
      // Removing the new ids too clears a stale rule left by a crash between the two writes.
      const removeRuleIds = [...new Set([...(old ? ruleIdsOf(old) : []), ...ruleIdsOf(entry)])];
      await this.dnr.updateDynamicRules({ removeRuleIds, addRules: blockRules(entry, this.opts.flavor) });
      this.entries = [...rest, entry];
      await this.persist();
      return entry;
    });
  }

  /** Undo: removes the block and its rule. Returns false when there was none. */
  remove(key: string, scope: 'site' | 'everywhere', site: string): Promise<boolean> {
    return this.serial(async () => {
      const all = await this.list();
      const old = all.find((e) => sameBlock(e, key, scope, scope === 'site' ? site : ''));
      if (!old) return false;
      await this.dnr.updateDynamicRules({ removeRuleIds: ruleIdsOf(old) });
      this.entries = all.filter((e) => e !== old);
      await this.persist();
      return true;
    });
  }

  /** Makes the dynamic block rules exactly what storage says (worker start, after an update). */
  sync(): Promise<void> {
    return this.serial(async () => {
      const all = await this.list();
      this.opts.onBlocksChanged?.(all.length > 0);
      const existing = (await this.dnr.getDynamicRules()).map((r) => r.id).filter((id) => id >= BLOCK_RULE_BASE);
      await this.dnr.updateDynamicRules({ removeRuleIds: existing, addRules: all.flatMap((e) => blockRules(e, this.opts.flavor)) });
    });
  }

  /** webRequest.onErrorOccurred listener body. */
  async onError(d: BlockedRequest): Promise<void> {
    if (d.error !== BLOCKED_ERROR[this.opts.flavor ?? 'chrome'] || d.type === 'main_frame') return;
    const all = await this.list();
    if (all.length === 0) return;
    const host = hostOf(d.url);
    const initiator = d.initiator ?? d.documentUrl;
    const initiatorHost = initiator ? hostOf(initiator) : null;
    const entry = matchBlock(all, host, initiatorHost);
    if (!entry) return;
    const site = entry.scope === 'site' ? entry.site
      : (d.tabId >= 0 ? this.opts.siteOfTab?.(d.tabId) : null) ?? (initiator ? this.opts.siteOfUrl(initiator) : '');
    if (!site) return;
    entry.counts[site] = (entry.counts[site] ?? 0) + 1;
    this.dirty = true;
    this.flushTimer ??= setTimeout(() => { this.flushTimer = null; void this.flushCounts(); }, COUNT_FLUSH_MS);
  }

  /** Writes pending counts now (before answering the popup). */
  async flushCounts(): Promise<void> {
    if (this.flushTimer) { clearTimeout(this.flushTimer); this.flushTimer = null; }
    if (!this.dirty) return;
    await this.serial(() => this.persist());
  }

  private async persist(): Promise<void> {
    this.dirty = false;
    await this.storage.set({ [KEY]: this.entries ?? [] });
    this.opts.onBlocksChanged?.((this.entries ?? []).length > 0);
  }

  // Two quick clicks (block, undo) must not interleave their rule and storage writes.
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch((e) => this.opts.log?.(`[dnr] ${String(e)}`));
    return run;
  }
}

function sameBlock(e: BlockEntry, key: string, scope: string, site: string): boolean {
  return e.key === key && e.scope === scope && e.site === site;
}

function hostOf(url: string): string {
  try { return new URL(url).hostname.toLowerCase(); } catch { return ''; }
}

function isEntry(v: unknown): v is BlockEntry {
  const e = v as BlockEntry;
  return typeof e?.key === 'string' && (e.scope === 'site' || e.scope === 'everywhere') && typeof e.site === 'string'
    && Array.isArray(e.domains) && typeof e.ruleId === 'number' && typeof e.counts === 'object' && e.counts !== null
    && (e.spared === undefined || Array.isArray(e.spared)) && (e.allowRuleId === undefined || typeof e.allowRuleId === 'number');
}
