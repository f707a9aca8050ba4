/**
 * The floor under page-load: a minimal MV3 extension that registers the same three webRequest listeners as
 * Fineprint (lib/browser/web-request.ts: onBeforeRequest + requestBody, onSendHeaders + requestHeaders +
 * extraHeaders, onHeadersReceived + responseHeaders + extraHeaders) and does nothing in them. Whatever it
 * costs a page is what Chromium charges for observing every request at all — before any of our own work
 * (classification, PII scan, IndexedDB). Written to a temporary folder at run time; never shipped.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ALL = `{ urls: ['<all_urls>'] }`;
const BACKGROUND = `// Fineprint bench: listener floor (no work in the listeners).
chrome.webRequest.onBeforeRequest.addListener(() => undefined, ${ALL}, ['requestBody']);
chrome.webRequest.onSendHeaders.addListener(() => undefined, ${ALL}, ['requestHeaders', 'extraHeaders']);
chrome.webRequest.onHeadersReceived.addListener(() => undefined, ${ALL}, ['responseHeaders', 'extraHeaders']);
`;

/** Write the listener-only extension; returns its folder (load it with --load-extension). */
export function writeListenerFloorExtension(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fineprint-bench-floor-'));
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'Fineprint bench: webRequest listener floor', version: '1.0',
    permissions: ['webRequest'], host_permissions: ['<all_urls>'], background: { service_worker: 'background.js' },
  }, null, 2));
  writeFileSync(path.join(dir, 'background.js'), BACKGROUND);
  return dir;
}
