/** Reads the page's Resource Timing entries (URL + initiator type) — capped, so a huge page stays cheap. */
export function collectResourceTiming(perf: Pick<Performance, 'getEntriesByType'>, max = 5000): { url: string; initiatorType: string }[] {
  return (perf.getEntriesByType('resource') as PerformanceResourceTiming[])
    .slice(0, max)
    .map((e) => ({ url: e.name.slice(0, 2048), initiatorType: e.initiatorType }));
}
