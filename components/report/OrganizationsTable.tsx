/** Organizations across every site: "Google saw you on 34 of 51 sites", with the verdicts it got. */
import type { Translate } from '../common/i18n';
import type { CrossSiteOrganization } from '../../lib/core/report/types';
import { VERDICT_KEYS } from '../../lib/core/report/types';
import { verdictLabel } from './format';

export function OrganizationsTable({ orgs, totalSites, t, onSelect }: {
  orgs: CrossSiteOrganization[]; totalSites: number; t: Translate; onSelect?: (key: string) => void;
}) {
  if (orgs.length === 0) return <p>{t('report_no_organizations')}</p>;
  return (
    <table class="fp-cross-orgs">
      <thead><tr>
        <th scope="col">{t('report_col_organization')}</th><th scope="col">{t('report_col_sites')}</th>
        <th scope="col">{t('report_col_requests')}</th><th scope="col">{t('report_col_verdicts')}</th>
      </tr></thead>
      <tbody>
        {orgs.map((o) => (
          // Keys only where a script acts on them: the exported report carries no internal identifiers.
          <tr key={o.key} data-org={onSelect ? o.key : undefined}>
            <th scope="row">{onSelect ? <button type="button" class="fp-link" onClick={() => onSelect(o.key)}>{o.name}</button> : o.name}</th>
            <td>{t('report_org_saw_you', [o.name, String(o.siteCount), String(totalSites)])}</td>
            <td class="fp-num">{o.requests}</td>
            <td>
              {VERDICT_KEYS.filter((k) => o.verdicts[k] > 0).map((k) => (
                <span key={k} class={`fp-vcount fp-v-${k}`}>{verdictLabel(t, k)} {o.verdicts[k]}</span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
