import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { createPopupSource } from '../../lib/browser/popup-source';

const app = document.getElementById('app');
if (app) render(<PopupApp source={createPopupSource()} />, app);
