/**
 * analyzePolicy: policy text → PolicyAnalysis (GUIDE §4). Pure and synchronous; all work is
 * per sentence (≤ 2,000 chars) with linear patterns, so time grows linearly with the text.
 * The returned `text` is the prepared text that every Evidence indexes.
 */
import type { PolicyAnalysis, PolicyLanguage } from '../types.ts';
import { extractClaims, extractPurposes } from './claims.ts';
import { extractDataTypes } from './data-types.ts';
import { PolicyInputError } from './errors.ts';
import { extractOptOuts } from './opt-outs.ts';
import { detectOwner } from './owner.ts';
import { extractSdkRows } from './sdk-table.ts';
import { prepareText, splitSentences } from './text.ts';
import { extractCategories } from './categories.ts';
import { learnedCategories, type CategoryModel } from './category-model.ts';
import { readingText, restoreQuotes } from './zh-script.ts';
import { extractDomainMentions } from './domains.ts';
import { extractThirdParties, MAX_EVIDENCE_PER_KEY } from './third-parties.ts';

/**
 * Bumped whenever the analyzer's output changes meaning: the extension re-reads stored policies
 * analysed by an older version instead of judging sites with stale statements.
 * 13 (30th session): text with line breaks between names reads them as separate items, and the rules
 * of the sessions since 12 (which changed which companies are named) apply to stored policies too.
 * 14 (31st session): a title that is only a company's name labels its paragraph, and the naming rules of the
 * policy-page rounds. (Texts stored before keep the old HTML reading until the policy is fetched again.)
 * 15 (34th session): records whose recipient field is the action, retired names taken back, Chinese non-negations, and
 * the naming and category rules of the error families.
 * 16 (35th session): who a sharing verb gives to, who reports to the site, supplier and destination fields, store-label
 * rows and SDK directories as category recipients; the learned reader reads past limits on what is seen of the reader.
 * 17 (36th session): one list of recipient field titles for the naming and the category reader (each now knows the
 * other's: "Data shared with: Mixpanel" names, "受托方：外部营销公司" is a recipient record); template tool names, commissioned
 * parties, "the company that <verb>s", SDK-list kit fields, and denials under a refusal in the title as category evidence.
 * 18 (37th session): the site's group only when given to; continuing sentences read back two steps and within list items;
 * purposes a pointer leaves to the list below; 披露/转让/出售; ad measurement named before the measuring word; negation stops
 * at the sentence joiner; a tool the site built itself is not outside.
 * 19 (38th session): lines that name a kind only to deny it (kept with us, 看不到, forbidden, a "never do" title, removed,
 * former, liability lines in Chinese, the site's own cookies) disclose nothing; a question is read with its yes; more
 * recipients (合作公司, researchers, sites that refer) and purposes; 引入 and placing code are data actions.
 * 20 (39th session): measuring the ads is advertising's, judged by what is measured; usage taken for ads, security
 * analysis, kits named for a function and the site's own cookies, counters and servers disclose no analytics; a recipient
 * denied in its own field or line lends nothing; tracking takes the purpose the next sentence gives.
 */
export const ANALYZER_VERSION = 22;

export { PolicyInputError, MAX_POLICY_CHARS } from './errors.ts';
export { decodePolicyBytes } from './decode.ts';

export interface AnalyzeOptions {
  /** Names the caller knows belong to the site owner (e.g. from the page's og:site_name). */
  ownerHints?: string[];
  /** The site's domain or URL; its registrable name is treated as the owner. */
  siteDomain?: string;
  /** Treat the input as plain text instead of markdown (default: markdown, which is a superset). */
  plain?: boolean;
  /** The learned category reader's model (default: the committed one); the threshold check passes its own settings. */
  categoryModel?: CategoryModel;
}

export type PolicyResult = PolicyAnalysis & { text: string };

/** Language by script counts, then by frequent function words for Latin-script languages. */
export function detectLanguage(text: string): PolicyLanguage {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let cjk = 0;
  let kana = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  if (kana > 20 && kana * 10 > cjk) return 'ja';
  if (cjk > latin / 4 && cjk > 20) return 'zh';
  if (latin < 20) return 'other';
  const words = sample.slice(0, 50_000).toLowerCase().match(/[a-zäöüßéèàçñ]{2,}/g) ?? [];
  const score = (list: string[]) => { const set = new Set(list); let n = 0; for (const w of words) if (set.has(w)) n++; return n; };
  const scores: Array<[PolicyLanguage, number]> = [
    // More than the commonest ten: a short notice or one table row ("Purpose: … | Recipients: our analytics provider")
    // may have none of them, and a policy read as 'other' gets no learned reading at all.
    ['en', score(['the', 'and', 'of', 'to', 'we', 'you', 'your', 'information', 'with', 'for', 'our', 'us', 'is', 'are', 'by', 'this', 'that', 'may', 'or', 'how', 'use', 'used', 'data'])],
    ['de', score(['der', 'die', 'und', 'das', 'wir', 'sie', 'ihre', 'daten', 'mit', 'nicht'])],
    ['fr', score(['le', 'la', 'les', 'et', 'des', 'nous', 'vous', 'vos', 'données', 'pour'])],
    ['es', score(['el', 'los', 'las', 'y', 'que', 'nosotros', 'sus', 'datos', 'para', 'con'])],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0][1] > 0 ? scores[0][0] : 'other';
}

export function analyzePolicy(text: string, opts: AnalyzeOptions = {}): PolicyResult {
  if (typeof text !== 'string') throw new PolicyInputError('policy text must be a string');
  const prepared = prepareText(text, { markdown: !opts.plain });
  // Traditional Chinese is read through the Simplified lexicons; the quotes are the page's own characters (zh-script.ts).
  const read = readingText(prepared.text);
  const sentences = splitSentences(read, prepared.blocks);
  if (sentences.length === 0) throw new PolicyInputError('empty policy text');
  const owner = detectOwner(sentences, opts);
  const { thirdParties, claims: negatedParties, asides } = extractThirdParties(sentences, owner);
  const sdkRows = extractSdkRows(sentences);
  // SDK rows are disclosures in their own right; add their orgs unless already named enough.
  const perOrg = new Map<string, number>();
  // The same sentence read both ways (a name line the naming pass accepted and the SDK list reader took as a record)
  // is one statement.
  const sameSentence = new Set<string>();
  for (const t of thirdParties) {
    if (!t.org) continue;
    perOrg.set(t.org, (perOrg.get(t.org) ?? 0) + 1);
    sameSentence.add(`${t.org}@${t.evidence.start}`);
  }
  for (const r of sdkRows) {
    if (!r.org || owner.orgs.has(r.org) || (perOrg.get(r.org) ?? 0) >= MAX_EVIDENCE_PER_KEY || sameSentence.has(`${r.org}@${r.evidence.start}`)) continue;
    perOrg.set(r.org, (perOrg.get(r.org) ?? 0) + 1);
    thirdParties.push({ org: r.org, name: r.sdk, evidence: r.evidence });
  }
  thirdParties.push(...extractDomainMentions(sentences, owner));
  thirdParties.sort((a, b) => a.evidence.start - b.evidence.start);
  const namedOrgs = new Set(thirdParties.map((t) => t.org));
  const language = detectLanguage(read);
  const categories = extractCategories(sentences, owner.names);
  // The learned reader stands in only where the rules found no advertising / analytics disclosure at all.
  if (language === 'en' || language === 'zh') {
    const naming = new Set([...thirdParties, ...asides].map((t) => t.evidence.start));
    categories.push(...learnedCategories(sentences, language, new Set(categories.map((c) => c.category)), naming, opts.categoryModel));
  }
  return restoreQuotes({
    text: prepared.text,
    language,
    owner: owner.name,
    thirdParties,
    categories,
    dataTypes: extractDataTypes(sentences),
    purposes: extractPurposes(sentences),
    claims: [...extractClaims(sentences, owner.name ? [owner.name] : []), ...negatedParties].sort((a, b) => a.evidence.start - b.evidence.start),
    optOuts: extractOptOuts(sentences, prepared.links),
    sdkRows,
    // A company a sentence, an SDK row or a domain names after all is not an aside.
    asides: asides.filter((a) => !namedOrgs.has(a.org)),
    sentenceCount: sentences.length,
    ownerOrgs: [...owner.orgs].sort(),
    analyzerVersion: ANALYZER_VERSION,
  }, prepared.text, read);
}
