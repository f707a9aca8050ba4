/**
 * Background half of the cookie-banner integration (@duckduckgo/autoconsent, MPL-2.0). Mirrors the
 * reference extension's background (node_modules/@duckduckgo/autoconsent/addon): answers `init` with the
 * compact rules filtered for the frame's URL, runs `eval` snippets in the page's MAIN world, remembers
 * which frame of a tab shows a banner, and sends that frame `optOut` when the person clicks "Reject".
 *
 * Banner state is kept in storage.session per tab: the MV3 worker may sleep between the page load and the
 * popup click, and the button must still know where the banner is.
 */
import type { Storage } from 'webextension-polyfill';
import { evalSnippets, filterCompactRules, type Config, type IndexedCMPRuleset } from '@duckduckgo/autoconsent';
import type { BannerStatus, OptOutResult, OptOutState } from '../core/optouts/types';
import type { ContentContext } from './router';

export interface TabBanner { cmp: string; frameId: number; status: BannerStatus; time: number; url: string }

export interface ConsentDeps {
  rules: () => IndexedCMPRuleset;
  alwaysReject: () => Promise<boolean>;
  session: Pick<Storage.StorageArea, 'get' | 'set' | 'remove'>;
  /** tabs.sendMessage to one frame. */
  sendToFrame(tabId: number, frameId: number, msg: unknown): Promise<unknown>;
  /** scripting.executeScript({ target: { tabId, frameIds: [frameId] }, world: 'MAIN', func }) → first result. */
  runInFrame(tabId: number, frameId: number, func: () => unknown): Promise<unknown>;
  now?: () => number;
  log?: (m: string) => void;
}

type Incoming = { type: string } & Record<string, unknown>;

export class ConsentBridge {
  private readonly chains = new Map<number, Promise<unknown>>();

  constructor(private readonly deps: ConsentDeps) {}

  /** Handles one forwarded autoconsent message; the return value is the content script's reply. */
  async handle(msg: Incoming, ctx: ContentContext): Promise<unknown> {
    const now = this.deps.now?.() ?? Date.now();
    switch (msg.type) {
      case 'init': {
        // A new top document: whatever banner the tab had belongs to the previous page.
        if (ctx.frameId === 0) await this.mutate(ctx.tabId, () => null);
        const always = await this.deps.alwaysReject();
        return {
          type: 'initResp',
          rules: { autoconsent: [], compact: filterCompactRules(this.deps.rules(), { url: ctx.url, mainFrame: ctx.frameId === 0 }) },
          config: autoconsentConfig(always),
        };
      }
      case 'eval': {
        // Only the library's own named snippets run (never a code string from the page's frame).
        const id = typeof msg.snippetId === 'string' ? msg.snippetId : '';
        const fn = Object.hasOwn(evalSnippets, id) ? (evalSnippets as Record<string, () => unknown>)[id] : null;
        const result = fn ? await this.deps.runInFrame(ctx.tabId, ctx.frameId, fn).catch(() => false) : false;
        return { type: 'evalResp', id: msg.id, result };
      }
      case 'popupFound':
        await this.mutate(ctx.tabId, () => ({ cmp: String(msg.cmp ?? ''), frameId: ctx.frameId, status: 'shown', time: now, url: ctx.url }));
        return undefined;
      case 'optOutResult':
        await this.mutate(ctx.tabId, (cur) => (cur?.frameId === ctx.frameId ? advance(cur, msg.result === true ? 'rejected' : 'failed', now) : cur));
        return undefined;
      case 'autoconsentDone': {
        // Sent only after a successful, non-cosmetic opt-out. Its messages travel separately from the
        // reply to reject(), so this may arrive first: mark it rejected and ask the frame for the rule's
        // self-test (rules without one answer false and the status stays 'rejected').
        const cur = await this.mutate(ctx.tabId, (c) => (c?.frameId === ctx.frameId ? advance(c, 'rejected', now) : c));
        if (cur?.frameId === ctx.frameId) {
          void this.deps.sendToFrame(ctx.tabId, ctx.frameId, { type: 'autoconsent-command', msg: { type: 'selfTest' } }).catch(() => undefined);
        }
        return undefined;
      }
      case 'selfTestResult':
        if (msg.result === true) await this.mutate(ctx.tabId, (cur) => (cur?.frameId === ctx.frameId ? advance(cur, 'verified', now) : cur));
        return undefined;
      case 'autoconsentError':
        this.deps.log?.(`[consent] autoconsent error in tab ${ctx.tabId}`);
        return undefined;
      default:
        return undefined;
    }
  }

  async banner(tabId: number): Promise<OptOutState['banner']> {
    const b = await this.get(tabId);
    return b ? { cmp: b.cmp, status: b.status, time: b.time } : null;
  }

  /** The popup's "Reject cookie banner": tells the frame that showed it to opt out. */
  async reject(tabId: number): Promise<OptOutResult> {
    const b = await this.get(tabId);
    if (!b) return { ok: false, error: 'no-banner' };
    if (b.status === 'rejected' || b.status === 'verified') return { ok: true };
    await this.mutate(tabId, (cur) => (cur ? advance(cur, 'rejecting', cur.time) : cur));
    let result = false;
    try {
      // The frame answers with the engine's own opt-out result once its steps ran.
      const reply = await this.deps.sendToFrame(tabId, b.frameId, { type: 'autoconsent-command', msg: { type: 'optOut' } }) as { result?: unknown } | undefined;
      result = reply?.result === true;
    } catch (e) {
      this.deps.log?.(`[consent] opt-out in tab ${tabId} failed: ${String(e)}`);
    }
    // optOutResult / selfTestResult may have landed first (they travel separately): advance() never downgrades.
    const after = await this.mutate(tabId, (cur) => (cur ? advance(cur, result ? 'rejected' : 'failed', this.deps.now?.() ?? Date.now()) : cur));
    return after?.status === 'rejected' || after?.status === 'verified' ? { ok: true } : { ok: false, error: 'opt-out-failed' };
  }

  async forget(tabId: number): Promise<void> {
    await this.mutate(tabId, () => null);
    this.chains.delete(tabId);
  }

  private async get(tabId: number): Promise<TabBanner | null> {
    const v = (await this.deps.session.get(key(tabId)))[key(tabId)] as TabBanner | undefined;
    return v && typeof v.frameId === 'number' ? v : null;
  }

  /**
   * Read-modify-write of a tab's banner state, serialized per tab: the content script's messages and the
   * popup's click arrive concurrently and must not overwrite each other's later state.
   */
  private mutate(tabId: number, fn: (cur: TabBanner | null) => TabBanner | null): Promise<TabBanner | null> {
    const run = (this.chains.get(tabId) ?? Promise.resolve()).then(async () => {
      const next = fn(await this.get(tabId));
      if (next) await this.deps.session.set({ [key(tabId)]: next });
      else await this.deps.session.remove(key(tabId));
      return next;
    });
    this.chains.set(tabId, run.catch(() => undefined));
    return run;
  }
}

const key = (tabId: number) => `consent-banner:${tabId}`;

// A banner's life only moves forward; 'failed' may be retried (→ rejecting) but never overrides a success.
const RANK: Record<BannerStatus, number> = { detected: 0, shown: 1, failed: 2, rejecting: 3, rejected: 4, verified: 5 };
function advance(cur: TabBanner, status: BannerStatus, time: number): TabBanner {
  if (status === 'failed') return cur.status === 'rejected' || cur.status === 'verified' ? cur : { ...cur, status, time };
  return RANK[status] > RANK[cur.status] ? { ...cur, status, time } : cur;
}

/**
 * autoAction null = detect and report, then wait for the person's click; 'optOut' = reject at once.
 * Cosmetic rules are off: hiding a banner is not a rejection, and we record rejections as facts.
 * Heuristic detection is off: it guesses at buttons, and a wrong guess could be an "accept".
 */
export function autoconsentConfig(alwaysReject: boolean): Partial<Config> {
  return {
    enabled: true,
    autoAction: alwaysReject ? 'optOut' : null,
    disabledCmps: [],
    enablePrehide: alwaysReject,
    enableCosmeticRules: false,
    enableGeneratedRules: true,
    enableHeuristicDetection: false,
    detectRetries: 20,
    isMainWorld: false,
    prehideTimeout: 2000,
    logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
  };
}
