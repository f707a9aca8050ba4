/**
 * Preferences of every Fineprint launch of Firefox: a known extension origin, all traffic through the
 * rules proxy when there are host-resolver rules (scripts/firefox/proxy.ts), Firefox's own background
 * traffic turned down, downloads saved without asking, and the devtools server about:debugging uses (to
 * terminate the event page, scripts/firefox/rdp.ts).
 */

/** Must equal `GECKO_ID` in wxt.config.ts (tests/e2e/journeys/firefox.test.ts checks the built manifest). */
export const GECKO_ID = 'fineprint@fineprint.local';

export interface PrefOptions {
  uuid: string;
  /** Port of the rules proxy, or null to connect directly. */
  proxyPort: number | null;
  downloadDir: string;
  /** Port of the devtools (RDP) server. */
  debuggerPort: number;
}

export function firefoxPrefs(o: PrefOptions): Record<string, unknown> {
  return {
    // The extension's moz-extension:// origin is known in advance.
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: o.uuid }),
    ...(o.proxyPort === null ? {} : {
      // Everything through the rules proxy — localhost included, as --host-resolver-rules maps it too.
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': o.proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': o.proxyPort,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.socks_remote_dns': false,
    }),
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.http.http3.enable': false,
    // Firefox's own background traffic (puppeteer already disables updates, safebrowsing, normandy's URL…).
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'datareporting.healthreport.uploadEnabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    // Release builds ignore this override unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (set in the launch env).
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'security.OCSP.enabled': 0,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.update.enabled': false,
    'browser.contentblocking.report.lockwise.enabled': false,
    'identity.fxaccounts.enabled': false,
    'media.gmp-gmpopenh264.enabled': false,
    'browser.translations.enable': false,
    'browser.ml.enable': false,
    // Console messages (the background's included) go to Firefox's stdout, collected as `browserLog`.
    'devtools.console.stdout.chrome': true,
    'devtools.console.stdout.content': true,
    // Fineprint must see trackers as a person using default Firefox would in a normal window; the
    // tracking-protection lists are never downloaded here anyway.
    'privacy.trackingprotection.enabled': false,
    'privacy.trackingprotection.socialtracking.enabled': false,
    // The dashboard's exports land in a known folder without a dialog (SessionPage download()).
    'browser.download.dir': o.downloadDir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.manager.showWhenStarting': false,
    // The devtools server on 127.0.0.1 only, without the connection prompt (about:debugging's own protocol).
    'devtools.debugger.remote-enabled': true,
    'devtools.chrome.enabled': true,
    'devtools.debugger.prompt-connection': false,
    'devtools.debugger.force-local': true,
  };
}
