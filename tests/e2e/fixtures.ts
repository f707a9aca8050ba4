/** Shared e2e set-up: one demo server + one extension session per test file. */
import { afterAll, beforeAll } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { launchWithExtension, type ExtensionSession } from '../../scripts/harness';
import type { Replies } from '../../lib/messaging/protocol';
import type { OptOutState } from '../../lib/core/optouts/types';

export interface E2E { server: DemoServer; session: ExtensionSession }

export function useExtension(opts: { locale?: string } = {}): E2E {
  const ctx = {} as E2E;
  beforeAll(async () => {
    ctx.server = await startDemoServer();
    ctx.session = await launchWithExtension({ hostResolverRules: ctx.server.hostResolverRules, locale: opts.locale });
  });
  afterAll(async () => {
    await ctx.session?.close();
    await ctx.server?.close();
  });
  return ctx;
}

export async function visitHosts(session: ExtensionSession, tabId: number): Promise<Replies['get-visit-hosts']> {
  return session.send<Replies['get-visit-hosts']>({ type: 'get-visit-hosts', tabId });
}

export async function optoutState(session: ExtensionSession, tabId: number): Promise<OptOutState | null> {
  return session.send<OptOutState | null>({ type: 'optout-state', tabId });
}

/** Poll until `check` passes or the timeout elapses (pages keep firing beacons after load). */
export async function eventually<T>(fn: () => Promise<T>, check: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await fn();
  while (!check(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    last = await fn();
  }
  return last;
}
