/**
 * Bench-only filler for the extension's IndexedDB. It never ships: the bench evaluates `fillInPage`
 * inside an extension page (same origin as the service worker, so the same 'fineprint' database) and
 * writes rows shaped exactly like lib/store/db.ts's VisitRow / HostStatRow / SiteRow with raw
 * IndexedDB — the database was created by the extension's own Dexie schema, so indexes are real.
 *
 * What a million requests look like after the recorder's aggregation (one row per visit × host ×
 * pattern): pages make 5–140 requests (mean ~50, skewed low), to 2 + ~40 % as many host rows
 * (mean ~22), so 1,000,000 requests ≈ 20,000 visits ≈ 450,000 rows with counts summing to exactly
 * `requests`. Hosts follow a long tail (a few giants on most pages, thousands of small parties);
 * sample URLs are realistic tracker URLs (~150–250 chars), at most 5 per row like the recorder.
 * Deterministic (seeded), so every run writes the same database.
 *
 * Self-contained on purpose (it is serialised into the page): no imports, no outer references.
 */

export interface FillArgs { requests: number; seed?: number; dbName?: string; visitsPerTx?: number; startTime?: number; durability?: 'relaxed' | 'strict' | 'default' }
export interface FillResult { requests: number; rows: number; visits: number; sites: number; ms: number }

export async function fillInPage(args: FillArgs): Promise<FillResult> {
  const t0 = performance.now();
  let s = (args.seed ?? 1) >>> 0;
  const rnd = () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const id36 = (n: number) => { let out = ''; for (let i = 0; i < n; i++) out += Math.floor(rnd() * 36).toString(36); return out; };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(args.dbName ?? 'fineprint');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const KNOWN = [
    ['google', 'Google', 'advertising', 'www.google-analytics.com'], ['google', 'Google', 'advertising', 'securepubads.g.doubleclick.net'],
    ['google', 'Google', 'site_analytics', 'www.googletagmanager.com'], ['facebook', 'Meta', 'advertising', 'connect.facebook.net'],
    ['facebook', 'Meta', 'advertising', 'www.facebook.com'], ['microsoft', 'Microsoft', 'advertising', 'bat.bing.com'],
    ['amazon', 'Amazon', 'advertising', 's.amazon-adsystem.com'], ['criteo', 'Criteo', 'advertising', 'bidder.criteo.com'],
    ['twitter', 'X Corp.', 'social_media', 'platform.twitter.com'], ['hotjar', 'Hotjar', 'site_analytics', 'static.hotjar.com'],
    ['cloudflare', 'Cloudflare', 'hosting', 'cdnjs.cloudflare.com'], ['onetrust', 'OneTrust', 'consent', 'cdn.cookielaw.org'],
  ];
  // Long tail: 3,000 more parties, a fifth of them unknown to the tracker database.
  const pool: { host: string; domain: string; org: string | null; orgName: string; category: string; pattern: string | null }[] = KNOWN.map(([org, orgName, category, host]) => ({
    host, domain: host.split('.').slice(-2).join('.'), org, orgName, category, pattern: `${org}_${host.split('.')[0]}`,
  }));
  for (let i = 0; i < 3000; i++) {
    const unknown = i % 5 === 0;
    pool.push({
      host: `px.party${i}.example`, domain: `party${i}.example`, org: unknown ? null : `party_${i}`,
      orgName: unknown ? `party${i}.example` : `Party ${i}`, category: unknown ? 'unknown' : i % 3 ? 'advertising' : 'site_analytics',
      pattern: unknown ? null : `party_${i}`,
    });
  }
  const nSites = Math.max(1, Math.round(args.requests / 500));
  const start = args.startTime ?? Date.UTC(2026, 0, 1);
  const perTx = args.visitsPerTx ?? 400;
  let remaining = args.requests;
  let rows = 0;
  let visits = 0;
  const sitesSeen = new Set<string>();
  const siteRows = new Map<string, { site: string; policyStatus: string; policyUrl: string; policyHash: string; lastVisit: number }>();
  const summaries = new Map<string, { site: string; visitCount: number; firstVisit: number; lastVisit: number; lastUrl: string; lastTitle: string; lastTitleAt: number }>();
  while (remaining > 0) {
    const tx = db.transaction(['visits', 'hostStats', 'sites', 'siteSummaries'], 'readwrite', { durability: args.durability ?? 'relaxed' });
    const done = new Promise<void>((resolve, reject) => { tx.oncomplete = () => resolve(); tx.onerror = () => reject(tx.error); tx.onabort = () => reject(tx.error); });
    const hostStats = tx.objectStore('hostStats');
    for (let v = 0; v < perTx && remaining > 0; v++) {
      const site = `site-${Math.floor(nSites * rnd() ** 1.5)}.example`;
      const startedAt = start + visits * 60_000 + Math.floor(rnd() * 30_000);
      const visitId = `${1 + (visits % 40)}:${startedAt}:${id36(5)}`;
      const pageUrl = `https://www.${site}/article/${visits}-${id36(8)}`;
      const n = Math.min(remaining, 5 + Math.floor(rnd() ** 2 * 136));
      const h = Math.max(1, Math.min(n, Math.round(2 + n * 0.4 * (0.5 + rnd()))));
      const counts = new Array<number>(h).fill(1);
      for (let e = n - h; e > 0; e--) counts[Math.floor(h * rnd() ** 2)]++;
      const used = new Set<number>();
      for (let r = 0; r < h; r++) {
        let p = -1;
        if (r > 0) { do p = Math.floor(pool.length * rnd() ** 3); while (used.has(p)); used.add(p); }
        const party = p < 0 ? { host: `www.${site}`, domain: site, org: null, orgName: site, category: 'unknown', pattern: null } : pool[p];
        const count = counts[r];
        const sampleUrls: string[] = [];
        for (let u = 0; u < Math.min(count, 5); u++) {
          sampleUrls.push(`https://${party.host}/${p < 0 ? 'static/app' : 'collect'}/${id36(6)}?v=2&tid=${id36(10)}&cid=${id36(16)}&dl=${encodeURIComponent(pageUrl)}&dt=${id36(20)}&ev=${id36(6)}`.slice(0, 300));
        }
        const first = startedAt + Math.floor(rnd() * 2000);
        hostStats.put({
          key: `${visitId}|${party.host}|${party.pattern ?? ''}`, visitId, site, host: party.host, domain: party.domain,
          thirdParty: p >= 0, org: party.org, orgName: party.orgName, category: party.category, pattern: party.pattern,
          count, first, last: first + Math.floor(rnd() * 20_000), sampleUrls,
          types: p < 0 ? { stylesheet: 1, ...(count > 1 ? { script: count - 1 } : {}) } : { image: count },
          withCookies: p >= 0 && rnd() < 0.5 ? count : 0, withGpc: 0, cookiesSet: p >= 0 && rnd() < 0.3 ? ['uid'] : [],
        });
      }
      const title = `Article ${visits} — ${site}`;
      tx.objectStore('visits').put({ id: visitId, tabId: 1 + (visits % 40), url: pageUrl, site, title, startedAt, lastAt: startedAt + 20_000 });
      // Like lib/store/site-summary.ts noteVisit (+ setVisitTitle): the site's summary moves with every visit.
      const summary = summaries.get(site) ?? { site, visitCount: 0, firstVisit: startedAt, lastVisit: startedAt, lastUrl: pageUrl, lastTitle: title, lastTitleAt: startedAt };
      summary.visitCount++;
      summary.lastVisit = startedAt; summary.lastUrl = pageUrl; summary.lastTitle = title; summary.lastTitleAt = startedAt;
      summaries.set(site, summary);
      tx.objectStore('siteSummaries').put(summary);
      // Like VisitTracker.commit: the site row is created once and its lastVisit moves with every visit.
      let siteRow = siteRows.get(site);
      if (!siteRow) {
        sitesSeen.add(site);
        siteRow = { site, policyStatus: 'found', policyUrl: `https://www.${site}/privacy`, policyHash: id36(16), lastVisit: startedAt };
        siteRows.set(site, siteRow);
      }
      siteRow.lastVisit = startedAt;
      tx.objectStore('sites').put(siteRow);
      rows += h;
      visits++;
      remaining -= n;
    }
    await done;
  }
  db.close();
  return { requests: args.requests, rows, visits, sites: sitesSeen.size, ms: Math.round(performance.now() - t0) };
}

/**
 * Source for page.evaluate: tsx/esbuild wraps named inner functions in `__name(...)`, a helper that
 * does not exist in the page, so a no-op one is supplied around the serialised function.
 */
export function fillScript(args: FillArgs): string {
  return `(async () => { const __name = (f) => f; return (${fillInPage.toString()})(${JSON.stringify(args)}); })()`;
}
