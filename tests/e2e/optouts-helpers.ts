/** Small helpers shared by the opt-out e2e tests (tests/e2e/optouts-*.test.ts). */
import type { Page } from 'playwright-core';
import type { DemoServer } from '../../scripts/demo-server';
import type { ExtensionSession } from '../../scripts/harness';
import type { OptOutState } from '../../lib/core/optouts/types';
import type { TabReport } from '../../lib/core/types';
import { eventually } from './fixtures';

/** Hosts the demo server served since `mark` (its own log is the ground truth of what left the browser). */
export function servedHosts(server: DemoServer, mark: number): Set<string> {
  return new Set(server.served.slice(mark).map((r) => r.host));
}

/**
 * Waits until the demo server has seen every `present` host since `mark` — proof the page ran its scripts
 * (so the absence of another host means it was blocked, not merely late) — and returns the hosts served.
 */
export async function settle(server: DemoServer, mark: number, present: string[]): Promise<Set<string>> {
  return eventually(async () => servedHosts(server, mark), (s) => present.every((h) => s.has(h)), 15_000);
}

export async function reload(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'load' });
}

export async function optoutState(session: ExtensionSession, tabId: number): Promise<OptOutState | null> {
  return session.send<OptOutState | null>({ type: 'optout-state', tabId });
}

export const isGoogle = (h: string) => /(^|\.)(google-analytics\.com|googletagmanager\.com|doubleclick\.net|googlesyndication\.com)$/.test(h);

/**
 * The real popup page for a demo tab (`popup.html?tab=<id>`), opened once the verdicts are in: while they are
 * pending the popup re-reads the report, and a row whose verdict arrives moves to another group (and closes).
 */
export async function openPopup(session: ExtensionSession, tabId: number): Promise<Page> {
  await eventually(() => session.send<TabReport | null>({ type: 'get-tab-report', tabId }),
    (r) => Boolean(r && r.policy && r.policy.status !== 'pending' && r.organizations.every((o) => o.verdict !== null)), 20_000);
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 700 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('[data-testid="site-actions"] [data-testid="gpc-toggle"]').waitFor();
  return popup;
}

/** Expands an organization's row in the popup and returns its opt-out actions. */
export async function expandOrg(popup: Page, orgKey: string) {
  await popup.locator(`li.fp-org[data-org="${orgKey}"] button.fp-org-toggle`).click();
  const actions = popup.locator(`[data-testid="org-actions"][data-org="${orgKey}"]`);
  await actions.waitFor();
  return actions;
}
