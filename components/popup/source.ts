/**
 * What the popup needs from wherever it runs: the tab to show, its report and hosts, and a way to send the
 * opt-out actions. The extension's implementation is lib/browser/popup-source.ts; tests pass their own.
 */
import type { TabReport } from '../../lib/core/types';
import type { PageMessage, Replies } from '../../lib/messaging/protocol';

export interface PopupSource {
  tabId(): Promise<number | null>;
  tabReport(tabId: number): Promise<TabReport | null>;
  visitHosts(tabId: number): Promise<Replies['get-visit-hosts']>;
  /** For the opt-out actions rendered inside the popup. */
  send<R = unknown>(msg: PageMessage): Promise<R>;
}
