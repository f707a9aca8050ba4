/**
 * The report's pure entry points (for the background, the CLI and the benchmark). The core ends here: the
 * HTML rendering is components/report/render-html.tsx, the synthetic history tests/support/generate-history.ts.
 */
export { buildReportModel, buildSiteIndex, searchSites, policyChanges } from './model';
export { exportJson, parseReportJson } from './json';
export { exportCsv, parseCsv } from './csv';
export type * from './types';
