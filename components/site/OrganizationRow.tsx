/**
 * One organization: a one-line summary that expands (disclosure pattern: a heading holding a button with
 * aria-expanded) into the policy quote, the company's own contacts, hosts, sample requests and consent
 * findings. Collapsed rows render no details at all, so 300 of them stay cheap.
 *
 * Every string here may come from a page or a policy: it is only ever rendered as text, and only
 * http(s) URLs become links (safe-url).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { DataFlow, OrganizationDetail, OrganizationVerdict } from '../../lib/core/types';
import { plural, useT } from '../common/i18n';
import { safeHttpUrl } from '../common/safe-url';
import { textFragmentUrl } from '../common/text-fragment';
import { distinctFlowLines } from './flow-words';
import { categoryMessageKey, dataTypeMessageKey } from './model';
import { VerdictBadge, verdictClass } from './VerdictBadge';
import { otherEvidenceText, whyText } from './why';

export interface OrganizationRowProps {
  org: OrganizationVerdict;
  detail: OrganizationDetail | undefined;
  /** The site's policy URL (already checked to be http(s)), for "open the policy at this sentence". */
  policyUrl: string | null;
  /** Unique within the page: used for aria-controls (set only while open, so it never points at nothing). */
  id: string;
  /** 'static' renders <details>/<summary> (no script needed: the exported HTML report). */
  mode?: 'interactive' | 'static';
  initiallyExpanded?: boolean;
  renderActions?: (org: OrganizationVerdict, detail: OrganizationDetail | undefined) => ComponentChildren;
  /** Personal data found going to this organization (shown as "e-mail address, hashed with SHA-256"). */
  flows?: readonly Pick<DataFlow, 'type' | 'kind' | 'encoding' | 'label'>[];
  /** Open state kept by the parent (see SiteView); without it the row keeps its own. */
  expanded?: boolean;
  onToggle?: (open: boolean) => void;
}

function RowSummary({ org, detail }: Pick<OrganizationRowProps, 'org' | 'detail'>) {
  const t = useT();
  const types = detail?.dataTypes ?? [];
  return (
    <span class="fp-row-summary">
      <span class="fp-row-line">
        <span class="fp-org-name">{org.name}</span>
        <VerdictBadge verdict={org.verdict} />
      </span>
      <span class="fp-row-meta">
        <span class="fp-category">{t(categoryMessageKey(org.category))}</span>
        <span aria-hidden="true"> · </span>
        <span class="fp-requests" data-requests={org.requests}>{plural(t, 'common_requests', org.requests)}</span>
      </span>
      {types.length > 0 && (
        <span class="fp-row-types">
          {t('popup_data_received_short', types.map((d) => t(dataTypeMessageKey(d))).join(t('common_list_separator')))}
        </span>
      )}
    </span>
  );
}

function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  return <a href={href} target="_blank" rel="noopener noreferrer">{children}</a>;
}

/** A contact is a link only when it is an http(s) URL; an e-mail address or anything else stays plain text. */
function Contact({ value }: { value: string }) {
  const url = safeHttpUrl(value);
  return url ? <ExternalLink href={url}>{value}</ExternalLink> : <span class="fp-selectable">{value}</span>;
}

export function OrganizationDetails({ org, detail, policyUrl, renderActions, flows }: Omit<OrganizationRowProps, 'id' | 'mode' | 'initiallyExpanded'>) {
  const t = useT();
  const evidenceLink = org.evidence ? textFragmentUrl(policyUrl, org.evidence.text) : null;
  const info = detail?.info;
  const orgPolicy = safeHttpUrl(info?.privacyPolicyUrl);
  // Why the verdict is what it is, in the reader's words; it replaces the generic "no quote" line when there is one.
  const why = whyText(org, t);
  // Evidence that is not the policy (the cookie banner's vendor list) is its own block, never a ✓.
  const other = otherEvidenceText(org, t);
  const types = detail?.dataTypes ?? [];
  const flowLines = flows?.length ? distinctFlowLines(flows, t) : [];
  return (
    <div class="fp-details">
      <div class="fp-detail-block">
        <h4>{t('popup_policy_says')}</h4>
        {org.evidence ? (
          <>
            <blockquote class="fp-quote">{org.evidence.text}</blockquote>
            {evidenceLink && <p><ExternalLink href={evidenceLink}>{t('popup_open_at_sentence')}</ExternalLink></p>}
          </>
        ) : !why && (
          <p class="fp-muted">{t(org.verdict === null ? 'popup_quote_pending' : org.verdict === 'no-policy' ? 'popup_quote_no_policy' : 'popup_quote_none')}</p>
        )}
        {why && <p class="fp-why" data-testid="why">{why}</p>}
      </div>
      {other && (
        <div class="fp-detail-block fp-other-evidence" data-testid="other-evidence">
          <h4>{t('popup_other_evidence')}</h4>
          <p><span class="fp-other-icon" aria-hidden="true">ⓘ </span>{other}</p>
        </div>
      )}
      {detail && detail.consent.length > 0 && (
        <div class="fp-detail-block">
          <h4>{t('consent_heading')}</h4>
          <ul class="fp-consent">
            {detail.consent.map((m) => <li key={m}><span aria-hidden="true">⚠ </span>{t(`consent_${m.replace(/-/g, '_')}`)}</li>)}
          </ul>
        </div>
      )}
      {(types.length > 0 || flowLines.length > 0) && (
        <div class="fp-detail-block">
          <h4>{t('popup_data_received')}</h4>
          {types.length > 0 && <ul class="fp-chips">{types.map((d) => <li key={d}>{t(dataTypeMessageKey(d))}</li>)}</ul>}
          {flowLines.length > 0 && <ul class="fp-flow-lines" data-testid="flows">{flowLines.map((l) => <li key={l}>{l}</li>)}</ul>}
        </div>
      )}
      {detail?.likelyTracker && <p class="fp-muted">{t('popup_likely_tracker')}</p>}
      {(orgPolicy || info?.privacyContact) && (
        <div class="fp-detail-block">
          <h4>{t('popup_org_contact_heading', org.name)}</h4>
          <ul class="fp-plain">
            {orgPolicy && <li><ExternalLink href={orgPolicy}>{t('popup_org_policy')}</ExternalLink></li>}
            {info?.privacyContact && <li>{t('popup_org_contact')} <Contact value={info.privacyContact} /></li>}
          </ul>
        </div>
      )}
      <div class="fp-detail-block">
        <h4>{t('popup_hosts')}</h4>
        <ul class="fp-hosts">{org.hosts.map((h) => <li key={h}><code>{h}</code></li>)}</ul>
      </div>
      {detail && detail.sampleUrls.length > 0 && (
        <div class="fp-detail-block">
          <h4>{t('popup_samples')}</h4>
          {/* Shown as text, not links: opening a tracking pixel helps nobody and sends it more data. */}
          <ul class="fp-samples">{detail.sampleUrls.map((u) => <li key={u} title={u}><code>{u}</code></li>)}</ul>
        </div>
      )}
      {renderActions && <div class="fp-org-actions">{renderActions(org, detail)}</div>}
    </div>
  );
}

export function OrganizationRow(props: OrganizationRowProps) {
  const { org, detail, id, mode = 'interactive', initiallyExpanded = false } = props;
  const [localOpen, setLocalOpen] = useState(initiallyExpanded);
  // Controlled by the site view when it can be: a row that moves to another verdict group when its
  // verdict arrives is re-mounted, and must stay open if the person had opened it.
  const open = props.expanded ?? localOpen;
  const setOpen = (next: boolean) => (props.onToggle ? props.onToggle(next) : setLocalOpen(next));
  const cls = `fp-org ${verdictClass(org.verdict)}`;
  if (mode === 'static') {
    // The exported report is for people: no organization keys in its markup (the JSON export has them).
    return (
      <li class={cls}>
        <details open={initiallyExpanded}>
          <summary><RowSummary org={org} detail={detail} /></summary>
          <OrganizationDetails {...props} />
        </details>
      </li>
    );
  }
  return (
    <li class={cls} data-org={org.org ?? org.name}>
      <h3 class="fp-org-heading">
        <button type="button" class="fp-org-toggle" aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => setOpen(!open)}>
          <span class="fp-chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
          <RowSummary org={org} detail={detail} />
        </button>
      </h3>
      {open && <div id={id} role="region" aria-label={org.name}><OrganizationDetails {...props} /></div>}
    </li>
  );
}
