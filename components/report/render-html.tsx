/**
 * Self-contained HTML export (the one renderer the background's export handler and node — CLI, benchmark,
 * tests — share; it lives with the components, so lib/core ends at the report model, JSON and CSV): the dashboard's own Preact components rendered to a string, with the
 * CSS inlined. No script, no external resource; a Content-Security-Policy meta forbids both anyway, so
 * even a mistake in escaping could not run a page's `<script>` or load its `<img onerror>` URL.
 */
import { renderToString } from 'preact-render-to-string';
import { createTranslator, type MessagesFile, type Translate } from '../common/i18n';
import { ReportDocument } from './ReportDocument';
import { REPORT_CSS } from './styles';
import en from '../../public/_locales/en/messages.json';
import type { ReportModel } from '../../lib/core/report/types';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** English from the bundled messages.json: what node (CLI, benchmark, tests) renders with. */
export const englishT: Translate = createTranslator(en as MessagesFile);

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function exportHtml(model: ReportModel, t: Translate = englishT, lang = 'en'): string {
  const body = renderToString(<ReportDocument model={model} t={t} />);
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('report_title'))}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
