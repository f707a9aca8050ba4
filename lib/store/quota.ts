/**
 * Full storage. The recorder calls `onQuotaExceeded` when a write fails with QuotaExceededError and keeps the
 * failed batch to retry (recorder.ts). This handler frees space the way retention does — oldest visits first,
 * through retention's own per-visit deletion (lib/store/retention.ts), so a pruned visit leaves no rows behind
 * — one batch per call. The recorder retries at once when something was freed and calls again if the write
 * still fails, so pruning goes on, oldest first, exactly until writes succeed.
 *
 * The person is told: a `storage-warning` record in the kv table (StorageWarning below) that the popup and the
 * dashboard show, and remove (`db.kv.delete(STORAGE_WARNING_KEY)`) once it was seen.
 */
import type { FineprintDb } from './db';
import { pruneOlderThan } from './retention';

export const STORAGE_WARNING_KEY = 'storage-warning';

/** kv[STORAGE_WARNING_KEY].value — cumulative until the UI deletes it. */
export interface StorageWarning {
  reason: 'quota';
  /** When storage was last found full (ms since epoch). */
  time: number;
  /** When this (unacknowledged) run of full-storage events began. */
  firstTime: number;
  /** Visits and sites deleted to make room, in total since firstTime. */
  prunedVisits: number;
  prunedSites: number;
  /** Every visit that started before this time has been deleted (ms since epoch). */
  prunedBefore: number;
}

export interface QuotaHandlerOptions {
  now?: () => number;
  /** Share of the stored visits deleted per call (at least `minBatch`). */
  fraction?: number;
  minBatch?: number;
  log?: (msg: string) => void;
}

/** Builds the Recorder's `onQuotaExceeded`: returns true when it freed something (the recorder then retries at once). */
export function createQuotaHandler(db: FineprintDb, opts: QuotaHandlerOptions = {}): () => Promise<boolean> {
  const now = opts.now ?? Date.now;
  const fraction = opts.fraction ?? 0.05;
  const minBatch = opts.minBatch ?? 10;
  let running: Promise<boolean> | null = null;

  const pruneOnce = async (): Promise<boolean> => {
    const total = await db.visits.count();
    if (total === 0) {
      opts.log?.('[quota] storage is full and there is no visit left to delete');
      return false;
    }
    const batch = Math.min(total, Math.max(minBatch, Math.ceil(total * fraction)));
    // The startedAt of the batch-th oldest visit: every visit started before it goes (ties are kept together).
    const edge = await db.visits.orderBy('startedAt').offset(batch - 1).first();
    const cutoff = (edge?.startedAt ?? now()) + 1;
    const pruned = await pruneOlderThan(db, cutoff);
    opts.log?.(`[quota] storage full: deleted the ${pruned.visits} oldest visits (before ${new Date(cutoff).toISOString()}) and ${pruned.sites} sites`);
    await warn(db, { visits: pruned.visits, sites: pruned.sites, cutoff, time: now() }).catch((error) => {
      // Telling the person must not stop the recording: the retried write matters more.
      opts.log?.(`[quota] could not store the storage warning: ${String(error)}`);
    });
    return pruned.visits > 0;
  };

  // Several failing writes at once (recorder, visit tracker) share one pruning pass.
  return () => {
    running ??= pruneOnce().finally(() => { running = null; });
    return running;
  };
}

async function warn(db: FineprintDb, p: { visits: number; sites: number; cutoff: number; time: number }): Promise<void> {
  await db.transaction('rw', db.kv, async () => {
    const previous = (await db.kv.get(STORAGE_WARNING_KEY))?.value as StorageWarning | undefined;
    const value: StorageWarning = {
      reason: 'quota',
      time: p.time,
      firstTime: previous?.firstTime ?? p.time,
      prunedVisits: (previous?.prunedVisits ?? 0) + p.visits,
      prunedSites: (previous?.prunedSites ?? 0) + p.sites,
      prunedBefore: Math.max(previous?.prunedBefore ?? 0, p.cutoff),
    };
    await db.kv.put({ key: STORAGE_WARNING_KEY, value });
  });
}
