/** The opt-out controls render from props and talk only through `send` (fake here). */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import type { PageMessage } from '../../lib/messaging/protocol';
import type { OptOutPlan, OptOutState } from '../../lib/core/optouts/types';
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
afterEach(cleanup);
const withT = (messages: unknown, node: preact.ComponentChildren) => <I18nProvider t={createTranslator(messages as MessagesFile)}>{node}</I18nProvider>;

describe('SiteActions', () => {
  it('shows GPC, the banner button and the site\'s http(s) opt-out links, and sends the protocol messages', async () => {
    const { sent, send } = fakeSend(state);
    const { findByTestId, getByTestId, container } = render(withT(en, <SiteActions report={report} tabId={5} send={send} />));
    await findByTestId('gpc-toggle');
    expect(getByTestId('banner').textContent).toContain('cookie banner (Complianz).');
    expect(getByTestId('banner').textContent).not.toContain('Complianz banner');
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

  const googlePlan: OptOutPlan = {
    key: 'google', name: 'Google', tracking: ['google-analytics.com', 'google.com'], keeps: ['sign-in', 'captcha', 'fonts'],
    breaks: [{ kind: 'sign-in', services: ['Google'] }, { kind: 'captcha', services: ['Google reCAPTCHA'] }, { kind: 'fonts', services: ['Google Fonts'] }, { kind: 'other', services: [] }],
    signOuts: ['Google'],
  };

  it('says what a block keeps working, offers the second choice naming what breaks, and undo is one click', async () => {
    const { sent, send } = fakeSend(state, { 'optout-plan': googlePlan });
    const { getByTestId, findByTestId, queryByTestId } = render(withT(en, <OrganizationActions report={report} tabId={5} org={google} detail={report.details.google} send={send} />));
    expect((await findByTestId('block-keeps')).textContent).toBe('Blocks its tracking (ads, analytics). Keeps working: sign-in, captchas, web fonts.');
    expect(queryByTestId('block-functional')).toBeNull();
    fireEvent.click(getByTestId('block-site'));
    const second = await findByTestId('block-functional');
    expect(second.textContent).toBe('Also block sign-in, captchas (Google reCAPTCHA), web fonts (Google Fonts), other Google services — they will stop working');
    expect(sent).toContainEqual({ type: 'block-org', tabId: 5, key: 'google', scope: 'site' });
    fireEvent.click(second);
    await waitFor(() => expect(sent).toContainEqual({ type: 'block-org', tabId: 5, key: 'google', scope: 'site', functional: true }));
    expect((await findByTestId('block-functional-status')).textContent).toContain('These no longer work.');
    expect(queryByTestId('block-functional')).toBeNull();
    fireEvent.click(getByTestId('unblock'));
    await waitFor(() => expect(sent).toContainEqual({ type: 'unblock-org', tabId: 5, key: 'google', scope: 'site' }));
    await findByTestId('block-site');
  });

  it('names the sign-ins that clearing cookies ends and clears only when confirmed', async () => {
    const { sent, send } = fakeSend(state, { 'optout-plan': googlePlan, 'clear-org-cookies': { ok: true, removed: 4, domains: [] } });
    const { getByTestId, findByTestId, queryByTestId } = render(withT(en, <OrganizationActions report={report} tabId={5} org={google} detail={report.details.google} send={send} />));
    await findByTestId('block-keeps');
    fireEvent.click(getByTestId('clear-cookies'));
    expect((await findByTestId('signout-warning')).textContent).toContain('You will be signed out of Google.');
    expect(sent.some((m) => m.type === 'clear-org-cookies')).toBe(false);
    fireEvent.click(getByTestId('clear-cookies-cancel'));
    expect(queryByTestId('signout-warning')).toBeNull();
    fireEvent.click(getByTestId('clear-cookies'));
    fireEvent.click(await findByTestId('clear-cookies-confirm'));
    expect((await findByTestId('org-action-result')).textContent).toBe('Removed 4 cookies.');
    expect(sent.filter((m) => m.type === 'clear-org-cookies')).toHaveLength(1);
  });

  it('does not clear before it knows which sign-ins clearing ends (a quick click waits for the plan)', async () => {
    let answerPlan: (p: OptOutPlan) => void = () => undefined;
    const sent: PageMessage[] = [];
    const send = async <R,>(msg: PageMessage): Promise<R> => {
      sent.push(msg);
      if (msg.type === 'optout-plan') return new Promise<R>((resolve) => { answerPlan = (p) => resolve(p as R); });
      return { ok: true, removed: 4, domains: [] } as R;
    };
    const { getByTestId, findByTestId } = render(withT(en, <OrganizationActions report={report} tabId={5} org={google} detail={report.details.google} send={send} />));
    const button = getByTestId('clear-cookies') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(sent.some((m) => m.type === 'clear-org-cookies')).toBe(false);
    answerPlan(googlePlan);
    await waitFor(() => expect(button.disabled).toBe(false));
    fireEvent.click(button);
    expect((await findByTestId('signout-warning')).textContent).toContain('You will be signed out of Google.');
    expect(sent.some((m) => m.type === 'clear-org-cookies')).toBe(false);
  });

  it('warns before blocking a company that serves only functions here, and blocks it only as that choice (in Chinese)', async () => {
    const stripe: OrganizationVerdict = { ...google, org: 'stripe', name: 'Stripe', category: 'utilities', hosts: ['js.stripe.com'] };
    const plan: OptOutPlan = { key: 'stripe', name: 'Stripe', tracking: [], keeps: [], breaks: [{ kind: 'payment', services: ['Stripe'] }], signOuts: [] };
    const { sent, send } = fakeSend(state, { 'optout-plan': plan });
    const { getByTestId, findByTestId } = render(withT(zh, <OrganizationActions report={report} tabId={5} org={stripe} detail={undefined} send={send} />));
    expect((await findByTestId('block-warning')).textContent).toBe('Stripe 在此只提供支付：屏蔽会使其无法使用。');
    fireEvent.click(getByTestId('block-everywhere'));
    await waitFor(() => expect(sent).toContainEqual({ type: 'block-org', tabId: 5, key: 'stripe', scope: 'everywhere', functional: true }));
    // No sign-in to end: clearing acts at once.
    fireEvent.click(getByTestId('clear-cookies'));
    await waitFor(() => expect(sent.some((m) => m.type === 'clear-org-cookies')).toBe(true));
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
