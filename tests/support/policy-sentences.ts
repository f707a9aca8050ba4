/** Helpers shared by the sentence tests of the policy reader (lib/core/policy/categories-round*.test.ts, naming-*round*.test.ts). */
import { expect } from 'vitest';
import { analyzePolicy } from '../../lib/core/policy/extract.ts';

/** The recipient kinds a text discloses. */
export const categoryKinds = (text: string) => new Set(analyzePolicy(text).categories.map((c) => c.category));

/** The companies a text names as recipients (organization key, or the domain for unknown ones). */
export const namedOrgs = (text: string) => analyzePolicy(text).thirdParties.map((t) => t.org ?? t.domain);

/** The text discloses neither advertising nor analytics companies. */
export function expectNoTrackingKind(text: string): void {
  const k = categoryKinds(text);
  expect(k.has('advertising') || k.has('site_analytics'), [...k].join(',')).toBe(false);
}
