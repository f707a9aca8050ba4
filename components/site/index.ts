/** The per-site view: import from here (popup, dashboard, exported HTML report). */
export { SiteView, headline, type SiteViewProps } from './SiteView';
export { OrganizationRow, OrganizationDetails, type OrganizationRowProps } from './OrganizationRow';
export { VerdictBadge } from './VerdictBadge';
export {
  VERDICT_ORDER, verdictRank, compareOrganizations, sortOrganizations, groupByVerdict, detailKey, policyState,
  renderPopupModel, verdictMessageKey, categoryMessageKey, dataTypeMessageKey, policyStateMessageKey,
  type SiteModel, type VerdictGroup, type PolicyState,
} from './model';
export { SITE_CSS } from './styles';
export { Attribution, TRACKERDB_LICENSE_URL } from '../common/Attribution';
export { createTranslator, I18nProvider, useT, type Translate, type MessagesFile } from '../common/i18n';
