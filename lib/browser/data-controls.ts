/**
 * Recording controls from the person's settings, for the background's wiring:
 *   - isExcluded(site): pause and "never record" — given to VisitTracker, which then starts no visit
 *     (so no request, probe event or data flow is charged to the page); it must be synchronous, so the
 *     settings are cached here and refreshed on every storage change;
 *   - maybePrune(): retention without the `alarms` permission — once at worker start and then on
 *     navigations, at most once a day (lib/store/retention.ts pruneIfDue keeps the timestamp).
 */
import type { FineprintDb } from '../store/db';
import { pruneIfDue } from '../store/retention';
import { DEFAULT_SETTINGS, onSettingsChanged, readSettings, type Settings } from './settings';

const HOUR = 3_600_000;

export class DataControls {
  private settings: Settings = DEFAULT_SETTINGS;
  private never = new Set<string>();
  private lastCheck = 0;
  private running: Promise<unknown> | null = null;

  constructor(private readonly db: FineprintDb, private readonly now: () => number = Date.now, private readonly log?: (m: string) => void) {}

  /** Loads the settings and subscribes to changes; resolves once the first read is done. */
  async start(): Promise<void> {
    onSettingsChanged((s) => this.apply(s));
    this.apply(await readSettings());
  }

  apply(s: Settings): void {
    this.settings = s;
    this.never = new Set(s.neverRecord.map((x) => x.trim().toLowerCase()));
  }

  readonly isExcluded = (site: string): boolean => this.settings.paused || this.never.has(site.toLowerCase());

  /**
   * Cheap to call on every navigation: the store is asked at most once an hour, pruning runs once a day.
   * Returns the check in progress (callers need not await it; tests do), or null when skipped.
   */
  maybePrune(): Promise<unknown> | null {
    const now = this.now();
    if (this.running || now - this.lastCheck < HOUR) return null;
    this.lastCheck = now;
    this.running = pruneIfDue(this.db, now, this.settings.retentionDays)
      .then((r) => { if (r && (r.visits || r.sites)) this.log?.(`[retention] pruned ${r.visits} visits, ${r.sites} sites`); })
      .catch((e) => this.log?.(`[retention] prune failed: ${String(e)}`))
      .finally(() => { this.running = null; });
    return this.running;
  }
}
