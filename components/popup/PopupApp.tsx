import { useEffect, useState } from 'preact/hooks';
import type { PopupSource } from '../../lib/browser/popup-source';
import type { Replies } from '../../lib/messaging/protocol';

type HostsReply = Replies['get-visit-hosts'];

/** The popup shell: loads the tab's report and shows the third parties it talked to. */
export function PopupApp({ source }: { source: PopupSource }) {
  const [data, setData] = useState<HostsReply | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    (async () => {
      const tabId = await source.tabId();
      if (tabId === null) { setError('No tab'); return; }
      setData(await source.visitHosts(tabId));
    })().catch((e) => setError(String(e)));
  }, [source]);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p>Loading…</p>;
  const third = data.hosts.filter((h) => h.thirdParty);
  return (
    <main>
      <h1>Fineprint</h1>
      <p data-testid="page-url">{data.pageUrl ?? 'Nothing recorded on this page'}</p>
      <ul data-testid="third-party-hosts">
        {third.map((h) => <li key={h.host}>{h.host} — {h.requests}</li>)}
      </ul>
    </main>
  );
}
