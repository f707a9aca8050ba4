/**
 * The opt-out components' contract with the popup: what they are given, and how they talk to the background
 * (the one message protocol, lib/messaging/protocol.ts). Kept apart from index.tsx so the components can
 * use it without importing the file that re-exports them.
 */
import type { OrganizationDetail, OrganizationVerdict, TabReport } from '../../lib/core/types';
import type { PageMessage } from '../../lib/messaging/protocol';

export type Send = <R = unknown>(msg: PageMessage) => Promise<R>;

export interface SiteActionsProps { report: TabReport; tabId: number; send: Send; onChanged?: () => void }
export interface OrganizationActionsProps { report: TabReport; tabId: number; org: OrganizationVerdict; detail: OrganizationDetail | undefined; send: Send; onChanged?: () => void }
