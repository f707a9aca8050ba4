/**
 * MAIN-world probe at document_start: wiring only (lib/probe/probe.ts does the work). It must run
 * before any page script so the wrapped APIs are in place when trackers call them.
 */
import { installProbe } from '../lib/probe/probe';
import { PROBE_EVENT_NAME, encodeNetworkCall } from '../lib/probe/intake';
import { NETWORK_EVENT_NAME, installNetworkWitness } from '../lib/probe/network-witness';
import { TCF_EVENT_NAME, watchTcf } from '../lib/probe/tcf';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  world: 'MAIN',
  allFrames: true,
  main() {
    installProbe(window, (report) => {
      document.dispatchEvent(new CustomEvent(PROBE_EVENT_NAME, { detail: JSON.stringify(report) }));
    });
    if (window.top === window) {
      // Only the top frame reports its page's requests (entrypoints/content.ts), so only it needs the witness.
      installNetworkWitness(window, (call) => document.dispatchEvent(new CustomEvent(NETWORK_EVENT_NAME, { detail: encodeNetworkCall(call) })));
      watchTcf(window as never, (report) => document.dispatchEvent(new CustomEvent(TCF_EVENT_NAME, { detail: JSON.stringify(report) })));
    }
  },
});
