/**
 * Sign-in buttons and the ways to open an account (moved out of naming.ts, 34th session): "Sign in with Apple or Google",
 * "You can register with an email address, or with …", Hide My Email's relay address, and sign-in options whose next line
 * says the account data comes from them. Asked by naming.ts judgeNaming.
 */
import type { AliasMatch } from './lexicon/matcher.ts';

const SIGN_IN = /\b(?:sign|log)[- ]?(?:in|on|up)\s+(?:with|using|via|through)\s+(?:your\s+)?$|\bcontinue with\s+$|\b(?:login|sign-?in)\s+(?:with|via)\s+$/i;
/** "Sign in with Apple or Google", "Continue with Facebook or Google": the later options of a list of sign-in buttons. */
const SIGN_IN_LIST_BEFORE = /\b(?:sign|log)[- ]?(?:in|on|up) with\b[^.;]{0,50}?\b(?:or|and)\s+["“]?(?:continue with\s+)?$|\bcontinue with\b[^.;]{0,30}?\b(?:or|and)\s+["“]?$/i;
/** A sentence that offers ways to open an account or log in (with an email address, "or with …"). */
// The offer's own clause: not a name after ", and the Facebook SDK collects …".
const SIGN_IN_OFFER = /\b(?:sign(?:ing)?[- ]?(?:in|up|on)|log(?:ging)?[- ]?(?:in|on)|create (?:an|your) account|register(?:ing)?|continu(?:e|ing)|connect(?:ing)?)\b[^.;]{0,80}?\b(?:with|using|via|through)\b(?:(?!,\s*(?:and|but|while|whereas)\b)[^.;]){0,80}$/i;
const REGISTER_OPTIONS = /\b(?:register|sign(?:ing)? up|create (?:an|your) account|log(?:ging)? in|sign(?:ing)? in)\b[^.;]{0,80}\b(?:with|using|or)\b/i;
/** Sign in with Apple's "Hide My Email": the relay address Apple gives the site. */
const RELAY_ADDRESS = /\brelay (?:e-?mail )?address|\bHide My Email\b/i;
/** A company doing something with visitors' data right after its name ("Branch receives …"). */
export const COMPANY_COLLECTS_AFTER = /^\s+(?:(?:may|might|will|can|could|also|then)\s+)*(?:collects?|receives?|records?|tracks?|stores?|processes|uses? (?:cookies|your|information|data))\b/i;
const CJK_TEXT = /[\u4e00-\u9fff]/;

/** Why a mention is a sign-in button or a data source by sign-in, or null. */
export function signInRejection(text: string, m: AliasMatch, before: string, after: string, fragment: boolean, sharesToThem: boolean): 'sign-in-button' | 'data-source' | null {
  if (SIGN_IN.test(before.slice(-40)) && (fragment || text.length < 60)) return 'sign-in-button';
  // "You can register with an email address, or with Sign in with Apple or Google": the ways to open an account.
  if ((/^(?:sign|log)[- ]?in with\b|^continue with\b/i.test(m.text) || SIGN_IN.test(before.slice(-40)) || SIGN_IN_LIST_BEFORE.test(before.slice(-80)))
    && !CJK_TEXT.test(text) && REGISTER_OPTIONS.test(text.slice(0, m.start) + text.slice(m.end)) && !sharesToThem && !COMPANY_COLLECTS_AFTER.test(after)) return 'sign-in-button';
  // "Apple gives us a relay address instead of your real one": Sign in with Apple's Hide My Email, data coming to the site.
  // Not "… Apple forwards our emails to your inbox": the relay handles the site's email.
  if (RELAY_ADDRESS.test(text) && !sharesToThem && !/\bforward/i.test(text)) return 'data-source';
  return null;
}

/** The mention is one of the sign-in options its clause offers, and nothing after it has the company collect. */
export const offeredSignIn = (before: string, after: string): boolean => SIGN_IN_OFFER.test(before.slice(-160)) && !COMPANY_COLLECTS_AFTER.test(after);
