/**
 * A learned second reading of category disclosures (11th session).
 *
 * The rule reader (categories.ts) knows the words of the development passages it was written from; on blind
 * passages it misses disclosures worded otherwise ("an e-mail provider reports which messages were opened", 外部访问
 * 计数器), and each miss is a false accusation: a tracker shown as "not disclosed" beside a sentence that discloses its
 * kind. Ten rounds of rules did not close that gap, because each new round brought new words.
 *
 * This reader is a logistic regression per language and purpose over words and word pairs (English, function words
 * left out) or characters and character pairs (Chinese), trained only on development data
 * (`scripts/train-category-model.ts`): the labelled development look-alike passages and, in both languages, the sentences of
 * the development tosback policies no rule reads, as negatives. The measure-only passages and the research corpora
 * are never seen. A sentence that denies anything is not read at all, in training or in use, so a denial
 * ("本网站不使用任何第三方统计分析服务") is never its quote. It is used in one direction only — to turn "undisclosed" into
 * "described only as a category" when the rules found nothing and no denial covers the company (verdict/match.ts): a
 * mistake here gives the site credit it may not deserve, never an accusation. Its quote must read as a disclosure on
 * its own.
 */
import type { CategoryKey, CategoryStatement } from '../types.ts';
import MODEL from './lexicon/category-model.json';
import { HYPOTHETICAL, aboutTheLaw, formerOnly, keptWithUs, measuresOnlyAds } from './category-cues.ts';
import { SOLD_DIRECTLY, TRACKING_WORDS } from './category-denied.ts';
import { listLeadIn, rowsLeadIn } from './lead-ins.ts';
import { aboutOtherSites } from './naming-shapes.ts';
import { deniesAnything, deniesByDefault, maskIdentityLimits, negatedBefore, negatedInZhClause } from './negation.ts';
import { OUTSIDE_PARTY, groupOnly, otherKindOnly } from './outside-party.ts';
import { notInUseRow } from './table-columns.ts';
import { rowAnsweredNo, rowRetired } from './category-rows.ts';
import { rowFootnotedAway } from './footnotes.ts';
import type { Sentence } from './text.ts';

export type ModelLanguage = 'en' | 'zh';
export type ModelPurpose = 'advertising' | 'analytics';

interface PurposeWeights { bias: number; w: Record<string, number> }
export interface CategoryModel {
  /** Probability at or above which a window counts as disclosing, per language (chosen on development data). */
  threshold: Record<ModelLanguage, number>;
  /** Window length in sentences (plus the section's heading). */
  window: number;
  weights: Record<ModelLanguage, Record<ModelPurpose, PurposeWeights>>;
}

const CLAUSE = /[.;:!?\n]/;
// Function words carry no meaning of their own; trained on passages that are nearly all about data, the model would
// learn "may", "other" or "how" as signs of a disclosure and find them in any sentence of a real policy.
const STOP = new Set(('a an the and or but if of to in on at by for from with about as into through over under than then so that this these those ' +
  'it its they them their there here we us our ours you your yours he she his her i me my is are was were be been being am do does did done ' +
  'have has had having will would shall should can could may might must also such other others any some all each every more most own same ' +
  'which who whom whose what when where why how while not no nor only very just both either neither per via up out off again further once').split(' '));
const ZH_STOP = new Set([...'的了和与及或您你我们其在将等是对为以于并由该此也都就而被把向从所之中上下个']);
const ZH_CLAUSE = /[。；;！？\n，,：:]/;

/** A light suffix stripper, so "bidders"/"bidder" and "measured"/"measuring"/"measure" share a feature. */
export function stem(word: string): string {
  let w = word.replace(/'s?$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * Features of one sentence: English words and adjacent pairs within a clause; Chinese characters and character pairs
 * within a clause, and Latin words in Chinese text. None for a sentence that denies anything — but what stops only once
 * the reader chooses ("if you reject cookies, no ad tags load") is read: it says what happens until then.
 */
export function sentenceFeatures(text: string, lang: ModelLanguage): string[] {
  const out = new Set<string>();
  // "…，看不到你是谁", "…, but not who": a limit on what is seen of the reader, not a denial of the flow.
  if (deniesByDefault(maskIdentityLimits(text))) return [];
  const lower = text.toLowerCase();
  if (lang === 'en') {
    for (const clause of lower.split(CLAUSE)) {
      const words = (clause.match(/[a-z][a-z'-]*/g) ?? []).filter((w) => !STOP.has(w));
      for (let i = 0; i < words.length; i++) {
        out.add(words[i]);
        out.add(`~${stem(words[i])}`);
        if (i + 1 < words.length) out.add(`${words[i]}_${words[i + 1]}`);
      }
    }
    return [...out];
  }
  for (const clause of lower.split(ZH_CLAUSE)) {
    const han = [...clause].filter((c) => c >= '\u4e00' && c <= '\u9fff').join('');
    for (let i = 0; i < han.length; i++) {
      if (!ZH_STOP.has(han[i])) out.add(han[i]);
      if (i + 1 < han.length && !(ZH_STOP.has(han[i]) && ZH_STOP.has(han[i + 1]))) out.add(han.slice(i, i + 2));
    }
    for (const w of clause.match(/[a-z]+/g) ?? []) out.add(w);
  }
  return [...out];
}

/** Probability that a window's features disclose the purpose (each feature weighs 1/√n, n = all its features). */
export function probability(features: ReadonlySet<string>, weights: PurposeWeights): number {
  let z = weights.bias;
  if (features.size) {
    const scale = 1 / Math.sqrt(features.size);
    for (const f of features) z += (weights.w[f] ?? 0) * scale;
  }
  return 1 / (1 + Math.exp(-z));
}

/**
 * A question ("What types of information do we collect?", "我们收集哪些类型的信息") is a title, even when the page does not
 * mark it as one: its answer may disclose, the question never does — so it is never the quote.
 */
const QUESTION = /[?？]\s*$/;
const QUESTION_TITLE = /^(?:what|how|who|why|when|which|where|do|does|will|can|is|are)\b|哪些|什么|如何|怎样|怎么|是否/i;
/** "本隐私指引将帮助你了解以下内容：": a line ending in a colon announces what follows; what follows is the quote. */
const LEAD_IN = /[:：]\s*$/;
/**
 * "Information we obtain from business partners or other companies", "我们会从合作方处获取您的信息": other companies as the
 * SOURCE of data the site receives. The claim is that they GET data; a sentence in which data only comes in from them is
 * never the quote (one that also sends, shares or lets them collect still may be).
 */
const INBOUND = /\b(?:we|us)\b[^.;]{0,40}\b(?:obtain|receive|get|acquire|purchase|buy|collect)\w*\b[^.;]{0,80}\bfrom\b|\b(?:obtained|received|acquired|purchased|collected)\s+from\b|从[^，。；]{1,20}?(?:处)?(?:获取|获得|收到|接收|取得|间接收集)/i;
const OUTBOUND = /\b(?:shar\w*|disclos\w*|sell\w*|sold|transfer\w*|sen[dt]s?|provid\w* (?:\w+ ){0,4}?to|pass\w* (?:\w+ ){0,4}?to|give\w* (?:\w+ ){0,4}?to|allow\w*|let|place\w*|set\w*|use\w* (?:their|its)|collect\w* (?:\w+ ){0,6}?(?:on|through|via) our)\b|共享|提供给|提供至|传输|发送|披露|转让|委托|接入|嵌入|(?<!从)[^，。；]{0,4}收集/i;
// Reports and statistics coming back ("we receive reports from our analytics provider") mean the data went out first.
const RESULTS = /\b(?:reports?|statistics|stats|summar\w*|insights?|figures|metrics|analy\w*|measure\w*)\b|报告|报表|统计|分析/i;
const onlyInbound = (text: string) => INBOUND.test(text) && !RESULTS.test(text) && !OUTBOUND.test(text.replace(INBOUND, ''));

/**
 * The sentence, its section's title or the sentence before it in the section ("It records …" continues its subject).
 * For a list item, only a sentence of the same item or the list's lead-in: the item before is about something else
 * ("（4）… 第三方支付 …" does not make "（5）我们会收集并记录您的IP地址…" about an outside party).
 */
function mentionsOutsideParty(sentences: readonly Sentence[], j: number): boolean {
  const s = sentences[j];
  const before = sentences[j - 1];
  if (OUTSIDE_PARTY.test(s.text) || toolThatHandlesData(s.text) || (s.heading >= 0 && OUTSIDE_PARTY.test(sentences[s.heading].text))) return true;
  if (s.kind === 'list' && before?.block !== s.block) return OUTSIDE_PARTY.test(listLeadIn(sentences, j));
  return before !== undefined && before.kind !== 'heading' && before.heading === s.heading && OUTSIDE_PARTY.test(before.text);
}
/**
 * "an email delivery service … lets that service record whether you opened", "The service that picks products for our
 * emails receives what you browse", "Game services embedded in the app collect your player ID": an outside party described
 * only by what it is (with "a"/"the", not "this"/"that", which point back to what may be the site's own), as the subject
 * or object of a data verb. Not the site's own ("our own", "in-house", "self-hosted",
 * "we built") — the site itself is no one else.
 */
const TOOL = String.raw`(?:\b(?:an?|the)\s+|^\s*(?!(?:our|we|my|your)\b))(?:[\w-]+\s+){0,3}?(?:services?|tools?|counters?|software|engines?|widgets?|plug-?ins?|reporters?|providers?|vendors?|processors?|channels?|brands?|organi[sz]ers?|creators?|developers?|stores?)\b`;
const TOOL_HANDLES = new RegExp(String.raw`${TOOL}[^.;]{0,60}?\b(?:records?|receives?|collects?|tells? us|gives? us|reports?|sees?|measures?|counts?|tracks?)\b|\b(?:to|with|through|via|by)\s+${TOOL}`, 'i');
const OWN_TOOL = /\b(?:our own|in-house|self-hosted|we (?:built|wrote|run ourselves|host ourselves)|ourselves)\b/i;
// Chinese: the roles policies give such parties ("赞助方", "导购博主", "酒店预订引擎", "短链服务", "相关厂商") — not "本平台", nor
// "该工具", which points back to a tool that may be the site's own ("我们使用自建的标签工具。该工具…").
const ZH_ROLE = /赞助(?:方|商)|厂商|博主|达人|返利网站|导购|(?:预订|预约|搜索)引擎|搜索平台|社交网络|(?:短链|点播|邮件|短信|问卷|建站)(?:服务|平台|工具|系统)|(?<![本我])(?:对方|相关)(?:服务|工具|软件|平台|公司|机构|厂商)/;
const toolThatHandlesData = (text: string) => (TOOL_HANDLES.test(text) || ZH_ROLE.test(text)) && !OWN_TOOL.test(text);

/**
 * "我们可能会向合作伙伴等第三方共享您的交易信息、": a line a hard break cut off in the middle of a sentence says nothing on its
 * own — its end ("…以保障为您提供的服务顺利完成") may say the opposite of what its start suggests — so it is never the quote.
 */
const UNFINISHED = /[、，,]\s*$|[\u4e00-\u9fff](?:和|及|与|或|的)\s*$|\b(?:and|or|the|a|an|of|to|with|for|by|such as|including)\s*$/i;

/**
 * May sentence j be a learned statement's quote? Each guard's reason is at its pattern above; ad space the site sells
 * itself ("Banner ads … are booked directly with sponsors", category-denied.ts) is not a flow either. Exported for its tests.
 */
export function quotable(sentences: readonly Sentence[], j: number): boolean {
  const text = sentences[j].text;
  return !LEAD_IN.test(text) && !UNFINISHED.test(text) && !headerCells(text) && !(SOLD_DIRECTLY.test(text) && !TRACKING_WORDS.test(text)) && mentionsOutsideParty(sentences, j) && !onlyInbound(text) && !otherKindOnly(text) && !groupOnly(text) && !READ_THEIR_POLICY.test(text) && !LICENCE_GRANT.test(text) && !ON_THEIR_SITES.test(text);
}

/** "您保证对其享有合法的著作权…，哔哩哔哩有权展示、散布及推广前述内容": a licence to the user's own content, not data about them. */
const LICENCE_GRANT = /著作权|知识产权|(?:授予|授权)[^。；]{0,20}(?:许可|使用权)|\bgrants? (?:us|[\w ]{1,30}?) (?:a|an) (?:[\w-]+ ){0,4}?licen[cs]e\b|\bcopyright\b/i;

/**
 * "External websites … may collect personally identifiable information about users when users visit their websites": what
 * other sites collect on their own pages, once the reader has left — not a company on this site.
 */
const ON_THEIR_SITES = /\b(?:when|if|once|after) (?:users|you|visitors) (?:visit|go to|use|access|leave (?:our|this) (?:site|website) (?:for|and visit)) (?:their|those|such|these|the linked|other|external|third[- ]party) (?:web ?sites|sites|pages|services|platforms)\b/i;

/** "我们建议您查看第三方…的隐私政策", "we encourage you to read their privacy policies": a pointer to their rules, not a flow. */
const READ_THEIR_POLICY = /(?:建议|请|鼓励|提醒)您?(?:仔细)?(?:查看|查阅|阅读|参阅|了解)[^。；]{0,30}?(?:隐私政策|隐私声明|隐私条款|隐私权政策)|\b(?:encourage|recommend|advise|urge) you to (?:carefully )?(?:read|review|check|consult) (?:the |their |its |these |those )?(?:[\w-]+ ){0,3}?privacy (?:policies|policy|notices?|statements?)\b/i;
/**
 * "下载平台 | 信息安全投诉举报方式 | 账号注销方式": a Chinese row of short cells only is a table's header, which says nothing —
 * also where a lead-in ran into it ("…的情形如下表： 收集使用目的 | 个人信息类型 | 第三方主体名称/类型"): the rows say who.
 */
function headerCells(text: string): boolean {
  const row = text.replace(/^[^|｜]*?(?:如下表?|下表|以下)[^。|｜]{0,10}[:：]\s*/, '');
  const cells = row.split(/\s*[|｜]\s*/).filter(Boolean);
  return cells.length >= 2 && /[\u4e00-\u9fff]/.test(row) && cells.every((c) => c.length <= 10);
}

/**
 * "3. 信息的分享和对外提供", "Sharing with others": a short line with no sentence end (a numbered one too), outside a table, is a
 * title the page did not mark as one — like a question, it announces what follows and says nothing itself.
 */
const SENTENCE_END = /[.。!！?？;；:：)）"”]\s*$/;
// "关于个人信息安全投诉举报及游戏平台账号注销方式说明": a longer Chinese title that says what it is ("关于…说明").
const ZH_ABOUT_TITLE = /^\s*关于[^，。；,;]{2,40}(?:说明|声明|通知|公告|政策|规则|指引)\s*$/;
const isUnmarkedTitle = (s: Sentence) => (s.kind === 'text' || s.kind === 'list') && !SENTENCE_END.test(s.text)
  && (/[\u4e00-\u9fff]/.test(s.text) ? s.text.replace(/\s/g, '').length <= 16 || ZH_ABOUT_TITLE.test(s.text) : s.text.trim().split(/\s+/).length <= 6);
const isQuestion = (text: string) => QUESTION.test(text) || (text.length <= 60 && !/[。.；;！!]\s*$/.test(text) && QUESTION_TITLE.test(text));

/**
 * Each sentence's features as the reader reads them (training too): none for a denial; none for a sentence that names a
 * company — it speaks about that company ("We use Google Analytics for statistics"), not about unnamed ones of its
 * kind; none for a question that is not a heading, nor for what the site might do one day ("如未来我们接入…"); none for a list item under a lead-in that denies or forbids ("您不得实施下列行为：… 5) 批量发表、传播广告信息"),
 * which carries its lead-in's negation.
 */
export function readableFeatures(sentences: readonly Sentence[], lang: ModelLanguage, naming: ReadonlySet<number> = new Set()): string[][] {
  return sentences.map((s, i) => {
    if (naming.has(s.start) || notInUseRow(sentences, i) || rowRetired(s.text) || rowAnsweredNo(s.text) || rowFootnotedAway(sentences, i) || (s.kind !== 'heading' && (isQuestion(s.text) || isUnmarkedTitle(s) || aboutOtherSites(s.text) || HYPOTHETICAL.test(s.text) || formerOnly(s.text) || aboutTheLaw(s.text) || keptWithUs(s.text)))) return [];
    const lead = s.kind === 'heading' ? '' : listLeadIn(sentences, i) || rowsLeadIn(sentences, i);
    return lead && deniesAnything(lead) ? [] : sentenceFeatures(s.text, lang);
  });
}

const PURPOSE_CATEGORY: Record<ModelPurpose, CategoryKey> = { advertising: 'advertising', analytics: 'site_analytics' };

/** Words of each purpose a denial may name ("no ad or tracking kits", "没有统计代码"). */
const DENIED_PURPOSE: Record<ModelLanguage, Record<ModelPurpose, RegExp>> = {
  en: { advertising: /advert|\bads?\b|marketing|retarget|remarket|targeting/i, analytics: /analytic|statistic|measur|track|counting|\bcount\b|open and click|click tracking|heat ?map|session record/i },
  zh: { advertising: /广告|廣告|营销|行銷|推广|推廣/, analytics: /统计|統計|分析|监测|監測|追踪|追蹤|跟踪|录屏|錄屏/ },
};
// The purpose word itself negated: "doesn't contain any ad or tracking kits", "switched off open and click tracking",
// "没有统计代码" — not "如不希望被追踪，您可以…" (the reader's wish) nor "看不到您点了哪些广告" (what the site cannot see).
const SWITCHED_OFF_BEFORE = /\b(?:switched|turned|shut) off\b[^.;,]{0,30}$|\b(?:disabled|removed|no)\b[^.;,]{0,20}$/i;
function deniesPurpose(text: string, lang: ModelLanguage, purpose: ModelPurpose): boolean {
  const re = new RegExp(DENIED_PURPOSE[lang][purpose].source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (/(?:如|若|如果)(?:您|你)?(?:不希望|不想|不愿)/.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (negatedBefore(text, m.index) || negatedInZhClause(text, m.index, end) || SWITCHED_OFF_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) return true;
  }
  return false;
}

/**
 * Learned category statements for the purposes the rules did not find: for each window of up to `window` sentences in
 * one section (with its heading), the window's probability — sentences starting at a `naming` offset are not read —
 * and the best window at or above the threshold gives one statement, quoting the sentence that, read alone with its
 * title, most reads as a disclosure — and none unless one such sentence reaches the threshold by itself.
 */
export function learnedCategories(
  sentences: readonly Sentence[], lang: ModelLanguage, skip: ReadonlySet<CategoryKey>,
  naming: ReadonlySet<number> = new Set(), model: CategoryModel = MODEL as CategoryModel,
): CategoryStatement[] {
  const purposes = (['advertising', 'analytics'] as const).filter((p) => !skip.has(PURPOSE_CATEGORY[p]));
  if (purposes.length === 0 || sentences.length === 0) return [];
  const feats = readableFeatures(sentences, lang, naming);
  const out: CategoryStatement[] = [];
  // Each sentence stands in up to `window` windows: whether it may be quoted, and its probability alone, once each.
  const canQuote = new Map<number, boolean>();
  const quotableAt = (j: number) => { let q = canQuote.get(j); if (q === undefined) canQuote.set(j, q = feats[j].length > 0 && quotable(sentences, j)); return q; };
  for (const purpose of purposes) {
    const weights = model.weights[lang][purpose];
    const aloneP = new Map<number, number>();
    const threshold = model.threshold[lang];
    let best: { p: number; sentence: Sentence } | null = null;
    // Windows slide over each run of sentences under one heading: a feature's count goes up as a sentence enters and
    // down as one leaves, so each window's sum is kept, not recounted (the union of up to `window` sentences).
    const counts = new Map<string, number>();
    let sum = 0;
    const enter = (f: string) => { const c = counts.get(f) ?? 0; if (c === 0) sum += weights.w[f] ?? 0; counts.set(f, c + 1); };
    const leave = (f: string) => { const c = counts.get(f)!; if (c === 1) { counts.delete(f); sum -= weights.w[f] ?? 0; } else counts.set(f, c - 1); };
    let runEnd = -1;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      if (s.kind === 'heading') continue;
      if (i >= runEnd) {
        counts.clear();
        sum = 0;
        runEnd = i;
        while (runEnd < sentences.length && sentences[runEnd].kind !== 'heading' && sentences[runEnd].heading === s.heading) runEnd++;
        if (s.heading >= 0) for (const f of feats[s.heading]) enter(f);
        for (let j = i; j < Math.min(runEnd, i + model.window); j++) for (const f of feats[j]) enter(f);
      } else {
        for (const f of feats[i - 1]) leave(f);
        if (i + model.window - 1 < runEnd) for (const f of feats[i + model.window - 1]) enter(f);
      }
      const members: number[] = [];
      for (let j = i; j < Math.min(runEnd, i + model.window); j++) members.push(j);
      // A window with a sentence that denies this very purpose ("We have switched off open and click tracking", "the
      // app doesn't contain any ad or tracking kits") says no such thing, whatever its other sentences add up to.
      if (members.some((j) => deniesPurpose(sentences[j].text, lang, purpose))) continue;
      const heading = s.heading >= 0 ? feats[s.heading] : [];
      const p = 1 / (1 + Math.exp(-(weights.bias + (counts.size ? sum / Math.sqrt(counts.size) : 0))));
      if (p < threshold || (best && best.p >= p)) continue;
      // The quote must say it on its own (with its section's title): a window can add up to a disclosure from
      // sentences none of which says one ("These other sites may have their own privacy policies …").
      let quote = -1;
      let top = 0;
      for (const j of members) {
        if (!quotableAt(j) || (purpose === 'analytics' && measuresOnlyAds(sentences[j].text))) continue;
        let alone = aloneP.get(j);
        if (alone === undefined) aloneP.set(j, alone = probability(new Set([...heading, ...feats[j]]), weights));
        if (alone >= threshold && alone > top) { top = alone; quote = j; }
      }
      if (quote >= 0) best = { p, sentence: sentences[quote] };
    }
    if (best) out.push({ category: PURPOSE_CATEGORY[purpose], evidence: { text: best.sentence.text, start: best.sentence.start, end: best.sentence.end }, learned: true });
  }
  return out;
}
