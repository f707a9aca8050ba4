/** Helpers shared by tests that judge one tracker organization against a policy text (the extension's own path). */
import { analyzePolicy } from '../../lib/core/policy/extract.ts';
import type { OrganizationVerdict } from '../../lib/core/types.ts';
import { judgeSite } from '../../lib/core/verdict/judge.ts';

/** An organization seen on the page, before it is judged. */
export const orgRow = (org: string, name: string, category: OrganizationVerdict['category'], hosts: string[]): OrganizationVerdict =>
  ({ org, name, category, requests: 1, hosts, verdict: null, evidence: null });

export const CRITEO = orgRow('criteo', 'Criteo', 'advertising', ['static.criteo.net']);

/** The verdict on `r` when `text` is example.com's policy. */
export const verdictOn = (text: string, r: OrganizationVerdict) => judgeSite({
  site: 'example.com', organizations: [r],
  policy: { status: 'found', url: 'https://example.com/privacy', hash: 'h', analysis: analyzePolicy(text, { siteDomain: 'example.com' }) },
}).organizations[0];
