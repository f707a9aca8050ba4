/**
 * Styles of the site view as a string, so the popup, the dashboard and the exported HTML report (which
 * inlines it in a <style>) share one source. Colours are chosen for WCAG AA contrast (≥ 4.5:1 for text);
 * verdicts also carry an icon and words, never colour alone.
 */
export const SITE_CSS = `
.fp-root { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2937; background: #fff; }
.fp-root *, .fp-root *::before, .fp-root *::after { box-sizing: border-box; }
.fp-root a { color: #1d4ed8; text-underline-offset: 2px; }
.fp-root a:hover { color: #1e3a8a; }
.fp-root :focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; border-radius: 4px; }
.fp-root code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; }
.fp-root h1, .fp-root h2, .fp-root h3, .fp-root h4 { margin: 0; }
.fp-site-header { padding: 14px 16px 12px; border-bottom: 1px solid #e5e7eb; background: #f9fafb; }
.fp-site-name { font-size: 18px; font-weight: 650; overflow-wrap: anywhere; }
.fp-page-title { margin: 2px 0 0; color: #4b5563; font-size: 13px; overflow-wrap: anywhere; }
.fp-policy { margin: 8px 0 0; display: flex; flex-wrap: wrap; gap: 4px 6px; align-items: baseline; font-size: 13px; }
.fp-policy-icon { display: inline-block; width: 1.3em; text-align: center; font-weight: 700; }
.fp-policy-found .fp-policy-icon { color: #166534; }
.fp-policy-changed .fp-policy-icon, .fp-policy-changed { color: #92400e; }
.fp-policy-not-found .fp-policy-icon, .fp-policy-fetch-failed .fp-policy-icon, .fp-policy-unsupported-format .fp-policy-icon,
.fp-policy-too-large .fp-policy-icon, .fp-policy-empty .fp-policy-icon { color: #991b1b; }
.fp-headline { margin: 10px 0 0; font-size: 15px; font-weight: 550; }
.fp-site-actions { margin-top: 10px; }
.fp-empty { padding: 16px; color: #4b5563; }
.fp-group { padding: 10px 0 4px; border-bottom: 1px solid #f3f4f6; }
.fp-group-heading { padding: 0 16px; font-size: 13px; font-weight: 650; text-transform: none; color: #111827; }
.fp-count { color: #4b5563; font-weight: 400; }
.fp-group-explain { margin: 2px 16px 6px; color: #4b5563; font-size: 12px; }
.fp-orgs, .fp-plain, .fp-hosts, .fp-samples, .fp-consent, .fp-chips { list-style: none; margin: 0; padding: 0; }
.fp-org { border-left: 4px solid transparent; }
.fp-org-heading { font-size: inherit; font-weight: inherit; }
.fp-org-toggle { all: unset; box-sizing: border-box; display: flex; gap: 6px; width: 100%; padding: 8px 16px 8px 10px; cursor: pointer; }
.fp-org-toggle:hover { background: #f3f4f6; }
.fp-org-toggle:focus-visible { outline: 3px solid #2563eb; outline-offset: -3px; }
.fp-chevron { width: 1em; color: #4b5563; flex: none; }
.fp-row-summary { display: flex; flex-direction: column; gap: 1px; min-width: 0; flex: 1; }
.fp-row-line { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.fp-org-name { font-weight: 600; overflow-wrap: anywhere; }
.fp-row-meta, .fp-row-types { color: #4b5563; font-size: 12px; }
.fp-badge { flex: none; display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px 1px 6px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; border: 1px solid transparent; }
.fp-badge-icon { font-weight: 800; }
.fp-verdict-contradicted .fp-badge, .fp-badge.fp-verdict-contradicted { background: #7f1d1d; color: #fff; }
.fp-verdict-undisclosed .fp-badge, .fp-badge.fp-verdict-undisclosed { background: #c2410c; color: #fff; }
.fp-verdict-category .fp-badge, .fp-badge.fp-verdict-category { background: #fef3c7; color: #78350f; border-color: #f59e0b; }
.fp-verdict-named .fp-badge, .fp-badge.fp-verdict-named { background: #dcfce7; color: #14532d; border-color: #22c55e; }
.fp-verdict-no-policy .fp-badge, .fp-badge.fp-verdict-no-policy { background: #e5e7eb; color: #374151; }
.fp-verdict-pending .fp-badge, .fp-badge.fp-verdict-pending { background: #fff; color: #4b5563; border: 1px dashed #9ca3af; }
.fp-org.fp-verdict-contradicted { border-left-color: #7f1d1d; }
.fp-org.fp-verdict-undisclosed { border-left-color: #c2410c; }
.fp-org.fp-verdict-category { border-left-color: #f59e0b; }
.fp-org.fp-verdict-named { border-left-color: #22c55e; }
.fp-org.fp-verdict-no-policy { border-left-color: #9ca3af; }
.fp-details { padding: 2px 16px 12px 30px; font-size: 13px; }
.fp-detail-block { margin-top: 8px; }
.fp-detail-block h4 { font-size: 12px; font-weight: 650; color: #374151; margin-bottom: 2px; }
.fp-quote { margin: 2px 0 4px; padding: 6px 10px; border-left: 3px solid #9ca3af; background: #f9fafb; font-style: italic; overflow-wrap: anywhere; }
.fp-muted { color: #4b5563; margin: 2px 0; }
.fp-chips { display: flex; flex-wrap: wrap; gap: 4px; }
.fp-chips li { padding: 0 6px; border-radius: 4px; background: #eef2ff; color: #312e81; font-size: 12px; }
.fp-consent li { color: #991b1b; }
.fp-why { margin: 4px 0 0; }
.fp-other-evidence p { margin: 2px 0; padding: 4px 8px; border-left: 3px solid #93c5fd; background: #eff6ff; color: #1e3a8a; }
.fp-other-icon { font-weight: 700; }
.fp-flow-lines { list-style: none; margin: 4px 0 0; padding: 0; }
.fp-flow-lines li { color: #374151; }
.fp-samples li { color: #374151; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.fp-samples code { word-break: normal; }
.fp-selectable { user-select: all; }
.fp-org-actions { margin-top: 10px; }
.fp-org summary { display: flex; gap: 6px; padding: 8px 16px 8px 10px; cursor: pointer; }
.fp-attribution { margin: 0; color: #4b5563; font-size: 11px; }
`;
