/** The opt-out controls render from props and talk only through `send` (fake here). */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/preact';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import type { PageMessage } from '../../lib/messaging/protocol';
import type { OptOutState } from '../../lib/core/optouts/types';
import type { OrganizationVerdict } from '../../lib/core/types';
import { createTranslator, I18nProvider, type MessagesFile } from '../common/i18n';
import { baseReport } from '../site/sample-report';
import { OrganizationActions, SiteActions } from './index';

const google: OrganizationVerdict = { org: 'google', name: 'Google', category: 'advertising', requests: 4, hosts: ['www.google-analytics.com', 'securepubads.g.doubleclick.net'], verdict: null, evidence: null };
const report = baseReport({
  site: 'dailyglobe.example', startedAt: Date.UTC(2026, 0, 15), organizations: [google],
  details: { google: { key: 'google', info: { key: 'google', name: 'Google', privacyContact: 'https://www.google.com/contact/' }, sampleUrls: [], dataTypes: [], consent: [], blocked: null } },
  siteOptOuts: [
    { kind: 'do-not-sell', url: 'https://www.dailyglobe.example/privacy#dns', text: 'Do Not Sell or Share', evidence: { text: '', start: 0, end: 0 } },
    { kind: 'other', url: 'javascript:alert(1)', text: 'evil', evidence: { text: '', start: 0, end: 0 } },
  ],
});

function fakeSend(state: OptOutState, replies: Record<string, unknown> = {}) {
  const sent: PageMessage[] = [];
  const send = async <R,>(msg: PageMessage): Promise<R> => {
    sent.push(msg);
    if (msg.type === 'optout-state') return state as R;
    return (replies[msg.type] ?? { ok: true }) as R;
  };
  return { sent, send };
}
const state: OptOutState = { site: 'dailyglobe.example', gpc: { enabled: false, siteException: false }, alwaysRejectBanners: false,
  banner: { cmp: 'Complianz banner', status: 'shown', time: 1 }, blocks: [] };
const withT = (messages: unknown, node: preact.ComponentChildren) => <I18nProvider t={createTranslator(messages as MessagesFile)}>{node}</I18nProvider>;

describe('SiteActions', () => {
  it('shows GPC, the banner button and the site\'s http(s) opt-out links, and sends the protocol messages', async () => {
    const { sent, send } = fakeSend(state);
    const { findByTestId, getByTestId, container } = render(withT(en, <SiteActions report={report} tabId={5} send={send} />));
    await findByTestId('gpc-toggle');
    expect(getByTestId('banner').textContent).toContain('Complianz banner');
    const links = [...container.querySelectorAll('[data-testid="site-optout-links"] a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://www.dailyglobe.example/privacy#dns']);
    fireEvent.click(getByTestId('reject-banner'));
    await waitFor(() => expect(sent).toContainEqual({ type: 'reject-banner', tabId: 5 }));
    // Controls are disabled while an action runs; the next one goes once the state is back.
    await waitFor(() => expect((getByTestId('gpc-toggle') as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(getByTestId('gpc-toggle'));
    await waitFor(() => expect(sent).toContainEqual({ type: 'set-gpc', enabled: true }));
  });

  it('lists blocks with an undo', async () => {
    const blocked = { ...state, blocks: [{ key: 'google', name: 'Google', scope: 'site' as const, site: 'dailyglobe.example', domains: ['google-analytics.com'], counts: { 'dailyglobe.example': 3 }, createdAt: 0 }] };
    const { sent, send } = fakeSend(blocked);
    const { findByTestId } = render(withT(en, <SiteActions report={report} tabId={5} send={send} />));
    const list = await findByTestId('blocked-list');
    expect(list.textContent).toContain('3 requests stopped');
    fireEvent.click(list.querySelector('button')!);
    await waitFor(() => expect(sent).toContainEqual({ type: 'unblock-org', tabId: 5, key: 'google', scope: 'site' }));
  });
});

describe('OrganizationActions', () => {
  it('blocks, reports cleared cookies and offers the company\'s own opt-out pages', async () => {
    const { sent, send } = fakeSend(state, { 'clear-org-cookies': { ok: true, removed: 2, domains: [] } });
    const { getByTestId, findByTestId, container } = render(withT(en, <OrganizationActions report={report} tabId={5} org={google} detail={report.details.google} send={send} />));
    expect([...container.querySelectorAll('[data-testid="vendor-links"] a')].map((a) => a.getAttribute('href'))).toContain('https://tools.google.com/dlpage/gaoptout');
    fireEvent.click(getByTestId('block-site'));
    expect((await findByTestId('block-status')).textContent).toContain('Blocked on this site');
    expect(sent).toContainEqual({ type: 'block-org', tabId: 5, key: 'google', scope: 'site' });
    fireEvent.click(getByTestId('clear-cookies'));
    expect((await findByTestId('org-action-result')).textContent).toBe('Removed 2 cookies.');
  });

  it('writes the letter in the person\'s language (PIPL by default in Chinese) with the observed hosts', async () => {
    const { send } = fakeSend(state);
    const { container, findByTestId } = render(withT(zh, <OrganizationActions report={report} tabId={5} org={google} detail={report.details.google} send={send} />));
    const details = container.querySelector('[data-testid="letter-google"]') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const href = (await findByTestId('letter-google-mailto')).getAttribute('href')!;
    const body = new URLSearchParams(href.slice(href.indexOf('?') + 1)).get('body')!;
    expect(body).toContain('第四十五条');
    expect(body).toContain('securepubads.g.doubleclick.net');
    // Google's contact is a web form: shown as a link, the mailto has no address.
    expect(href.startsWith('mailto:?')).toBe(true);
    expect(container.querySelector('.fp-letter a[href="https://www.google.com/contact/"]')).not.toBeNull();
  });
});
