/**
 * Who wrote the policy? The owner is never a third party ("Pinterest shares with Pinterest" is
 * not a disclosure). Sources, strongest first: caller hints, the site's domain, the policy's own
 * definitions ('Acme Inc. ("we", "us")', '“我们”是指…'), its title ("Apple Privacy Policy"),
 * copyright lines, and "Welcome to X".
 */
import { parse } from 'tldts';
import { aliasesOf, findAliases } from './lexicon/matcher.ts';
import type { Sentence } from './text.ts';

export interface OwnerInfo {
  /** Best human name for the owner, when the text states one. */
  name?: string;
  /** Lower-cased names (and domain labels) that refer to the owner. */
  names: Set<string>;
  /** TrackerDB organization keys that are the owner. */
  orgs: Set<string>;
}

// Bounded word lengths: these run on every short sentence and must stay linear on "AAAA…".
const NAME = String.raw`([A-Z0-9][\w&.'’-]{0,40}(?:[ ,]{1,2}(?:[A-Z0-9&][\w&.'’-]{0,40}|of|and|de|the)){0,6})`;
const ANY_OWNER_CUE = /["“'‘](?:we|us|our|the company|company)["”'’]|privacy (?:policy|notice|statement)|this (?:[\w-]+ ){0,3}?(?:policy|notice|statement)|welcome to|for using|我们|本公司|运营|©|\(c\)|copyright/i;
const QUOTED_WE = /["“'‘](?:we|us|our|the company|company)["”'’]/i;

const DEFINITION_PATTERNS: RegExp[] = [
  // Acme Inc. ("Acme", "we", "us") / Acme, Inc. (together, "we")
  new RegExp(NAME + String.raw`\s*\(\s*(?:together[^)]{0,60}?|collectively,?\s*|hereinafter\s*(?:referred to as\s*)?|referred to (?:herein )?as\s*|also\s*)?[^)]{0,40}?["“'‘](?:we|us|our|the company|company)["”'’]`),
  // "we", "us" … refers to / means Acme
  new RegExp(String.raw`["“](?:we|us|our)["”][^.;]{0,60}?\b(?:refers? to|means?|is)\s+(?:the\s+)?` + NAME),
  // This Privacy Policy describes how Acme (and its affiliates) collects
  // (The lead words in either case — "This Privacy Policy explains how Brevo collects" — but the name capitalised.)
  new RegExp(String.raw`\b(?:[Pp]rivacy (?:[Pp]olicy|[Nn]otice|[Ss]tatement)|[Tt]his (?:[Pp]olicy|[Nn]otice|[Ss]tatement))\s+(?:\([^)]{0,40}\)\s+)?(?:describes|explains|applies to|sets out|covers|governs)\s+(?:how\s+)?(?:the\s+)?(?:information\s+)?` + NAME + String.raw`\s+(?:and its|collects|uses|gathers|may|\(|,)`),
  /\b(?:Welcome to|Thank(?:s| you) for using) (?:the\s+)?([A-Z][\w&.'’-]{0,40}(?: [A-Z][\w&.'’-]{0,40}){0,3})/,
  // "This notice applies to YouTube Kids, a service provided by Google LLC"
  new RegExp(String.raw`\b[Tt]his (?:[Pp]rivacy )?(?:[Pp]olicy|[Nn]otice|[Ss]tatement) applies to [^.]{1,60}?, (?:a|an|the) (?:service|product|app|website) (?:provided|operated|offered|run) by (?:the\s+)?` + NAME),
  // "This Privacy Policy is issued by Meta Platforms, Inc. (formerly known as Facebook, Inc.)"
  // "This SDK Data Notice is published by OneSignal, Inc.", "This notice, published by Branch Metrics, Inc., covers …"
  new RegExp(String.raw`\b(?:[Pp]rivacy (?:[Pp]olicy|[Nn]otice|[Ss]tatement)|[Tt]his (?:[A-Z][\w-]* ){0,3}?(?:[Pp]olicy|[Nn]otice|[Ss]tatement)),? (?:is )?(?:issued|provided|published|maintained) by (?:the\s+)?` + NAME),
];

const TITLE = /^(?:the\s+)?(.{2,60}?)\s*(?:'s\s+|’s\s+)?(?:Global\s+|Online\s+|Customer\s+|Website\s+)?(?:Privacy|Cookie|Data Protection|Data)\s+(?:Policy|Notice|Statement|Center|Centre)\b/i;
const COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?([A-Z][\w&.'’-]{0,40}(?: [A-Z&][\w&.'’-]{0,40}){0,4})/i;
const ZH_DEFINITIONS: RegExp[] = [
  /(?:“我们”|"我们"|我们)(?:或“本公司”)?(?:是指|指|即)([^，。；,;（(“”"]{2,40})/,
  /([^，。；,;：:“”"\s]{2,40})(?:（|\()(?:以下)?(?:简称|称|合称)(?:为)?[“"](?:我们|本公司|平台)/,
  // 美团（北京三快在线科技有限公司，以下简称“我们”）: the brand, and the legal entity in its brackets.
  /([^，。；,;：:“”"\s（(]{2,20})(?:（|\()[^）)，,]{2,40}[，,]\s*(?:以下)?(?:简称|称|合称)(?:为)?[“"](?:我们|本公司|平台)/,
  /(?:（|\()([^）)，,]{2,40}?)[，,]\s*(?:以下)?(?:简称|称|合称)(?:为)?[“"](?:我们|本公司|平台)/,
  // 深圳市腾讯计算机系统有限公司（“腾讯”或“我们”）
  /([^，。；,;：:“”"\s（(]{2,40})(?:（|\()[“"][^”"]{1,20}[”"](?:或|、|和|及)[“"](?:我们|本公司)/,
];
/**
 * "抖音由北京微播视界科技有限公司运营", "本应用是…旗下产品，由X开发和运营": the operator of the app or site the policy is for.
 * Only at the start of a clause whose subject is the product (not an SDK or a service provider), and near the top, where
 * a policy says who it is.
 */
// Not "该平台由北京字节跳动科技有限公司…运营": 该 / 其 / 这些 / 上述 speak of another service, not of this one.
const ZH_OPERATED_BY = /(?:^|[，,])(?:(?!SDK|插件|第三方|服务商|合作|该|其|这|上述|相应|对方)[^，。；,;]){0,16}?由([^，。；,;（(“”"]{4,40}?(?:公司|集团))(?:（[^）]{0,30}）)?(?:负责)?(?:开发|独立)?(?:和|与|及|并)?(?:运营|经营)/;
/** "本游戏由网易（杭州网易雷火科技有限公司）开发运营": a brand, its legal entity in brackets. */
const ZH_OPERATED_BY_BRAND = /(?:^|[，,])(?:本|我们的)(?:游戏|应用|App|平台|网站|产品|服务)由([^，。；,;（(“”"\s]{2,12})[（(]([^）)]{4,40}?(?:公司|集团))[）)](?:负责)?(?:开发|独立)?(?:和|与|及|并)?(?:运营|经营|开发)/;

/** "本政策适用于上海宽娱数码科技有限公司运营的哔哩哔哩 App": the operator named where the policy says what it covers. */
const ZH_APPLIES_TO_OPERATED = /本(?:隐私)?(?:政策|指引|声明)(?:仅)?适用于([^，。；,;（(“”"]{4,40}?(?:公司|集团))(?:（[^）]{0,30}）)?(?:开发|提供|运营|经营)(?:和|与|及|并)?(?:运营|经营)?的/;

const DECLARED_PARTNER = /^\s*(?:is|are)\s+(?:an?|our|the|one of our)\s+(?:[\w-]+\s+){0,3}?(?:partners?|(?:third|3rd)[- ]part(?:y|ies))\b/i;
const SUBJECT_VERB = /^(?:['’]s\s+\w+\s+)?(?:\s*,[^,]{0,30},)?\s+(?:and its (?:affiliates|subsidiaries)\s+)?(?:may|will|does|do|is|has|uses|collects|shares|receives|requires|retains|processes|provides|offers|takes|works|believes|respects|knows|might|can|also|generally|strives|treats|keeps|sends|stores)\b/i;

/** A comma-separated part that starts with a number (house number, postcode): an address, not a name. */
const ADDRESS_PART = /(?:^|,\s*)\d/;
const LEADING_NAME = /^\s*([A-Z][\w&.'’-]{0,40}(?: [A-Z&][\w&.'’-]{0,40}){0,4}),/;

const STOP_NAMES = new Set(['we', 'us', 'our', 'the', 'this', 'privacy', 'policy', 'company', 'you', 'these', 'it', 'in', 'if']);

function cleanName(raw: string): string | undefined {
  const name = raw.replace(/[\s,.]+$/, '').replace(/^(?:the|this)\s+/i, '').trim();
  if (name.length < 2 || name.length > 80 || STOP_NAMES.has(name.toLowerCase())) return undefined;
  return name;
}

const FORMERLY = new RegExp(NAME + String.raw`\s*\(\s*formerly (?:known as )?` + NAME + String.raw`\s*\)`);

export function detectOwner(sentences: Sentence[], opts: { ownerHints?: string[]; siteDomain?: string } = {}): OwnerInfo {
  const names: string[] = [];
  for (const h of opts.ownerHints ?? []) if (h && h.trim()) names.push(h.trim());
  const domainLabels: string[] = [];
  if (opts.siteDomain) {
    const p = parse(opts.siteDomain.includes('/') ? opts.siteDomain : `https://${opts.siteDomain}/`);
    if (p.domainWithoutSuffix) domainLabels.push(p.domainWithoutSuffix.toLowerCase());
  }
  let stated: string | undefined;
  const add = (raw: string | undefined) => {
    const n = raw ? cleanName(raw) : undefined;
    if (!n) return;
    names.push(n);
    stated ??= n;
  };
  // Titles and definitions sit near the top; scanning the whole text would also pick up the
  // "Google Privacy Policy" a site links to, so titles are only read from the first sentences.
  for (let i = 0; i < Math.min(sentences.length, 6); i++) {
    const s = sentences[i];
    if (s.text.length <= 120) {
      const t = TITLE.exec(s.text);
      // A title name is short and capitalised ("Apple", "The Boston Globe"), not a sentence.
      if (t && /^[A-Z0-9]/.test(t[1]) && t[1].split(/\s+/).length <= 4) add(t[1]);
    }
  }
  for (const s of sentences) {
    if (s.text.length > 600 && !/[“"]/.test(s.text.slice(0, 600))) continue;
    // Cheap literal pre-checks keep the capture patterns off sentences that cannot match.
    if (!ANY_OWNER_CUE.test(s.text)) continue;
    const hasWe = QUOTED_WE.test(s.text);
    const hasPolicy = /privacy (?:policy|notice|statement)|this (?:[\w-]+ ){0,3}?(?:policy|notice|statement)|welcome to|for using/i.test(s.text);
    for (const re of hasWe || hasPolicy ? DEFINITION_PATTERNS : []) {
      const m = re.exec(s.text);
      if (!m) continue;
      // 'ResearchGate GmbH, Chausseestraße 20, 10115 Berlin, Germany ("we")': the capture can start inside the
      // address; the company is the name the sentence opens with, before its street and postcode.
      if (ADDRESS_PART.test(m[1])) add(LEADING_NAME.exec(s.text.slice(0, m.index + m[1].length))?.[1]);
      else add(m[1]);
    }
    for (const re of ZH_DEFINITIONS) {
      const m = re.exec(s.text);
      if (m) add(m[1]);
    }
    if (s.start < 3000) add(ZH_OPERATED_BY.exec(s.text)?.[1]);
    const brand = s.start < 3000 ? ZH_OPERATED_BY_BRAND.exec(s.text) : null;
    if (brand) { add(brand[1]); add(brand[2]); }
    if (s.start < 3000) add(ZH_APPLIES_TO_OPERATED.exec(s.text)?.[1]);
    const c = COPYRIGHT.exec(s.text);
    if (c && /©|\(c\)|copyright/i.test(s.text.slice(0, 40))) add(c[1]);
  }
  // "Brevo (formerly Sendinblue) respects your privacy": the author's former name is the author too — only for a
  // name already found to be the author (a vendor "Brevo (formerly Sendinblue)" stays a vendor).
  for (const s of sentences.slice(0, 10)) {
    const f = FORMERLY.exec(s.text);
    if (f && names.some((n) => n.toLowerCase() === cleanName(f[1])?.toLowerCase())) add(f[2]);
  }
  const orgs = new Set<string>();
  // The author talks about itself as a subject over and over ("Apple collects …", "Pinterest
  // uses …"); a third party is the subject of a few sentences at most.
  const subject = new Map<string, number>();
  // "Yahoo! is an ad network partner that displays ads on MediaNews Web sites": a company the text calls its partner
  // is not its author, however often it is the subject of a sentence.
  const declaredPartner = new Set<string>();
  const mentions = new Map<string, number>();
  for (const s of sentences) {
    const ms = aliasesOf(s);
    for (const m of ms) if (m.entry) mentions.set(m.entry.org, (mentions.get(m.entry.org) ?? 0) + 1);
    const first = ms[0];
    for (const m of ms) if (m.entry && DECLARED_PARTNER.test(s.text.slice(m.end, m.end + 80))) declaredPartner.add(m.entry.org);
    if (first?.entry && first.start <= 2 && SUBJECT_VERB.test(s.text.slice(first.end, first.end + 40))) {
      subject.set(first.entry.org, (subject.get(first.entry.org) ?? 0) + 1);
    }
  }
  // Those two guesses are for a site whose own name the lexicon knows only as a company; where the text names
  // the site's own domain label again and again ("ResearchGate …"), a much-listed vendor (a cookie table full
  // of Google products) is not its author.
  const selfNamed = domainLabels.some((label) => label.length >= 4 && namedAtLeast(sentences, label, 3));
  if (!selfNamed) for (const [org, n] of subject) if (n >= 5 && (mentions.get(org) ?? 0) >= 10 && !declaredPartner.has(org)) orgs.add(org);
  // Or it simply dominates: far more mentions than any other organization.
  const ranked = [...mentions].sort((a, b) => b[1] - a[1]);
  // Also require it near the top, where the author names itself — a GA-heavy policy can mention
  // Google often, but rarely in its own opening lines.
  const top = sentences.slice(0, 8).flatMap((s) => aliasesOf(s).map((m) => m.entry?.org));
  if (!selfNamed && ranked.length && ranked[0][1] >= 15 && ranked[0][1] >= 3 * (ranked[1]?.[1] ?? 0) && top.includes(ranked[0][0]) && !declaredPartner.has(ranked[0][0])) {
    orgs.add(ranked[0][0]);
  }
  const lower = new Set<string>(domainLabels);
  for (const n of names) {
    lower.add(n.toLowerCase());
    for (const m of findAliases(n)) if (m.entry) orgs.add(m.entry.org);
  }
  for (const label of domainLabels) {
    for (const m of findAliases(label)) if (m.entry) orgs.add(m.entry.org);
  }
  return { name: stated ?? opts.ownerHints?.[0], names: lower, orgs };
}

/** Whether at least `min` sentences contain `word` as a word (case-insensitive); stops counting there. */
function namedAtLeast(sentences: readonly Sentence[], word: string, min: number): boolean {
  const re = new RegExp(`\\b${word.replace(/[^a-z0-9]/g, '')}\\b`, 'i');
  let n = 0;
  for (const s of sentences) if (re.test(s.text) && ++n >= min) return true;
  return false;
}
