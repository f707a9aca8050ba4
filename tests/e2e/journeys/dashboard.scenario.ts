/**
 * Journey 6 — the dashboard and its exports: sites visited on the demo server are listed, the per-site,
 * organization and graph views show them, and the three export buttons make the browser download the
 * extension's own HTML, JSON and CSV files (real downloads, read from where the browser saved them).
 * Same assertions in both browsers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { DEMO_URLS } from '../../../scripts/demo-server';
import { parseCsv } from '../../../lib/core/report/csv';
import type { Replies } from '../../../lib/messaging/protocol';
import { eventually, type Journey } from './context';

const schema = JSON.parse(readFileSync('docs/report-schema.json', 'utf8'));
const FILENAME = (ext: string) => new RegExp(`^fineprint-report-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`);

export function dashboardScenario(j: Journey): void {
  async function visit(url: string, host: string): Promise<void> {
    const { page, tabId } = await j.session.openTab(url);
    const r = await eventually(() => j.session.send<Replies['get-visit-hosts']>({ type: 'get-visit-hosts', tabId }), (x) => x.hosts.some((h) => h.host === host));
    expect(r.hosts.some((h) => h.host === host), host).toBe(true);
    await page.close();
  }

  describe('dashboard', () => {
    it('lists visited sites, shows the site, organization and graph views, and downloads HTML, JSON and CSV exports', async () => {
      await visit(DEMO_URLS.news, 'www.google-analytics.com');
      await visit(DEMO_URLS.shop, 'www.facebook.com');
      const dash = await j.session.openExtensionPage('dashboard.html');
      expect(await eventually(() => dash.text('[data-testid="local-notice"]'), (t) => Boolean(t?.includes('only in this browser')))).toContain('only in this browser');
      await dash.waitFor('tr[data-site="dailyglobe.example"]');
      expect(await dash.count('tr[data-site="cartwheel-shop.example"]')).toBe(1);
      await dash.click('tr[data-site="dailyglobe.example"] button');
      expect(await eventually(() => dash.count('[data-testid="site-detail"] [data-org="google"]'), (n) => n === 1)).toBe(1);

      await dash.click('[data-testid="tab-organizations"]');
      expect(await eventually(() => dash.text('[data-testid="organizations"]'), (t) => /Google saw you on \d of \d+ sites/.test(t ?? ''))).toMatch(/Google saw you on \d of \d+ sites/);
      await dash.click('[data-testid="tab-graph"]');
      expect(await eventually(() => dash.count('[data-testid="graph"] svg line'), (n) => n > 0)).toBeGreaterThan(0);

      await dash.click('[data-testid="tab-data"]');
      const json = await j.session.download(dash, '[data-testid="export-json"]');
      expect(json.filename).toMatch(FILENAME('json'));
      const doc = JSON.parse(json.content);
      const validate = new Ajv({ strict: false }).compile(schema);
      expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(doc.sites.map((s: { site: string }) => s.site)).toEqual(expect.arrayContaining(['dailyglobe.example', 'cartwheel-shop.example']));
      const news = doc.sites.find((s: { site: string }) => s.site === 'dailyglobe.example');
      expect(news.organizations.map((o: { org: string | null }) => o.org)).toEqual(expect.arrayContaining(['google', 'hotjar', 'criteo']));

      const csv = await j.session.download(dash, '[data-testid="export-csv"]');
      expect(csv.filename).toMatch(FILENAME('csv'));
      const rows = parseCsv(csv.content);
      // Organizations by their display name, in the reader's words (no organization-key column).
      expect(rows.some((r) => r[0] === 'cartwheel-shop.example' && r[8] === 'Meta')).toBe(true);

      const html = await j.session.download(dash, '[data-testid="export-html"]');
      expect(html.filename).toMatch(FILENAME('html'));
      expect(html.content).toMatch(/^<!doctype html>/i);
      expect(html.content).toContain('dailyglobe.example');
      expect(html.content).toContain('cartwheel-shop.example');
      expect(html.content).not.toMatch(/<script/i);
      await dash.close();
    });
  });
}
