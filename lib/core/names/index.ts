/** Company names in the reader's language (display + legal) and the brand aliases policies use. Pure data + lookups. */
export { ORGANIZATION_NAMES, displayName, legalName, nameLanguage, type OrganizationNames } from './organizations.ts';
export { CHINESE_BRAND_ALIASES, lexiconAliases, type BrandAlias } from './aliases.ts';
