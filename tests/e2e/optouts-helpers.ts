/** Small helpers shared by the opt-out e2e tests (tests/e2e/optouts-*.test.ts). */
import type { Page } from 'playwright-core';
import type { DemoServer } from '../../scripts/demo-server';
import type { ExtensionSession } from '../../scripts/harness';
import type { OptOutState } from '../../lib/core/optouts/types';
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
