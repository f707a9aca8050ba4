/**
 * The dashboard as a person meets it, in real Chromium with the built extension: hostile page/policy text
 * stays inert in the exported HTML; deletion, pause and never-record. (The site, organization and graph views
 * and the HTML/JSON/CSV downloads are a shared journey, run in Chromium and Firefox:
 * tests/e2e/journeys/dashboard.scenario.ts.)
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { DEMO_URLS } from '../../scripts/demo-server';
import { eventually, useExtension, visitHosts } from './fixtures';
import { buildReportModel } from '../../lib/core/report/model';
import { generateHistory } from '../support/generate-history';
import { exportJson } from '../../lib/core/report/json';
import { parseCsv } from '../../lib/core/report/csv';
import type { Replies } from '../../lib/messaging/protocol';

const e2e = useExtension();
const HOSTILE = '<img src=x onerror="globalThis.pwned=1;alert(1)"><script>globalThis.pwned=2;alert(2)</script>=cmd|\' /C calc\'!A0 ';

async function openDashboard(): Promise<Page> {
  const page = await e2e.session.context.newPage();
  await page.goto(`chrome-extension://${e2e.session.extensionId}/dashboard.html`);
  return page;
}

async function visit(url: string, host: string): Promise<void> {
  const { page, tabId } = await e2e.session.openTab(url);
  await eventually(() => visitHosts(e2e.session, tabId), (r) => r.hosts.some((h) => h.host === host));
  await page.close();
}

async function setSettings(dash: Page, patch: Record<string, unknown>): Promise<void> {
  await dash.evaluate(async (p) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, Record<string, unknown>>>; set(v: object): Promise<void> } } } }).chrome;
    const cur = (await c.storage.local.get('settings')).settings ?? {};
    await c.storage.local.set({ settings: { ...cur, ...p } });
  }, patch);
  // The background caches the settings from storage.onChanged; a round trip lets that event land first.
  await e2e.session.send({ type: 'ping' });
}

describe('dashboard', () => {
  it('keeps hostile page titles, host names and policy sentences inert in the exported HTML and CSV', async () => {
    const doc = JSON.parse(exportJson(buildReportModel(generateHistory(3, { hostile: HOSTILE, seed: 3 }))));
    // A title that is a spreadsheet formula from its first character.
    for (const v of doc.sites[0].visits) v.title = '=HYPERLINK("http://evil.example","click")';
    const hostile = JSON.stringify(doc);
    const imported = await e2e.session.send<Replies['import-report']>({ type: 'import-report', json: hostile });
    expect(imported.ok).toBe(true);
    const exp = await e2e.session.send<Replies['export-report']>({ type: 'export-report', filter: { sites: ['site0.example', 'site1.example', 'site2.example'] } });
    expect(exp.sites).toBe(3);
    const dir = mkdtempSync(path.join(tmpdir(), 'fineprint-export-'));
    try {
      const file = path.join(dir, 'report.html');
      writeFileSync(file, exp.html!);
      for (const load of [(p: Page) => p.setContent(exp.html!), (p: Page) => p.goto(pathToFileURL(file).href)]) {
        const page = await e2e.session.context.newPage();
        const events: string[] = [];
        page.on('dialog', (d) => { events.push(`dialog ${d.message()}`); void d.dismiss(); });
        page.on('request', (r) => { if (!r.url().startsWith('file:')) events.push(`request ${r.url()}`); });
        await load(page);
        const found = await page.evaluate(() => ({
          pwned: (globalThis as { pwned?: unknown }).pwned ?? null,
          injected: document.querySelectorAll('script, img, iframe, object, embed, link').length,
          text: document.body.textContent ?? '',
        }));
        expect(found.pwned).toBeNull();
        expect(found.injected).toBe(0);
        expect(found.text).toContain('<img src=x onerror=');
        expect(found.text).toContain('<script>globalThis.pwned=2');
        expect(events).toEqual([]);
        await page.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    for (const r of parseCsv(exp.csv!).slice(1)) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(exp.csv).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"');
  });

  it('deletes a site, honours pause and never-record, and deletes everything', async () => {
    await visit(DEMO_URLS.news, 'www.google-analytics.com');
    await visit(DEMO_URLS.shop, 'www.facebook.com');
    const dash = await openDashboard();
    await e2e.session.send({ type: 'delete-site', site: 'cartwheel-shop.example' });
    await dash.reload();
    await dash.locator('tr[data-site="dailyglobe.example"]').waitFor();
    expect(await dash.locator('tr[data-site="cartwheel-shop.example"]').count()).toBe(0);

    await setSettings(dash, { paused: true });
    const paused = await e2e.session.openTab(DEMO_URLS.chinese);
    expect((await visitHosts(e2e.session, paused.tabId)).visitId).toBeNull();
    await paused.page.close();

    await setSettings(dash, { paused: false, neverRecord: ['xinxi-zh.example'] });
    const never = await e2e.session.openTab(DEMO_URLS.chinese);
    expect((await visitHosts(e2e.session, never.tabId)).visitId).toBeNull();
    await never.page.close();
    await visit(DEMO_URLS.shop, 'www.facebook.com');

    await dash.reload();
    await dash.locator('tr[data-site="cartwheel-shop.example"]').waitFor();
    expect(await dash.locator('tr[data-site="xinxi-zh.example"]').count()).toBe(0);
    await dash.getByTestId('tab-data').click();
    await dash.getByTestId('delete-all').click();
    await dash.getByTestId('delete-all-confirm').click();
    await dash.getByTestId('tab-sites').click();
    await dash.getByTestId('no-sites').waitFor();
    await setSettings(dash, { neverRecord: [] });
    await dash.close();
  });
});
