/**
 * Where a company's mention stands in the text (moved out of naming.ts, 21st session): inside a URL or an e-mail
 * address, in a settings or help host, inside a longer capitalised name, or as a bare host in a table cell — each a
 * reason the mention is not the company named as a recipient. Used by the naming decision (naming.ts).
 */
import type { AliasMatch } from './lexicon/matcher.ts';
import type { Sentence } from './text.ts';

/**
 * Where a URL or e-mail token ends: white space, and in Chinese text any CJK or full-width character too — a
 * table row "友盟用于统计…https://account.umeng.com/message" has no space, yet its name is not part of its link.
 */
const TOKEN_END = /[\s\u3000-\u9fff\uff00-\uffef]/;

/**
 * "cto_bundle | criteo.com | 13 months | retargeting", a list line "connect.facebook.net" under "Third-party domains
 * contacted by our pages:": a bare host standing alone in a table cell or list line is the provider, not a link to it.
 */
export function hostNamesProvider(s: Sentence, m: AliasMatch): boolean {
  if (s.kind !== 'table' && s.kind !== 'list') return false;
  const from = Math.max(s.text.lastIndexOf('|', m.start), s.text.lastIndexOf('｜', m.start)) + 1;
  const to = [s.text.indexOf('|', m.end), s.text.indexOf('｜', m.end)].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), s.text.length);
  return BARE_HOST.test(s.text.slice(from, to).trim().replace(/^[-*•·]\s*/, ''));
}
const BARE_HOST = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\.?$/i;
export const COMPANY_STORE_AFTER = /^\s+(?:app ?store|appstore|store|galaxy store)\b|^\s*(?:应用市场|应用商店|應用市場|應用商店|软件商店|軟體商店)/i;

/** A link that ends at a page name ("…/privacy.html"). */
const PAGE_END = /\/[^/\s]*\.(?:s?html?|php|aspx?|jsp)$/i;
/** Inside a URL or an e-mail address ("windows.microsoft.com/…", "privacy@google.com") — not "Apple/iTunes". */
export function inUrl(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 300 && !TOKEN_END.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < 300 && !TOKEN_END.test(text[b])) b++;
  if (a === start && b === end) return false;
  // "…/yinsiquan-policy.htmlFireBase统计": a flattened table glues the next row's name to a link that had ended at its page
  // name — the name is not part of the link.
  if (PAGE_END.test(text.slice(a, start)) && /^\p{Lu}/u.test(text.slice(start, end))) return false;
  const token = text.slice(a, b);
  return /:\/\/|\bwww\.|[a-z0-9-]\.[a-z]{2,}(?:\/|$)|@[\w-]+\./i.test(token);
}

/**
 * "… at adssettings.google.com.", "myadcenter.google.com": a host of the company's settings, help or opt-out pages, where
 * the reader goes (a script host such as "static.hotjar.com." still names its provider).
 */
export function inSettingsHost(text: string, start: number, end: number): boolean {
  const head = /[a-z0-9-]+(?:\.[a-z0-9-]+)*\.$/i.exec(text.slice(Math.max(0, start - 60), start))?.[0];
  return head !== undefined && /^\.[a-z]{2,}/i.test(text.slice(end, end + 8)) && SETTINGS_HOST.test(head);
}
const SETTINGS_HOST = /(?:^|[.-])(?:adssettings|myadcenter|myaccount|support|help|optout|opt-out|privacy|policies|settings|tools|account|accounts|choices)[.-]/i;

const NAME_WORD_BEFORE = /(?:^|[^.!?:;]\s)([A-Z][\w&'’-]*)\s+$/;
const NAME_WORD_AFTER = /^\s+([A-Z][\w&'’-]*)/;
const NOT_NAME_WORDS = /^(?:The|A|An|And|Or|Of|For|With|By|Our|Your|We|Inc|LLC|Ltd|Limited|GmbH|Corp|Corporation|Company|Co|Group|Holdings|Technologies|Labs|Analytics|Ads|Advertising|Pixel|SDK|API|Platform|Services?|Cloud|Conversions?|Insight|Audiences?|Custom|Customer|Matched)$/;

export function insideAnotherName(text: string, start: number, end: number): boolean {
  const before = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (before && !NOT_NAME_WORDS.test(before[1])) return true;
  const after = NAME_WORD_AFTER.exec(text.slice(end, end + 40));
  return after !== null && !NOT_NAME_WORDS.test(after[1]);
}

/** "- Hotjar: …", "| Hotjar; …": the name opens its item or cell (only a bullet, number or pipe before it) as its label. */
export function labelsItem(text: string, start: number, end: number): boolean {
  return /^[\s|｜•·*\-–—\d.、()（）]*$/.test(text.slice(0, start)) && /^\s*[:：;；\-–—(（]/.test(text.slice(end, end + 4));
}
