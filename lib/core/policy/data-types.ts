/**
 * Data types (OPP-115) with sentence context. A term alone is not enough: the sentence (or the
 * section it sits in) must be about collecting or sharing, and the verb must not be negated.
 * "Our office location" has no data term at all (terms are specific); "we do not collect your
 * location" is negated; a bare list item "Email address" counts when its section heading is
 * "Information we collect".
 */
import type { DataType, DataTypeStatement } from '../types.ts';
import { DATA_TYPE_TERMS } from './lexicon/terms.ts';
import { negatedBefore } from './negation.ts';
import type { Sentence } from './text.ts';
import { evidenceOf, MAX_EVIDENCE_PER_KEY } from './third-parties.ts';

const COMPILED = DATA_TYPE_TERMS.map((t) => ({
  type: t.type,
  re: new RegExp(t.pattern, 'gi'),
  exclude: t.exclude ? new RegExp(t.exclude, 'i') : null,
}));

export const COLLECT_CUE =
  /\b(?:collect(?:s|ed|ing|ion)?|gather(?:s|ed|ing)?|obtain(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|record(?:s|ed|ing)?|log(?:s|ged|ging)?|stor(?:e|es|ed|ing)|retain(?:s|ed)?|ask(?:s|ed)? (?:you )?(?:for|to provide)|request(?:s|ed)?|provid(?:e|es|ed|ing)|submit(?:s|ted)?|enter(?:s|ed)?|giv(?:e|es|en)|access(?:es|ed)?|process(?:es|ed|ing)?|us(?:e|es|ed|ing)|includ(?:e|es|ed|ing)|such as|automatically|contain(?:s|ed)?|consists? of|read(?:s|ing)?|captur(?:e|es|ed|ing)|track(?:s|ed|ing)?|infer(?:s|red)?|derive[sd]?|associate[sd]?|link(?:s|ed)? (?:to|with))\b|收集|获取|采集|记录|读取|获得|提供|使用|调用|申请|访问|包括|保存|存储|\b(?:erheb\w*|erhoben|verarbeit\w*|speicher\w*|gespeichert|erfass\w*|sammeln|gesammelt)\b/i;

/**
 * Sharing verbs. Kept as separate small regexes: one big alternation mixing words, bounded word
 * gaps and CJK ran ~10x slower in V8 than these tested one by one.
 */
const SHARE_CUES: RegExp[] = [
  /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing|ure)|sell(?:s|ing)?|sold|rent(?:s|ed)?|transfer(?:s|red|ring)?|transmit(?:s|ted)?|trade)\b/i,
  /\b(?:provid(?:e|es|ed)|pass(?:es|ed)?|sen(?:d|ds|t)) (?:[\w-]+ ){0,4}(?:to|on)\b/i,
  /\bmak(?:e|es) (?:[\w-]+ ){0,4}available to\b/i,
  /共享|提供给|转让|披露|对外提供|委托/,
  /\b(?:weitergeben|weitergegeben|übermittel\w*)/i,
];
export const SHARE_CUE = { test: (text: string): boolean => SHARE_CUES.some((re) => re.test(text)) };

export const RECIPIENT =
  /\b(?:(?:third|3rd)[- ]?part(?:y|ies)|partners?|service providers?|vendors?|affiliates?|advertisers?|companies|processors?|subsidiaries|law enforcement|authorities|agents|contractors|other (?:users|members|businesses|organi[sz]ations))\b|第三方|合作伙伴|关联公司|服务商|合作方/i;

const COLLECT_HEADING =
  /\b(?:collect(?:s|ed|ion)?|gather|obtain|receive)\b|\bwhat (?:personal |kind of |types of )?(?:information|data)|\b(?:types?|kinds?|categories) of (?:personal )?(?:information|data)|\b(?:personal|your) (?:information|data)\b|\binformation (?:you (?:give|provide)|about you)|\b(?:supply|provide|give)\b[^.]{0,30}\binformation|收集|个人信息|信息|\b(?:Datenarten|verarbeitete Daten|Arten der Daten)\b/i;

/**
 * A short item (list row, table cell, "Name:") needs its context to say what the list is: the
 * section heading, or for list items the lead-in sentence ("we collect the following: …").
 */
function inCollectSection(i: number, sentences: Sentence[]): boolean {
  const s = sentences[i];
  if (s.kind === 'heading') return false;
  if (s.kind !== 'list' && s.kind !== 'table' && s.text.length > 160) return false;
  const h = s.heading >= 0 ? sentences[s.heading] : undefined;
  if (h && COLLECT_HEADING.test(h.text)) return true;
  if (s.kind !== 'list') return false;
  for (let j = i - 1; j >= 0 && j > s.heading && i - j <= 40; j--) {
    const p = sentences[j];
    if (p.kind === 'list') continue;
    return COLLECT_CUE.test(p.text) && !negatedBefore(p.text, p.text.length);
  }
  return false;
}

// "“Special categories” means …" defines words; it says nothing about what is collected.
const DEFINITION = /["“][^"”]{2,60}["”]\s*(?:means|includes|refers to|is defined)|\bspecial categor(?:y|ies) of personal data\b/i;

export function extractDataTypes(sentences: Sentence[]): DataTypeStatement[] {
  const out: DataTypeStatement[] = [];
  const perType = new Map<DataType, number>();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const text = s.text;
    if (DEFINITION.test(text)) continue;
    // A statement needs a collect cue, a collect section or a share cue + recipient. Testing those
    // first (1–3 regexes) skips the 15 alternation-heavy term regexes on sentences that could never
    // produce one; cues are evaluated lazily in the same order as before, so results are identical.
    let collectCue: boolean | undefined = COLLECT_CUE.test(text);
    let shareCue: boolean | undefined;
    let section: boolean | undefined;
    if (!collectCue) {
      section = inCollectSection(i, sentences);
      if (!section) {
        shareCue = SHARE_CUE.test(text) && RECIPIENT.test(text);
        if (!shareCue) continue;
      }
    }
    for (const { type, re, exclude } of COMPILED) {
      if ((perType.get(type) ?? 0) >= MAX_EVIDENCE_PER_KEY) continue;
      re.lastIndex = 0;
      let hit = -1;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (exclude) {
          const around = text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
          const ex = exclude.exec(around);
          if (ex) {
            // The exclusion must overlap this hit, not just be nearby.
            const exStart = Math.max(0, m.index - 30) + ex.index;
            if (exStart <= m.index + m[0].length && exStart + ex[0].length >= m.index) continue;
          }
        }
        if (negatedBefore(text, m.index)) continue;
        hit = m.index;
        break;
      }
      if (hit < 0) continue;
      collectCue ??= COLLECT_CUE.test(text);
      shareCue ??= SHARE_CUE.test(text) && RECIPIENT.test(text);
      section ??= inCollectSection(i, sentences);
      const collected = collectCue || section;
      const shared = shareCue;
      if (!collected && !shared) continue;
      perType.set(type, (perType.get(type) ?? 0) + 1);
      out.push({ type, collected, shared, evidence: evidenceOf(s) });
    }
  }
  return out;
}
