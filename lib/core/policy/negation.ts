/**
 * Is a mention negated by the sentence around it? "We do not share your data with Google" is a
 * promise (a Claim), not a disclosure. We only call something negated when a negation word
 * governs one of the *relevant* verbs (share, sell, use, collect …) in the same clause before the
 * mention — so "we do not control how Google uses data" or "if you do not want Google Analytics
 * to …" keep the mention.
 */

// The exception words end a denial's reach as "except" does: "we do not share it with third parties, apart from the
// heatmap tools that record …" gives to the tools; so does a Chinese clause that ends in 除外 ("…，用于统计分析的情形除外").
const CLAUSE_BREAK = /[;:；：。!?！？\u2029]|\b(?:but|however|except|unless|other than|although|whereas|apart from|aside from|save for|save that|barring|excluding|with the exception of)\b|但是|但|除非|然而/gi;
/** A Chinese clause that ends in 除外 / 不在此限, read from the comma that opens it. */
const ZH_EXCEPTION_TAIL = /^[^，,。；;]{2,40}?(?:除外|不在此限)/;

// "no / none / nor / neither" count too: "No personal information is shared with Facebook",
// "none of your data is sold to …", "nor do we share it with Google".
const NEG_EN = /\b(?:do not|does not|did not|don't|doesn't|didn't|will not|won't|shall not|would not|never|cannot|can't|not|no longer|no|nothing|none(?: of)?|nor(?: do| does| will)?(?: we)?|neither|(?:barred|prohibited|forbidden|precluded) from)\b/gi;

/** Verbs whose negation turns a mention into a promise. */
export const NEGATABLE_VERBS =
  /^\s*(?:\w+\s+){0,3}?(?:shar(?:e|ing)|sell|rent|carry|receive|disclose|use|collect|(?:buy|purchase|acquire)\s+(?:[\w'’-]+\s+){0,6}?from\b|provide|transfer|trade|work with|partner|participate|take part|licen[cs]e|paste|allow|permit|employ|engage|track|show|display|serve|deliver|store|ask|request|require|gather|obtain|record|log|capture|retain|pass|send|give|knowingly|intentionally|directly|include|submit|contain|post|upload|enter|sold|sent|embed|load|transmit|place|set|run|install|deploy|let|using|made|make|keep|host|integrat|incorporat|implement|utili[sz]|put|add|insert|plant|connect|join|look|analy[sz]|monitor|measur|watch|profil)/i;

const NO_SUBJECT_PASSIVE =
  /^\s*(?:[\w'’-]+\s+){1,7}?(?:is|are|was|were|will be|would be|gets|get|may be|can be|shall be)\s+(?:ever\s+|then\s+|otherwise\s+)?(?:shared|sold|rented|disclosed|transferred|provided|passed|sent|given|transmitted|uploaded|made available)\b/i;

/** "If you would rather your visits were not included in the reports …": the user's wish, not the site's promise. */
const PREFERENCE_BEFORE = /\bif (?:you|users?|visitors?) (?:would )?(?:rather|prefer)\b[^.;]{0,40}$/i;
const CONDITIONAL_BEFORE = /\b(?:if|unless|whether|when|where|until|in case|should)\s+(?:you|users?|visitors?|or)?\s*(?:\w+\s+){0,2}$/i;
const USER_SUBJECT_BEFORE = /\b(?:you|users?|visitors?|browsers?)\s+(?:\w+\s+)?$|\b(?:you|users?|visitors?)\s+(?:can|may|could|might)\s+(?:choose|chose|opt|elect|decide|prefer|ask)\s+$/i;
const NOT_A_NEGATION_AFTER = /^\s*(?:only|limited|just|necessarily|all|always|want|wish|agree|consent|accept|required|allowed|otherwise|available|responsible)\b/i;

const DNT_NAME_AFTER = /^[- ]track\b/i;
const DNT_WHAT_AFTER = /^[- ]track["”'’)）]?\s*(?:\(DNT\)|["”'’]|（|signals?|settings?|mechanisms?|requests?|headers?|preferences?|features?|options?|standards?|browser)/i;

/** "不响应浏览器的“禁止追踪”信号": the signal's name ends the match; nothing is denied. */
const ZH_DNT_NAME = /(?:禁止|请勿|不要)(?:追踪|跟踪)$/;

/** "以无法识别个人的方式提供", "不可识别的统计数据": data that cannot identify anyone, an adjective, not a denial of the verb. */
const UNIDENTIFIABLE = String.raw`(?:直接)?(?:识别|辨识|辨别|关联|追溯|还原|复原)`;
const NEG_ZH = new RegExp(String.raw`(?:不会|绝不|不得|并不|从不|(?<![您你]|阁下|选择|决定)不(?!希望|愿意|想|含(?!有?任何)|包括|[可能]${UNIDENTIFIABLE}))(?:主动|会|向|与|对外|再)*[^，。；,;]{0,12}?(?:共享|出售|售卖|转让|收集|提供|披露|使用|追踪|记录|回传|传回|转交)`, 'g');
/**
 * Within one comma-delimited clause (negatedInZhClause) the negation may stand further from its verb ("不会向百度、
 * 腾讯、阿里巴巴等任何第三方出售"), and "没有 / 未 / 无需" deny too ("本网站没有嵌入任何第三方广告代码", "未调用百度的搜索接口",
 * "无需提供您的京东账号", "网页中不包含任何第三方广告代码", "我们不开展任何定向广告") — not "未经" (a condition),
 * "未来 / 未满 / 未成年", a 未 clause describing a noun ("长期未登录的用户"), "如果您没有…" / "如阁下不希望…" (the user; 阁下 is Hong Kong's formal "you"), or "不同 / 不断 / 不定期 / 不时 /
 * 不限于".
 */
const NEG_ZH_CLAUSE = new RegExp(String.raw`(?:不会|绝不|不得|无权|(?<![您你]|阁下|可以)禁止|并不|从不|不再|无法(?!${UNIDENTIFIABLE})|无需|无须|并无|均无|(?<![您你在如若果]|阁下)没有|(?<![您你在如若果淹埋出沉隐]|阁下)没(?=[装用接放加设])(?!用户)|未(?!经|满|成年|来|知|婚|[\u4e00-\u9fff]{1,4}的(?:用户|会员|客户|访客|读者|玩家|人群|账号|账户|帐号|订单|消息|商品|设备))|(?<![您你]|阁下|选择|决定)不(?![同断定时限仅但过足含包]|[可能]${UNIDENTIFIABLE}))(?:主动|会|向|与|对外|再|曾)*[^，。；,;]{0,40}?(?:共享|出售|售卖|出租|转让|交给|交由|转给|涉及|收集|提供|披露|使用|追踪|记录|回传|传回|转交|连接|对接|嵌入|接入|集成|部署|加载|依赖|传输|发送|获取|合作|允许|推送|放置|利用|支持|开通|预装|安装|装|搭载|授权|调用|读取|上传|访问|经过|开展|从事|录制|录屏|分享|交换|透露|转交|写入|设置|容许|内置|用于|用作|借助|委托|聘请|引入|传送|传递|外传|刊登)|不(?:包含|含有)任何|(?<![（(])不含(?:任何)?(?:第三方|外部|广告|统计)|(?<![您你在如若果]|阁下)(?:没有|并无|均无)(?:任何)?(?:第三方|外部)?(?:的)?(?:广告|统计|分析|追踪|跟踪|监测)`, 'g');

/**
 * "If you withdraw your consent, we will no longer provide your usage logs to analytics providers", "关闭后，第三方广告合作方
 * 将无法使用您的设备标识", "撤回后，我们将不再向第三方数据分析服务商提供您的使用日志": what stops once the user opts out
 * describes the opted-out state, so it happens until then — a disclosure, not a denial.
 */
const USER_CHOICE_BEFORE = /\b(?:if|once|after|when|while)\s+(?:it|this|that|the (?:setting|switch|toggle|option|feature))\s+is\s+(?:off|turned off|switched off|disabled)\b|\b(?:if|once|after|when|where|should)\s+(?:you|users?|visitors?)\b[^.;:!?]{0,60}?\b(?:withdraw|opt(?:s|ed)?[- ]out|object|turn(?:s|ed)?\s+(?:\w+\s+){0,3}?off|disable|switch(?:es|ed)?\s+(?:\w+\s+){0,3}?off|unsubscribe|revoke|decline|reject|deactivate|untick|uncheck|(?:tap|click|select|choose|press)\w*\s+[\"“‘']?(?:ask app not to track|reject all|decline all|opt out|do not sell))|(?:撤回|关闭|退出|取消授权|拒绝|撤销)[^。；;！？!?]{0,20}?(?:后|之后|以后)|(?:如果?|若|一旦|当)您?[^。；;！？!?]{0,20}?(?:撤回|关闭|退出|取消授权|拒绝|撤销)|\b(?:if|when|whenever|where|once|while)\b[^.;:!?]{0,40}?\b(?:Do[- ]Not[- ]Track|DNT|Global Privacy Control|GPC|opt-out (?:preference )?signals?|(?:sends?|transmits?) (?:the|this|that|such an?|an?) signal)\b|\b(?:if|when|unless)\s+you\s+(?:do not|don['’]t)\s+(?:consent|agree|accept)\b|\bif you say no\b|(?:DNT|请勿追踪|全球隐私控制|GPC)[^。；;！？!?]{0,30}?(?:时|后)[，,]|检测到[^。；;！？!?]{0,12}?信号时|(?:如果?|若|当)?您?选择[“"「]?(?:要求\s?App\s?不跟踪|不允许|拒绝)/i;
const stopsAfterChoice = (sentence: string, at: number): boolean => USER_CHOICE_BEFORE.test(sentence.slice(Math.max(0, at - 160), at));

/** A sentence that opens with the user's refusal and a comma: "If you reject cookies in our banner, …". */
const CHOICE_OPENING = /^\s*(?:(?:if|once|after|when|should)\s+(?:you|users?|visitors?)\b[^.;:!?,]{0,80}?\b(?:withdraw|opt(?:s|ed)?[- ]out|object|turn(?:s|ed)?\s+(?:\w+\s+){0,3}?off|disable|switch(?:es|ed)?\s+(?:\w+\s+){0,3}?off|unsubscribe|revoke|decline|reject|deactivate|untick|uncheck)\b|\b(?:when|while|if|once|after|in)\s+(?:you\s+(?:turn on|switch on|switch to|enable|activate|use|choose)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:youth|teen|kids?|child(?:ren)?['’]?s?|basic|restricted|limited|guest)\s+mode\b(?:\s+(?:is\s+)?(?:on|enabled|active|switched on|turned on))?)[^.;:!?,]{0,80},\s*/i;
const NEGATION_WORDS: Array<[RegExp, (w: string) => string]> = [
  [/\b(?:no longer|no|not|never|none of)\b/gi, (w) => ' '.repeat(w.length)],
  [/\b(?:won't|don't|doesn't|can't|cannot)\b/gi, (w) => ({ "won't": 'will ', "don't": 'do   ', "doesn't": 'does   ', "can't": 'can  ', cannot: 'can   ' } as Record<string, string>)[w.toLowerCase()] ?? w],
];
/**
 * "切换到基本功能模式后，App将不再加载第三方统计与广告SDK", "When youth mode is on, … we will not provide any information about the
 * minor to third parties for advertising": what a restricted mode switches off happens in the ordinary one. For the category
 * reader only (affirmedAfterChoice): whether it names the companies it lists is read as written (policies' readers differ).
 */
// Only the switch ("开启…模式后"), not "儿童模式下，我们不会…": a statement about the mode itself, which readers (and our labels) take as
// a promise to children, not as news about the ordinary mode.
const ZH_MODE_OPENING = /^\s*(?:(?:切换(?:到|至)|开启|启用|进入|打开)[^，。；,;]{0,12}?模式(?:后|之后)|(?:青少年|未成年人|儿童|基本功能|基础功能|访客)模式开启后)[，,]\s*/;
// Only after the box itself: the link "Do Not Sell or Share My Personal Information" is read as the opt-out it is.
const READER_REQUEST = /^(\s*(?:[☐□■▢❑]|\[ ?\])\s*(?:please\s+)?)(do not|don['’]t)(?=\s+(?:share|sell|disclose|allow|let|use|give)\b[^.;]{0,80}\b(?:my|me)\b)/i;
/**
 * "If you reject cookies in our banner, no advertising or measurement tags will load": what stops when the user says no
 * happens until they do, so the main clause is read without its negation — a disclosure of those tags. Same length, so
 * every offset and quote holds. Not "…, we will still not share …", which says nothing of the default.
 */
export function affirmedAfterChoice(sentence: string): string {
  // "☐ Do not share my personal information with nonaffiliates to market to me": a box the reader ticks to stop what
  // otherwise happens — the request's "Do not" is the reader's, not the site's.
  const request = READER_REQUEST.exec(sentence);
  if (request) return sentence.slice(0, request.index + request[1].length) + ' '.repeat(request[2].length) + sentence.slice(request.index + request[0].length);
  const zh = ZH_MODE_OPENING.exec(sentence);
  if (zh) return zh[0] + sentence.slice(zh[0].length).replace(/不再|不会|不/g, (w) => ' '.repeat(w.length));
  const m = CHOICE_OPENING.exec(sentence);
  if (!m) return sentence;
  const rest = sentence.slice(m[0].length);
  // "…, we will still not share …", "…, we do not share it either": the denial holds either way ("you will still see ads, but …" is no denial).
  if (/\b(?:still|even then|in any case|regardless)\b[^,.;]{0,20}?\b(?:not|no|never)\b|\bnot\b[^.;]{0,60}\beither\b/i.test(rest)) return sentence;
  return m[0] + NEGATION_WORDS.reduce((t, [re, f]) => t.replace(re, f), rest);
}

/**
 * A denying lead whose own clause is not the sentence's news (36th session), blanked so the rest is read on its own:
 * - a concessive opening clause: "Although we do not track you across websites ourselves, the social media buttons on our
 *   pages … use this to show you ads" — the main clause says what happens;
 * - a Chinese exception lead: "除下列情形外，我们不会向任何第三方提供您的个人信息：为衡量…广告效果，…像素代码…回传给该平台" — what
 *   follows the colon is the exception, which happens (English "except in the following cases:" is read by the negation
 *   reader's clause breaks already).
 * Only a lead that denies: "Although advertisers may set cookies, …" states a fact of its own. Same length, so offsets and
 * quotes hold.
 */
const DENYING_LEADS = [
  /^\s*(?:(?:although|though|even though|while|whereas)\b|虽然|尽管|雖然|儘管)[^,;，；。.]{0,160}[,，]\s*/i,
  /^[^：:。；]{0,10}?除(?:了)?(?:下列|以下|如下|下述)[^，,：:。；]{0,8}?(?:外|以外|之外)[^：:。；]{0,60}[：:]\s*/,
];
export function withoutDenyingLead(sentence: string): string {
  for (const re of DENYING_LEADS) {
    const m = re.exec(sentence);
    if (m && deniesAnything(m[0])) return ' '.repeat(m[0].length) + sentence.slice(m[0].length);
  }
  return sentence;
}

/**
 * "What changes if you say no?" over "We simply won't send usage events to our analytics provider", "If you do not consent
 * to cookies, the following will NOT happen:" over "- advertising networks will not receive your browsing data": the
 * refusal stands in the section's title or the list's lead-in, so the denials under it say what happens until the reader
 * refuses — read as affirmedAfterChoice reads "If you reject cookies, no advertising tags will load" (36th session). The
 * titles are asked for only when the sentence denies something. Not "…, we still do not share …".
 */
const STILL_NOT = /\b(?:still|even then|in any case|regardless)\b[^,.;]{0,20}?\b(?:not|no|never)\b|\bnot\b[^.;]{0,60}\beither\b|仍(?:然)?(?:不会|不)|无论/i;
const ANY_NEGATION = /\b(?:no|not|never|none|won't|don't|doesn't|can't|cannot)\b|不再|不会/i;
export function affirmedUnderChoice(sentence: string, titles: () => readonly string[]): string {
  if (!ANY_NEGATION.test(sentence) || STILL_NOT.test(sentence)) return sentence;
  if (!titles().some((t) => t.length <= 160 && USER_CHOICE_BEFORE.test(t))) return sentence;
  if (/[\u4e00-\u9fff]/.test(sentence)) return sentence.replace(/不再|不会/g, (w) => ' '.repeat(w.length));
  return NEGATION_WORDS.reduce((t, [re, f]) => t.replace(re, f), sentence);
}

/**
 * "We do not allow third-party ad networks … to collect information on the parts of our service directed to children":
 * the promise is about those parts only, and says they do collect on the rest — not a denial of the site as a whole.
 */
const CHILDREN_PARTS_AFTER = /^[^.;]{0,80}?\b(?:on|in|from|within)\s+(?:the\s+)?(?:parts?|portions?|sections?|areas?|pages?|features?|versions?)\s+of\s+(?:our|the|this)\s+(?:[\w-]+\s+){0,2}?(?:that\s+(?:are|is)\s+)?(?:directed|aimed|targeted|intended|designed|made)\s+(?:to|at|for)\s+(?:children|kids|minors|young)/i;

const EXCEPT_BEFORE = /除(?:了)?[^。；;]{1,50}?(?:外|以外|之外)[，,]\s*$/;

/** The part of `sentence` before `pos` that belongs to the same clause. */
export function clauseBefore(sentence: string, pos: number): string {
  const from = Math.max(0, pos - 300);
  // "We do not, however, use …": right after "not", ", however," is a parenthetical, not a break. (Elsewhere it may
  // join two clauses — "We do not sell your data, however, we share it with partners" — and stays a break.)
  const head = sentence.slice(from, pos).replace(/(\bnot)\s*,\s*(?:however|therefore)\s*,/gi, (m, not: string) => not + ' '.repeat(m.length - not.length));
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(head); m; m = CLAUSE_BREAK.exec(head)) cut = m.index + m[0].length;
  for (let i = head.lastIndexOf('，'); i >= cut; i = head.lastIndexOf('，', i - 1)) {
    if (ZH_EXCEPTION_TAIL.test(sentence.slice(from + i + 1))) { cut = i + 1; break; }
    if (i === 0) break;
  }
  return head.slice(cut);
}

// A bracket closed before the mention says something of its own: "百度地图（本应用不使用高德地图），隐私号码服务由中国联通提供".
const CLOSED_BRACKETS = /（[^（）]*）|\([^()]*\)/g;
/**
 * `text` with every bracket that closes inside it blanked (innermost first, so nested ones go too) — not a bracket that
 * ends the lead-in ("…设置页面（这些平台与本网站无合作关系）：\n- Google …"): that one speaks of what follows.
 */
function blankClosedBrackets(text: string): string {
  // Most clauses have no closing bracket at all: no replace pass for them.
  if (!/[)）]/.test(text)) return text;
  for (let prev = ''; prev !== text;) {
    prev = text;
    text = text.replace(CLOSED_BRACKETS, (b, at: number, all: string) => /^[\s:：，,。；;]*$/.test(all.slice(at + b.length)) ? b : ' '.repeat(b.length));
  }
  return text;
}
/**
 * Chinese words with 不 / 没 that deny nothing (34th session), blanked (same length) before any Chinese negation is read:
 * "经不可逆加密", "不同年龄段", "不断", "不定期", "不时", "效果不佳", "太长不看版", and the A-not-A questions "是不是",
 * "有没有", "会不会" ("用来确认这次点击有没有带来报名").
 */
const ZH_NOT_A_NEGATION = /不可逆|不同(?!意)|不断|不定期|不时|不佳|不错|太长不看|([\u4e00-\u9fff])[不没]\1/g;
export function maskZhNonNegations(text: string): string {
  if (!/[不没]/.test(text)) return text;
  return text.replace(ZH_NOT_A_NEGATION, (w) => ' '.repeat(w.length));
}

/**
 * Negations that limit what someone can SEE of the reader, not what is done with the data (35th session): "我们只能看到汇总
 * 数字，看不到你是谁", "不显示任何访客的身份信息", "we tell sponsors how many readers clicked, but not who", "we can't see your
 * name". They reassure about identity inside a sentence that discloses a flow; read as denials, they hid that flow from
 * the learned reader (category-model.ts), which skips every sentence that denies anything. Blanked (same length) there
 * only — a denial of the flow itself ("品牌商不会获得您的任何个人信息", "we do not share your name") is not matched: the
 * verbs here are of seeing, knowing and showing, never of giving or receiving.
 */
const IDENTITY_LIMIT = new RegExp([
  String.raw`(?:看不到|看不见|无从|无法|不能|不会|没(?:有)?办法|也没办法|不可能)[、，,\s]*(?:也没办法)?(?:知道|看到|得知|获知|识别|辨认|辨别|查看|确定)?[^，。；,;]{0,12}?(?:是谁|身份|姓名|名字|具体(?:的)?(?:读者|用户|访客|个人|某人)|哪(?:一)?位)`,
  String.raw`(?:不|并不|均不|都不)(?:会)?(?:显示|包含|包括|含有|涉及|关联|展示)[^，。；,;]{0,10}?(?:身份|姓名|名字|能够?识别[^，。；,;]{0,6}?(?:身份|个人)|个人身份)`,
  String.raw`\bbut not (?:who|which (?:readers?|visitors?|users?|people|person|customers?|listeners?|viewers?)|(?:your|their) (?:names?|identit(?:y|ies)))\b`,
  String.raw`\b(?:can(?:no|')t|cannot|can not|do(?:es)?n['’]t|do(?:es)? not|never|not able to|unable to)\s+(?:see|know|tell|learn|find out|identify|work out)\s+(?:who\b|(?:your|their|any (?:reader|visitor|user)['’]s) (?:names?|identit(?:y|ies))\b|which (?:readers?|visitors?|users?|person|people|customers?)\b)`,
].join('|'), 'gi');
export function maskIdentityLimits(text: string): string {
  return text.replace(IDENTITY_LIMIT, (w) => ' '.repeat(w.length));
}

/** True when a relevant verb before `pos` (same clause) is negated by the policy's author. */
export function negatedBefore(sentence: string, pos: number): boolean {
  sentence = maskZhNonNegations(sentence);
  const clause = blankClosedBrackets(clauseBefore(sentence, pos));
  NEG_EN.lastIndex = 0;
  for (let m = NEG_EN.exec(clause); m; m = NEG_EN.exec(clause)) {
    const before = clause.slice(Math.max(0, m.index - 40), m.index);
    const after = clause.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (CONDITIONAL_BEFORE.test(before) || USER_SUBJECT_BEFORE.test(before) || PREFERENCE_BEFORE.test(before)) continue;
    if (NOT_A_NEGATION_AFTER.test(after)) continue;
    if (stopsAfterChoice(sentence, pos - clause.length + m.index) || CHILDREN_PARTS_AFTER.test(sentence.slice(pos))) continue;
    // "Ask App Not to Track" is the name of Apple's prompt, not the author saying they do not track.
    if (/^not$/i.test(m[0]) && /\bask app\s*$/i.test(before)) continue;
    // "Do Not Track" is the name of a browser signal, not the author saying they do not track — written as a name
    // (capitalised, quoted) or followed by what it is ("do not track signals"); "we do not track, plant cookies …" is not.
    if ((/^do[- ]not$/i.test(m[0]) || /\bdo[- ]$/i.test(clause.slice(Math.max(0, m.index - 3), m.index))) && DNT_NAME_AFTER.test(after)
      && (/^Do[- ]Not$|^Not$/.test(m[0]) || DNT_WHAT_AFTER.test(after))) continue;
    // The CCPA link "Do Not Sell or Share My Personal Information" is a name too (capitalised as one).
    if (/^Do[- ]Not$/.test(m[0]) && /^[- ]Sell\b/.test(after)) continue;
    if (NEGATABLE_VERBS.test(after)) return true;
    // "no data from those profiles is shared with …": a "no" subject may be a longer noun phrase before its passive verb.
    if (/^(?:no|none(?: of)?|nothing)$/i.test(m[0]) && NO_SUBJECT_PASSIVE.test(after)) return true;
  }
  NEG_ZH.lastIndex = 0;
  for (let m = NEG_ZH.exec(clause); m; m = NEG_ZH.exec(clause)) {
    // "未经您同意" / "不限于" are conditions and lists, not promises; NEG_ZH already needs a verb.
    if (!/不限于/.test(m[0]) && !ZH_DNT_NAME.test(m[0]) && !stopsAfterChoice(sentence, pos - clause.length + m.index)) return true;
  }
  return false;
}

/**
 * Chinese puts the verb after its object ("我们不会向广告主提供…"): a mention is negated when a negation before it
 * governs a sharing verb anywhere in the same comma-delimited clause, before or after the mention.
 */
export function negatedInZhClause(sentence: string, start: number, end: number): boolean {
  sentence = maskZhNonNegations(sentence);
  // A bracket closed before the mention is blanked first, with its commas: "神策分析SDK（私有化部署，…无法访问）、GrowingIO".
  const head = blankClosedBrackets(sentence.slice(0, start));
  const from = Math.max(0, head.search(/[^，。；,;！？!?]*$/));
  const rest = sentence.slice(end);
  // "无论是统计分析、广告还是会话录制，我们均不使用第三方服务": a 无论 / 不论 / 不管 clause is the topic of the next one, which
  // says what happens to it — there the negation comes after the mention.
  const topic = /^[^，。；,;]{0,4}(?:无论|不论|不管)/.test(sentence.slice(from, end));
  const tail = (topic ? /^[^。；;！？!?]*/ : /^[^，。；,;！？!?]*/).exec(rest)?.[0] ?? '';
  const clause = head.slice(from) + sentence.slice(start, end) + tail;
  // "除完成支付所必需的订单号与金额外，我们不会向微信支付提供您的其他个人信息": apart from the exception, so the exception is given.
  // Not "除此之外，我们不会…向其他公司提供": other companies are the recipients the denial is about, not other data.
  if (EXCEPT_BEFORE.test(sentence.slice(Math.max(0, from - 60), from)) && /(?:其他|其余|其它)(?!的?(?:公司|企业|组织|机构|第三方|合作|平台))/.test(clause)) return false;
  NEG_ZH_CLAUSE.lastIndex = 0;
  for (let m = NEG_ZH_CLAUSE.exec(clause); m; m = NEG_ZH_CLAUSE.exec(clause)) if (!/不限于/.test(m[0]) && !ZH_DNT_NAME.test(m[0]) && (topic || from + m.index < start) && !stopsAfterChoice(sentence, from + m.index)) return true;
  return deniedAroundBracket(sentence, head, from, start, end);
}

/**
 * "我们不会向数据经纪商（例如 Acxiom、Experian）出售您的个人信息": a mention in brackets is an example of the kind the clause
 * around the brackets denies — read that clause without them.
 */
function deniedAroundBracket(sentence: string, head: string, from: number, start: number, end: number): boolean {
  const open = Math.max(sentence.lastIndexOf('（', start), sentence.lastIndexOf('(', start));
  if (open < from || /[）)]/.test(sentence.slice(open, start))) return false;
  const close = sentence.slice(end).search(/[）)]/);
  if (close < 0) return false;
  const after = sentence.slice(end + close + 1);
  // Before the brackets, other brackets already closed stay blanked (`head`): their own denials are theirs.
  const outside = head.slice(from, open) + (/^[^。；;！？!?]*/.exec(after)?.[0] ?? '');
  NEG_ZH_CLAUSE.lastIndex = 0;
  const m = NEG_ZH_CLAUSE.exec(outside);
  return m !== null && m.index < open - from && !/不限于/.test(m[0]) && !ZH_DNT_NAME.test(m[0]);
}

/**
 * Any Chinese negation of a verb, whatever the verb ("本网站不投放任何广告", "并无第三方统计", "合作伙伴无权将…用于其他用途"), not 不同 /
 * 不断 / 如您不….
 */
const ZH_ANY_NEGATION = new RegExp(String.raw`不会|绝不|不得|并不|从不|不再|无权|(?<![您你在如若果]|阁下)没有|(?<![您你]|阁下|选择|决定)不(?![同断定时限仅但过足含包]|[可能]${UNIDENTIFIABLE})|不(?:包含|含有)任何|无任何|并无|均无|毫无`);

/**
 * Does the sentence deny anything the site does by default? As deniesAnything, but a negation that only says what stops
 * once the reader chooses ("If you reject cookies, no advertising tags load", "当检测到DNT信号时，我们不会加载任何第三方统计或
 * 广告脚本") is not one: it describes what happens until then. The learned category reader reads such a sentence.
 */
const NEG_ZH_ANY_ALL = new RegExp(ZH_ANY_NEGATION.source, 'g');
const USER_CHOICES = new RegExp(USER_CHOICE_BEFORE.source, 'gi');
export function deniesByDefault(text: string): boolean {
  text = maskZhNonNegations(text);
  // "Do Not Track", "Do Not Sell or Share" are names of signals and links, not negations (blanked, same length).
  // Capitalised or hyphenated only: "we do not sell your data" stays a denial.
  const sentence = text.replace(/\b(?:Do Not (?:Track|Sell)|Do-Not-(?:Track|Sell)|do-not-(?:track|sell))\b/g, (w) => ' '.repeat(w.length));
  // Where the reader's choices start: a negation inside one ("if you do not consent") or up to 200 characters after it
  // is about the chosen state.
  const choices: number[] = [];
  USER_CHOICES.lastIndex = 0;
  for (let m = USER_CHOICES.exec(text); m; m = USER_CHOICES.exec(text)) choices.push(m.index);
  const chosen = (at: number) => choices.some((c) => c <= at && at - c <= 200);
  for (const re of [NEG_EN, NEG_ZH_CLAUSE, NEG_ZH_ANY_ALL, TAKEN_AWAY_ALL]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) if (!chosen(m.index)) return true;
  }
  return false;
}

/**
 * Does the sentence deny anything at all (an English negation word, or a Chinese negation governing a verb)? Coarse on
 * purpose: the learned category reader (category-model.ts) skips such sentences, so a denial can never be its quote.
 */
export function deniesAnything(sentence: string): boolean {
  sentence = maskZhNonNegations(sentence);
  NEG_EN.lastIndex = 0;
  NEG_ZH_CLAUSE.lastIndex = 0;
  return NEG_EN.test(sentence) || NEG_ZH_CLAUSE.test(sentence) || ZH_ANY_NEGATION.test(sentence) || TAKEN_AWAY.test(sentence);
}

/** "We have switched off all third-party analytics", "已移除第三方统计SDK": what is described is no longer there. */
const TAKEN_AWAY = /\b(?:switched off|turned off|removed|stopped using|got rid of|eliminated|discontinued)\b|移除|停用|下线|已删除/i;
const TAKEN_AWAY_ALL = new RegExp(TAKEN_AWAY.source, 'gi');

