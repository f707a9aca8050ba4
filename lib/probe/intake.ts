/**
 * Validation of probe reports on the receiving side. The page can forge probe events, so a report
 * is only accepted if it is a well-formed, small, known kind, and a page can only send so many.
 * What passes still only ever describes the sender's own tab (the background takes the tab from
 * `sender.tab`, never from the message).
 */
import type { ProbeEvent, ProbeKind } from '../core/types';
import type { NetworkCall } from './network-witness';

export const PROBE_EVENT_NAME = 'fineprint-probe';
export const PROBE_KINDS: ReadonlySet<ProbeKind> = new Set<ProbeKind>([
  'canvas-fingerprint', 'webgl-fingerprint', 'audio-fingerprint', 'font-probe', 'geolocation', 'camera-microphone',
  'clipboard-read', 'notifications', 'session-replay', 'input-listeners',
]);

const MAX_DETAIL_CHARS = 4096;
const MAX_FIELD = 300;
const MAX_STACK_SCRIPTS = 8;

/** Parse one raw report; null when it is not a valid probe report. */
export function parseProbeReport(raw: unknown, now = Date.now()): ProbeEvent | null {
  if (typeof raw !== 'string' || raw.length > MAX_DETAIL_CHARS) return null;
  let v: unknown;
  try { v = JSON.parse(raw); } catch { return null; }
  const r = v as { kind?: unknown; scriptUrl?: unknown; stackScripts?: unknown; detail?: unknown; time?: unknown };
  if (typeof r !== 'object' || r === null || typeof r.kind !== 'string' || !PROBE_KINDS.has(r.kind as ProbeKind)) return null;
  const scriptUrl = typeof r.scriptUrl === 'string' && /^https?:\/\//.test(r.scriptUrl) ? r.scriptUrl.slice(0, MAX_FIELD) : undefined;
  const detail = typeof r.detail === 'string' ? r.detail.slice(0, MAX_FIELD) : undefined;
  const stackScripts = Array.isArray(r.stackScripts)
    ? r.stackScripts.filter((u): u is string => typeof u === 'string' && /^https?:\/\//.test(u) && u.length <= MAX_FIELD).slice(0, MAX_STACK_SCRIPTS)
    : [];
  // The page's clock is not trusted either: time is when we received it.
  return { kind: r.kind as ProbeKind, scriptUrl, ...(stackScripts.length ? { stackScripts } : {}), detail, time: now };
}

/** Token bucket: at most `perSecond` reports a second and `total` per page. */
export class ProbeLimiter {
  private windowStart = 0;
  private inWindow = 0;
  private accepted = 0;
  constructor(private readonly perSecond = 20, private readonly total = 200) {}
  allow(now = Date.now()): boolean {
    if (this.accepted >= this.total) return false;
    if (now - this.windowStart >= 1000) { this.windowStart = now; this.inWindow = 0; }
    if (this.inWindow >= this.perSecond) return false;
    this.inWindow++;
    this.accepted++;
    return true;
  }
}

/** Validate a batch arriving at the background (already rate-limited per tab by the router). */
export function validateProbeBatch(events: unknown, now = Date.now()): ProbeEvent[] {
  if (!Array.isArray(events)) return [];
  return events.slice(0, 50).map((e) => parseProbeReport(typeof e === 'string' ? e : JSON.stringify(e), now)).filter((e): e is ProbeEvent => e !== null);
}

/** The probe's network-call witness travels as "api<TAB>url" (cheap to send once per request). */
export function encodeNetworkCall(call: NetworkCall): string {
  return `${call.initiatorType}\t${call.url}`;
}

/** Parse one witnessed call from the page (forgeable: known API, absolute http(s) URL, bounded size). */
export function parseNetworkCall(raw: unknown): NetworkCall | null {
  if (typeof raw !== 'string' || raw.length > 2100) return null;
  const tab = raw.indexOf('\t');
  if (tab < 0 || raw.slice(0, tab) !== 'fetch') return null;
  const url = raw.slice(tab + 1);
  if (!/^https?:\/\/[^\s]+$/i.test(url) || url.length > 2048) return null;
  return { url, initiatorType: 'fetch' };
}
