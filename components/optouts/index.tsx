/**
 * Opt-out shortcuts shown in the popup (contract shared by the popup and the opt-out code).
 * TEMPORARY placeholder bodies: the opt-out engineer replaces them with the real actions.
 */
import type { OrganizationDetail, OrganizationVerdict, TabReport } from '../../lib/core/types';
import type { PageMessage } from '../../lib/messaging/protocol';

export type Send = <R = unknown>(msg: PageMessage) => Promise<R>;

export interface SiteActionsProps { report: TabReport; tabId: number; send: Send; onChanged?: () => void }
export interface OrganizationActionsProps { report: TabReport; tabId: number; org: OrganizationVerdict; detail: OrganizationDetail | undefined; send: Send; onChanged?: () => void }

export function SiteActions(_props: SiteActionsProps) {
  return null;
}

export function OrganizationActions(_props: OrganizationActionsProps) {
  return null;
}
