/**
 * Loads the bundled tracker database once per service-worker start. The bytes ship inside the
 * extension (copied from @ghostery/trackerdb at build time by wxt.config.ts) — never downloaded.
 *
 * The database is data, deserialized by the adblocker engine — never code that runs. If it is missing or
 * corrupt (a bad build, a poisoned package), Fineprint must not stop recording: every host is then recorded as
 * an unknown party (docs/security.md, tests/e2e/reliability-hostile.test.ts).
 */
import { createTrackerClassifier, type TrackerClassifier } from '../core/classify/trackers';
import { hostOf, isThirdParty, registrableDomain } from '../core/classify/party';

export const ENGINE_FILE = 'trackerdb.engine';

export async function loadBundledClassifier(getURL: (path: string) => string): Promise<TrackerClassifier> {
  const response = await fetch(getURL(`/${ENGINE_FILE}`));
  if (!response.ok) throw new Error(`[engine] cannot read bundled ${ENGINE_FILE}: HTTP ${response.status}`);
  return createTrackerClassifier(new Uint8Array(await response.arrayBuffer()));
}

/** The bundled classifier, or — when the database cannot be loaded — one that knows no organization. */
export async function loadClassifierOrUnknown(getURL: (path: string) => string, log: (msg: string) => void): Promise<TrackerClassifier> {
  try {
    return await loadBundledClassifier(getURL);
  } catch (error) {
    log(`[engine] tracker database unusable, recording every host as unknown: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
    return unknownClassifier();
  }
}

/** First/third party still works (it needs no database); organization and category are unknown. */
export function unknownClassifier(): TrackerClassifier {
  return {
    classify(obs) {
      const host = hostOf(obs.url);
      const domain = registrableDomain(host);
      const siteDomain = registrableDomain(hostOf(obs.pageUrl));
      return { host, domain, siteDomain, thirdParty: isThirdParty(domain, siteDomain, obs.type), org: null, orgName: domain || host, category: 'unknown', pattern: null };
    },
    organizationInfo: () => undefined,
    patternInfo: () => undefined,
    allOrganizations: () => [],
    organizationPatterns: () => [],
    stats: { loadMs: 0, engineVersion: 0 },
  };
}
