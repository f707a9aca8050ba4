/**
 * The journeys' shared set-up: one demo server and one browser session per browser, shared by every
 * scenario (tests/e2e/journeys/*.scenario.ts) — launching once is what keeps two browsers' suites inside
 * the CI time. Scenarios leave the session as they found it (GPC off, no blocks, banners not auto-rejected).
 */
import { afterAll, beforeAll } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../scripts/demo-server';
import { launchSession } from '../../../scripts/launch-session';
import type { BrowserName, BrowserSession } from '../../../scripts/session';
import type { TabReport } from '../../../lib/core/types';
import type { OptOutState } from '../../../lib/core/optouts/types';
import { eventually } from '../fixtures';

export { eventually };

export interface Journey {
  readonly browser: BrowserName;
  readonly server: DemoServer;
  readonly session: BrowserSession;
}

export function useJourneySession<S extends BrowserSession = BrowserSession>(browser: BrowserName, figures?: Record<string, number>): Journey & { session: S } {
  const j = { browser } as Journey & { server: DemoServer; session: S };
  beforeAll(async () => {
    const t = Date.now();
    j.server = await startDemoServer();
    j.session = await launchSession(browser, { hostResolverRules: j.server.hostResolverRules, ignoreCertErrors: true }) as S;
    if (figures) figures.launchMs = Date.now() - t;
  });
  afterAll(async () => {
    await j.session?.close();
    await j.server?.close();
  });
  return j;
}

export const tabReport = (j: Journey, tabId: number) => j.session.send<TabReport | null>({ type: 'get-tab-report', tabId });
export const optoutState = (j: Journey, tabId: number) => j.session.send<OptOutState | null>({ type: 'optout-state', tabId });

/** Policy read and every organization judged (verdicts no longer pending). */
export function judged(r: TabReport | null, atLeast: number): boolean {
  return Boolean(r && r.policy && r.policy.status !== 'pending' && r.organizations.length >= atLeast && r.organizations.every((o) => o.verdict !== null));
}

/**
 * A tab's report once every organization is judged AND nothing in it has moved for a second: a company's later
 * request can change its category and so its verdict (the Chinese page's Alibaba is a CDN script first, `misc`,
 * then the analytics beacon that script fires), so "all judged" alone can catch a verdict in passing.
 */
export async function settledReport(j: Journey, tabId: number, atLeast: number, timeoutMs = 20_000): Promise<TabReport | null> {
  const sig = (r: TabReport | null) => JSON.stringify(r?.organizations.map((o) => [o.org ?? o.hosts[0], o.category, o.requests, o.verdict]) ?? null);
  const end = Date.now() + timeoutMs;
  let last: TabReport | null = null;
  let same = 0;
  while (Date.now() < end) {
    const r = await tabReport(j, tabId);
    same = judged(r, atLeast) && sig(r) === sig(last) ? same + 1 : 0;
    last = r;
    if (same >= 5) break;
    await new Promise((res) => setTimeout(res, 200));
  }
  return last;
}

/** Hosts the demo server served since `mark` (its own log is the ground truth of what left the browser). */
export function servedHosts(server: DemoServer, mark: number): Set<string> {
  return new Set(server.served.slice(mark).map((r) => r.host));
}

/**
 * Waits until the demo server has seen every `present` host since `mark` — proof the page ran its scripts
 * (so the absence of another host means it was blocked, not merely late) — and returns the hosts served.
 * Fails when one of them never came.
 */
export async function settle(server: DemoServer, mark: number, present: string[]): Promise<Set<string>> {
  const hosts = await eventually(async () => servedHosts(server, mark), (s) => present.every((h) => s.has(h)), 15_000);
  const missing = present.filter((h) => !hosts.has(h));
  if (missing.length) throw new Error(`the demo server never saw ${missing.join(', ')} (it saw ${[...hosts].join(', ')})`);
  return hosts;
}

export const isGoogle = (h: string) => /(^|\.)(google-analytics\.com|googletagmanager\.com|doubleclick\.net|googlesyndication\.com)$/.test(h);

/** Key of an organization as the popup and the reports name it (`org` key, or `domain:<site>` for unknown parties). */
export const orgKey = (o: { org: string | null; name: string }) => o.org ?? `domain:${o.name}`;
