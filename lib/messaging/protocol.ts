/**
 * The one typed message protocol (GUIDE §3.2). Every message between extension parts is a member of
 * one discriminated union; the background's router checks `sender` before trusting anything.
 *
 * Who may send what:
 *   - content scripts (any page, untrusted):   CONTENT_MESSAGES
 *   - extension pages (popup, dashboard, CLI harness via an extension page): everything
 */
import type { ProbeEvent, TabReport } from '../core/types';
import type { HostSummary } from '../store/queries';
import type { BlockResult, CookieClearResult, OptOutPlan, OptOutResult, OptOutState } from '../core/optouts/types';
import type { ReportFilter } from '../core/report/types';
import type { ReportParseErrorCode } from '../core/report/json';
import type { ImportResult } from '../store/import-export';

/** Why an import was refused: the report parser's codes, or a file over the size limit. */
export type ImportErrorCode = ReportParseErrorCode | 'too-large' | 'other';

export interface PolicyLinkCandidate {
  href: string;
  text: string;
  rel?: string;
  inFooter?: boolean;
  position?: number;
}

/** Messages a content script may send; each one describes only the tab it comes from. */
export type ContentMessage =
  | { type: 'probe-events'; events: ProbeEvent[] }
  | { type: 'policy-links'; pageUrl: string; links: PolicyLinkCandidate[] }
  /** `urls`: the page's Resource Timing list; `calls`: the fetch() calls that got a response, seen by the probe (absent from older content scripts). */
  /** `reportKey`: where the content script kept this report in storage.local until it is reconciled (page-reports.ts). */
  | { type: 'resource-timing'; pageUrl: string; urls: { url: string; initiatorType: string }[]; calls?: { url: string; initiatorType: string }[]; reportKey?: string }
  | { type: 'typed-values'; values: { value: string; field: string }[] }
  | { type: 'consent-event'; event: 'banner-shown' | 'rejected' | 'accepted' | 'tcf'; cmp?: string; tcString?: string; time: number }
  /** An @duckduckgo/autoconsent content-script message (init, eval, popupFound, optOutResult …), see lib/browser/consent.ts. */
  | { type: 'autoconsent'; msg: { type: string } & Record<string, unknown> };

/** Messages only extension pages may send. */
export type PageMessage =
  | { type: 'ping' }
  | { type: 'get-tab-report'; tabId: number }
  | { type: 'get-visit-hosts'; tabId: number }
  | { type: 'get-all-sites' }
  | { type: 'flush' }
  | { type: 'dismiss-storage-warning' }
  // Opt-out shortcuts (lib/browser/optout-handlers.ts).
  | { type: 'optout-state'; tabId: number }
  // What blocking / clearing cookies of an organization will do, before doing it (lib/core/optouts/plan.ts).
  | { type: 'optout-plan'; tabId: number; key: string }
  // `functional`: the second choice — also block its sign-in, captcha, fonts, maps, video and payment hosts.
  | { type: 'block-org'; tabId: number; key: string; scope: 'site' | 'everywhere'; functional?: boolean }
  | { type: 'unblock-org'; tabId: number; key: string; scope: 'site' | 'everywhere' }
  | { type: 'set-gpc'; enabled: boolean }
  | { type: 'set-gpc-exception'; site: string; excepted: boolean }
  | { type: 'reject-banner'; tabId: number }
  | { type: 'set-always-reject'; enabled: boolean }
  | { type: 'clear-org-cookies'; tabId: number; key: string }
  | DataMessage;

/** The dashboard's data messages: exports, import, deletion, pruning (lib/browser/export-handlers.ts). */
export type DataMessage =
  | { type: 'export-report'; filter?: ReportFilter; formats?: ('html' | 'json' | 'csv')[] }
  | { type: 'import-report'; json: string }
  | { type: 'delete-site'; site: string }
  | { type: 'delete-all' }
  | { type: 'prune-now' };

export const DATA_MESSAGE_TYPES: ReadonlySet<string> = new Set<DataMessage['type']>([
  'export-report', 'import-report', 'delete-site', 'delete-all', 'prune-now',
]);

export type Message = ContentMessage | PageMessage;

export const CONTENT_MESSAGE_TYPES: ReadonlySet<string> = new Set<ContentMessage['type']>([
  'probe-events', 'policy-links', 'resource-timing', 'typed-values', 'consent-event', 'autoconsent',
]);

/** Replies by message type. */
export interface Replies {
  ping: { ready: true; startedAt: number };
  'get-tab-report': TabReport | null;
  'get-visit-hosts': { visitId: string | null; pageUrl: string | null; hosts: HostSummary[] };
  flush: { flushed: number };
  'optout-state': OptOutState | null;
  'optout-plan': OptOutPlan | null;
  'block-org': BlockResult;
  'unblock-org': OptOutResult;
  'set-gpc': OptOutResult;
  'set-gpc-exception': OptOutResult;
  'reject-banner': OptOutResult;
  'set-always-reject': OptOutResult;
  'clear-org-cookies': CookieClearResult;
  'export-report': { filenameBase: string; sites: number; html?: string; json?: string; csv?: string };
  /** `code` says why in a way the dashboard can translate; `error` is the one-line English message (logs, CLI). */
  'import-report': { ok: true; result: ImportResult } | { ok: false; error: string; code: ImportErrorCode };
  'delete-site': { deleted: number };
  'delete-all': { ok: true };
  'prune-now': { visits: number; sites: number };
  [k: string]: unknown;
}

export type ReplyFor<M extends Message> = M['type'] extends keyof Replies ? Replies[M['type']] : unknown;

/** Narrow an unknown value to a Message shape by its `type` (deep validation happens per handler). */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
