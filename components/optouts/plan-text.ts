/**
 * Words for an opt-out plan (lib/core/optouts/plan.ts): the functional kinds a block keeps or breaks, each
 * with the services named ("sign-in (Google), captchas (Google reCAPTCHA)"), in the reader's language.
 */
import type { Translate } from '../common/i18n';
import type { FunctionalKind } from '../../lib/core/optouts/plan';
import type { OptOutPlan } from '../../lib/core/optouts/types';

export function kindWord(t: Translate, kind: FunctionalKind | 'other', orgName: string): string {
  return kind === 'other' ? t('functional_kind_other', orgName) : t(`functional_kind_${kind.replace('-', '_')}`);
}

export function joinList(t: Translate, items: string[]): string {
  return items.join(t('list_separator'));
}

/** What the default block keeps working: "sign-in, captchas, maps". */
export function keepsText(t: Translate, plan: OptOutPlan): string {
  return joinList(t, plan.keeps.map((k) => kindWord(t, k, plan.name)));
}

/** What the second choice breaks, services named when they say more than the company's name. */
export function breaksText(t: Translate, plan: OptOutPlan): string {
  return joinList(t, plan.breaks.map((b) => {
    const word = kindWord(t, b.kind, plan.name);
    const services = b.services.filter((s) => s !== plan.name);
    return services.length ? t('functional_item', [word, services.join(t('list_separator'))]) : word;
  }));
}
