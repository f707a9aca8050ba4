/** Shapes the opt-out messages answer with (shared by the background handlers and components/optouts). */
import type { BlockEntry } from './rules';

export type BannerStatus = 'detected' | 'shown' | 'rejecting' | 'rejected' | 'failed' | 'verified';

/** What the popup needs to draw the opt-out buttons for one tab. */
export interface OptOutState {
  site: string;
  gpc: { enabled: boolean; siteException: boolean };
  alwaysRejectBanners: boolean;
  /** The cookie banner autoconsent found on the tab (top frame or an iframe), if any. */
  banner: { cmp: string; status: BannerStatus; time: number } | null;
  /** Blocks that apply on this site (site scope or everywhere). */
  blocks: Pick<BlockEntry, 'key' | 'name' | 'scope' | 'site' | 'domains' | 'counts' | 'createdAt'>[];
}

export interface OptOutResult { ok: boolean; error?: string }
export interface BlockResult extends OptOutResult { domains?: string[] }
export interface CookieClearResult extends OptOutResult { removed: number; domains: string[] }
