/**
 * MAIN-world probe at document_start: wiring only (lib/probe/probe.ts does the work). It must run
 * before any page script so the wrapped APIs are in place when trackers call them.
 */
import { installProbe } from '../lib/probe/probe';
import { PROBE_EVENT_NAME } from '../lib/probe/intake';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  world: 'MAIN',
  allFrames: true,
  main() {
    installProbe(window, (report) => {
      document.dispatchEvent(new CustomEvent(PROBE_EVENT_NAME, { detail: JSON.stringify(report) }));
    });
  },
});
