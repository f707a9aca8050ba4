import { SITE_CSS } from '../site';
import { VERDICT_COLORS } from './format';

/** Verdict colours as classes (inline styles on every row would bloat a 2,000-site report). */
const VERDICT_CSS = Object.entries(VERDICT_COLORS)
  .map(([k, c]) => `.fp-v-${k}{color:${c};border-color:${c}}.fp-bg-${k}{background:${c}}`).join('\n');

/**
 * The report's CSS, inlined into the exported HTML (no external resources) and used by the dashboard.
 * @media print keeps sections and table rows whole and drops interactive controls, so "Print → PDF"
 * gives a clean document.
 */
export const REPORT_CSS = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;color:#1f2328;background:#fff}
body{margin:0}
.fp-report{max-width:960px;margin:0 auto;padding:24px}
h1{font-size:1.6rem;margin:.2em 0}h2{font-size:1.25rem;margin:1.4em 0 .5em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}
h3{font-size:1.1rem;margin:1em 0 .3em}h4{font-size:1rem;margin:.8em 0 .3em}
.fp-meta,.fp-muted{color:#57606a;font-size:.9em}
.fp-local{background:#ddf4ff;border:1px solid #54aeff;border-radius:6px;padding:8px 12px}
table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:.92em}
th,td{border-bottom:1px solid #d8dee4;padding:4px 6px;text-align:left;vertical-align:top}
thead th{background:#f6f8fa}
.fp-num{text-align:right;font-variant-numeric:tabular-nums}
.fp-verdict{display:inline-block;border:1px solid;border-radius:10px;padding:0 8px;font-size:.85em;white-space:nowrap}
.fp-vcount{margin-right:10px;white-space:nowrap}
blockquote{margin:0;padding-left:8px;border-left:3px solid #d0d7de;color:#24292f;overflow-wrap:anywhere}
code{font-size:.85em;overflow-wrap:anywhere}
.fp-legend{list-style:none;padding:0;margin:4px 0;display:flex;flex-wrap:wrap;gap:12px;font-size:.85em}
.fp-swatch{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
figure{margin:6px 0}
svg{max-width:100%;height:auto}
.fp-report-site{border-top:2px solid #d0d7de;padding-top:6px;margin-top:16px}
.fp-timeline li{margin-bottom:6px}
.fp-added{color:#1a7f37}.fp-removed{color:#cf222e}
.fp-link{background:none;border:0;padding:0;color:#0969da;cursor:pointer;font:inherit;text-decoration:underline}
@media print{
  .fp-report{max-width:none;padding:0}
  .fp-no-print,button,input,select,nav{display:none!important}
  .fp-report-site,tr,figure,svg,.fp-timeline li{break-inside:avoid}
  h2,h3{break-after:avoid}
  a{color:inherit;text-decoration:none}
  .fp-local{border-color:#888;background:none}
  /* Chrome 131+: print collapsed organization details too (ignored where unsupported). */
  details::details-content{content-visibility:visible;display:block}
}
${VERDICT_CSS}
${SITE_CSS}
`;
