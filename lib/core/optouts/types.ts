/** Shapes the opt-out messages answer with (shared by the background handlers and components/optouts). */
import type { BlockEntry } from './rules';
import type { FunctionalKind } from './plan';

export type BannerStatus = 'detected' | 'shown' | 'rejecting' | 'rejected' | 'failed' | 'verified';

/** What the popup needs to draw the opt-out buttons for one tab. */
export interface OptOutState {
  site: string;
  gpc: { enabled: boolean; siteException: boolean };
  alwaysRejectBanners: boolean;
  /** The cookie banner autoconsent found on the tab (top frame or an iframe), if any. */
  banner: { cmp: string; status: BannerStatus; time: number } | null;
  /** Blocks that apply on this site (site scope or everywhere). */
  blocks: Pick<BlockEntry, 'key' | 'name' | 'scope' | 'site' | 'domains' | 'spared' | 'functional' | 'counts' | 'createdAt'>[];
}

/** What the opt-outs of one organization will do on this page, shown before acting. */
export interface OptOutPlan {
  key: string;
  name: string;
  /** Hosts a block stops by default (its tracking hosts). Empty: only the second choice blocks anything. */
  tracking: string[];
  /** What the default block keeps working (sign-in, captcha, fonts … it spares). */
  keeps: FunctionalKind[];
  /** What the second choice (block its functional hosts too) will break, with the services named. */
  breaks: { kind: FunctionalKind | 'other'; services: string[] }[];
  /** Sign-ins "clear its cookies" ends (service names: "Google"). */
  signOuts: string[];
}

export interface OptOutResult { ok: boolean; error?: string }
export interface BlockResult extends OptOutResult { domains?: string[]; spared?: string[] }
export interface CookieClearResult extends OptOutResult { removed: number; domains: string[] }
