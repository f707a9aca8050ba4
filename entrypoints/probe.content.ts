/**
 * MAIN-world probe at document_start: wiring only (lib/probe/probe.ts does the work). It must run
 * before any page script so the wrapped APIs are in place when trackers call them.
 */
import { installProbe } from '../lib/probe/probe';
import { PROBE_EVENT_NAME } from '../lib/probe/intake';
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
      watchTcf(window as never, (report) => document.dispatchEvent(new CustomEvent(TCF_EVENT_NAME, { detail: JSON.stringify(report) })));
    }
  },
});
