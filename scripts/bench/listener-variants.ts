/**
 * What each piece of an observation design costs a page, before any of our own code runs: minimal MV3
 * extensions that register webRequest (or cookies) listeners which do NOTHING, one extension per variant,
 * written to a temporary folder at run time and never shipped. page-load.ts loads the same page through
 * each of them, side by side with no extension and with Fineprint.
 *
 * Every variant but `bare` carries Fineprint's own permissions (read from the built manifest), so the only difference
 * between two variants is the listeners: Chromium already proxies every request through its browser process
 * once an extension holds `webRequest` or `declarativeNetRequest`, listeners or not (docs/performance.md).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OBSERVER_LISTENERS } from '../../lib/browser/web-request.ts';
import { setCookieSpec } from '../../lib/browser/set-cookie-watch.ts';
import { createTrackerClassifier } from '../../lib/core/classify/trackers.ts';
import { LOAD_HOSTS } from '../demo-server.ts';

export interface ListenerSpec {
  /** chrome.webRequest event, or 'cookies.onChanged'. */
  event: string;
  extraInfoSpec?: readonly string[];
  /** URL patterns of the filter (default <all_urls>). */
  urls?: readonly string[];
}

export interface ListenerVariant {
  key: string;
  label: string;
  listeners: readonly ListenerSpec[];
  /** Load it without Fineprint's permissions (none at all): what merely having an MV3 extension costs. */
  noPermissions?: boolean;
}

/**
 * The listeners Fineprint registers on a page load: the observer's on every request
 * (lib/browser/web-request.ts, the same constant its attach() uses, so the bench cannot drift from the
 * extension) and the Set-Cookie watch (lib/browser/set-cookie-watch.ts) filtered to the unknown third-party
 * domains it has seen — on the bench page, after its first load, the page's own unknown third parties
 * (`watched`). Listened for only while needed, so absent here: onErrorOccurred (only while a block exists,
 * lib/browser/optout-wiring.ts) and onBeforeRedirect (only during our own policy fetch, redirect-witness.ts).
 */
export function fineprintListeners(watched: readonly string[]): ListenerSpec[] {
  return [
    ...OBSERVER_LISTENERS,
    ...(watched.length ? [{ event: 'onHeadersReceived', extraInfoSpec: setCookieSpec(false), urls: watched.map((d) => `*://*.${d}/*`) }] : []),
  ];
}

/** The bench page's third-party domains the tracker database does not know (what the watch ends up watching). */
export async function unknownThirdPartiesOfLoadPage(): Promise<string[]> {
  const engine = createRequire(import.meta.url).resolve('@ghostery/trackerdb').replace(/dist[\\/]cjs[\\/]index\.js$/, 'dist/trackerdb.engine');
  const classifier = await createTrackerClassifier(new Uint8Array(readFileSync(engine)));
  const out = new Set<string>();
  for (const host of LOAD_HOSTS) {
    const c = classifier.classify({ url: `https://${host}/p.gif`, type: 'image', pageUrl: 'https://www.dailyglobe.example/', time: 0 });
    if (c.thirdParty && c.org === null) out.add(c.domain);
  }
  return [...out];
}

/** The design before issue 13 (three listeners, two with extraHeaders) plus onErrorOccurred. */
export const PREVIOUS_LISTENERS: readonly ListenerSpec[] = [
  { event: 'onBeforeRequest', extraInfoSpec: ['requestBody'] },
  { event: 'onSendHeaders', extraInfoSpec: ['requestHeaders', 'extraHeaders'] },
  { event: 'onHeadersReceived', extraInfoSpec: ['responseHeaders', 'extraHeaders'] },
  { event: 'onErrorOccurred' },
];

/** A host no bench request goes to: does a filter that matches nothing still cost every request? */
const NOWHERE = ['*://*.nothing-matches.example/*'];

/** The matrix of docs/performance.md: each listener alone, with and without its options. */
export const LISTENER_MATRIX: readonly ListenerVariant[] = [
  { key: 'bare', label: 'extension without permissions or listeners', listeners: [], noPermissions: true },
  { key: 'empty', label: 'extension, no listeners', listeners: [] },
  { key: 'obr', label: 'onBeforeRequest', listeners: [{ event: 'onBeforeRequest' }] },
  { key: 'obr+body', label: 'onBeforeRequest + requestBody', listeners: [{ event: 'onBeforeRequest', extraInfoSpec: ['requestBody'] }] },
  { key: 'osh', label: 'onSendHeaders', listeners: [{ event: 'onSendHeaders' }] },
  { key: 'osh+hdr', label: 'onSendHeaders + requestHeaders', listeners: [{ event: 'onSendHeaders', extraInfoSpec: ['requestHeaders'] }] },
  { key: 'osh+hdr+extra', label: 'onSendHeaders + requestHeaders + extraHeaders', listeners: [{ event: 'onSendHeaders', extraInfoSpec: ['requestHeaders', 'extraHeaders'] }] },
  { key: 'ohr', label: 'onHeadersReceived', listeners: [{ event: 'onHeadersReceived' }] },
  { key: 'ohr+hdr', label: 'onHeadersReceived + responseHeaders', listeners: [{ event: 'onHeadersReceived', extraInfoSpec: ['responseHeaders'] }] },
  { key: 'ohr+hdr+extra', label: 'onHeadersReceived + responseHeaders + extraHeaders', listeners: [{ event: 'onHeadersReceived', extraInfoSpec: ['responseHeaders', 'extraHeaders'] }] },
  { key: 'ohr+extra@none', label: 'onHeadersReceived + responseHeaders + extraHeaders, filter matching no request', listeners: [{ event: 'onHeadersReceived', extraInfoSpec: ['responseHeaders', 'extraHeaders'], urls: NOWHERE }] },
  { key: 'cookies', label: 'cookies.onChanged (the bench page sets a cookie per response)', listeners: [{ event: 'cookies.onChanged' }] },
  { key: 'previous', label: 'previous design: all three + extraHeaders, onErrorOccurred', listeners: PREVIOUS_LISTENERS },
];

/** Fineprint's own listener set, doing nothing: the floor `ratio_vs_own_listeners` is measured against. */
export function ownListeners(watched: readonly string[]): ListenerVariant {
  return { key: 'own', label: 'Fineprint\'s listener set, no-op', listeners: fineprintListeners(watched) };
}

export function backgroundSource(listeners: readonly ListenerSpec[]): string {
  const lines = listeners.map((l) => {
    if (l.event === 'cookies.onChanged') return 'chrome.cookies.onChanged.addListener(() => undefined);';
    const filter = JSON.stringify({ urls: l.urls ?? ['<all_urls>'] });
    const spec = l.extraInfoSpec?.length ? `, ${JSON.stringify(l.extraInfoSpec)}` : '';
    return `chrome.webRequest.${l.event}.addListener(() => undefined, ${filter}${spec});`;
  });
  return `// Fineprint bench: listeners that do nothing.\n${lines.join('\n')}\n`;
}

/** Fineprint's permissions from its built manifest (so a variant differs from it only in listeners). */
export function fineprintPermissions(buildDir: string): { permissions: string[]; host_permissions: string[] } {
  const m = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as { permissions?: string[]; host_permissions?: string[] };
  return { permissions: (m.permissions ?? []).filter((p) => p !== 'offscreen'), host_permissions: m.host_permissions ?? ['<all_urls>'] };
}

/** Write a variant's extension; returns its folder (load it with --load-extension). */
export function writeVariantExtension(variant: ListenerVariant, buildDir: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `fineprint-bench-${variant.key.replace(/[^a-z0-9]+/gi, '-')}-`));
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: `Fineprint bench: ${variant.label}`, version: '1.0',
    ...(variant.noPermissions ? {} : fineprintPermissions(buildDir)), background: { service_worker: 'background.js' },
  }, null, 2));
  writeFileSync(path.join(dir, 'background.js'), backgroundSource(variant.listeners));
  return dir;
}
