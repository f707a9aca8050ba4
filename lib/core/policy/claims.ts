/**
 * Promises the policy makes (claims) and the purposes it gives. Claims are what verdicts can
 * contradict ("we do not sell" vs. data flowing to a broker), so each pattern is anchored on the
 * author's negation ("we do not …") rather than on a keyword.
 */
import type { Claim, PurposeStatement } from '../types.ts';
import { parseDenial } from './denial.ts';
import { PURPOSE_TERMS } from './lexicon/terms.ts';
import type { Sentence } from './text.ts';
import { evidenceOf, MAX_EVIDENCE_PER_KEY } from './third-parties.ts';

const GPC = /\bglobal privacy control\b|\bGPC\b/i;
const DNT = /\bdo[- ]not[- ]track\b|\bDNT\b|“请勿追踪”|请勿追踪/i;
const HONOUR = /\b(?:honou?r(?:s|ed)?|respect(?:s|ed)?|recogni[sz]e[sd]?|respond(?:s)? to|treat(?:s)?\b[^.]{0,40}\bas (?:a )?(?:valid )?(?:request|opt-out)|process(?:es)? (?:\w+ ){0,3}(?:signal|request)s? as|comply with|abide by)\b|响应|遵守|尊重/i;
const NEGATED_HONOUR = /\b(?:not|n't|never|no)\b[^.]{0,40}\b(?:honou?r|respect|recogni[sz]e|respond|comply|abide|support|act on)|\bno (?:uniform|industry|standard|consensus)|不(?:响应|支持)/i;
const RETENTION = /\b(?:retain|keep|store|hold|preserve)\w*\b[^.]{0,120}\b(?:for (?:as long as|the (?:period|duration)|up to|a period|\d+)|until|no longer than|(?:\d+|thirty|sixty|ninety) (?:days|months|years))|\bretention (?:period|policy|schedule)|保存期限|存储期限|保存(?:时间|期间)|保留期限/i;
const CHILDREN = /\bchildren\b|\bminors?\b|\bunder (?:the age of )?(?:13|16|18)\b|\bCOPPA\b|儿童|未成年人|不满(?:十四|14|十八|18)周岁/i;
const CHILDREN_CLAIM = /\b(?:not|never|n't)\b[^.]{0,80}\b(?:knowingly|intentionally|directed|intended|collect|solicit)|\b(?:knowingly|intentionally)\b|\bnot (?:directed|intended)|\bparental (?:consent|permission)|监护人|父母/i;

/**
 * The sentence right after a denial, in the same paragraph, that takes part of it back: "We do not share your
 * personal information with outside parties. This does not include trusted third parties who assist us …",
 * "… However, we may share …", "With your consent, we may use tools that record …", "We may disclose it to our
 * affiliates and service providers …", "但以下情形除外". The denial then no longer says what a verdict would claim.
 */
const NEXT_NARROWS_EN = /^(?:(?:this|that|these|the (?:foregoing|above)|such (?:restrictions?|limitations?))\s+(?:does|do|shall|will)\s+not\s+(?:include|apply|cover|restrict|prevent|limit)|(?:however|but|except|with the exception|the only exceptions?|exceptions?|notwithstanding|that said|nevertheless|nonetheless|apart from|aside from|other than|save (?:for|as))\b|(?:exempt(?:ed)?|excepted|excluded) from (?:this|that|the above|the foregoing)\b|(?:this|that) excludes\b|(?:with|upon|after obtaining) your (?:consent|permission|authori[sz]ation)|(?:if|when|where) you (?:consent|agree|opt in|allow)|we (?:may|might|can|will|do)(?: also| however| nevertheless)? (?:share|disclose|provide|transfer|give|pass|sell|rent|allow|permit|use|work with)\b)/i;
const NEXT_NARROWS_ZH = /^(?:但|但是|不过|然而|除此之外|以下情形除外|除外|除[^，。；]{0,40}外|经您(?:的)?(?:同意|授权)|在(?:征得|获得)您(?:的)?(?:同意|授权)|我们(?:可能|也可能|仍可能|会)?(?:会)?(?:与|向)[^，。；]{0,30}(?:共享|提供|披露))/;
function narrowedByNext(s: Sentence, next: Sentence | undefined): boolean {
  if (!next || next.block !== s.block) return false;
  return NEXT_NARROWS_EN.test(next.text) || NEXT_NARROWS_ZH.test(next.text);
}

/**
 * Promises, sentence by sentence. Sharing, sale and recording denials come only from the denial
 * parser (policy/denial.ts): a verdict may hold them against a company, so they must be complete
 * denials, not look-alikes. `ownerNames` lets "Acme does not sell …" count as the site speaking.
 */
export function extractClaims(sentences: Sentence[], ownerNames: readonly string[] = []): Claim[] {
  const claims: Claim[] = [];
  const count = new Map<string, number>();
  const push = (c: Claim) => {
    const key = c.kind + (c.dataType ?? '');
    const n = count.get(key) ?? 0;
    if (n >= MAX_EVIDENCE_PER_KEY) return;
    count.set(key, n + 1);
    claims.push(c);
  };
  for (const [i, s] of sentences.entries()) {
    const t = s.text;
    if (t.length < 12) continue;
    const denial = parseDenial(t, ownerNames);
    if (denial && !narrowedByNext(s, sentences[i + 1])) {
      push({
        kind: denial.kind, evidence: evidenceOf(s), dataType: denial.dataType,
        ...(denial.recipient ? { recipient: denial.recipient } : {}), ...(denial.closedList ? { closedList: true } : {}),
      });
    }
    if (GPC.test(t) && HONOUR.test(t) && !NEGATED_HONOUR.test(t)) push({ kind: 'honours-gpc', evidence: evidenceOf(s) });
    if (DNT.test(t) && HONOUR.test(t) && !NEGATED_HONOUR.test(t)) push({ kind: 'honours-dnt', evidence: evidenceOf(s) });
    if (RETENTION.test(t)) push({ kind: 'retention', evidence: evidenceOf(s) });
    if (CHILDREN.test(t) && CHILDREN_CLAIM.test(t)) push({ kind: 'children', evidence: evidenceOf(s) });
  }
  return claims;
}

const PURPOSES = PURPOSE_TERMS.map((p) => ({ purpose: p.purpose, re: new RegExp(p.pattern, 'i') }));
const PURPOSE_FRAME = /\b(?:to|for|in order to|so (?:that|we)|purposes?|help(?:s)? us|allow(?:s)? us|enable(?:s)? us)\b|用于|为了|以便|目的/i;

export function extractPurposes(sentences: Sentence[]): PurposeStatement[] {
  const out: PurposeStatement[] = [];
  const count = new Map<string, number>();
  for (const s of sentences) {
    if (s.kind === 'heading' || !PURPOSE_FRAME.test(s.text)) continue;
    for (const { purpose, re } of PURPOSES) {
      if (!re.test(s.text)) continue;
      const n = count.get(purpose) ?? 0;
      if (n >= MAX_EVIDENCE_PER_KEY) continue;
      count.set(purpose, n + 1);
      out.push({ purpose, evidence: evidenceOf(s) });
    }
  }
  return out;
}
