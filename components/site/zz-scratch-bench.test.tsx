import { it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { render } from 'preact';
import en from '../../public/_locales/en/messages.json';
import { createTranslator } from '../../components/common/i18n';
import { SiteView } from '../../components/site/SiteView';
import { syntheticReport } from '../../components/site/sample-report';
it('bench', () => {
  const t = createTranslator(en as never); const r = syntheticReport(300);
  for (let i = 0; i < 3; i++) { const a = performance.now(); const s = renderToString(<SiteView report={r} t={t} />); console.log('string', (performance.now() - a).toFixed(1), s.length); }
  for (let i = 0; i < 3; i++) { const el = document.createElement('div'); const a = performance.now(); render(<SiteView report={r} t={t} />, el); console.log('happydom', (performance.now() - a).toFixed(1), el.querySelectorAll('*').length); }
});
