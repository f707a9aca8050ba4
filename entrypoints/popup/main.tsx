import { render } from 'preact';
import { PopupApp, POPUP_CSS } from '../../components/popup/PopupApp';
import { SITE_CSS } from '../../components/site/styles';
import { createPopupSource } from '../../lib/browser/popup-source';
import { browserT } from '../../lib/browser/i18n';

// The language browser.i18n chose, so screen readers pronounce the page right.
document.documentElement.lang = browserT('common_lang');
document.title = browserT('extName');
const style = document.createElement('style');
style.textContent = SITE_CSS + POPUP_CSS;
document.head.append(style);

const app = document.getElementById('app');
if (app) render(<PopupApp source={createPopupSource()} t={browserT} />, app);
