/**
 * Opt-out shortcuts shown in the popup (contract shared by the popup and the opt-out code): the popup
 * renders <SiteActions> in the site header and <OrganizationActions> in each expanded organization.
 * Every action goes through the same message protocol (lib/messaging/protocol.ts) via `send`.
 */
import type { OrganizationDetail, OrganizationVerdict, TabReport } from '../../lib/core/types';
import type { PageMessage } from '../../lib/messaging/protocol';

export type Send = <R = unknown>(msg: PageMessage) => Promise<R>;

export interface SiteActionsProps { report: TabReport; tabId: number; send: Send; onChanged?: () => void }
export interface OrganizationActionsProps { report: TabReport; tabId: number; org: OrganizationVerdict; detail: OrganizationDetail | undefined; send: Send; onChanged?: () => void }

export { SiteActions } from './SiteActions';
export { OrganizationActions } from './OrganizationActions';
export { OPTOUT_CSS } from './styles';
