/**
 * "Written" marks of the request journal (lib/browser/request-journal.ts): the recorder stores the journal keys of
 * the requests a write records in that same transaction, as one kv row per write. A worker killed after the commit
 * but before the journal entries were crossed off leaves entries the next worker would otherwise replay — counted
 * twice. The mark tells it they are recorded. A mark lives until its entries are crossed off (the recorder deletes it
 * in its next write) or until the next worker has read it.
 */
import type { FineprintDb } from './db';

const MARK_PREFIX = 'journal-written:';

/** The kv key of the mark for one write (named by its first journal key, which no other write carries). */
export function markKey(keys: readonly string[]): string {
  return MARK_PREFIX + keys[0];
}

/** Keys of journaled requests whose write committed, from marks not written by `exceptWorker`. */
export async function readWrittenMarks(db: FineprintDb, exceptWorker: string): Promise<{ keys: Set<string>; marks: string[] }> {
  const rows = await db.kv.where('key').startsWith(MARK_PREFIX).toArray();
  const keys = new Set<string>();
  const marks: string[] = [];
  for (const row of rows) {
    if (row.key.startsWith(`${MARK_PREFIX}${exceptWorker}.`)) continue;
    marks.push(row.key);
    if (Array.isArray(row.value)) for (const k of row.value) if (typeof k === 'string') keys.add(k);
  }
  return { keys, marks };
}

export async function forgetWrittenMarks(db: FineprintDb, marks: string[]): Promise<void> {
  if (marks.length) await db.kv.bulkDelete(marks);
}
