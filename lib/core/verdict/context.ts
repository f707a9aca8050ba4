/**
 * What the verdict rules need from one policy, computed once per judgement: is it readable and which
 * claims are real promises. Everything else the rules read is the analysis itself (no second pass).
 */
import type { Claim, PolicyAnalysis, PolicyStatus } from '../types.ts';

/** The policy a site is judged against (GUIDE §4 `policy` plus the analysis and its text). */
export interface PolicyInput {
  status: PolicyStatus;
  url: string | null;
  /** Content hash: verdicts are stored per (site, policy hash), so a new version gets new verdicts. */
  hash?: string;
  fetchedAt?: number;
  analysis?: (PolicyAnalysis & { text: string }) | null;
}

export type Readability = 'readable' | 'pending' | 'none';

export interface PolicyContext {
  readability: Readability;
  analysis: PolicyAnalysis & { text: string };
  text: string;
  /** Claims that are the author's own promises (see isPromise). */
  claims: Claim[];
}

const EMPTY: PolicyAnalysis & { text: string } = {
  text: '', language: 'other', thirdParties: [], categories: [], dataTypes: [], purposes: [], claims: [],
  optOuts: [], sdkRows: [], sentenceCount: 0,
};

/**
 * A claim accuses only when it is the site speaking: "We do not sell your personal information".
 * Headings and link labels such as "Do Not Sell or Share My Personal Information" are names of an
 * opt-out page, not promises, and the analyzer cannot always tell them apart — so the evidence
 * must have a first-person subject and be a real sentence.
 */
export function isPromise(c: Claim): boolean {
  const t = c.evidence.text;
  if (t.length < 15) return false;
  return /\b(?:we|us|our)\b/i.test(t) || /我们|本公司|本网站|本平台|本应用/.test(t);
}

export function policyReadability(policy: PolicyInput | null | undefined): Readability {
  if (!policy) return 'none';
  if (policy.status === 'pending') return 'pending';
  if (policy.status !== 'found' || !policy.analysis || policy.analysis.sentenceCount === 0 || !policy.analysis.text) return 'none';
  return 'readable';
}

export function policyContext(policy: PolicyInput | null | undefined): PolicyContext {
  const readability = policyReadability(policy);
  const analysis = readability === 'readable' ? policy!.analysis! : EMPTY;
  return {
    readability,
    analysis,
    text: analysis.text,
    claims: analysis.claims.filter(isPromise),
  };
}
