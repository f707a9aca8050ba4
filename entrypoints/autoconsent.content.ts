/**
 * Cookie banners (isolated world, every frame): runs DuckDuckGo's autoconsent engine. Wiring only — the
 * background (lib/browser/consent.ts) answers `init` with the rules for this URL and the person's choice
 * (wait for a click in the popup, or always reject), runs `eval` snippets, and tells us when to opt out.
 * Opt-out only: Fineprint never sends optIn.
 */
import browser from 'webextension-polyfill';
import AutoConsent, { type BackgroundMessage, type ContentScriptMessage } from '@duckduckgo/autoconsent';

// The engine also sends a 'report' on every state change: useful for its devtools, noise for us (and the
// router's per-tab rate limit), so only these go to the background.
const FORWARDED = new Set<ContentScriptMessage['type']>([
  'init', 'eval', 'cmpDetected', 'popupFound', 'optOutResult', 'selfTestResult', 'autoconsentDone', 'autoconsentError',
]);
const FROM_BACKGROUND = new Set<BackgroundMessage['type']>(['optOut', 'selfTest']);

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // document_idle, not document_start: starting the engine while the page builds itself cost ~0.35 s of
  // CPU on a tracker-heavy page (docs/performance.md); banners are still found, as they are in the DOM
  // (or appear later, which the engine keeps watching for).
  runAt: 'document_idle',
  allFrames: true,
  main() {
    let engine: AutoConsent | null = null;
    const consentEvent = (event: 'banner-shown' | 'rejected', cmp: string) =>
      browser.runtime.sendMessage({ type: 'consent-event', event, cmp, time: Date.now() }).catch(() => undefined);
    const send = async (msg: ContentScriptMessage): Promise<void> => {
      if (!FORWARDED.has(msg.type)) return;
      // Consent timeline for the verdicts (banner shown / rejected, with times): stored by the background.
      if (msg.type === 'popupFound') void consentEvent('banner-shown', msg.cmp);
      if (msg.type === 'autoconsentDone' && !msg.isCosmetic) void consentEvent('rejected', msg.cmp);
      const reply = await browser.runtime.sendMessage({ type: 'autoconsent', msg }).catch(() => undefined) as BackgroundMessage | undefined;
      // init and eval are answered in the reply (initResp / evalResp), no second message needed.
      if (reply && typeof reply === 'object' && typeof reply.type === 'string') await engine?.receiveMessageCallback(reply);
    };
    engine = new AutoConsent(send);
    // A click on "Reject cookie banner" in the popup arrives here (sent to this frame only).
    browser.runtime.onMessage.addListener((raw: unknown) => {
      const m = raw as { type?: string; msg?: BackgroundMessage };
      if (m?.type !== 'autoconsent-command' || !m.msg || !FROM_BACKGROUND.has(m.msg.type)) return undefined;
      // optOut is run directly so the reply carries the engine's result (receiveMessageCallback returns nothing).
      if (m.msg.type === 'optOut') return engine!.doOptOut().then((result) => ({ ok: true, result }));
      return engine!.receiveMessageCallback(m.msg).then(() => ({ ok: true }));
    });
  },
});
