/**
 * Chrome offscreen document (reason DOM_PARSER): the MV3 service worker has no DOM, so policy HTML is
 * parsed here with the real DOMParser. Wiring only; the work is lib/dom/html-to-text.ts.
 */
import browser from 'webextension-polyfill';
import { htmlToText } from '../../lib/dom/html-to-text';
import { isOffscreenRequest } from '../../lib/browser/offscreen';

const parser = new DOMParser();
browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
  if (sender.id !== browser.runtime.id || !isOffscreenRequest(message)) return undefined;
  try {
    return Promise.resolve({ ok: true, ...htmlToText(message.html, (h) => parser.parseFromString(h, 'text/html'), message.url) });
  } catch (error) {
    return Promise.resolve({ ok: false, error: String((error as Error).message ?? error) });
  }
});
