/**
 * Toolbar badge: how many third-party organizations the current page sent data to. Updates are
 * coalesced (one setBadgeText per tab per 100 ms), because a tracker-heavy page fires hundreds of
 * requests in a second. The verdict-coloured count replaces this once verdicts exist (see setVerdictCount).
 */
import type { Classification } from '../core/types';

interface ActionApi {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void> | void;
}

export class BadgeCounter {
  private orgs = new Map<number, { visitId: string | null; keys: Set<string> }>();
  private timers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(private readonly action: ActionApi) {}

  record(tabId: number, visitId: string, cls: Classification): void {
    if (!cls.thirdParty) return;
    let entry = this.orgs.get(tabId);
    if (!entry || entry.visitId !== visitId) { entry = { visitId, keys: new Set() }; this.orgs.set(tabId, entry); }
    const key = cls.org ?? cls.domain;
    if (entry.keys.has(key)) return;
    entry.keys.add(key);
    this.schedule(tabId);
  }

  reset(tabId: number, visitId: string | null): void {
    this.orgs.set(tabId, { visitId, keys: new Set() });
    this.schedule(tabId);
  }

  forget(tabId: number): void {
    this.orgs.delete(tabId);
    const t = this.timers.get(tabId);
    if (t) clearTimeout(t);
    this.timers.delete(tabId);
  }

  count(tabId: number): number {
    return this.orgs.get(tabId)?.keys.size ?? 0;
  }

  private schedule(tabId: number): void {
    if (this.timers.has(tabId)) return;
    this.timers.set(tabId, setTimeout(() => {
      this.timers.delete(tabId);
      const n = this.count(tabId);
      void Promise.resolve(this.action.setBadgeText({ tabId, text: n ? String(n) : '' })).catch(() => undefined);
      void Promise.resolve(this.action.setBadgeBackgroundColor({ tabId, color: '#555' })).catch(() => undefined);
    }, 100));
  }
}
