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

/**
 * One list from the page's two witnesses: per URL, the larger count of the Resource Timing list and the
 * probe's fetch() calls. The same request usually appears in both (a fetch whose body was read),
 * so adding them would double count; taking the larger never counts a request twice and still covers a
 * fetch Resource Timing never listed. Capped like the Resource Timing list.
 */
export function mergeWitnesses(entries: TimingEntry[], calls: TimingEntry[] = []): TimingEntry[] {
  const fromCalls = new Map<string, TimingEntry[]>();
  for (const c of calls.slice(0, MAX_ENTRIES)) {
    const list = fromCalls.get(c.url);
    if (list) list.push(c); else fromCalls.set(c.url, [c]);
  }
  const out: TimingEntry[] = [];
  const perUrl = new Map<string, number>();
  for (const e of entries.slice(0, MAX_ENTRIES)) {
    out.push(e);
    perUrl.set(e.url, (perUrl.get(e.url) ?? 0) + 1);
  }
  for (const [url, list] of fromCalls) out.push(...list.slice(perUrl.get(url) ?? 0));
  return out.slice(0, MAX_ENTRIES);
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
