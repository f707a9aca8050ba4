/**
 * The per-site view shared by the popup, the dashboard and the exported HTML report: props in, JSX out.
 * No browser APIs, no storage: translations come in as `t`, actions as render props, so it also renders
 * in node with preact-render-to-string.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { localizeNames, localizeTabReport } from '../../lib/core/report/localize';
import { headline as coreHeadline } from '../../lib/core/verdict/summary';
import type { OrganizationDetail, OrganizationVerdict, TabReport } from '../../lib/core/types';
import { I18nProvider, useT, type Translate } from '../common/i18n';
import { detailKey, policyStateMessageKey, renderPopupModel, verdictMessageKey, type SiteModel } from './model';
import { OrganizationRow } from './OrganizationRow';

export interface SiteViewProps {
  report: TabReport;
  t: Translate;
  /** 'static' for the exported report (rows are <details>, no script needed). */
  mode?: 'interactive' | 'static';
  expandAll?: boolean;
  /** Rendered in the site header (the popup puts <SiteActions> here). */
  siteActions?: ComponentChildren;
  /** Rendered at the end of an expanded organization (the popup puts <OrganizationActions> here). */
  renderOrganizationActions?: (org: OrganizationVerdict, detail: OrganizationDetail | undefined) => ComponentChildren;
  /** Pass a model already built from `report` to avoid building it twice. */
  model?: SiteModel;
}

const POLICY_ICONS: Record<string, string> = {
  found: '✓', changed: '↻', pending: '…', 'not-found': '✕',
};

/** The one-sentence answer, from the core's one headline (lib/core/verdict/summary.ts) in the UI's language. */
export function headline(_report: TabReport, model: SiteModel, t: Translate): string {
  const { pending, ...counts } = model.counts;
  return coreHeadline(counts, t('common_lang').startsWith('zh') ? 'zh' : 'en', pending > 0 && pending === model.organizationCount);
}

function SiteHeader({ report, model, siteActions }: { report: TabReport; model: SiteModel; siteActions?: ComponentChildren }) {
  const t = useT();
  const state = model.policyState;
  return (
    <header class="fp-site-header">
      <h1 class="fp-site-name">{model.site}</h1>
      {model.title && <p class="fp-page-title" data-testid="page-title">{model.title}</p>}
      <p class={`fp-policy fp-policy-${state}`} data-policy-state={state}>
        <span class="fp-policy-icon" aria-hidden="true">{POLICY_ICONS[state] ?? '!'}</span>
        <span>{t(policyStateMessageKey(state))}</span>
        {model.policyUrl && <> <a href={model.policyUrl} target="_blank" rel="noopener noreferrer">{t('popup_read_policy')}</a></>}
      </p>
      <p class="fp-headline" data-testid="headline">{headline(report, model, t)}</p>
      {siteActions && <div class="fp-site-actions">{siteActions}</div>}
    </header>
  );
}

function SiteBody(props: SiteViewProps & { model: SiteModel }) {
  const t = useT();
  const { report, model, mode, expandAll, renderOrganizationActions } = props;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (k: string, open: boolean) => setExpanded((prev) => {
    const next = new Set(prev);
    if (open) next.add(k); else next.delete(k);
    return next;
  });
  // Personal data found leaving the page, by the organization it went to (same key as the rows).
  const flowsByKey = new Map<string, TabReport['dataFlows']>();
  for (const f of report.dataFlows ?? []) {
    const k = f.recipientOrg ?? `domain:${f.recipientDomain}`;
    const list = flowsByKey.get(k);
    if (list) list.push(f); else flowsByKey.set(k, [f]);
  }
  let index = 0;
  return (
    <div class="fp-site">
      <SiteHeader report={report} model={model} siteActions={props.siteActions} />
      {model.groups.length === 0 && <p class="fp-empty">{t('popup_no_organizations')}</p>}
      {model.groups.map((g) => {
        const key = verdictMessageKey(g.verdict);
        const headingId = `fp-group-${g.verdict ?? 'pending'}`;
        return (
          <section class="fp-group" aria-labelledby={headingId} key={key} data-verdict-group={g.verdict ?? 'pending'}>
            <h2 id={headingId} class="fp-group-heading">
              {t(key)} <span class="fp-count">({g.organizations.length})</span>
            </h2>
            <p class="fp-group-explain">{t(`${key}_explain`)}</p>
            <ul class="fp-orgs">
              {g.organizations.map((o) => {
                const k = detailKey(o);
                const id = `fp-org-${index++}`;
                return (
                  <OrganizationRow key={k} id={id} org={o} detail={report.details[k]} policyUrl={model.policyUrl} flows={flowsByKey.get(k)}
                    mode={mode} initiallyExpanded={expandAll} renderActions={renderOrganizationActions}
                    expanded={mode === 'static' || expandAll ? undefined : expanded.has(k)} onToggle={(open: boolean) => toggle(k, open)} />
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

export function SiteView(props: SiteViewProps) {
  // Companies are named in the reader's language (腾讯, not "QQ.com") everywhere below: rows, details, letters.
  const lang = props.t('common_lang');
  const report = localizeTabReport(props.report, lang);
  const model = props.model
    ? { ...props.model, groups: props.model.groups.map((g) => ({ ...g, organizations: localizeNames(g.organizations, lang) })) }
    : renderPopupModel(report);
  return (
    <I18nProvider t={props.t}>
      <SiteBody {...props} report={report} model={model} />
    </I18nProvider>
  );
}
