/**
 * Reads the IAB TCF consent string from a CMP on the page (`__tcfapi`, MAIN world). The string lists
 * the vendors the site shares with and, once the person answered, what they agreed to — the verdicts
 * decode it (lib/core/verdict). Reported like probe events: untrusted, about this tab only.
 */
export const TCF_EVENT_NAME = 'fineprint-tcf';

export interface TcfReport { tcString: string; eventStatus: string; cmpId?: number }

type TcfApi = (command: string, version: number, callback: (data: { tcString?: string; eventStatus?: string; cmpId?: number } | null, ok: boolean) => void) => void;

export function watchTcf(win: { __tcfapi?: TcfApi; setTimeout: typeof setTimeout }, emit: (r: TcfReport) => void, tries = 20): void {
  let sent = 0;
  const poll = (left: number) => {
    const api = win.__tcfapi;
    if (typeof api !== 'function') { if (left > 0) win.setTimeout(() => poll(left - 1), 500); return; }
    try {
      api('addEventListener', 2, (data, ok) => {
        if (!ok || !data || typeof data.tcString !== 'string' || sent >= 10) return;
        sent++;
        emit({ tcString: data.tcString.slice(0, 10_000), eventStatus: String(data.eventStatus ?? ''), cmpId: typeof data.cmpId === 'number' ? data.cmpId : undefined });
      });
    } catch { /* a broken CMP must not break the page */ }
  };
  poll(tries);
}
