/**
 * Writes to a visit row that do not come from the request path: the tab's title (hostile text — stored as
 * text, rendered as text only), which the popup and the reports show. Kept here so the background only wires.
 */
import type { FineprintDb } from './db';
import { setVisitTitle as setTitleWithSummary } from './site-summary';

/** A page title longer than this is cut (a page could make it megabytes long). */
export const MAX_TITLE_CHARS = 300;

/**
 * Sets the title of a visit (and its site's summary, in one transaction); a visit that no longer exists
 * (pruned, deleted) is left alone.
 */
export async function setVisitTitle(db: FineprintDb, visitId: string, title: string): Promise<void> {
  await setTitleWithSummary(db, visitId, title.slice(0, MAX_TITLE_CHARS));
}
