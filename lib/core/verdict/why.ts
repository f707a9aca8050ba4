/**
 * Why a verdict is what it is, as DATA: the popup, the dashboard, the exported report and the CLI
 * render it in the reader's language (components/site/why.ts); the core never writes the sentence.
 */
import type { CategoryKey } from '../types.ts';

export type WhyRecipient = 'third-parties' | 'advertisers' | 'anyone';

export type VerdictWhy =
  | { code: 'pending' }
  | { code: 'no-policy' }
  /** "mytoys.com" on mytoys.de: probably the site itself. */
  | { code: 'site-own-name' }
  /** The policy's author (or its group) — its own traffic is not a third party's. */
  | { code: 'policy-owner' }
  | { code: 'named'; name: string; via: 'sentence' | 'sdk-table' | 'domain' }
  | { code: 'category'; category: CategoryKey; otherProducts?: string[] }
  | { code: 'contradicted-recording'; recorder: 'vendor' | 'replay-host' | 'probe-replay' | 'probe-listeners'; host?: string }
  | { code: 'contradicted-named' }
  | { code: 'contradicted-denial'; recipient: WhyRecipient; closedList?: boolean }
  | { code: 'undisclosed'; unknownCompany: boolean; otherProducts?: string[] };

/** Other evidence that is not the policy: shown as its own kind, never as "named in the policy". */
export interface OtherEvidence {
  /** The site's cookie banner (TCF consent string read from the page's CMP) lists this vendor. */
  tcfVendor?: number;
}
