/**
 * Starts a browser session with the Fineprint build: the one entry point the CLI, `npm start` and the e2e
 * journeys use. Each harness is imported only when asked for (the Firefox one pulls in puppeteer-core), and
 * lives apart from the session contract (scripts/session.ts) so the harnesses never import their dispatcher.
 */
import type { BrowserName, BrowserSession, SessionOptions } from './session';

export async function launchSession(browser: BrowserName, opts: SessionOptions = {}): Promise<BrowserSession> {
  if (browser === 'firefox') {
    const { launchFirefoxSession } = await import('./firefox-harness');
    return launchFirefoxSession(opts);
  }
  const { launchChromiumSession } = await import('./harness');
  return launchChromiumSession(opts);
}
