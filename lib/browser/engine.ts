/**
 * Loads the bundled tracker database once per service-worker start. The bytes ship inside the
 * extension (copied from @ghostery/trackerdb at build time by wxt.config.ts) — never downloaded.
 */
import { createTrackerClassifier, type TrackerClassifier } from '../core/classify/trackers';

export const ENGINE_FILE = 'trackerdb.engine';

export async function loadBundledClassifier(getURL: (path: string) => string): Promise<TrackerClassifier> {
  const response = await fetch(getURL(`/${ENGINE_FILE}`));
  if (!response.ok) throw new Error(`[engine] cannot read bundled ${ENGINE_FILE}: HTTP ${response.status}`);
  return createTrackerClassifier(new Uint8Array(await response.arrayBuffer()));
}
