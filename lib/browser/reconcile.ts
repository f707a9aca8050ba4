/**
 * The second witness: the page's own Resource Timing list, reported by the content script.
 *
 * webRequest is the primary record, but a service worker killed between an event and its IndexedDB
 * commit would lose it. The page remembers every resource it fetched, so for each host the record is
 * topped up to what the page saw: recorded = max(webRequest count, page count). Never double counts.
 */
import type { Classification, Observation, RequestType } from '../core/types';
import type { FineprintDb } from '../store/db';
import { hostCounts } from '../store/queries';
import type { Recorder } from '../store/recorder';
import type { VisitRef } from './visit-tracker';

export interface TimingEntry { url: string; initiatorType: string }

const MAX_ENTRIES = 5000;

export function typeFromInitiator(initiatorType: string): RequestType {
  switch (initiatorType) {
    case 'script': return 'script';
    case 'img': case 'image': case 'input': return 'image';
    case 'css': case 'link': return 'stylesheet';
    case 'xmlhttprequest': case 'fetch': return 'xmlhttprequest';
    case 'beacon': return 'ping';
    case 'iframe': case 'frame': return 'sub_frame';
    case 'navigation': return 'main_frame';
    case 'video': case 'audio': case 'track': return 'media';
    default: return 'other';
  }
}

export async function reconcileWithPage(
  db: FineprintDb, recorder: Recorder, visit: VisitRef, entries: TimingEntry[],
  classify: (obs: Observation) => Classification, now = Date.now(),
): Promise<number> {
  const byHost = new Map<string, TimingEntry[]>();
  for (const e of entries.slice(0, MAX_ENTRIES)) {
    let host: string;
    try { const u = new URL(e.url); if (!/^(https?|wss?):$/.test(u.protocol)) continue; host = u.hostname; } catch { continue; }
    const list = byHost.get(host) ?? [];
    list.push(e);
    byHost.set(host, list);
  }
  await recorder.flush();
  const recorded = await hostCounts(db, visit.visitId);
  let added = 0;
  for (const [host, list] of byHost) {
    const missing = list.length - (recorded.get(host) ?? 0);
    if (missing <= 0) continue;
    const sample = list[list.length - 1];
    const type = typeFromInitiator(sample.initiatorType);
    const cls = classify({ url: sample.url, type, pageUrl: visit.pageUrl, time: now });
    recorder.addRequest({ visitId: visit.visitId, site: visit.site, url: sample.url, type, time: now, cls, count: missing, topUp: true, pageCount: list.length });
    added += missing;
  }
  if (added) await recorder.flush();
  return added;
}
