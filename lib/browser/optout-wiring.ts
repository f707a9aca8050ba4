/**
 * Builds the opt-out services on the real browser APIs and registers their listeners. Called once,
 * synchronously, from entrypoints/background.ts (so an MV3 worker woken by an event finds the listeners);
 * kept here so the background stays a short list of services.
 */
import browser from 'webextension-polyfill';
import compactRules from '@duckduckgo/autoconsent/rules/compact-rules.json';
import type { IndexedCMPRuleset } from '@duckduckgo/autoconsent';
import type { TrackerClassifier } from '../core/classify/trackers';
import type { FineprintDb } from '../store/db';
import { visitHostStats } from '../store/queries';
import { BlockManager, type DnrApi } from './dnr';
import { GpcController, type ScriptingApi } from './gpc';
import { ConsentBridge } from './consent';
import { createOptOutHandlers, type OptOutHandlers } from './optout-handlers';
import { onSettingsChanged, readSettings, updateSettings } from './settings';
import { siteOf, type VisitTracker } from './visit-tracker';

/** Where WXT writes entrypoints/gpc.content.ts (registration: 'runtime'). */
export const GPC_SCRIPT_FILE = 'content-scripts/gpc.js';

export interface OptOutWiring {
  db: FineprintDb;
  tracker: VisitTracker;
  classifier(): TrackerClassifier | null;
  ready: Promise<void>;
  log(m: string): void;
}

export function setupOptOuts(w: OptOutWiring): OptOutHandlers {
  // The polyfill's DNR/scripting types are stricter unions than our structural subsets; same runtime objects.
  const dnr = browser.declarativeNetRequest as unknown as DnrApi;
  // Firefox's DNR has its own resource-type list and rejects a rule naming a Chrome-only type (docs/firefox.md).
  const flavor = import.meta.env.FIREFOX ? 'firefox' : 'chrome';
  // Blocked requests are counted only while a block exists (listening costs every page load otherwise).
  const onError = (d: Parameters<BlockManager['onError']>[0]) => { void blocks.onError(d).catch((e) => w.log(`[dnr] count: ${String(e)}`)); };
  let counting = false;
  const setCounting = (on: boolean) => {
    if (on === counting) return;
    counting = on;
    if (on) browser.webRequest.onErrorOccurred.addListener(onError, { urls: ['<all_urls>'] });
    else browser.webRequest.onErrorOccurred.removeListener(onError);
  };
  const blocks = new BlockManager(dnr, browser.storage.local, {
    siteOfTab: (tabId) => w.tracker.currentVisit(tabId)?.site ?? null,
    siteOfUrl: siteOf,
    log: w.log,
    flavor,
    onBlocksChanged: setCounting,
  });
  // A worker that starts with blocks in storage counts from its first moments.
  void blocks.list().then((all) => setCounting(all.length > 0), () => undefined);
  const gpc = new GpcController({ dnr, scripting: browser.scripting as unknown as ScriptingApi, scriptFile: GPC_SCRIPT_FILE, log: w.log, flavor });
  const consent = new ConsentBridge({
    rules: () => compactRules as unknown as IndexedCMPRuleset,
    alwaysReject: async () => (await readSettings()).alwaysRejectBanners,
    session: browser.storage.session,
    sendToFrame: (tabId, frameId, msg) => browser.tabs.sendMessage(tabId, msg, { frameId }),
    runInFrame: async (tabId, frameId, func) => {
      const [first] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, world: 'MAIN', func });
      return first?.result;
    },
    log: w.log,
  });

  browser.tabs.onRemoved.addListener((tabId) => { void consent.forget(tabId); });
  onSettingsChanged((s) => { void gpc.apply(s); });
  // Dynamic rules and registered scripts persist, but an update may change file names or rule shapes:
  // re-derive both from storage whenever the extension is installed, updated or the browser starts.
  const resync = () => {
    void blocks.sync().catch((e) => w.log(`[dnr] sync: ${String(e)}`));
    void readSettings().then((s) => gpc.apply(s)).catch((e) => w.log(`[gpc] ${String(e)}`));
  };
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);

  return createOptOutHandlers({
    blocks, gpc, consent,
    cookies: browser.cookies,
    currentVisit: (tabId) => w.tracker.currentVisit(tabId),
    visitHosts: (visitId) => visitHostStats(w.db, visitId),
    organizationPatterns: (org) => w.classifier()?.organizationPatterns(org) ?? [],
    organizationName: (org) => w.classifier()?.organizationInfo(org)?.name,
    readSettings,
    updateSettings,
    ready: w.ready,
  });
}
