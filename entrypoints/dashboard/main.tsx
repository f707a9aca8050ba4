import { render } from 'preact';
import browser from 'webextension-polyfill';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { browserT } from '../../lib/browser/i18n';
import { createDashboardSource } from './source';

document.documentElement.lang = browser.i18n.getUILanguage() || 'en';
const app = document.getElementById('app');
if (app) render(<DashboardApp source={createDashboardSource()} t={browserT} />, app);
