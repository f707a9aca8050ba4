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

export interface ProbeReport { kind: ProbeKind; scriptUrl?: string; detail?: string; time: number }

/** Known session-replay vendors (script hosts) — their presence alone is replay behaviour. */
export const REPLAY_HOSTS = [
  'hotjar.com', 'fullstory.com', 'clarity.ms', 'mouseflow.com', 'smartlook.com', 'smartlook.cloud', 'logrocket.com',
  'lr-ingest.io', 'mc.yandex.ru', 'mc.yandex.com', 'quantummetric.com', 'contentsquare.net', 'sessioncam.com', 'inspectlet.com',
];

const MAX_REPORTS = 200;
/** Listeners for input/mouse events on the whole document beyond this count look like recording. */
const BULK_LISTENER_THRESHOLD = 4;

export function scriptFromStack(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const urls = stack.match(/https?:\/\/[^\s)]+?(?=:\d+:\d+)/g);
  // Innermost page script first: the probe's own frames are chrome-extension:// and never match.
  return urls?.[0];
}

export function installProbe(win: Window & typeof globalThis, emit: (r: ProbeReport) => void): void {
  let sent = 0;
  const seen = new Set<string>();
  const report = (kind: ProbeKind, detail?: string) => {
    const scriptUrl = scriptFromStack(new Error().stack);
    const key = `${kind}|${scriptUrl ?? ''}`;
    if (seen.has(key) || sent >= MAX_REPORTS) return; // one report per kind × script
    seen.add(key);
    sent++;
    emit({ kind, scriptUrl, detail, time: Date.now() });
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
        const script = scriptFromStack(new Error().stack) ?? 'inline';
        const types = perScript.get(script) ?? new Set<string>();
        types.add(type);
        perScript.set(script, types);
        if (types.size === BULK_LISTENER_THRESHOLD - 1) report('input-listeners', [...types].join(','));
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
