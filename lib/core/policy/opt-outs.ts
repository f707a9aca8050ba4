/**
 * Opt-out mechanisms: markdown links, bare URLs and e-mail addresses in sentences that talk about
 * choices, plus the well-known industry opt-out pages wherever they appear.
 */
import type { OptOutStatement } from '../types.ts';
import type { Sentence, TextLink } from './text.ts';
import { evidenceOf } from './third-parties.ts';

type Kind = OptOutStatement['kind'];

/** Industry / vendor opt-out pages: a link to one of these is an opt-out by itself. */
export const VENDOR_OPT_OUT_URLS: RegExp[] = [
  /tools\.google\.com\/dlpage\/gaoptout/i, /optout\.aboutads\.info/i, /aboutads\.info\/(?:choices|appchoices)?/i,
  /youronlinechoices\.(?:com|eu)/i, /networkadvertising\.org/i, /youradchoices\.c(?:a|om)/i,
  /adssettings\.google\.com/i, /google\.com\/(?:settings\/ads|ads\/preferences)/i, /facebook\.com\/(?:ads\/preferences|settings\?tab=ads)/i,
  /optout\.(?:networkadvertising|aboutads)/i, /edaa\.eu/i, /http:\/\/www\.aboutads\.info/i,
];

const OPT_OUT_CUE = /\bopt(?:[- ]?out|ing out)\b|\bunsubscribe\b|\bdo not sell\b|\bprivacy (?:choices|settings|preferences)|\bcookie (?:settings|preferences|consent)|\bmanage (?:your )?(?:cookies|preferences|consent)|\bwithdraw (?:your )?consent|\bad choices|\badchoices|\bchoices\b|\bdelete (?:your )?(?:account|data|information)|\bexercise (?:your|these|any) rights|\brequests?\b|\bcontact us\b|退订|撤回同意|注销|关闭个性化|设置/i;

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'）)\]，。；]{3,2000}|\bwww\.[a-z0-9-]{1,63}\.[^\s<>"'）)\]，。；]{2,2000}/gi;
const EMAIL_IN_TEXT = /\b[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5}\b/gi;

function classify(url: string | undefined, text: string, sentence: string): Kind | undefined {
  const u = url ?? '';
  const both = `${text} ${sentence}`;
  if (u && VENDOR_OPT_OUT_URLS.some((re) => re.test(u))) return 'vendor-opt-out';
  if (/do[- ]not[- ]sell|do not sell|don't sell/i.test(`${u} ${text}`)) return 'do-not-sell';
  if (/privacy[- ]choices|your privacy choices/i.test(`${u} ${text}`)) return 'privacy-choices';
  if (/cookie/i.test(`${u} ${text}`) && /settings|preferences|consent|manage|choices|opt/i.test(both)) return 'cookie-settings';
  if (/^mailto:/i.test(u)) return OPT_OUT_CUE.test(sentence) ? 'email' : undefined;
  if (OPT_OUT_CUE.test(both)) return /\bopt(?:[- ]?out|ing out)\b|unsubscribe|退订/i.test(both) ? 'other' : /privacy|choices|preferences|settings/i.test(text) ? 'privacy-choices' : undefined;
  return undefined;
}

export function extractOptOuts(sentences: Sentence[], links: TextLink[]): OptOutStatement[] {
  const out: OptOutStatement[] = [];
  const seen = new Set<string>();
  const add = (o: OptOutStatement) => {
    const key = `${o.kind}|${o.url ?? ''}|${o.email ?? ''}|${o.url || o.email ? '' : o.evidence.start}`;
    if (seen.has(key) || out.length >= 200) return;
    seen.add(key);
    out.push(o);
  };
  // Links are sorted by offset, sentences too: walk both once.
  let li = 0;
  for (const s of sentences) {
    while (li < links.length && links[li].start < s.start) li++;
    const inSentence: TextLink[] = [];
    for (let j = li; j < links.length && links[j].start < s.end; j++) inSentence.push(links[j]);
    for (const l of inSentence) {
      const email = /^mailto:/i.test(l.url) ? l.url.slice(7).split('?')[0] : undefined;
      const kind = classify(l.url, l.text, s.text);
      if (kind) add({ kind, url: email ? undefined : l.url, email, text: l.text, evidence: evidenceOf(s) });
    }
    if (s.text.includes('http') || s.text.includes('www.')) {
      URL_IN_TEXT.lastIndex = 0;
      for (let m = URL_IN_TEXT.exec(s.text); m; m = URL_IN_TEXT.exec(s.text)) {
        const url = m[0].replace(/[.,;:]+$/, '');
        const kind = classify(url, url, s.text);
        if (kind) add({ kind, url: url.startsWith('www.') ? `https://${url}` : url, text: url, evidence: evidenceOf(s) });
      }
    }
    if (s.text.includes('@') && OPT_OUT_CUE.test(s.text)) {
      EMAIL_IN_TEXT.lastIndex = 0;
      for (let m = EMAIL_IN_TEXT.exec(s.text); m; m = EMAIL_IN_TEXT.exec(s.text)) {
        add({ kind: 'email', email: m[0], text: m[0], evidence: evidenceOf(s) });
      }
    }
    // "Do Not Sell My Personal Information" / "Your Privacy Choices" as text without a URL.
    const named = /\bDo Not Sell(?: or Share)? My (?:Personal )?Info(?:rmation)?\b|\bYour Privacy Choices\b/i.exec(s.text);
    if (named && inSentence.length === 0) {
      add({ kind: /sell/i.test(named[0]) ? 'do-not-sell' : 'privacy-choices', text: named[0], evidence: evidenceOf(s) });
    }
    if (inSentence.length === 0 && /\bopt[- ]?out\b[^.]{0,80}\b(?:in|through|via|using) (?:the |your )?(?:app|account|device|mobile) settings\b|在[^，。]{0,10}设置[^，。]{0,20}关闭/i.test(s.text)) {
      add({ kind: 'in-app', text: s.text.slice(0, 120), evidence: evidenceOf(s) });
    }
  }
  return out;
}
