/**
 * The extension's own verdicts on the demo sites (labelled by reading each demo policy — see
 * scripts/demo-site/pages/<site>/privacy.html), and the toolbar badge that summarises them.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_URLS } from '../../scripts/demo-server';
import type { TabReport } from '../../lib/core/types';
import { eventually, useExtension } from './fixtures';

const e2e = useExtension();
const report = (tabId: number) => e2e.session.send<TabReport | null>({ type: 'get-tab-report', tabId });
const judged = (r: TabReport | null, n: number) => Boolean(r && r.policy?.status === 'found' && r.organizations.length >= n && r.organizations.every((o) => o.verdict !== null));
const badgeText = (tabId: number) => e2e.session.extPage.evaluate((id) =>
  (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);

describe('verdicts in real Chromium', () => {
  it('judges the news site against its policy, with the quoted sentence as evidence', async () => {
    const { page, tabId } = await e2e.session.openTab(DEMO_URLS.news);
    const r = await eventually(() => report(tabId), (x) => judged(x, 4), 20_000);
    const byKey = Object.fromEntries((r?.organizations ?? []).map((o) => [o.org ?? `domain:${o.name}`, o]));
    expect(byKey.google.verdict).toBe('named');
    expect(byKey.google.evidence?.text).toMatch(/Google Analytics/);
    expect(byKey.criteo.verdict).toBe('category');
    expect(byKey.criteo.evidence?.text).toMatch(/advertising partners/);
    expect(byKey.hotjar.verdict).toBe('contradicted');
    expect(byKey.hotjar.evidence?.text).toMatch(/mouse movements or keystrokes/);
    expect(byKey['domain:tracksy-metrics.example'].verdict).toBe('undisclosed');
    expect(r?.summary?.headline).toMatch(/of 4 companies/);
    // Badge: undisclosed + contradicted = 2.
    expect(await eventually(() => badgeText(tabId), (t) => t === '2', 10_000)).toBe('2');
    await page.close();
  });

  it('reads the Chinese site\'s third-party SDK table as disclosure', async () => {
    const { page, tabId } = await e2e.session.openTab(DEMO_URLS.chinese);
    const r = await eventually(() => report(tabId), (x) => judged(x, 3), 20_000);
    const byKey = Object.fromEntries((r?.organizations ?? []).map((o) => [o.org, o.verdict]));
    expect(byKey.baidu).toBe('named');
    expect(byKey.umeng).toBe('named');
    expect(byKey.bytedance_inc).not.toBe('named');
    await page.close();
  });

  it('keeps a snapshot of the verdicts with the policy version they were judged against', async () => {
    const { page, tabId } = await e2e.session.openTab(DEMO_URLS.shop);
    const r = await eventually(() => report(tabId), (x) => judged(x, 4), 20_000);
    // Snapshots are written in the background after a judgement: poll for it.
    const readSnapshot = () => e2e.session.extPage.evaluate(async (key) => {
      const open = indexedDB.open('fineprint');
      const db: IDBDatabase = await new Promise((res, rej) => { open.onsuccess = () => res(open.result); open.onerror = () => rej(open.error); });
      const tx = db.transaction('verdicts').objectStore('verdicts').get(key);
      return new Promise<{ policyHash: string } | undefined>((res) => { tx.onsuccess = () => { res(tx.result); db.close(); }; });
    }, `cartwheel-shop.example|${r?.policy?.hash}`);
    const snapshot = await eventually(readSnapshot, (x) => x !== undefined);
    expect(snapshot?.policyHash).toBe(r?.policy?.hash);
    await page.close();
  });
});
