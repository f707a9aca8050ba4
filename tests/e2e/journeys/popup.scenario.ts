/**
 * Journey 2 — the popup for a demo tab, opened as the real popup page for that tab (`popup.html?tab=<id>`;
 * in Firefox `moz-extension://<uuid>/popup.html?tab=<id>`): every organization the extension recorded is
 * listed with the verdict it reached, and expanding a row quotes the policy sentence behind it. The verdicts
 * are the ones labelled by reading each demo policy (scripts/demo-site/pages/<site>/privacy.html), and the
 * toolbar badge sums them up. Same assertions in both browsers.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_URLS } from '../../../scripts/demo-server';
import type { SessionPage } from '../../../scripts/session';
import type { TabReport } from '../../../lib/core/types';
import { displayName } from '../../../lib/core/names';
import { eventually, judged, orgKey, settledReport, type Journey } from './context';

/** What each organization's row must say: its verdict and a pattern its quoted sentence matches (null: no quote). */
const NEWS: Record<string, { verdict: string; quote: RegExp | null }> = {
  google: { verdict: 'named', quote: /Google Analytics/ },
  criteo: { verdict: 'category', quote: /advertising partners/ },
  hotjar: { verdict: 'contradicted', quote: /mouse movements or keystrokes/ },
  'domain:tracksy-metrics.example': { verdict: 'undisclosed', quote: null },
};

const row = (key: string) => `li.fp-org[data-org="${key.replace(/^domain:/, '')}"]`;

async function openPopupWhenJudged(j: Journey, tabId: number, orgs: number): Promise<{ popup: SessionPage; report: TabReport }> {
  // Opened once the verdicts are in: a row whose verdict arrives later moves to another group (and closes).
  const report = (await settledReport(j, tabId, orgs))!;
  expect(judged(report, orgs)).toBe(true);
  const popup = await j.session.openExtensionPage(`popup.html?tab=${tabId}`, { width: 380, height: 700 });
  await popup.waitFor('li.fp-org');
  return { popup, report };
}

/** Each recorded organization has its row, its verdict on the badge, and — expanded — the report's quote. */
async function expectRowsMatchReport(popup: SessionPage, report: TabReport): Promise<Record<string, { verdict: string | null; quote: string | null }>> {
  const shown: Record<string, { verdict: string | null; quote: string | null }> = {};
  expect(await popup.count('li.fp-org')).toBe(report.organizations.length);
  for (const o of report.organizations) {
    const key = orgKey(o);
    // The company by its display name in the reader's language (both browsers run with an English UI here).
    expect(await popup.text(`${row(key)} .fp-org-name`), key).toBe(displayName(o.org, o.name, 'en'));
    const verdict = await popup.attribute(`${row(key)} .fp-badge`, 'data-verdict');
    expect(verdict, key).toBe(o.verdict);
    await popup.click(`${row(key)} button.fp-org-toggle`);
    await popup.waitFor(`${row(key)} .fp-details`);
    const quote = await popup.text(`${row(key)} .fp-quote`);
    expect(quote, key).toBe(o.evidence?.text ?? null);
    shown[key] = { verdict, quote };
  }
  return shown;
}

export function popupScenario(j: Journey): void {
  describe('the popup shows each organization with its verdict and the quoted policy sentence', () => {
    it('on the news site, with the badge counting what the policy did not disclose', async () => {
      const { page, tabId } = await j.session.openTab(DEMO_URLS.news);
      const { popup, report } = await openPopupWhenJudged(j, tabId, 4);
      expect(await popup.text('h1')).toBe('dailyglobe.example');
      expect(report.summary?.headline).toMatch(/of 4 companies/);
      const shown = await expectRowsMatchReport(popup, report);
      for (const [key, want] of Object.entries(NEWS)) {
        expect(shown[key]?.verdict, key).toBe(want.verdict);
        if (want.quote) expect(shown[key]?.quote, key).toMatch(want.quote);
        else expect(shown[key]?.quote, key).toBeNull();
      }
      expect(Object.keys(shown).sort()).toEqual(Object.keys(NEWS).sort());
      // Badge: undisclosed + contradicted = 2.
      const badge = () => j.session.extPage.evaluate((id) => {
        type Action = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
        const g = globalThis as unknown as { browser?: Action; chrome: Action };
        return (g.browser ?? g.chrome).action.getBadgeText({ tabId: id });
      }, tabId);
      expect(await eventually(badge, (t) => t === '2', 10_000)).toBe('2');
      expect(await popup.text('footer')).toContain('Tracker data: Ghostery TrackerDB, CC BY-NC-SA 4.0');
      await popup.close();
      await page.close();
    });

    it('on the Chinese site, reading its third-party SDK table as disclosure', async () => {
      const { page, tabId } = await j.session.openTab(DEMO_URLS.chinese);
      // Baidu, Umeng, ByteDance, Alibaba, Tencent and GrowingIO (records.scenario.ts lists the page's organizations).
      const { popup, report } = await openPopupWhenJudged(j, tabId, 6);
      const shown = await expectRowsMatchReport(popup, report);
      expect(await popup.text(`${row('bytedance_inc')} .fp-org-name`)).toBe('ByteDance');
      expect(await popup.text(`${row('qq.com')} .fp-org-name`)).toBe('Tencent');
      expect(shown.baidu).toMatchObject({ verdict: 'named' });
      expect(shown.baidu.quote).toContain('百度统计');
      expect(shown.umeng.verdict).toBe('named');
      expect(shown.bytedance_inc.verdict).not.toBe('named');
      await popup.close();
      await page.close();
    });
  });
}
