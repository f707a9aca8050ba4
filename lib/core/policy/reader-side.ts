/**
 * The reader's own side of a mention (naming.ts): the providers and accounts the reader brings, the ways they pay, and data
 * a platform gives the site. Each is a company the text mentions without saying the site gives it data — unless the
 * sentence also sends data to it (`sharesToThem`), where that applies.
 */
import type { NamingRejection } from './naming.ts';

/** "your internet provider, such as Comcast": the reader's own providers. */
const USER_PROVIDER_BEFORE = /\b(?:internet (?:service )?providers?|ISPs?|browsers?|operating systems?|e-?mail (?:providers?|services?)|mobile (?:carriers?|operators?)|carriers?|devices?)\s*(?:\(|,)?\s*(?:e\.g\.,?|such as|like|including|for example,?)\s+(?:[\w!&.'’-]+(?:\s+[\w!&.'’-]+){0,3},?\s+(?:and\s+|or\s+)?){0,4}$|\b(?:apps?|wallets?|banks?|services?|accounts?|providers?) (?:that )?you (?:already )?(?:use|choose|have|pick)\s*,?\s*(?:e\.g\.,?|such as|like|including|for example,?)\s+(?:[\w!&.'’-]+(?:\s+[\w!&.'’-]+){0,3},?\s+(?:and\s+|or\s+)?){0,4}$/i;
const USER_CONNECTS_BEFORE = /\b(?:you|customers|users|admins|administrators|members)\s+(?:may|can|could)\s+(?:also\s+)?(?:connect|link)\s+(?:your\s+)?(?:[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3}(?:\s+to\s+[^,.;]{1,40})?,?\s+(?:(?:and|or)\s+)?){0,4}$/i;
const PAY_WITH_BEFORE = /\byou (?:can|may) (?:also )?pay (?:with|using|by|via)\s+(?:an?\s+)?(?:[\w&.'’-]+(?:\s+[\w&.'’-]+){0,2},?\s+(?:(?:and|or)\s+)?(?:an?\s+)?){0,5}$/i;
const YOUR_OWN_BEFORE = /\b(?:to|into|in|with)\s+your\s+own\s+$/i;
const YOUR_ACCOUNT_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:account|drive|storage|workspace|calendar|inbox)\b/i;
const GIVES_US_AFTER = /^\s+(?:(?:or|and)\s+[\w&.'’-]+\s+)?(?:may |might |can |will |also |then )*(?:(?:pass(?:es)?|sends?|gives?|provides?|forwards?|tells?)\s+us\b|shares?\s+(?:your\s+)?[\w,'’ -]{1,80}?\swith us\b)/i;
const RECEIVE_FROM_THEM_AFTER = /^[^.;]{0,30}?,\s*we (?:only )?(?:receive|get|obtain) (?:[\w-]+ ){0,3}?from (?:them|it)\b/i;
const OWN_TERMS_AFTER = /^\s*['’]s\s+(?:own\s+)?(?:terms|privacy (?:policy|notice|terms))\s+(?:(?:will |then )?apply|govern)/i;

/**
 * "When you enable an integration, we send the data you choose": the next sentence says connecting sends data — readers
 * (and our labels) differ on such integrations, and missing a name risks an accusation, so they stay named.
 */
export const SENT_WHEN_CONNECTED = /\b(?:when|once|after|if) (?:you|an? admin|admins|your (?:team|admin))\b[^.;]{0,40}\b(?:enable|turn on|connect|install|set up|activate)\b[^.;]{0,40}\b(?:we|us)\b[^.;]{0,30}\b(?:send|share|pass|transfer|sync)/i;

export function readerSideRejection(before: string, after: string, sharesToThem: boolean, connectSends = false): NamingRejection | null {
  if (USER_PROVIDER_BEFORE.test(before)) return 'example-of-user-provider';
  // "You can connect Spotify to show your top artists", "customers may connect Google Workspace … as their identity provider",
  // "You can also pay with Apple Pay, Google Pay": the reader's own accounts and ways to pay — unless data is sent to them.
  if (((USER_CONNECTS_BEFORE.test(before.slice(-120)) && !connectSends) || PAY_WITH_BEFORE.test(before.slice(-120))) && !sharesToThem) return 'example-of-user-provider';
  // "…send it directly to your own Google Drive", "the image is transferred to your Adobe account": the reader's own account.
  if (YOUR_OWN_BEFORE.test(before.slice(-30)) || (/\b(?:to|into|in)\s+your\s+$/i.test(before.slice(-20)) && YOUR_ACCOUNT_AFTER.test(after))) return 'example-of-user-provider';
  // "Apple may pass us crash logs", "For Truecaller and Google, we receive information from them": data coming to the site.
  if ((GIVES_US_AFTER.test(after) || RECEIVE_FROM_THEM_AFTER.test(after)) && !sharesToThem) return 'data-source';
  // "… and Adobe's terms apply": the company's own terms, for what the reader does there.
  if (OWN_TERMS_AFTER.test(after)) return 'not-covered';
  return null;
}
