/**
 * Is the outside party of a category cue denied in its own sentence? "Advertisers do not receive …", "广告主无法获取…",
 * "no information … is passed to the advertisers", "no advertising cookies", a party named again later as the subject of a
 * denial, ad space the site sells itself — and which data actions in a sentence still stand. Split from categories.ts,
 * which asks these questions of every cue.
 */
import { DATA_ACTION } from './lexicon/terms.ts';
import { negatedBefore, negatedInZhClause } from './negation.ts';

const ACTION = new RegExp(DATA_ACTION, 'i');
/** "广告主不会接触您的个人信息", "广告商无法通过本应用获取…": the kind is the subject of a denied verb that follows it. */
export const ZH_SUBJECT_DENIED = /^[^，。；,;]{0,6}?(?:均|也|都|亦)?(?:(?:仅|只)[^，。；,;]{1,10}[，,])?(?:也|均|都|亦)?(?:不会|不得|无法|不能|不可)(?:(?:通过|透过|经由|借助|在|为)[^，。；,;]{1,8}?)?(?:接触|获取|收集|访问|查看|读取|使用|获得|接收|收到|得到|拿到|取得|设置|放置|植入)|^[^，。；,;]{0,6}?(?:均|也|都|亦)?(?:看不到|拿不到|接触不到|得不到|获取不到|收不到)|^[^，。；,;]{0,6}?(?:只能|仅能|仅可|只会|仅会)(?:看到|获得|获取|收到)(?:汇总|统计|聚合|总体)/;
/** The same in English: "advertisers do not receive any information about the readers", "advertisers receive only total counts". */
export const EN_SUBJECT_DENIED = /^\s*,?\s+(?:(?:on|in|at|of|from|using|with|for)\s+(?:[\w'’-]+\s+){1,4}?)?(?:(?:(?:(?:who|which|that)\s+)?(?:(?:do|does|will|shall|can|may)\s+not|don't|doesn't|won't|cannot|can't|never)\s+(?:\w+\s+)?(?:receive|get|collect|access|obtain|see|place|set|put|install|load|track)\b)|(?:(?:(?:will|would)\s+)?(?:receive|get|see|obtain)s?\s+no\b)|(?:(?:have|has|get|gets)\s+no\s+access\b)|(?:[^.;]{0,60}?\b(?:but|and)\s+(?:receives?|gets?|sees?|obtains?)\s+no\b)|(?:\s*[—–-][^.;]{0,60}?;\s*(?:receives?|gets?|sees?|obtains?)\s+no\b)|(?:(?:only\s+)?(?:receive|get|see)\s+only\s+(?:the\s+)?(?:aggregate[sd]?|total|summary|summari[sz]ed|anonymi[sz]ed|overall)\b))/i;

const ACTIONS = new RegExp(DATA_ACTION, 'gi');
/**
 * A data action in the sentence that is not denied ("we do not place advertising cookies … and do not give …"). In
 * Chinese per comma-delimited clause; "不含 / 不包括" are not negations there ("（不含您的姓名）提供给该推广者" still provides).
 */
export function liveAction(sentence: string): boolean {
  // "will not share … without your consent" shares with consent: a condition, not a denial (as in purposeAt).
  if (CONSENT_CONDITION.test(sentence)) return ACTION.test(sentence);
  // "我们未接入任何第三方广告网络": the one action there is denied.
  if (/[\u4e00-\u9fff]/.test(sentence)) {
    ACTIONS.lastIndex = 0;
    for (let m = ACTIONS.exec(sentence); m; m = ACTIONS.exec(sentence)) if (!negatedInZhClause(sentence, m.index, m.index + m[0].length)) return true;
    // "我们不会与第三方共享您的浏览记录，用于统计分析的情形除外": the exception gives back the denied action for what it names —
    // not when what it names is the law or the reader's consent (those say nothing of a purpose).
    const exception = ZH_EXCEPTION_CLAUSE.exec(sentence);
    return exception !== null && !ZH_LAW_OR_CONSENT.test(exception[0]);
  }
  // "Do Not Track signals": the name of a browser signal is not an action of anyone's.
  const text = sentence.replace(/\bdo[- ]not[- ]track\b/gi, (m) => ' '.repeat(m.length));
  ACTIONS.lastIndex = 0;
  // Up to the end of the verb: the negation governs the action itself ("We do not send them to any outside tool").
  for (let m = ACTIONS.exec(text); m; m = ACTIONS.exec(text)) if (!negatedBefore(text, m.index + m[0].length)) return true;
  return false;
}
/** The recipient, when it stands in this sentence, as the subject of a denied verb or after "no": "Advertisers do not receive …". */
export function deniedInText(r: RegExpExecArray, context: string, text: string): boolean {
  if (!context.startsWith(text)) return false;
  return deniedAt(text, r.index, r.index + r[0].length) || deniedLater(text, r[0], r.index + r[0].length);
}
/** The party at [start, end) is the subject of a denied verb, or stands after "no" or after "no information … is passed to". */
function deniedAt(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, start - 80), start);
  return ((EN_SUBJECT_DENIED.test(after) || ZH_SUBJECT_DENIED.test(after)) && !onlyGetsTheRest(text.slice(end))) || NO_BEFORE.test(before.slice(-40))
    || NO_DATA_TO_BEFORE.test(before) || zhDeniedObject(text, before, after, end);
}
// "广告合作伙伴不会获得您的真实姓名，只会获得随机生成的广告标识符", "advertisers do not receive your name; they only receive an
// ad ID": the denial covers part of the data, the rest still goes to them — unless the rest is totals ("仅能获得…的总数").
const TOTALS = /^[^，。,.;；]{0,30}?(?:total|aggregate|summar|overall|count|总数|汇总|总量|統計|统计数据|整体)/i;
const ONLY_GETS = /^[^。.]{0,80}?(?:[，,；;：:]\s*(?:但|而|其|它们?|他们|提供商|合作伙伴|合作方)?(?:只|仅|僅)(?:会|能|可|将)?(?:获得|获取|接收|收到|得到|拿到|看到)|\b(?:they|it) (?:only|just) (?:receive|get|see|obtain)s?\b|\bonly (?:receive|get|see|obtain)s? (?:a|an|the|random|pseudonymous|hashed|aggregated?)\b)/i;
export function onlyGetsTheRest(after: string): boolean {
  const m = ONLY_GETS.exec(after);
  return m !== null && !TOTALS.test(after.slice(m.index + m[0].length));
}
// "这些日志不会提供给其他公司", "我们不会向第三方出售或提供…": the party is the object of a denied giving verb in its own clause.
const ZH_DENIED_GIVE_TO = /(?:不会|绝不|并不|从不|不得|不再|不)(?:会|主动)?(?:提供|共享|分享|披露|传输|传送|出售|转让|发送|透露|交)(?:给|予|至)$/;
// "此项分析不委托任何第三方进行", "未交由外部服务商处理": the party is who the work is not given to.
const ZH_DENIED_ENTRUST = /(?:不会|绝不|并不|从不|不得|不再|不|未)(?:会)?(?:委托|交由|交给|聘请|借助|依赖)(?:任何)?(?:的)?$/;
const ZH_DENIED_TOWARDS = /(?:不会|绝不|并不|从不|不得|不再)[^，。；,;]{0,10}?(?:向|与|和|同)$/;
const ZH_GIVE_AFTER = /^[^，。；,;]{0,24}?(?:提供|共享|分享|披露|传输|出售|转让|发送|透露)/;
/** Only the party's last mention in the sentence: "不会提供给第三方用于其营销，但会将去标识化数据提供给第三方…" still gives. */
function zhDeniedObject(text: string, before: string, after: string, end: number): boolean {
  if (!ZH_DENIED_GIVE_TO.test(before) && !ZH_DENIED_ENTRUST.test(before) && !(ZH_DENIED_TOWARDS.test(before) && ZH_GIVE_AFTER.test(after))) return false;
  const rest = text.slice(end).replace(/^[^，。；,;]*/, '');
  // "我们不会与第三方共享您的个人信息，除非是为了向您展示个性化广告": the exception is what they get it for (as "except" in English).
  return !/提供|共享|分享|披露|传输|出售|转让|发送/.test(rest) && !ZH_EXCEPTION_AFTER.test(rest);
}
const ZH_EXCEPTION_CLAUSE = /[，,]\s*(?:除非[^。；;]{2,40}|除了?(?!此之?外)[^。；;]{2,40}?(?:外|以外|之外)|但?[^，。；;]{2,40}?(?:除外|不在此限))/;
const ZH_LAW_OR_CONSENT = /法律|法规|监管|司法|行政|政府|同意|授权|许可|允许|要求/;
const ZH_EXCEPTION_AFTER = /^[，,]\s*(?:除非|除了?(?!此之?外)[^。；;]{2,40}?(?:外|以外|之外)|但[^。；;]{0,30}?(?:除外|不在此限))|^[，,][^。；;]{2,40}?(?:除外|不在此限)/;
/**
 * "本应用中的广告位由广告主购买，但广告主无法获取您的任何个人信息": the same party, named again later in the sentence, is the
 * subject of a denial — what the sentence says about it is that it gets nothing (its first mention is no data flow).
 */
export function deniedLater(text: string, party: string, from: number): boolean {
  // "…使用第三方广告平台投放我们的推广广告，但我们仅向其提供广告素材，不会向其提供任何用户的个人信息": nothing of anyone's goes to them.
  if (ZH_NOTHING_TO_THEM.test(text.slice(from))) return true;
  // Not when its first mention receives something in its own clause ("我们会向合作商家提供…汇总的经营数据，…商家无法获取单个用户的身份信息"):
  // then the later denial narrows what it gets — "广告主提供的静态图片" is the party giving, not receiving.
  if (!/^所?提供的/.test(text.slice(from)) && liveAction(clauseAround(text, from - party.length, from))) return false;
  const lower = text.toLowerCase();
  const word = party.toLowerCase();
  for (let i = lower.indexOf(word, from); i >= 0; i = lower.indexOf(word, i + word.length)) if (deniedAt(text, i, i + word.length)) return true;
  return false;
}
export const ZH_NOTHING_TO_THEM = /^[^。；;]{0,60}?[，,]\s*(?:但|而|且|并且)?(?:我们)?(?:仅[^，。；]{0,16}[，,])?(?:不会|绝不|并不|从不|不)再?(?:向|对)(?:其|他们|它们)(?:提供|共享|披露|传输|透露)[^，。；]{0,6}?任何/;

/**
 * "The ads you see on our website are sold directly by our own sales team to local businesses", "广告位由编辑部与广告主直接洽谈":
 * what is sold, booked or placed is the ad space, by the site itself — no data goes anywhere (unless the sentence
 * speaks of tracking or data too).
 */
export const SOLD_DIRECTLY = /\b(?:ads|adverts|advertisements|banners?(?: ads)?|(?:ad|advertising) (?:space|slots?|spots?|placements?))\b[^.;]{0,40}?\b(?:is|are)\s+(?:\w+\s+)?(?:sold|booked|bought|purchased|placed|chosen|selected|arranged)\s+(?:directly\b|by (?:our own\b|us\b|our (?:staff|team|editors|editorial)\b)|ourselves\b)|(?:广告|廣告|推广|推廣)(?:位|版位|版面|内容|內容)?(?:均|皆)?(?:由|係由)(?:我们|我們|本站|本刊|本社|本公司|编辑部|編輯部)[^，。；]{0,12}(?:直接|自行|自主|签约|簽約|洽谈|洽談)|直接(?:向|与|和)广告主(?:出售|销售|签约|洽谈)/i;
export const TRACKING_WORDS = /\b(?:cookies?|pixels?|tags?|beacons?|track\w*|collect\w*|identifiers?|profiles?|data|information|info)\b|Cookie|像素|追踪|跟踪|收集|标识符|信息|数据/i;
/** The comma-, semicolon- or sentence-delimited clause around [start, end). */
function clauseAround(text: string, start: number, end: number): string {
  const stops = /[,，;；。:：]/;
  let a = start;
  while (a > 0 && !stops.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !stops.test(text[b])) b++;
  return text.slice(a, b);
}
/** "no information about you is passed to the advertisers": the party receives nothing. */
const NO_DATA_TO_BEFORE = /\bno (?:\w+ ){0,2}?(?:information|data|details)\b[^.;]{0,40}?\b(?:is|are|will be|gets?|ever)\s+(?:ever\s+)?(?:passed|given|shared|sent|provided|disclosed|transferred|handed)\s+(?:on\s+)?(?:to|with)\s+(?:the\s+|our\s+|any\s+|its\s+)?(?:[\w-]+\s+){0,2}$|\b(?:pass|give|send|share|provide|disclose)(?:s|es)?\s+no\s+(?:\w+\s+){0,2}?(?:information|data|details)\b[^.;]{0,40}?\b(?:to|with)\s+(?:the\s+|our\s+|any\s+|its\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * "contains no advertising", "no third-party analytics": "no" as the determiner of the cue itself — also of a later
 * item of the same list ("no third-party analytics, advertising or session-recording scripts") — or a verb that took it
 * away ("we removed all advertising pixels", "we have switched off all third-party analytics").
 */
export const NO_BEFORE = /\b(?:no|without)\s+(?:[\w-]+,?\s+(?:(?:and|or)\s+)?){0,6}$|\bnone of (?:them|these|those|the [\w-]+)\s+(?:come|comes|came|are|is|were)\s+(?:from|by|supplied by|provided by)\s+(?:[\w-]+\s+){0,2}$|\b(?:switched off|turned off|disabled|removed|stopped using|got rid of|eliminated|dropped|deleted)\s+(?!(?:to|so|in order)\b)(?:(?:all|any|every|the|our|its|their)\s+)?(?:[\w-]+,?\s+(?:(?:and|or)\s+)?){0,3}$/i;

/**
 * "we will not share … for marketing purposes without your consent": a condition, not a denial. So is a denial on the
 * visitor's refusal ("If you close the banner without choosing, we treat this as a refusal, and neither our statistics
 * provider nor our advertising partners will receive any data", "When your browser sends a Do Not Track signal, we do not
 * load the tags our advertising partners use", "如您拒绝，我们不会向广告合作方提供…") and one on a choice of the reader's
 * ("If you tap 'Ask App Not to Track', we will not …", "如您选择…，我们将不会…"): they say what happens otherwise. Not a denial
 * for one group of readers (children, a region): labellers read those both ways.
 */
const CONSENT_CONDITION_RE = /^\s*(?:if|when|once) you (?:choose|select|turn|switch|opt|tap|pick)\b[^,;.]{0,80},|^\s*(?:如果?|若|假如|倘若|当|當)(?:您|你)(?:选择|選擇|开启|開啟|关闭|關閉)[^，。；]{0,30}[，,]|\b(?:if|when|once|where|should) (?:you|your browser|your device) (?:refuse|decline|say no|reject|opt out|object|withdraw|turn (?:it |them |this )?off|switch (?:it |them |this )?off|disable|close [^.;]{0,40}?without|sends? (?:a |the |an )?(?:do not track|DNT|global privacy control|GPC|opt-out)|(?:do not|don['’]t) (?:consent|agree|accept|opt in|give (?:us )?(?:your )?consent))\b|\btreat(?:s|ed)? (?:this |it |that )?as (?:a )?refusal\b|\bwhat (?:changes|happens) if you (?:say no|refuse|decline|opt out|reject)\b|(?:如果?|若|当|當)(?:您|你)(?:拒绝|拒絕|不同意|关闭|關閉|撤回|选择退出|選擇退出|未授权|未授權|不授权|不授權|未同意)|\bwithout (?:your|their|(?:the |a )?(?:user|customer|client|member|visitor|consumer|individual|data subject|person|patient|student|parent)['’]s|his or her|first obtaining your) (?:prior |express |explicit |affirmative )?(?:consent|permission|authori[sz]ation)|\bunless you (?:consent|agree|opt in)|\b(?:until|before) you (?:have )?(?:consent(?:ed)?|agree[ds]?|accept(?:ed)?|opt(?:ed)? in)\b|未经您(?:的)?(?:同意|授权|许可|允许)|在您(?:阅读并)?(?:同意|授权)[^，。；]{0,16}?(?:前|之前)|(?:获得|取得|征得)您的?(?:同意|授权)(?:前|之前)|除非(?:您|你)[^，。；]{0,30}?(?:开启|打开|同意|授权|允许|选择加入)|除非(?:获得|取得|征得|经)(?:您的?)?(?:同意|授权|许可)|\bunless you (?:turn on|switch on|enable|allow|choose to)\b/i;
/** Asked of the same sentence for each of its nouns and recipients: remembered, as outside-party.ts remembers RECIPIENT. */
const consentSeen = new Map<string, boolean>();
export const CONSENT_CONDITION = {
  test(text: string): boolean {
    let r = consentSeen.get(text);
    if (r === undefined) {
      if (consentSeen.size >= 4096) consentSeen.clear();
      consentSeen.set(text, (r = CONSENT_CONDITION_RE.test(text)));
    }
    return r;
  },
};

/** "跳转至广告主页面，此后适用广告主的隐私政策", "the advertiser's website": a place of theirs the visitor may go to, not data they get. */
export const THEIR_PLACE_AFTER = /^(?:的)?(?:页面|网站|网页|落地页|主页|官网|隐私政策|应用)|^(?:自身|自己)的?(?:规则|政策|隐私政策|条款|规定)|^(?:按照|依照|根据)其(?:自身|自己)?的?(?:隐私政策|规则|条款|规定)|^['’]s?\s+(?:own\s+)?(?:web ?sites?|web ?pages?|pages?|sites?|privacy polic(?:y|ies)|terms|rules)\b/i;

/** The first mention of a kind that, by `discloses`, says the kind is there (a later one may, where the first is denied). */
export function firstDisclosingNoun(noun: RegExp, text: string, discloses: (m: RegExpExecArray) => boolean): RegExpExecArray | null {
  noun.lastIndex = 0;
  for (let m = noun.exec(text); m; m = noun.exec(text)) {
    if (discloses(m)) return m;
    if (m[0].length === 0) noun.lastIndex++;
  }
  return null;
}

/** An opt-out of selling or sharing is a disclosure only where the sentence does not deny both ("do not sell or share", "do not engage in either"). */
const OPT_OUT_LABEL = /\bopt|\bdo not sell|^(?:请勿|不要|不)(?:出售|销售)/i;
const DENIES_SALE = /\bwe (?:do|will) not (?:sell or share|engage in (?:either|any|such|these|those|that))\b|\bwe neither sell nor share\b|\bnothing to opt out of\b|我们(?:并)?(?:不会?|从不|没有|未)(?:出售|销售)(?:或|及|和|或者)?(?:共享|分享)?(?:任何|您的)?个人(?:信息|数据|资料)|我们既不(?:出售|销售)也不(?:共享|分享)/i;
export const optOutDenied = (cue: string, text: string) => OPT_OUT_LABEL.test(cue) && DENIES_SALE.test(text);
