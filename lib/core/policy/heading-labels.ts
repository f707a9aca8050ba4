/**
 * A heading that is only a company's name labels the section under it: "## Criteo" over "Shows you ads for products you
 * viewed …", an accordion's "Appier（沛星互動科技股份有限公司）" over "依據您的瀏覽行為推估興趣，提供個人化廣告". Vendor cards,
 * accordions and "one heading per service" pages write disclosures this way, and the body never repeats the name, so a
 * bare heading (rejected as a fragment: most bare headings are page furniture) named no one and the company's tracker
 * was shown as undisclosed.
 *
 * The heading is read as the subject of its section's first sentence — the list-item form "- Criteo: Shows you ads …"
 * the reader already knows — and only when that sentence speaks of data or a service and neither denies, retires nor
 * only plans anything. When the section mentions the company again, those mentions decide alone (they are read as any
 * sentence is: "## Mailchimp" over "We moved off Mailchimp in 2022" is a former provider), except mere pointers to its
 * opt-out page or policy.
 */
import { HYPOTHETICAL, formerOnly } from './category-cues.ts';
import { aliasesOf, type AliasMatch } from './lexicon/matcher.ts';
import { judgeNaming, sentenceFacts, type NamingRejection } from './naming.ts';
import type { OwnerInfo } from './owner.ts';
import { deniesAnything } from './negation.ts';
import type { Sentence } from './text.ts';

/** Bracketed legal names and products ("（微信支付）", "(Alphabet Inc.)"), and the marks that join names. */
const BRACKETS = /[（(][^）)]{0,80}[）)]/g;
const JOINERS = /[#*_:：|/,、&+\-–—]/g;
const SENTENCE_END = /[.!?。！？；;]/;
const CJK = /[\u3400-\u9fff]/;
/** Steps for the reader ("## 华为手机" over "进入设置—应用—权限管理…", "## Chrome" over "Open Settings …") say nothing the company does. */
const INSTRUCTION = /^\s*(?:go to|open|tap|click|select|choose|turn (?:on|off)|enable|disable|visit|navigate|进入|進入|打开|打開|点击|點擊|前往|选择|選擇|关闭|關閉|开启|開啟|依次)/i;
/** The paragraph must say what the company does ("Shows you ads", "Stores our member list"), not merely speak of data. */
const DOES_SOMETHING = /\b(?:collect|receiv|stor|process|record|captur|track|measur|analy[sz]|count|sen[dt]|deliver|host|show|serv|display|sets?\b|log|monitor|detect|verif|handl|provid|power|run)\w*|\bads?\b|advertis|收集|蒐集|采集|採集|获取|獲取|处理|處理|存储|儲存|保存|分析|统计|統計|推送|广告|廣告|衡量|监测|監測|托管|接收|共享|传输|傳輸|识别|識別|推荐|推薦|支付|验证|驗證|提供/i;
/** Words a name heading may carry beside the name: "Salesforce Marketing Cloud", "Microsoft Advertising", "LINE Tag". */
const MAX_OTHER_WORDS = 2;
const MAX_OTHER_CJK = 6;
/** Mentions that say nothing of what the company does: pointers to its opt-out page or policy, bare or cue-less lines. */
const SAYS_NOTHING = new Set<NamingRejection>(['help-or-opt-out', 'link', 'outbound-link', 'no-context', 'fragment']);
const MAX_PARAGRAPH_SENTENCES = 3;
/** The sentences of a section that may mention the company again. */
const MAX_SECTION_SENTENCES = 12;

/** A line standing alone without a sentence's end: a heading, or an accordion's or card's title ("Appier（…）"). */
function isLabelLine(sentences: readonly Sentence[], i: number): boolean {
  const s = sentences[i];
  if (s.kind !== 'heading' && !bareLine(sentences, i)) return false;
  // After another line that names a company it is a list's item ("Listen on\nApple Podcasts\nSpotify\nAmazon Music"),
  // not the title of the paragraph that follows the list.
  const prev = sentences[i - 1];
  return !(prev && (prev.kind === 'heading' || bareLine(sentences, i - 1)) && aliasesOf(prev).some((o) => o.entry && onlyAName(prev, o)));
}
/** A text line that is a block of its own without a sentence's end. */
function bareLine(sentences: readonly Sentence[], i: number): boolean {
  const s = sentences[i];
  return s.kind === 'text' && !SENTENCE_END.test(s.text.trim().slice(-1)) && sentences[i - 1]?.block !== s.block && sentences[i + 1]?.block !== s.block;
}

/** The sentences a label line speaks for: its heading's section, or the lines up to the next label. */
function sectionOf(sentences: readonly Sentence[], i: number): number[] {
  const s = sentences[i];
  const out: number[] = [];
  for (let k = i + 1; k < sentences.length && out.length < MAX_SECTION_SENTENCES; k++) {
    const t = sentences[k];
    if (t.kind === 'heading' || (s.kind === 'heading' ? t.heading !== i : t.heading !== s.heading || isLabelLine(sentences, k))) break;
    out.push(k);
  }
  return out;
}

/** The label holds the company's name and little else. */
function onlyAName(s: Sentence, m: AliasMatch): boolean {
  const rest = `${s.text.slice(0, m.start)} ${s.text.slice(m.end)}`.replace(BRACKETS, ' ').replace(JOINERS, ' ').trim();
  if (SENTENCE_END.test(rest)) return false;
  if (CJK.test(rest)) return rest.replace(/[^\u3400-\u9fff]/g, '').length <= MAX_OTHER_CJK;
  return (rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= MAX_OTHER_WORDS;
}

/**
 * The paragraph (as one sentence) that says what the company named by title `i` does with data, or null. `m` is the
 * name's match in that title.
 */
export function sectionNaming(sentences: readonly Sentence[], i: number, m: AliasMatch, owner: OwnerInfo): Sentence | null {
  const org = m.entry?.org;
  if (!org || !isLabelLine(sentences, i) || !onlyAName(sentences[i], m)) return null;
  const section = sectionOf(sentences, i);
  const first = sentences[section[0]];
  if (!first || first.kind !== 'text') return null;
  // The paragraph under the title ("Our CRM. Enquiries are stored here."), a few sentences at most.
  const paragraph = section.filter((k) => sentences[k].block === first.block).slice(0, MAX_PARAGRAPH_SENTENCES).map((k) => sentences[k]);
  const body: Sentence = { ...first, text: paragraph.map((t) => t.text).join(' '), end: paragraph.at(-1)!.end };
  for (const k of section) {
    const all = aliasesOf(sentences[k]);
    const facts = sentenceFacts(sentences[k], sentences, k);
    for (const o of all) {
      if (o.entry?.org !== org) continue;
      // A pointer ("Opt out of Criteo →", "您可至 Appier隱私權政策 頁面…") says nothing of what the company does: read on.
      const d = judgeNaming(sentences[k], o, all, facts, owner);
      if (d.ok || !SAYS_NOTHING.has(d.why)) return null;
    }
  }
  // A paragraph about another company is that company's section ("## Google" over "We use Hotjar …").
  if (aliasesOf(body).some((o) => o.entry && o.entry.org !== org)) return null;
  if (deniesAnything(body.text) || formerOnly(body.text) || HYPOTHETICAL.test(body.text) || INSTRUCTION.test(body.text) || !DOES_SOMETHING.test(body.text)) return null;
  // Read as the item "Criteo: Shows you ads …", with every rule a mention in such an item meets (a phone brand over
  // permission settings, a sign-in option, a payment type …).
  const item: Sentence = { ...body, text: `${sentences[i].text.slice(0, m.end)}${CJK.test(body.text) ? '：' : ': '}${body.text}` };
  const all = aliasesOf(item);
  const named = all.find((o) => o.start === m.start && o.entry?.org === org);
  if (!named) return null;
  const facts = sentenceFacts(item, sentences, section[0]);
  return facts.reject === null && facts.hasContext && judgeNaming(item, named, all, facts, owner).ok ? body : null;
}
