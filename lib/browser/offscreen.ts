/**
 * HTML → policy text from the background. Chrome's MV3 worker has no DOM, so it asks an offscreen
 * document (created on demand, one at a time); Firefox's background page has DOMParser itself.
 */
import browser from 'webextension-polyfill';
import { htmlToText, type ExtractedPage } from '../dom/html-to-text';

export interface OffscreenRequest { target: 'offscreen'; type: 'extract-html'; html: string; url: string }

export function isOffscreenRequest(m: unknown): m is OffscreenRequest {
  const r = m as Partial<OffscreenRequest>;
  return r?.target === 'offscreen' && r.type === 'extract-html' && typeof r.html === 'string' && typeof r.url === 'string';
}

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

let creating: Promise<void> | null = null;

async function ensureOffscreen(api: OffscreenApi): Promise<void> {
  if (api.hasDocument && (await api.hasDocument())) return;
  creating ??= api.createDocument({
    url: browser.runtime.getURL('/offscreen.html' as never),
    reasons: ['DOM_PARSER'],
    justification: 'Parse the privacy policy HTML of a site the user visited',
  }).catch((error: Error) => {
    // A second caller racing us may have created it: that is fine.
    if (!/single offscreen document/i.test(error.message)) throw error;
  }).finally(() => { creating = null; });
  await creating;
}

export async function extractPolicyHtml(html: string, url: string): Promise<ExtractedPage> {
  if (typeof DOMParser !== 'undefined') {
    const parser = new DOMParser();
    return htmlToText(html, (h) => parser.parseFromString(h, 'text/html'), url);
  }
  const api = (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!api) throw new Error('[offscreen] no DOM available to read the policy');
  await ensureOffscreen(api);
  const reply = await browser.runtime.sendMessage({ target: 'offscreen', type: 'extract-html', html, url } satisfies OffscreenRequest) as
    ({ ok: true } & ExtractedPage) | { ok: false; error: string } | undefined;
  if (!reply) throw new Error('[offscreen] no reply from the policy reader');
  if (!reply.ok) throw new Error(`[offscreen] ${reply.error}`);
  return { title: reply.title, text: reply.text, reader: reply.reader };
}
