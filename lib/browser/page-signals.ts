/**
 * Per-tab state the observer needs besides the request itself:
 *  - the values the person typed on the page (PII seeds), kept in memory only and only per tab, so the
 *    same value leaving in a request (plain, encoded or hashed) is recognised;
 *  - Privacy Badger's "likely tracker" heuristic, persisted in the kv table (debounced) so it survives
 *    worker restarts, with the unknown third-party domains whose Set-Cookie is watched for it
 *    (lib/browser/set-cookie-watch.ts).
 */
import { createPiiScanner, type PiiScanner } from '../core/classify/pii';
import { LikelyTrackerHeuristic } from '../core/classify/likely-tracker';
import type { Classification, CookieSeen, DataFlow, Observation, PiiSeed } from '../core/types';
import type { FineprintDb } from '../store/db';

const MAX_SEEDS_PER_TAB = 20;
const LIKELY_KEY = 'likely-trackers';
const WATCHED_KEY = 'set-cookie-watched';

function seedType(field: string, value: string): PiiSeed {
  if (field === 'email' || /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value)) return { value, type: 'Contact', label: 'email' };
  if (field === 'tel') return { value, type: 'Contact', label: 'phone' };
  if (field === 'search') return { value, type: 'User online activities', label: 'search terms' };
  return { value, type: 'Generic personal information', label: 'typed text' };
}

export class PageSignals {
  private seeds = new Map<number, PiiSeed[]>();
  private scanners = new Map<number, PiiScanner>();
  private readonly noSeedScanner = createPiiScanner([]);
  private likely = new LikelyTrackerHeuristic();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private watched: string[] = [];
  private watchedTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly db: FineprintDb) {}

  async restore(): Promise<void> {
    const [row, watched] = await this.db.kv.bulkGet([LIKELY_KEY, WATCHED_KEY]);
    if (row) {
      try { this.likely = LikelyTrackerHeuristic.fromJSON(row.value); } catch { /* corrupted: start over, never crash */ }
    }
    const list = watched?.value;
    if (Array.isArray(list)) this.watched = list.filter((d): d is string => typeof d === 'string').slice(-1000);
  }

  /** Domains whose Set-Cookie an earlier worker watched. */
  watchedDomains(): string[] {
    return this.watched;
  }

  /** Keep the watched domains for the next worker (debounced: they change in bursts). */
  saveWatched(domains: string[]): void {
    this.watched = domains;
    this.watchedTimer ??= setTimeout(() => {
      this.watchedTimer = null;
      void this.db.kv.put({ key: WATCHED_KEY, value: this.watched }).catch(() => undefined);
    }, 1000);
  }

  addTypedValues(tabId: number, values: { value: string; field: string }[]): number {
    const list = this.seeds.get(tabId) ?? [];
    let added = 0;
    for (const v of values.slice(0, 10)) {
      if (typeof v?.value !== 'string' || typeof v.field !== 'string') continue;
      const value = v.value.trim().slice(0, 200);
      if (value.length < 5 || list.some((s) => s.value === value)) continue;
      list.push(seedType(v.field.slice(0, 20), value));
      added++;
    }
    if (list.length > MAX_SEEDS_PER_TAB) list.splice(0, list.length - MAX_SEEDS_PER_TAB);
    this.seeds.set(tabId, list);
    this.scanners.set(tabId, createPiiScanner(list));
    return added;
  }

  scan(tabId: number, obs: Observation, cls: Classification): DataFlow[] {
    return (this.scanners.get(tabId) ?? this.noSeedScanner).scan(obs, cls);
  }

  forgetTab(tabId: number): void {
    this.seeds.delete(tabId);
    this.scanners.delete(tabId);
  }

  cookieSet(cls: Classification, cookie: CookieSeen): void {
    if (!cls.thirdParty) return;
    const before = this.likely.isLikelyTracker(cls.domain);
    this.likely.observe(cls.domain, cls.siteDomain, cookie);
    if (cookie.identifierLike || before !== this.likely.isLikelyTracker(cls.domain)) this.scheduleSave();
  }

  isLikelyTracker(domain: string): boolean {
    return this.likely.isLikelyTracker(domain);
  }

  private scheduleSave(): void {
    if (this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.db.kv.put({ key: LIKELY_KEY, value: this.likely.toJSON() }).catch(() => undefined);
    }, 1000);
  }
}
