/**
 * dashboard-2000: navigation start → the dashboard's sites list rendered WHOLE, in Chromium, with the
 * database the store-query measure filled (1,000,000 requests over 2,000 sites): the list holds every site
 * (the pager reads "1–50 of <all sites>": the whole index is in, not just the first screen of recent sites)
 * and the page's 50 rows are rendered. Next to it: the first rows (`first_rows_*`, what this measure used to
 * time) and the moment every visible row also has its organizations and verdict bar (`details_*`, read per
 * page from the visits' host rows). Same method as popup-render: a MutationObserver installed before any page
 * script records the moments.
 */
import type { OrgsFixture } from './orgs.ts';
import { median, quantile, round } from './stats.ts';

export interface DashboardResult {
  name: 'dashboard-2000';
  /** Navigation start → the whole list rendered (every site in the list, the page's rows shown). */
  median_ms: number;
  p90_ms: number;
  /** Navigation start → the first rows. */
  first_rows_median_ms: number;
  first_rows_p90_ms: number;
  /** Navigation start → the whole list with every visible row's organizations and verdicts. */
  details_median_ms: number;
  details_p90_ms: number;
  sites: number;
  rows_shown: number;
  runs: number;
}

const ROW = 'table[data-testid="sites-list"] tr[data-site]';

function watchScript(sites: number): string {
  return `(() => {
    const state = { first: 0, whole: 0, ms: 0, rows: 0 };
    globalThis.__fpDash = state;
    const check = () => {
      if (state.ms) return;
      const rows = document.querySelectorAll(${JSON.stringify(ROW)});
      if (rows.length === 0) return;
      if (!state.first) state.first = performance.now();
      const range = document.querySelector('[data-testid="page-range"]')?.textContent ?? '';
      // The pager prints the total as a plain number (String(total)): '1–50 of 2001'.
      const all = range.replace(/[^0-9]+/g, ' ').trim().split(' ').includes(String(${sites}));
      const complete = [...rows].every((r) => r.lastElementChild && !r.lastElementChild.textContent.includes('…'));
      if (all && !state.whole) { state.whole = performance.now(); state.rows = rows.length; }
      if (all && complete) state.ms = performance.now();
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  })();`;
}

export async function benchDashboard(fx: OrgsFixture, opts: { runs?: number; warmup?: number } = {}): Promise<DashboardResult> {
  const { runs = 10, warmup = 2 } = opts;
  const url = `chrome-extension://${fx.session.extensionId}/dashboard.html`;
  const sites = await countSites(fx);
  const times: number[] = [];
  const first: number[] = [];
  const details: number[] = [];
  let rows = 0;
  for (let i = -warmup; i < runs; i++) {
    const page = await fx.session.context.newPage();
    await page.addInitScript(watchScript(sites));
    await page.goto(url);
    const handle = await page.waitForFunction(() => {
      const s = (globalThis as unknown as { __fpDash?: { ms: number } }).__fpDash;
      return s && s.ms ? s : null;
    }, undefined, { polling: 50, timeout: 60_000 });
    const s = (await handle.jsonValue()) as { ms: number; whole: number; first: number; rows: number };
    rows = s.rows;
    await page.close();
    if (i >= 0) { times.push(s.whole); first.push(s.first); details.push(s.ms); }
  }
  return {
    name: 'dashboard-2000', median_ms: round(median(times), 1), p90_ms: round(quantile(times, 0.9), 1),
    first_rows_median_ms: round(median(first), 1), first_rows_p90_ms: round(quantile(first, 0.9), 1),
    details_median_ms: round(median(details), 1), details_p90_ms: round(quantile(details, 0.9), 1), sites, rows_shown: rows, runs,
  };
}

async function countSites(fx: OrgsFixture): Promise<number> {
  return fx.session.extPage.evaluate(async () => {
    const open = indexedDB.open('fineprint');
    const db: IDBDatabase = await new Promise((res, rej) => { open.onsuccess = () => res(open.result); open.onerror = () => rej(open.error); });
    const req = db.transaction('sites').objectStore('sites').count();
    return new Promise<number>((res) => { req.onsuccess = () => { res(req.result); db.close(); }; });
  });
}
