/** Writes a synthetic History (lib/core/report/fixtures.ts) into a Dexie store, as the recorder would have. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { History } from '../../lib/core/report/types';
import { openDb, type FineprintDb, type HostStatRow } from '../../lib/store/db';
import type { PolicyAnalysis } from '../../lib/core/types';

export function freshDb(): FineprintDb {
  return openDb(`t-${Math.random()}`, new IDBFactory(), IDBKeyRange);
}

const EMPTY_ANALYSIS: PolicyAnalysis = { language: 'en', thirdParties: [], categories: [], dataTypes: [], purposes: [], claims: [], optOuts: [], sdkRows: [], sentenceCount: 0 };

export async function seedDb(db: FineprintDb, h: History): Promise<void> {
  await db.visits.bulkPut(h.visits.map((v) => ({ ...v, tabId: 7 })));
  await db.hostStats.bulkPut(h.hostStats.map((r, i): HostStatRow => ({
    ...r, key: `${r.visitId}|${r.host}|p${i}`, pattern: `p${i}`, first: 0, last: 0, sampleUrls: [], types: {}, withCookies: 0, withGpc: 0, cookiesSet: [],
  })));
  await db.dataFlows.bulkAdd(h.dataFlows);
  await db.consentFindings.bulkAdd(h.consentFindings);
  await db.sites.bulkPut(h.sites);
  await db.policies.bulkPut(h.policies.map((p) => ({ ...p, key: `${p.site}|${p.hash}`, url: p.url ?? '', text: 'x'.repeat(1000), analysis: EMPTY_ANALYSIS })));
  await db.verdicts.bulkPut(h.verdicts.map((v) => ({ ...v, key: `${v.site}|${v.policyHash}` })));
}

export async function tableCounts(db: FineprintDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of db.tables) out[t.name] = await t.count();
  return out;
}
