/**
 * "Your data stays yours": retention pruning, delete one site, delete everything. Everything here is
 * local IndexedDB; nothing is sent anywhere.
 *
 * Pruning works per visit (a site visited yesterday keeps yesterday's visit, loses last year's); a
 * site left with no visit loses its policies and verdict snapshots too, so no trace of it remains.
 */
import type { FineprintDb } from './db';

const DAY = 86_400_000;
const PER_VISIT_TABLES = ['hostStats', 'dataFlows', 'probeEvents', 'consentEvents', 'consentFindings'] as const;
/** Tables with a `site` index (hostStats has none since schema v3: its rows go with their visits). */
const PER_SITE_TABLES = ['visits', 'dataFlows', 'probeEvents', 'consentEvents', 'consentFindings', 'policies', 'verdicts', 'sites', 'siteSummaries'] as const;
const LAST_PRUNE_KEY = 'retention:lastPruneAt';

export interface PruneResult { visits: number; sites: number }

export async function pruneOlderThan(db: FineprintDb, cutoff: number): Promise<PruneResult> {
  return db.transaction('rw', [db.visits, db.tabs, db.sites, db.siteSummaries, db.policies, db.verdicts, ...PER_VISIT_TABLES.map((t) => db[t])], async () => {
    const old = await db.visits.where('startedAt').below(cutoff).primaryKeys();
    // Rows whose visit no longer exists (written for a tab whose visit was just deleted) go too.
    const live = new Set(await db.visits.toCollection().primaryKeys());
    const referenced = await db.hostStats.orderBy('visitId').uniqueKeys();
    const orphans = referenced.map(String).filter((id) => !live.has(id));
    const gone = [...old, ...orphans];
    if (gone.length) {
      for (const t of PER_VISIT_TABLES) await db[t].where('visitId').anyOf(gone).delete();
      await db.visits.bulkDelete(old);
      await db.tabs.where('visitId').anyOf(old).delete();
      // Counts and first visits changed: the next list read derives the summaries from the visits left.
      if (old.length) await db.siteSummaries.clear();
    }
    // Sites with no visit left lose their policies and verdicts.
    const visited = new Set((await db.visits.orderBy('site').uniqueKeys()).map(String));
    const emptySites = (await db.sites.toCollection().primaryKeys()).map(String).filter((s) => !visited.has(s));
    if (emptySites.length) {
      await db.policies.where('site').anyOf(emptySites).delete();
      await db.verdicts.where('site').anyOf(emptySites).delete();
      await db.sites.bulkDelete(emptySites);
    }
    return { visits: old.length, sites: emptySites.length };
  });
}

export function retentionCutoff(now: number, retentionDays: number): number {
  return now - retentionDays * DAY;
}

/**
 * Prunes at most once a day (no `alarms` permission needed: the background calls this at worker start
 * and on each committed navigation; the kv timestamp makes all but the first call a no-op).
 */
export async function pruneIfDue(db: FineprintDb, now: number, retentionDays: number): Promise<PruneResult | null> {
  const last = (await db.kv.get(LAST_PRUNE_KEY))?.value;
  if (typeof last === 'number' && now - last < DAY && now >= last) return null;
  const result = await pruneOlderThan(db, retentionCutoff(now, retentionDays));
  await db.kv.put({ key: LAST_PRUNE_KEY, value: now });
  return result;
}

export async function deleteSite(db: FineprintDb, site: string): Promise<number> {
  return db.transaction('rw', [db.tabs, db.hostStats, ...PER_SITE_TABLES.map((t) => db[t])], async () => {
    const visitIds = await db.visits.where('site').equals(site).primaryKeys();
    let n = visitIds.length ? await db.hostStats.where('visitId').anyOf(visitIds).delete() : 0;
    for (const t of PER_SITE_TABLES) n += await db[t].where('site').equals(site).delete();
    if (visitIds.length) await db.tabs.where('visitId').anyOf(visitIds).delete();
    return n;
  });
}

/** Every table, including kv (learned cross-site state such as the likely-tracker heuristic is history too). */
export async function deleteAll(db: FineprintDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
}
