/**
 * The in-page probe: runs in the page's MAIN world at document_start and wraps the APIs that
 * fingerprinting, sensitive-permission and session-replay scripts use. It reports *that* an API was
 * used and by which script URL (from the stack) — never what the page drew or typed.
 *
 * Reports go to the isolated content script as a CustomEvent (JSON string detail) on `document`.
 * A page shares this world and can forge such events, so everything reported is treated as untrusted
 * by the receiver: validated, rate- and size-limited, and attributed only to the tab it came from
 * (lib/probe/intake.ts in the content script, then the background router keyed by sender.tab).
 */
import type { ProbeKind } from '../core/types';

export interface ProbeReport { kind: ProbeKind; scriptUrl?: string; stackScripts?: string[]; detail?: string; time: number }

/** Known session-replay vendors (script hosts) — their presence alone is replay behaviour. */
export const REPLAY_HOSTS = [
  'hotjar.com', 'fullstory.com', 'clarity.ms', 'mouseflow.com', 'smartlook.com', 'smartlook.cloud', 'logrocket.com',
  'lr-ingest.io', 'mc.yandex.ru', 'mc.yandex.com', 'quantummetric.com', 'contentsquare.net', 'sessioncam.com', 'inspectlet.com',
];

const MAX_REPORTS = 200;
/**
 * What a session recorder listens to: keystrokes AND pointer movement on the whole document. One
 * script adding a few listener types (a form library, a menu) is not recording; we need at least
 * two keyboard types and one pointer-movement type from the same script.
 */
const KEY_TYPES = new Set(['keydown', 'keyup', 'keypress', 'input']);
const MOVE_TYPES = new Set(['mousemove', 'pointermove']);
export function looksLikeRecording(types: ReadonlySet<string>): boolean {
  let keys = 0;
  let moves = 0;
  for (const t of types) { if (KEY_TYPES.has(t)) keys++; if (MOVE_TYPES.has(t)) moves++; }
  return keys >= 2 && moves >= 1;
}

/** Every distinct page script on a stack, innermost first (the probe's own frames are chrome-extension:// and never match). */
export function scriptsFromStack(stack: string | undefined): string[] {
  if (!stack) return [];
  const urls = stack.match(/https?:\/\/[^\s)]+?(?=:\d+:\d+)/g) ?? [];
  return [...new Set(urls)].slice(0, 8);
}

export function scriptFromStack(stack: string | undefined): string | undefined {
  return scriptsFromStack(stack)[0];
}

export function installProbe(win: Window & typeof globalThis, emit: (r: ProbeReport) => void): void {
  let sent = 0;
  const seen = new Set<string>();
  const report = (kind: ProbeKind, detail?: string, stack = new Error().stack) => {
    // All page scripts on the stack go with the report: the background charges a company only
    // when every one of them is that company's (a CDN library called by the site's code is not).
    const stackScripts = scriptsFromStack(stack);
    const scriptUrl = stackScripts[0];
    const key = `${kind}|${stackScripts.join(' ')}`;
    if (seen.has(key) || sent >= MAX_REPORTS) return; // one report per kind × call path
    seen.add(key);
    sent++;
    emit({ kind, scriptUrl, ...(stackScripts.length ? { stackScripts } : {}), detail, time: Date.now() });
  };
  const wrap = <T extends object>(proto: T | undefined, name: keyof T & string, kind: ProbeKind, detail?: string) => {
    if (!proto) return;
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (!desc || typeof desc.value !== 'function') return;
    const original = desc.value as (...args: unknown[]) => unknown;
    Object.defineProperty(proto, name, {
      ...desc,
      value: function (this: unknown, ...args: unknown[]) { report(kind, detail ?? name); return original.apply(this, args); },
    });
  };

  wrap(win.HTMLCanvasElement?.prototype, 'toDataURL', 'canvas-fingerprint');
  wrap(win.HTMLCanvasElement?.prototype, 'toBlob', 'canvas-fingerprint');
  wrap(win.CanvasRenderingContext2D?.prototype, 'getImageData', 'canvas-fingerprint');
  wrap(win.CanvasRenderingContext2D?.prototype, 'measureText', 'font-probe');
  wrap(win.WebGLRenderingContext?.prototype, 'getParameter', 'webgl-fingerprint');
  wrap(win.WebGL2RenderingContext?.prototype, 'getParameter', 'webgl-fingerprint');
  wrap(win.OfflineAudioContext?.prototype, 'startRendering', 'audio-fingerprint');
  wrap(win.AudioContext?.prototype, 'createOscillator', 'audio-fingerprint');
  wrap(win.Geolocation?.prototype, 'getCurrentPosition', 'geolocation');
  wrap(win.Geolocation?.prototype, 'watchPosition', 'geolocation');
  wrap(win.MediaDevices?.prototype, 'getUserMedia', 'camera-microphone');
  wrap(win.Clipboard?.prototype, 'readText', 'clipboard-read');
  wrap(win.Clipboard?.prototype, 'read', 'clipboard-read');
  if (win.Notification) wrap(win.Notification as unknown as { requestPermission: () => unknown }, 'requestPermission', 'notifications');
  if (win.document?.fonts) wrap(Object.getPrototypeOf(win.document.fonts) as { check: () => boolean }, 'check', 'font-probe');

  // Session replay: scripts that listen to every keystroke and mouse move on the whole document.
  const bulkTypes = new Set(['mousemove', 'keydown', 'keyup', 'keypress', 'input', 'pointermove', 'selectionchange']);
  const perScript = new Map<string, Set<string>>();
  const addListener = win.EventTarget?.prototype.addEventListener;
  if (addListener) {
    win.EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      if (bulkTypes.has(type) && (this === win.document || this === win)) {
        const stack = new Error().stack;
        // Counted per registering call path: the same library used by two scripts is two paths.
        const script = scriptsFromStack(stack).join(' ') || 'inline';
        const types = perScript.get(script) ?? new Set<string>();
        const before = looksLikeRecording(types);
        types.add(type);
        perScript.set(script, types);
        if (!before && looksLikeRecording(types)) report('input-listeners', [...types].join(','), stack);
      }
      return (addListener as (...a: unknown[]) => void).call(this, type, ...rest);
    };
  }
  // Replay vendors are recognised by the scripts the page loads.
  const checkScript = (src: string) => {
    try {
      const host = new URL(src, win.location.href).hostname;
      if (REPLAY_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) report('session-replay', host);
    } catch { /* not a URL */ }
  };
  const observer = new win.MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if ((n as HTMLScriptElement).tagName === 'SCRIPT' && (n as HTMLScriptElement).src) checkScript((n as HTMLScriptElement).src);
  });
  observer.observe(win.document, { childList: true, subtree: true });
}
