/**
 * One site, as the dashboard's per-site view and the exported report show it: the shared per-site view
 * (components/site — the popup's own component: organizations by verdict, the policy's sentence) plus
 * what only history has: visits, the policy version the verdicts were judged against, data flows,
 * consent findings and policy changes. Pure: props in, JSX out (renders in node for the HTML export).
 */
import type { Translate } from '../common/i18n';
import { safeHttpUrl } from '../common/safe-url';
import { otherEvidenceText, whyText } from '../site/why';
import { flowWords } from '../site/flow-words';
import { dataTypeMessageKey, SiteView } from '../site';
import { textFragmentUrl } from '../common/text-fragment';
import { displayName } from '../../lib/core/names';
import { localizeReportSite } from '../../lib/core/report/localize';
import type { DataFlowVerdict } from '../../lib/core/types';
import type { ReportOrganization, ReportSite } from '../../lib/core/report/types';
import { siteToTabReport } from './adapt';
import { VerdictBar } from './charts';
import { day, dateTime, shortHash, verdictLabel } from './format';
import { PolicyTimeline } from './PolicyTimeline';

/**
 * `compact`: one table row per organization instead of the shared view's expandable rows (~5× less
 * markup) — used by the HTML export above EXPAND_LIMIT sites, where the shared view would make a
 * 2,000-site report ~30 MB.
 */
export function SiteSection({ site: recorded, t, mode = 'static', expandAll = false, compact = false }: {
  site: ReportSite; t: Translate; mode?: 'static' | 'interactive'; expandAll?: boolean; compact?: boolean;
}) {
  // Companies in the reader's language here too (the dashboard hands over a site straight from the store).
  const site = localizeReportSite(recorded, t('common_lang'));
  const policyUrl = safeHttpUrl(site.policy?.url);
  const recipient = recipientNamer(site, t('common_lang'));
  return (
    <section class="fp-report-site" id={`site-${site.site}`} data-site={site.site}>
      {compact
        ? <><h3>{site.site}</h3>{site.title ? <p class="fp-muted">{site.title}</p> : null}<CompactOrganizations site={site} t={t} /></>
        : <div class="fp-root"><SiteView report={siteToTabReport(site)} t={t} mode={mode} expandAll={expandAll} /></div>}
      <p class="fp-meta">
        {t('report_site_visits', [String(site.visits.length), day(site.firstVisit), day(site.lastVisit)])}
      </p>
      <p class="fp-meta" data-testid="judged-against">
        {t('report_policy')}{': '}
        {policyUrl ? <a href={policyUrl} rel="noreferrer noopener">{policyUrl}</a> : <span>{site.policy?.url ?? t('report_policy_none')}</span>}
        {' · '}{t(`report_policy_status_${(site.policy?.status ?? 'pending').replace(/-/g, '_')}`)}
        {site.policy?.hash ? <> {' · '}{t('report_policy_version', [shortHash(site.policy.hash), day(site.policy.fetchedAt)])}</> : null}
        {site.policy?.judgedAt ? <> {' · '}{t('report_judged_at', dateTime(site.policy.judgedAt))}</> : null}
      </p>
      <VerdictBar counts={site.counts} t={t} />
      {site.dataFlows.length > 0 && (
        <>
          <h4>{t('report_data_flows')}</h4>
          <table class="fp-flows">
            <thead><tr>
              <th scope="col">{t('report_col_data')}</th><th scope="col">{t('report_col_recipient')}</th>
              <th scope="col">{t('report_col_verdict')}</th><th scope="col">{t('report_col_evidence')}</th>
            </tr></thead>
            <tbody>
              {site.dataFlows.map((f, i) => {
                const name = recipient(f);
                return (
                  <tr key={i}>
                    <td>{t(dataTypeMessageKey(f.type))}<div class="fp-muted">{flowWords(f, t)}</div></td>
                    <td>{name}{name !== f.recipientDomain ? <div class="fp-muted">{f.recipientDomain}</div> : null}</td>
                    <td><VerdictTag v={f.verdict ?? 'unjudged'} t={t} /></td>
                    <td><code>{f.evidence}</code>{f.policyEvidence ? <blockquote>{f.policyEvidence.text}</blockquote> : null}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {site.consent.length > 0 && (
        <>
          <h4>{t('report_consent')}</h4>
          <ul class="fp-consent">
            {site.consent.map((c, i) => (
              <li key={i}>{t(`report_consent_${c.moment.replace(/-/g, '_')}`, [c.name, c.host])} <span class="fp-muted">{dateTime(c.requestTime)}</span></li>
            ))}
          </ul>
        </>
      )}
      {site.policyChanges.length > 1 && <PolicyTimeline changes={site.policyChanges} t={t} showSite={false} />}
    </section>
  );
}

/**
 * "Sent to": the company as the site's rows name it (display name in the reader's language), never its
 * TrackerDB key; an unknown party by its domain.
 */
function recipientNamer(site: ReportSite, lang: string): (f: Pick<DataFlowVerdict, 'recipientOrg' | 'recipientDomain'>) => string {
  const names = new Map(site.organizations.map((o) => [o.key, o.name]));
  return (f) => names.get(f.recipientOrg ?? `domain:${f.recipientDomain}`)
    ?? (f.recipientOrg ? displayName(f.recipientOrg, f.recipientDomain, lang) : f.recipientDomain);
}

function CompactOrganizations({ site, t }: { site: ReportSite; t: Translate }) {
  if (site.organizations.length === 0) return <p>{t('report_no_organizations')}</p>;
  return (
    <table class="fp-org-table">
      <thead><tr>
        <th scope="col">{t('report_col_organization')}</th><th scope="col">{t('report_col_requests')}</th>
        <th scope="col">{t('report_col_verdict')}</th><th scope="col">{t('report_col_evidence')}</th>
      </tr></thead>
      <tbody>{site.organizations.map((o) => <OrgRow key={o.key} o={o} policyUrl={site.policy?.url ?? null} t={t} />)}</tbody>
    </table>
  );
}

function OrgRow({ o, policyUrl, t }: { o: ReportOrganization; policyUrl: string | null; t: Translate }) {
  const link = o.evidence ? textFragmentUrl(policyUrl, o.evidence.text) : null;
  const other = otherEvidenceText(o, t);
  return (
    <tr>
      <th scope="row">{o.name}<div class="fp-muted">{o.hosts.join(', ')}</div></th>
      <td class="fp-num">{o.requests}</td>
      <td>
        <VerdictTag v={o.verdict ?? 'unjudged'} t={t} />{o.why ? <div class="fp-muted">{whyText(o, t)}</div> : null}
        {other ? <div class="fp-other-evidence"><span aria-hidden="true">ⓘ </span>{other}</div> : null}
      </td>
      <td>
        {o.evidence
          ? <blockquote>{o.evidence.text}{link ? <> <a href={link} rel="noreferrer noopener">{t('report_open_in_policy')}</a></> : null}</blockquote>
          : <span class="fp-muted">—</span>}
      </td>
    </tr>
  );
}

export function VerdictTag({ v, t }: { v: ReportOrganization['verdict'] | 'unjudged'; t: Translate }) {
  const key = v ?? 'unjudged';
  return <span class={`fp-verdict fp-v-${key}`}>{verdictLabel(t, key)}</span>;
}
