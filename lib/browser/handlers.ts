/**
 * What the background does with each message (after the router checked the sender).
 * Built with explicit dependencies so it can be tested with a fake browser and fake-indexeddb.
 */
import type { Classification, Observation, OrganizationInfo } from '../core/types';
import type { ContentMessage, PageMessage, PolicyLinkCandidate, Replies } from '../messaging/protocol';
import { validateProbeBatch } from '../probe/intake';
import type { PageSignals } from './page-signals';
import type { PolicyService } from './policy-service';
import type { FineprintDb } from '../store/db';
import { summariseHosts, visitHostStats } from '../store/queries';
import { buildTabReport, type TabReportDeps } from './tab-report';
import { STORAGE_WARNING_KEY } from '../store/quota';
import type { Recorder } from '../store/recorder';
import type { ContentContext, RouterHandlers } from './router';
import { withoutFragment } from './visit-tracker';
import { mergeWitnesses, reconcileWithPage, type TimingEntry } from './reconcile';
import { isReportKey, type StoredPageReport } from './page-reports';
import type { VisitTracker } from './visit-tracker';
import type { OptOutHandlers } from './optout-handlers';
import { handleDataMessage } from './export-handlers';

export interface HandlerDeps {
  db: FineprintDb;
  recorder: Recorder;
  tracker: VisitTracker;
  classify(obs: Observation): Classification;
  organizationInfo?(key: string): OrganizationInfo | undefined;
  startedAt: number;
  ready: Promise<void>;
  signals?: PageSignals;
  /** The page reported its resources (after load and a few seconds later): refresh the verdict badge. */
  onPageSettled?(tabId: number): void;
  /** GPC settings and headline language for tab reports. */
  reportDeps?: Pick<TabReportDeps, 'gpc' | 'language' | 'isLikelyTracker'>;
  policies?: PolicyService;
  /** Opt-out shortcuts (block, GPC, cookie banners, cookies). */
  optouts?: OptOutHandlers;
  /** The page's report is reconciled: remove the copy its content script kept in storage.local (page-reports.ts). */
  reportDone?(key: string): Promise<void>;
  /** Reconcile the page reports no worker answered (page-reports.ts): part of "write everything that waits". */
  sweepReports?(): Promise<void>;
  /** Remove the page reports waiting for a sweep: of one site, or all (page-reports.ts discardPageReports). */
  discardReports?(site?: string): Promise<void>;
}

/**
 * Top up a page's record from the Resource Timing list (+ the fetch probe's calls) its content script sent.
 * Idempotent (per URL, the larger count), so the sweep of the stored copy may do it again.
 */
async function reconcileReport(deps: Pick<HandlerDeps, 'db' | 'recorder' | 'tracker' | 'classify'>, ctx: ContentContext, entries: TimingEntry[]): Promise<number | null> {
  const visit = await deps.tracker.visitForSender(ctx);
  // Only the top frame's list, and only for its own page. Without a documentId (Firefox) that is the page of the same URL:
  // a report that arrives before its page's navigation is handled is not the tab's previous page's (the next one is).
  if (!visit || ctx.frameId !== 0 || siteMismatch(ctx.url, visit.pageUrl)) return null;
  if (!ctx.documentId && withoutFragment(ctx.url) !== withoutFragment(visit.pageUrl)) return null;
  return reconcileWithPage(deps.db, deps.recorder, visit, entries, deps.classify);
}

/** A report no worker reconciled when it was sent (page-reports.ts sweep): to its page's visit, found or made. */
export async function reconcileStoredReport(deps: Pick<HandlerDeps, 'db' | 'recorder' | 'tracker' | 'classify'>, report: StoredPageReport): Promise<number> {
  const visit = await deps.tracker.visitOfReport(report.pageUrl, report.at);
  if (!visit) return 0;
  return reconcileWithPage(deps.db, deps.recorder, visit, mergeWitnesses(report.urls, report.calls), deps.classify);
}

export function createHandlers(deps: HandlerDeps): RouterHandlers {
  return {
    async content(msg: ContentMessage, ctx: ContentContext) {
      // Cookie-banner rules are answered on every page, recorded or not (paused, never-record sites).
      if (msg.type === 'autoconsent') return deps.optouts?.autoconsent(msg, ctx);
      if (msg.type === 'resource-timing') {
        if (ctx.frameId !== 0 || !Array.isArray(msg.urls)) return { ok: false };
        const entries = mergeWitnesses(msg.urls.filter(isTimingEntry), Array.isArray(msg.calls) ? msg.calls.filter(isTimingEntry) : []);
        await deps.ready;
        const added = await reconcileReport(deps, ctx, entries);
        // Only after the top-ups are written: a worker killed before leaves the copy for the sweep.
        if (isReportKey(msg.reportKey)) await deps.reportDone?.(msg.reportKey).catch(() => undefined);
        if (added === null) return { ok: false };
        deps.onPageSettled?.(ctx.tabId);
        return { ok: true, added };
      }
      await deps.ready;
      // The visit of the sender's own document (not "whatever the tab shows now"): a report sent as a page is
      // left, or by a page whose commit a killed worker never saw, is charged to that page (visit-tracker.ts).
      const visit = await deps.tracker.visitForSender(ctx);
      if (!visit) return { ok: false };
      switch (msg.type) {
        case 'probe-events': {
          const events = validateProbeBatch(msg.events);
          for (const e of events) deps.recorder.addProbe({ ...e, visitId: visit.visitId, site: visit.site });
          return { ok: true, accepted: events.length };
        }
        case 'typed-values':
          return { ok: true, added: Array.isArray(msg.values) ? deps.signals?.addTypedValues(ctx.tabId, msg.values) ?? 0 : 0 };
        case 'policy-links': {
          if (ctx.frameId !== 0 || !Array.isArray(msg.links) || siteMismatch(ctx.url, visit.pageUrl)) return { ok: false };
          const links = msg.links.filter(isLinkCandidate).slice(0, 100);
          void deps.policies?.onPageLinks(visit.site, visit.pageUrl, links);
          return { ok: true };
        }
        case 'consent-event': {
          if (!CONSENT_EVENTS.has(msg.event)) return { ok: false };
          deps.recorder.addConsentEvent({
            visitId: visit.visitId, site: visit.site, event: msg.event, time: Date.now(),
            cmp: typeof msg.cmp === 'string' ? msg.cmp.slice(0, 100) : undefined,
            tcString: typeof msg.tcString === 'string' ? msg.tcString.slice(0, 10_000) : undefined,
          });
          return { ok: true };
        }
        default:
          return { ok: false };
      }
    },
    async page(msg: PageMessage) {
      switch (msg.type) {
        case 'ping':
          await deps.ready;
          return { ready: true, startedAt: deps.startedAt } satisfies Replies['ping'];
        case 'flush':
          await deps.ready;
          // What waits outside the worker too (the dashboard flushes before it reads; so do the reliability tests).
          await deps.sweepReports?.();
          return { flushed: await deps.recorder.flush() } satisfies Replies['flush'];
        case 'get-visit-hosts': {
          await deps.ready;
          await deps.recorder.flush();
          const visit = deps.tracker.currentVisit(msg.tabId);
          if (!visit) return { visitId: null, pageUrl: null, hosts: [] } satisfies Replies['get-visit-hosts'];
          const hosts = summariseHosts(await visitHostStats(deps.db, visit.visitId));
          return { visitId: visit.visitId, pageUrl: visit.pageUrl, hosts } satisfies Replies['get-visit-hosts'];
        }
        case 'dismiss-storage-warning':
          await deps.db.kv.delete(STORAGE_WARNING_KEY);
          return { ok: true };
        case 'get-tab-report': {
          await deps.ready;
          await deps.recorder.flush();
          const visit = deps.tracker.currentVisit(msg.tabId);
          return visit ? buildTabReport(deps.db, visit, { organizationInfo: deps.organizationInfo, blocked: deps.optouts?.blockedOn, ...deps.reportDeps }) : null;
        }
        case 'export-report': case 'import-report': case 'delete-site': case 'delete-all': case 'prune-now':
          {
            if (msg.type === 'delete-site' || msg.type === 'delete-all') {
              // What waits outside the worker goes first, then a sweep still running is waited for: neither may bring
              // the deleted pages back after the deletion.
              await deps.discardReports?.(msg.type === 'delete-site' && typeof msg.site === 'string' ? msg.site : undefined);
              await deps.sweepReports?.();
            }
            const reply = await handleDataMessage(deps, msg);
            // Deleted visits must not be written to again by tabs that are still open.
            if (msg.type === 'delete-all') deps.tracker.forgetAll();
            return reply;
          }
        default:
          return deps.optouts?.page(msg);
      }
    },
  };
}

const CONSENT_EVENTS = new Set(['banner-shown', 'rejected', 'accepted', 'tcf']);

function isLinkCandidate(l: unknown): l is PolicyLinkCandidate {
  const x = l as Partial<PolicyLinkCandidate>;
  return typeof x?.href === 'string' && x.href.length < 2048 && /^https?:/i.test(x.href) && typeof x.text === 'string' && x.text.length < 500;
}

function isTimingEntry(e: unknown): e is { url: string; initiatorType: string } {
  const x = e as { url?: unknown; initiatorType?: unknown };
  return typeof x?.url === 'string' && x.url.length < 4096 && typeof x.initiatorType === 'string';
}

function siteMismatch(senderUrl: string, pageUrl: string): boolean {
  try { return new URL(senderUrl).origin !== new URL(pageUrl).origin; } catch { return true; }
}
