// Starts reading the tab's report while the popup's modules load: the request and the ~60 ms of
// module loading then overlap instead of following each other (docs/performance.md, popup-render).
// Plain script on purpose (no bundling, no polyfill); lib/browser/popup-source.ts takes the answer.
(function () {
  'use strict';
  var api = typeof chrome !== 'undefined' && chrome.runtime && chrome.tabs ? chrome : null;
  if (!api) return;
  var match = /[?&]tab=(\d+)(?:&|$)/.exec(location.search);
  var tabId = match
    ? Promise.resolve(Number(match[1]))
    : api.tabs.query({ active: true, currentWindow: true }).then(function (tabs) { return tabs[0] && typeof tabs[0].id === 'number' ? tabs[0].id : null; });
  var report = tabId.then(function (id) {
    return id === null ? null : api.runtime.sendMessage({ type: 'get-tab-report', tabId: id });
  });
  // Swallow here; the popup sees the same rejection when it awaits the promise and says so.
  report.catch(function () {});
  window.__fineprintEarly = { tabId: tabId, report: report };
})();
