/**
 * Builds request observation on the real browser APIs and registers its listeners. Called once,
 * synchronously, from entrypoints/background.ts (an MV3 worker woken by a request must find its listener at
 * once); kept here so the background stays a short list of services.
 *
 * The listener set is the cheapest that keeps every piece of evidence the popup and reports show
 * (docs/performance.md has the figures):
 *  - webRequest.onBeforeRequest + requestBody, on every request (lib/browser/web-request.ts);
 *  - webRequest.onHeadersReceived + extraHeaders, only for unknown third-party domains already seen
 *    (lib/browser/set-cookie-watch.ts: Set-Cookie for the likely-tracker heuristic);
 *  - no header listener on every request: Sec-GPC follows from the settings (our own DNR rule sets it), the
 *    cookies a third party holds come from the jar at idle (lib/browser/cookie-jar.ts), and the document of a
 *    request Chrome sent without one from webNavigation.getFrame.
 */
import browser from 'webextension-polyfill';
import type { Recorder } from '../store/recorder';
import type { Classification, Observation } from '../core/types';
import { gpcSentMatcher } from '../core/optouts/gpc-sent';
import type { BadgeCounter } from './badge';
import { CookieJarLookups, type JarCookie } from './cookie-jar';
import type { PageSignals } from './page-signals';
import { SetCookieWatch, type HeadersReceivedEvent } from './set-cookie-watch';
import { onSettingsChanged, readSettings } from './settings';
import type { VisitTracker } from './visit-tracker';
import { RequestObserver, type FrameDocument } from './web-request';
import { storageJournal, type JournalArea } from './request-journal';
import type { FineprintDb } from '../store/db';
import { forgetWrittenMarks, readWrittenMarks } from '../store/journal-marks';
import { visitHasDocument } from '../store/queries';

export interface ObservationWiring {
  db: FineprintDb;
  recorder: Recorder;
  tracker: VisitTracker;
  signals: PageSignals;
  badge: BadgeCounter;
  classify(obs: Observation): Classification;
  isExcluded(site: string): boolean;
  /** The background's readiness (visit map restored, classifier loaded). */
  ready: Promise<void>;
  isFirefox: boolean;
  /**
   * Attach the request listener now (Chrome). Firefox's background attaches it itself, after its
   * navigation listeners: it replays waking events listener by listener, and a page's commit must reach
   * the visit tracker before its requests (docs/firefox.md).
   */
  attachNow: boolean;
  log(m: string): void;
}

export function setupObservation(w: ObservationWiring): RequestObserver {
  const { recorder, tracker, signals, badge, log } = w;
  // Sec-GPC is our own DNR rule's doing: whether a request carried it follows from the settings. (Read at
  // once; requests are judged at the idle step, ≥ 80 ms after the first of them, by when one storage read is done.)
  let gpcSent = gpcSentMatcher({ gpcEnabled: false, gpcExceptions: [] });
  let changed = false;
  onSettingsChanged((s) => { changed = true; gpcSent = gpcSentMatcher(s); });
  void readSettings().then((s) => { if (!changed) gpcSent = gpcSentMatcher(s); }, (e) => log(`[observe] settings: ${String(e)}`));

  // Identifier cookies of third parties, from the jar once per visit × host (not from every request's headers).
  const jar = new CookieJarLookups({
    getAll: (details) => browser.cookies.getAll(details) as Promise<JarCookie[]>,
    onCookies: (visit, cls, request, cookies) => {
      for (const cookie of cookies) signals.cookieSet(cls, cookie);
      recorder.addRequest({
        visitId: visit.visitId, site: visit.site, url: request.url, type: 'other', time: request.time, cls, count: 0,
        withCookies: true, cookiesSet: cookies.map((c) => c.name),
      });
    },
    log,
  });
  const observer = new RequestObserver(tracker, recorder, {
    classify: w.classify,
    scanPii: (obs, cls, _visit, tabId) => signals.scan(tabId, obs, cls),
    gpcSent: (type, url, initiator) => gpcSent(type, url, initiator),
    onThirdParty: (visit, cls, url, time) => {
      jar.note(visit, cls, url, time);
      if (cls.org === null) setCookieWatch.watch(cls.domain);
    },
    onCookieSet: (cls, cookie) => signals.cookieSet(cls, cookie),
    isExcluded: w.isExcluded,
    // Recorded at the idle step: a late batch of the page just left must not take the badge back to it.
    onRecorded: (visit, cls, _obs, tabId) => { if (tracker.currentVisit(tabId)?.visitId === visit.visitId) badge.record(tabId, visit.visitId, cls); },
    documentRecorded: (visitId) => visitHasDocument(w.db, visitId),
    frameDocument: async (tabId, frameId) => ((await browser.webNavigation.getFrame({ tabId, frameId })) as FrameDocument | null) ?? null,
    journal: browser.storage.session
      ? storageJournal(browser.storage.session as unknown as JournalArea, log, {
        written: { read: (worker) => readWrittenMarks(w.db, worker), forget: (marks) => forgetWrittenMarks(w.db, marks) },
      })
      : undefined,
    log,
  }, w.ready);
  if (w.attachNow) observer.attach(browser.webRequest, w.isFirefox);

  // Set-Cookie only from unknown third parties already seen (the likely-tracker heuristic where the browser blocks them).
  const setCookieWatch = new SetCookieWatch(browser.webRequest.onHeadersReceived as unknown as HeadersReceivedEvent, w.isFirefox, {
    onSetCookie: (d, cookies) => observer.cookiesSet(d, cookies),
    save: (domains) => signals.saveWatched(domains),
    log,
  });
  void w.ready.then(() => setCookieWatch.restore(signals.watchedDomains()), () => undefined);
  return observer;
}
