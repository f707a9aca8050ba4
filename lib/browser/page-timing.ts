/**
 * Reads the page's Resource Timing entries (URL + initiator type) — capped, so a huge page stays cheap.
 * The navigation entry (the document itself, initiatorType 'navigation') comes first: it is the page's witness
 * for its own main-frame request, which a worker killed right after the commit would otherwise lose.
 */
export function collectResourceTiming(perf: Pick<Performance, 'getEntriesByType'>, max = 5000): { url: string; initiatorType: string }[] {
  return [...perf.getEntriesByType('navigation'), ...perf.getEntriesByType('resource')]
    .slice(0, max)
    .map((e) => ({ url: e.name.slice(0, 2048), initiatorType: (e as PerformanceResourceTiming).initiatorType }));
}
