/**
 * Opt-out shortcuts shown in the popup (contract shared by the popup and the opt-out code): the popup
 * renders <SiteActions> in the site header and <OrganizationActions> in each expanded organization.
 * Every action goes through the same message protocol (lib/messaging/protocol.ts) via `send`.
 */
export type { Send, SiteActionsProps, OrganizationActionsProps } from './types';

export { SiteActions } from './SiteActions';
export { OrganizationActions } from './OrganizationActions';
export { OPTOUT_CSS } from './styles';
