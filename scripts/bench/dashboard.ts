/**
 * dashboard-2000: navigation start → the dashboard's first view (the sites list with its first rows)
 * in Chromium, with the database the store-query measure filled (1,000,000 requests over 2,000 sites).
 * Same method as popup-render: a MutationObserver installed before any page script records the moment.
 */
import type { OrgsFixture } from './orgs.ts';
import { median, quantile, round } from './stats.ts';

export interface DashboardResult { name: 'dashboard-2000'; median_ms: number; p90_ms: number; sites: number; rows_shown: number; runs: number }

const ROW = 'table[data-testid="sites-list"] tr[data-site]';

function watchScript(): string {
  return `(() => {
    const state = { ms: 0, rows: 0, total: '' };
    globalThis.__fpDash = state;
    new MutationObserver(() => {
      if (state.ms) return;
      const n = document.querySelectorAll(${JSON.stringify(ROW)}).length;
      if (n > 0) { state.ms = performance.now(); state.rows = n; }
    }).observe(document, { childList: true, subtree: true });
  })();`;
}

export async function benchDashboard(fx: OrgsFixture, opts: { runs?: number; warmup?: number } = {}): Promise<DashboardResult> {
  const { runs = 10, warmup = 2 } = opts;
  const url = `chrome-extension://${fx.session.extensionId}/dashboard.html`;
  const times: number[] = [];
  let rows = 0;
  for (let i = -warmup; i < runs; i++) {
    const page = await fx.session.context.newPage();
    await page.addInitScript(watchScript());
    await page.goto(url);
    const handle = await page.waitForFunction(() => {
      const s = (globalThis as unknown as { __fpDash?: { ms: number } }).__fpDash;
      return s && s.ms ? s : null;
    }, undefined, { polling: 50, timeout: 60_000 });
    const s = (await handle.jsonValue()) as { ms: number; rows: number };
    rows = s.rows;
    await page.close();
    if (i >= 0) times.push(s.ms);
  }
  const sites = await fx.session.extPage.evaluate(async () => {
    const open = indexedDB.open('fineprint');
    const db: IDBDatabase = await new Promise((res, rej) => { open.onsuccess = () => res(open.result); open.onerror = () => rej(open.error); });
    const req = db.transaction('sites').objectStore('sites').count();
    return new Promise<number>((res) => { req.onsuccess = () => { res(req.result); db.close(); }; });
  });
  return { name: 'dashboard-2000', median_ms: round(median(times), 1), p90_ms: round(quantile(times, 0.9), 1), sites, rows_shown: rows, runs };
}
