/**
 * Background: wiring only. Builds the services with their dependencies in one place and registers
 * every listener synchronously (an MV3 worker woken by an event must find its listener at once);
 * handlers await `ready` (visit map restored + tracker engine loaded) before they act.
 */
import browser from 'webextension-polyfill';
import { openDb } from '../lib/store/db';
import { Recorder } from '../lib/store/recorder';
import { createQuotaHandler } from '../lib/store/quota';
import { setVisitTitle } from '../lib/store/visits';
import { VisitTracker, siteOf } from '../lib/browser/visit-tracker';
import { MessageRouter, type SenderLike } from '../lib/browser/router';
import { createHandlers, reconcileStoredReport } from '../lib/browser/handlers';
import { SWEEP_AFTER_MS, discardPageReports, sweepPageReports, sweeper, type ReportArea } from '../lib/browser/page-reports';
import { loadClassifierOrUnknown } from '../lib/browser/engine';
import { BadgeCounter } from '../lib/browser/badge';
import { PageSignals } from '../lib/browser/page-signals';
import { readSettings } from '../lib/browser/settings';
import { buildTabReport, type TabReportDeps } from '../lib/browser/tab-report';
import { PolicyService } from '../lib/browser/policy-service';
import { fetchPolicyDocument } from '../lib/browser/policy-fetch';
import { attachRedirectWitness } from '../lib/browser/redirect-witness';
import { ownerDomainsFor } from '../lib/core/policy/fence';
import { extractPolicyHtml } from '../lib/browser/offscreen';
import { setupOptOuts } from '../lib/browser/optout-wiring';
import { setupObservation } from '../lib/browser/observation-wiring';
import { DataControls } from '../lib/browser/data-controls';
import type { TrackerClassifier } from '../lib/core/classify/trackers';
import type { Observation } from '../lib/core/types';

export default defineBackground(() => {
  const log = (msg: string) => console.warn(msg);
  const startedAt = Date.now();
  const db = openDb();
  const recorder = new Recorder(db, { log, onQuotaExceeded: createQuotaHandler(db, { log }) });
  // Pause / never-record (Settings) keep the tracker from starting visits; retention prunes daily.
  const controls = new DataControls(db, Date.now, log);
  const tracker = new VisitTracker(db, controls.isExcluded);
  const signals = new PageSignals(db);
  // Policy fetches stay inside the fence (lib/core/policy/fence.ts); redirects are re-checked hop by hop.
  const redirects = attachRedirectWitness(browser.webRequest, browser.runtime.getURL('/' as never));
  const policies = new PolicyService(db, {
    fetchDocument: (url, fence) => redirects.during(() => fetchPolicyDocument(url, { fence, redirectTarget: (u) => redirects.target(u) })),
    ownerDomains: (pageUrl) => (classifier ? ownerDomainsFor(classifier, pageUrl) : []),
    extractHtml: extractPolicyHtml, log,
    onPolicyUpdated: (site) => { for (const tabId of tracker.tabsOfSite(site)) refreshBadge(tabId); },
  });
  let classifier: TrackerClassifier | null = null;
  const ready = (async () => {
    const [loaded] = await Promise.all([loadClassifierOrUnknown((p) => browser.runtime.getURL(p as never), log), tracker.restore(), signals.restore(), controls.start()]);
    classifier = loaded;
    controls.maybePrune();
  })();
  ready.catch((error) => log(`[background] start failed: ${String(error)}`));
  const classify = (obs: Observation) => {
    if (!classifier) throw new Error('[background] classifier used before ready');
    return classifier.classify(obs);
  };

  const badge = new BadgeCounter(browser.action);
  // Chrome: the request listener is attached at once. Firefox: after the navigation listeners (see there).
  const observer = setupObservation({
    db, recorder, tracker, signals, badge, classify, isExcluded: controls.isExcluded, ready, isFirefox: import.meta.env.FIREFOX, log,
    attachNow: !import.meta.env.FIREFOX,
  });
  // Firefox's MV3 event page is told before it is terminated, and waits (a few seconds at most) for this
  // listener's promise: write what is still queued, or requests that arrived in the last moments of the page
  // are lost with it (docs/firefox.md). Chrome's service worker gets no such event.
  browser.runtime.onSuspend?.addListener(() => recorder.flush());

  const onNavigation = async (d: { tabId: number; frameId: number; url: string; timeStamp: number; documentId?: string; documentLifecycle?: string }, spa: boolean) => {
    const journaled = spa ? undefined : observer.journalCommit(d);
    if (d.frameId !== 0) return;
    // Firefox: from now until it is handled, requests of this page wait for its visit (no documentId to tell pages apart).
    observer.navigationArrived(d.tabId, d.url);
    let visit: Awaited<ReturnType<typeof tracker.commit>> | undefined;
    try {
      await ready;
      // After what a killed predecessor journaled is back in place (its document requests wait for their commit).
      await observer.replayed;
      visit = spa ? await tracker.historyUpdate(d) : await tracker.commit(d);
    } finally {
      observer.navigationHandled(d.tabId, d.url, visit);
    }
    controls.maybePrune();
    if (!spa) observer.committed(d.tabId, visit ?? null, journaled);
    badge.reset(d.tabId, visit?.visitId ?? null);
  };
  browser.webNavigation.onCommitted.addListener((d) => { void onNavigation(d as never, false).catch((e) => log(`[nav] ${String(e)}`)); });
  browser.webNavigation.onHistoryStateUpdated.addListener((d) => { void onNavigation(d as never, true).catch((e) => log(`[nav] ${String(e)}`)); });
  // Firefox only, after the navigation listeners on purpose: Firefox replays the events that woke a suspended
  // event page listener by listener, in the order they are added again (not in the order they happened). A
  // page's commit must reach the visit tracker before its requests do, or Firefox — which gives no documentId —
  // charges them to the tab's previous page (docs/firefox.md). Chrome tells documents apart by documentId.
  if (import.meta.env.FIREFOX) observer.attach(browser.webRequest, true);
  // The page title (hostile text: stored as text, rendered as text only) for the popup and reports.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (typeof change.title !== 'string') return;
    void ready.then(() => {
      const visit = tracker.currentVisit(tabId);
      if (visit) return setVisitTitle(db, visit.visitId, change.title!);
    }).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void ready.then(() => tracker.tabClosed(tabId));
    badge.forget(tabId);
    // The tab's queued requests are scanned (at the recorder's idle step) with its typed values before those go.
    void recorder.flush().catch(() => undefined).finally(() => signals.forgetTab(tabId));
  });

  const reportDeps: Pick<TabReportDeps, 'gpc' | 'language' | 'isLikelyTracker'> = {
    isLikelyTracker: (domain) => signals.isLikelyTracker(domain),
    language: browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en',
    gpc: async (site) => { const s = await readSettings(); return { enabled: s.gpcEnabled, siteException: s.gpcExceptions.includes(site) }; },
  };
  // The badge shows verdicts once the page is judged (after load, and again when the policy is read);
  // the same judgement is kept as the snapshot the dashboard and exports read.
  const refreshBadge = (tabId: number) => {
    void (async () => {
      await ready;
      const visit = tracker.currentVisit(tabId);
      if (!visit) return;
      await recorder.flush();
      const report = await buildTabReport(db, visit, reportDeps);
      badge.showVerdicts(tabId, visit.visitId, report.organizations);
    })().catch((e) => log(`[badge] ${String(e)}`));
  };

  const optouts = setupOptOuts({ db, tracker, classifier: () => classifier, ready, log });
  // Messages are answered once what a killed predecessor journaled is queued again: a page's report or the
  // popup then reads a record that already holds it (replayed never rejects).
  const recordReady = ready.then(() => observer.replayed);
  // Page reports no worker reconciled (their message died with a stopped worker): at start, then while it lives.
  const sweepOlderThan = (minAgeMs: number) => sweepPageReports(browser.storage.local as unknown as ReportArea, Date.now(),
    (report) => reconcileStoredReport({ db, recorder, tracker, classify }, report), log, minAgeMs).catch((e) => log(`[page-reports] ${String(e)}`));
  const sweep = sweeper(() => sweepOlderThan(SWEEP_AFTER_MS));
  // "Write what waits" (flush, before a deletion) takes the young reports too, after any timer sweep still running: seen
  // in the killed-worker test, the last pages' reports were younger than SWEEP_AFTER_MS at the flush and their messages
  // had died with a stopped worker, so the pages were lost.
  const sweepAll = sweeper(() => sweep().then(() => sweepOlderThan(0)));
  const router = new MessageRouter(
    createHandlers({ db, recorder, tracker, classify, organizationInfo: (key) => classifier?.organizationInfo(key), startedAt, ready: recordReady, signals, policies, onPageSettled: refreshBadge,
      reportDeps,
      optouts,
      reportDone: (key) => browser.storage.local.remove(key),
      sweepReports: () => recordReady.then(sweepAll),
      discardReports: async (site) => {
        await discardPageReports(browser.storage.local as unknown as ReportArea, site ? (r) => siteOf(r.pageUrl) !== site : undefined);
      } }),
    { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/' as never), log },
  );
  browser.runtime.onMessage.addListener((message: unknown, sender: SenderLike) => router.handle(message, sender));
  void recordReady.then(sweep);
  setInterval(() => { void recordReady.then(sweep); }, SWEEP_AFTER_MS * 2);
});
