/**
 * The extension's translator: browser.i18n picks the messages.json of the browser's UI language.
 * Components take it as a `t` prop (components/common/i18n), so they never touch browser.* themselves.
 */
import browser from 'webextension-polyfill';
import type { Translate } from '../../components/common/i18n';

/** Unknown keys come back as the key: a visible gap is better than a blank label. */
export const browserT: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;
