/**
 * Toolbar badge. While a page loads it counts the third-party organizations the page sent data to;
 * once the site's policy has been read and the page judged, it shows how many organizations were NOT
 * disclosed or were contradicted by the policy, coloured by the worst verdict (the popup says the same
 * in words — the badge is a hint, never the only signal).
 *
 * Updates are coalesced (one setBadgeText per tab per 100 ms): a tracker-heavy page fires hundreds of
 * requests a second.
 */
import type { Classification, OrganizationVerdict, Verdict } from '../core/types';

interface ActionApi {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void> | void;
  setTitle?(details: { title: string; tabId?: number }): Promise<void> | void;
}

/** Worst first. Colours pass WCAG AA with white text. */
export const VERDICT_COLOURS: Record<Verdict | 'none', string> = {
  contradicted: '#8b1a1a', undisclosed: '#b3400a', category: '#8a5a00', named: '#1e6b34', 'no-policy': '#555555', none: '#555555',
};
const SEVERITY: (Verdict | 'none')[] = ['contradicted', 'undisclosed', 'category', 'no-policy', 'named', 'none'];

export interface BadgeState { text: string; color: string }

/** What the badge shows for a judged page. */
export function verdictBadge(orgs: readonly Pick<OrganizationVerdict, 'verdict'>[]): BadgeState {
  const flagged = orgs.filter((o) => o.verdict === 'undisclosed' || o.verdict === 'contradicted').length;
  const worst = SEVERITY.find((v) => orgs.some((o) => (o.verdict ?? 'none') === v)) ?? 'none';
  return { text: flagged ? String(flagged) : orgs.length ? '0' : '', color: VERDICT_COLOURS[worst] };
}

interface TabEntry { visitId: string | null; keys: Set<string>; judged: BadgeState | null }

export class BadgeCounter {
  private tabs = new Map<number, TabEntry>();
  private timers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(private readonly action: ActionApi) {}

  record(tabId: number, visitId: string, cls: Classification): void {
    if (!cls.thirdParty) return;
    let entry = this.tabs.get(tabId);
    if (!entry || entry.visitId !== visitId) { entry = { visitId, keys: new Set(), judged: null }; this.tabs.set(tabId, entry); }
    const key = cls.org ?? cls.domain;
    if (entry.keys.has(key)) return;
    entry.keys.add(key);
    this.schedule(tabId);
  }

  /** The page was judged: show the undisclosed + contradicted count in the worst verdict's colour. */
  showVerdicts(tabId: number, visitId: string, orgs: readonly Pick<OrganizationVerdict, 'verdict'>[]): void {
    const entry = this.tabs.get(tabId);
    const judged = orgs.some((o) => o.verdict !== null) ? verdictBadge(orgs) : null;
    if (entry && entry.visitId === visitId) entry.judged = judged;
    else this.tabs.set(tabId, { visitId, keys: new Set(), judged });
    this.schedule(tabId);
  }

  reset(tabId: number, visitId: string | null): void {
    this.tabs.set(tabId, { visitId, keys: new Set(), judged: null });
    this.schedule(tabId);
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
    const t = this.timers.get(tabId);
    if (t) clearTimeout(t);
    this.timers.delete(tabId);
  }

  count(tabId: number): number {
    return this.tabs.get(tabId)?.keys.size ?? 0;
  }

  state(tabId: number): BadgeState {
    const entry = this.tabs.get(tabId);
    if (entry?.judged) return entry.judged;
    const n = this.count(tabId);
    return { text: n ? String(n) : '', color: VERDICT_COLOURS.none };
  }

  private schedule(tabId: number): void {
    if (this.timers.has(tabId)) return;
    this.timers.set(tabId, setTimeout(() => {
      this.timers.delete(tabId);
      const { text, color } = this.state(tabId);
      void Promise.resolve(this.action.setBadgeText({ tabId, text })).catch(() => undefined);
      void Promise.resolve(this.action.setBadgeBackgroundColor({ tabId, color })).catch(() => undefined);
    }, 100));
  }
}
