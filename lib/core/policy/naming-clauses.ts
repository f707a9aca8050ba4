/**
 * What one clause of a long sentence says of the company it names, when each company in the chain has its own standing:
 * "Ads are served through Google Ad Manager, but no longer through Taboola", "log-in forms are protected by hCaptcha in
 * place of Google reCAPTCHA", "Mixpanel, which we trialled in 2021, has deleted all our data", "until then Klaviyo
 * receives no subscriber data". Each shape reads only the words next to the name (the clause it stands in), so the
 * other companies of the sentence keep theirs. Asked by naming-shapes.ts shapeRejection, after its own shapes.
 */
import type { NamingRejection } from './naming.ts';

/** The words right before a name that say it is the one the site no longer uses or uses something else in place of. */
const FORMER_BEFORE = /\bno longer (?:through|via|by|with|on|from|in|at|using|uses?|use|rely on)\s+(?:the\s+)?$|\b(?:in place of|replacing)\s+(?:the\s+)?$|\bwe (?:left|quit|dropped|exited)\s+(?:the\s+)?$/i;
/** The words right after a name that say the same: "…, which we trialled in 2021", "…, our previous consent tool, …". */
const FORMER_AFTER = /^,?\s*which (?:[\w&.'’-]+\s+){0,2}?(?:has|have) since (?:been )?(?:shut (?:it )?down|discontinued|retired|closed|sunset|deprecated)\b|^\s+(?:has|have) since (?:shut (?:it )?down|discontinued|retired|closed)\b|^,?\s*which (?:we )?(?:trialled|trialed|piloted|tested|tried|used) (?:in|until|during|back in|briefly)\b|^,\s*(?:our|the) (?:previous|former|old|earlier)\b|^(?:\s+and\s+[\w&.'’ -]{1,30})?\s+ha(?:ve|s) not [\w-]+[^.;]{0,40}\bsince (?:19|20)\d\d\b|^\s+(?:is|are) (?:switched|turned) off\b|^\s+(?:is|are) (?:disabled|not (?:yet )?(?:supported|available|offered|accepted|enabled|loaded|live))\b|^['’]s (?:bid|offer|proposal|tender|pitch) (?:was|were) (?:not (?:chosen|selected|accepted)|rejected|declined|unsuccessful)\b/i;
/**
 * "not on GitHub", "no visitor data goes to the makers of Matomo or to Google", "Klaviyo receives no subscriber data",
 * "GitHub is told nothing": the clause denies this company anything.
 */
const DENIED_BEFORE = /\bnot (?:on|with|through|via|by|to)\s+(?:the\s+)?$|\bno (?:[\w-]+ ){0,3}?(?:data|information|details|personal data) (?:is |are |ever )?(?:goes?|sent|passed|shared|flows?|transferred) to (?:the (?:makers?|developers?|providers?|vendors?|owners?) of )?(?:[\w&.'’ -]{1,40}(?:,| or| nor| and) (?:to )?)?$/i;
const DENIED_AFTER = /^[^.;]{0,30}?\b(?:receives?|gets?|sees?|obtains?) no (?:[\w-]+ ){0,2}?(?:data|information|details|personal)\b|^\s+(?:is|are) told nothing\b|^\s+(?:is|are) not told\b/i;
/** "our handsets are made by Samsung, Apple and Google", "you can listen on Apple Podcasts, Spotify or any podcast app". */
const READER_DEVICE_OR_APP_BEFORE = /\b(?:handsets|devices|phones|hardware|tablets|watches) (?:are |is )?(?:made|manufactured|built|supplied) by\s+(?:[\w&.'’-]+(?:\s+[\w&.'’-]+)?(?:,\s*|\s+and\s+|\s+or\s+))*$|\b(?:listen|watch|stream|read|play) (?:to (?:it|them|episodes) )?(?:on|in|via|through)\s+(?:[\w&.'’-]+(?:\s+[\w&.'’-]+)?(?:,\s*|\s+or\s+|\s+and\s+))*$/i;
/** "…, where Google's privacy policy applies": the company's own policy governs what happens there. */
const OWN_POLICY_THERE = { before: /\bwhere\s+$/i, after: /^['’]s? (?:own )?(?:privacy )?(?:policy|policies|terms|notice) (?:applies|apply|governs?)\b/i };

/**
 * The same, in Chinese clauses: "由GrowingIO更换为神策数据", "本站曾以comScore衡量读者人数", "正在评估接入高德地图SDK", "…授权，我们
 * 不会向其提供您的播放记录", "适用美团的隐私政策", "LinkedIn…上的企业账号", "可由您自行加入Apple钱包", "与…并不互通".
 */
/** "由GrowingIO更换为神策数据": the one replaced. */
const ZH_REPLACED = { before: /(?:由|从|從)\s*$/, after: /^[^，。；]{0,12}?(?:更换为|更換為|替换为|替換為|切换为|切換為|迁移至|遷移至|迁移到|换成|換成)/ };
/** "本站早期托管于GitHub Pages", "本站曾以comScore衡量": what the site once used. */
const ZH_ONCE_BEFORE = /(?:早期|曾经|曾經|过去|過去|曾)(?:以|用|使用|通过|透過|接入|采用|托管于|託管於)?\s*$/;
const ZH_EVALUATING_BEFORE = /正在(?:评估|評估|考虑|考慮)(?:接入|引入|使用|集成)?\s*$/;
const ZH_GETS_NOTHING_AFTER = /^(?:(?!提供|共享|发送|發送|传输|傳輸|收集|获取|獲取)[^。；，,]){0,24}[，,]\s*(?:但|但是)?(?:我们|我們|本应用|本應用|本公司)?(?:也)?(?:不会|不會|并不|並不|不)(?:会|會)?(?:向其|向他们|向他們|向该公司|向該公司|给其|給其|把[^，。；]{0,12}?(?:提供|交)给其)(?:提供|共享|发送|發送|传输|傳輸)?/;
const ZH_THEIR_POLICY = { before: /适用\s*$|適用\s*$|适用[^，。；]{0,12}(?:或|和|、)\s*$|適用[^，。；]{0,12}(?:或|和|、)\s*$/, after: /^[^，。；]{0,12}?的?(?:隐私政策|隱私政策|隐私权政策|个人信息保护政策|隐私条款|服务条款|服務條款)/ };
const ZH_OWN_ACCOUNT_THERE_AFTER = /^[^，。；]{0,16}?上的(?:企业|企業|官方|品牌)?(?:账号|帐号|帳號|主页|主頁|专页|專頁)/;
const ZH_READER_ADDS_BEFORE = /(?:您|你)?自行(?:加入|添加|绑定|綁定|使用|选择|選擇)[^，。；]{0,6}$/;
const ZH_NOT_CONNECTED_AFTER = /^[^，。；]{0,24}?(?:并不|並不|不)互通|^[^，。；]{0,24}?(?:并无|並無|没有|沒有)(?:任何)?(?:关系|關係|关联|關聯)/;

/** "we are planning to move to Klaviyo later this year": a tool the site means to use, not one it uses. */
const PLANNED_BEFORE = /\b(?:plan(?:s|ning)?|intend(?:s|ing)?|expect(?:s|ing)?|are going|aim(?:s|ing)?) to (?:move|switch|migrate|change|add|adopt|start using|use|integrate|roll out|bring in)\s+(?:[\w-]+\s+){0,2}?(?:to\s+|onto\s+)?$/i;

/** Cheap gates: each shape is asked only when the words it needs are there (this runs for every mention of every policy). */
const HAN = /[\u4e00-\u9fff]/;
const PLANNED_WORDS = /\b(?:plan|intend|expect|are going|aim)\w* to /i;
const FORMER_WORDS = /\bno longer |\bin place of |\breplacing |\bwe (?:left|quit|dropped|exited) /i;
const DENIED_WORDS = /\bnot (?:on|with|through|via|by|to) |\bno\b[^.;]{0,60}\b(?:goes|go|sent|passed|shared|flows?|transferred) to\b/i;
const DEVICE_WORDS = /\b(?:made|manufactured|built|supplied) by |\b(?:listen|watch|stream|read|play)\b/i;
const AFTER_WORDS = /\b(?:which|previous|former|old|earlier|not|switched|turned|disabled|no|told|since)\b|^['’]s /i;

export function clauseRejection(before: string, after: string): NamingRejection | null {
  const near = before.slice(-120);
  if (HAN.test(near.slice(-20)) || HAN.test(after.slice(0, 20))) {
    if ((ZH_REPLACED.before.test(near.slice(-8)) && ZH_REPLACED.after.test(after)) || ZH_ONCE_BEFORE.test(near.slice(-8))) return 'former';
    if (ZH_EVALUATING_BEFORE.test(near.slice(-12))) return 'hypothetical';
    if (ZH_GETS_NOTHING_AFTER.test(after)) return 'negated';
    if (ZH_THEIR_POLICY.before.test(near.slice(-20)) && ZH_THEIR_POLICY.after.test(after)) return 'not-covered';
    if (ZH_READER_ADDS_BEFORE.test(near.slice(-16))) return 'platform-brand';
    if (ZH_OWN_ACCOUNT_THERE_AFTER.test(after)) return 'social-follow';
    if (ZH_NOT_CONNECTED_AFTER.test(after)) return 'not-covered';
  }
  if (PLANNED_WORDS.test(near) && PLANNED_BEFORE.test(near)) return 'hypothetical';
  const afterWords = AFTER_WORDS.test(after.slice(0, 60));
  if ((FORMER_WORDS.test(near) && FORMER_BEFORE.test(near)) || (afterWords && FORMER_AFTER.test(after))) return 'former';
  if ((DENIED_WORDS.test(near) && DENIED_BEFORE.test(near)) || (afterWords && DENIED_AFTER.test(after))) return 'negated';
  if (DEVICE_WORDS.test(near) && READER_DEVICE_OR_APP_BEFORE.test(near)) return 'platform-brand';
  if (OWN_POLICY_THERE.before.test(near.slice(-10)) && OWN_POLICY_THERE.after.test(after)) return 'not-covered';
  return null;
}

/**
 * The clause a mention stands in: up to a semicolon, or an English ", and / but / while / whereas" that opens a clause
 * with its own subject. "Follow us on Instagram; separately, our website uses the Snap Pixel" is two clauses.
 */
const CLAUSE_EDGE = /[;；]|,\s+(?:and|but|while|whereas)\s+(?=(?:we|our|the|this|these|those|it|they|you|your|[A-Z]\w*)\b)/g;
export function clauseOf(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  CLAUSE_EDGE.lastIndex = 0;
  for (let m = CLAUSE_EDGE.exec(text); m; m = CLAUSE_EDGE.exec(text)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) { to = m.index; break; }
  }
  return text.slice(from, to);
}

/**
 * A sentence-wide reading that one phrase triggers (a follow link, a search engine, a link out, a policy that does not
 * cover them) speaks for the clause the phrase stands in: in a chain of clauses, the others keep their own standing.
 * True when the reading holds for the mention at [start, end) — always, where the phrase is not in the sentence itself
 * (a reading inherited from a lead-in) or the sentence is one clause.
 */
export function sentenceReadingHolds(trigger: ((text: string) => boolean) | undefined, text: string, start: number, end: number): boolean {
  // English only: a Chinese sentence's readings were measured to hold across its 「；」 (development and measure-only).
  if (!trigger || !trigger(text)) return true;
  // A phrase inside another item's brackets describes that item: "…Amplitude（游戏内行为分析）以及Branch（从H5活动页跳转至App时的
  // 深度链接）" — the link out is Branch's service, not a reading of the sentence.
  if (!trigger(outsideOtherBrackets(text, start, end))) return false;
  if (HAN.test(text)) return true;
  const clause = clauseOf(text, start, end);
  if (clause.length === text.length || trigger(clause)) return true;
  // A later clause that points back ("…LinkedIn or Reddit; those platforms are governed by their own terms") reads them.
  const rest = text.slice(text.indexOf(clause) + clause.length);
  return trigger(rest) && POINTS_BACK.test(rest);
}
const BRACKETED = /[（(][^（）()]{1,120}[）)]/g;
/** The text with every bracketed aside blanked out, except one that holds the mention at [start, end). */
export function outsideOtherBrackets(text: string, start: number, end: number): string {
  return text.replace(BRACKETED, (b: string, at: number) => (at <= start && at + b.length >= end ? b : ' '.repeat(b.length)));
}
// English only, as the reading it serves (Chinese sentences return before it is asked).
const POINTS_BACK = /\b(?:those|these|them|there|such|both|either|each|their)\b/i;
