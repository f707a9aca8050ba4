/** The report's pure entry points (for the background, the CLI and the benchmark). */
export { buildReportModel, buildSiteIndex, searchSites, policyChanges } from './model';
export { exportJson, parseReportJson } from './json';
export { exportCsv, parseCsv } from './csv';
export { exportHtml, englishT } from './html';
export { generateHistory } from './fixtures';
export type * from './types';
