/**
 * Who a record says receives the data when a field says so and no verb does (34th session): a processing table's
 * "Recipients" column ("Retargeting | advertising networks | consent" under "Processing activity | Recipients | Legal
 * basis"), a provision notice's "Recipient: partner insurance company" with "Purpose of use by recipient: telemarketing"
 * on the lines around it (the Korean, Japanese and GDPR Art. 13 layouts), and an SDK record written on one line
 * ("使用目的：…｜提供方类型：第三方营销技术服务商"). The field's title is the verb: a recipient column means the row's data
 * goes to what its cell names. For the category reader (categories.ts), which reads the purpose from the whole record.
 */
import { RECIPIENT_TITLE } from './line-kinds.ts';
import { deniesAnything } from './negation.ts';
import { RECIPIENT, SINGLE_RECIPIENT } from './outside-party.ts';
import { headerRowOf, tableCells } from './table-columns.ts';
import type { Sentence } from './text.ts';

export interface RecordRecipient {
  /** What the recipient field or cell says ("advertising networks", "Partner card company"). */
  recipient: string;
  /** The record's text: the row, or its field lines joined — what the verdict quotes. */
  text: string;
  /** Where the purpose is read: the row, or the recipient line with the record's purpose fields (not a summary's other topics). */
  purpose: string;
  start: number;
  end: number;
}

// A field line: a short title, a colon, a value.
// The field's number may be Chinese ("四、利用对象：…").
const FIELD = /^[\s\-–•*·\d.()（）]*(?:[一二三四五六七八九十]{1,3}[、.．])?\s*([^:：|｜]{1,40}?)\s*[:：]\s*(\S.*)$/s;
// A kit's type or name field ("组件类型：流量变现", "SDK类型 | 收集信息 | 用途", "Kit: crash reporting"): an SDK list's record, and
// the kit's supplier is who receives what the record lists (36th session) — whatever the value says, unless it is the site's own.
const KIT_TITLE = /^(?:第三方)?(?:SDK|组件|插件|工具包)(?:类型|类别|名称)?$|^(?:third[- ]party )?(?:SDK|kit|plug-?in)(?: name| type)?$/i;
const OWN_KIT = /自研|自有|自建|本应用|本公司|我们(?:自己)?(?:开发|研发)|in-house|our own/i;
const recipientTitle = (title: string): boolean => RECIPIENT_TITLE.test(title) || KIT_TITLE.test(title);
/** What a recipient field holds; a kit field's value is a kind of kit ("流量变现"), outside by the title. */
interface Held { value: string; kit: boolean }
const held = (title: string, value: string): Held | null => (RECIPIENT_TITLE.test(title) ? { value, kit: false } : KIT_TITLE.test(title) ? { value, kit: true } : null);
// A value that names no one outside: "none – performed in-house", "N/A", "our staff", "无".
const NO_ONE = /^(?:none\b|no\b|n\/a\b|nobody|not (?:shared|disclosed|applicable)|internal|in-house|our (?:own )?(?:staff|employees|team|personnel)|-|—|–|无|無|不适用|不共享|不提供|仅限内部|内部)/i;
// The words a recipient value uses when it is not one of the rules' unnamed recipients ("Partner card company",
// "our email delivery service provider", "第三方营销技术服务商").
const OUTSIDE_NOUN = /\b(?:partners?|providers?|compan(?:y|ies)|networks?|vendors?|agenc(?:y|ies)|advertisers?|firms?|bureaus?|insurers?|processors?|platforms?|contractors?|brokers?|third[- ]part(?:y|ies))\b|第三方|合作方|合作伙伴|服务商|服务提供(?:方|者|商)|供应商|广告主|外部[\u4e00-\u9fff]{0,4}(?:公司|机构)|事业者|事業者|厂商/i;

function outside(h: Held): boolean {
  const v = h.value.trim();
  return v !== '' && !NO_ONE.test(v) && (h.kit ? !OWN_KIT.test(v) : RECIPIENT.test(v) || SINGLE_RECIPIENT.test(v) || OUTSIDE_NOUN.test(v));
}

/** The cell under a recipients column of the table a row belongs to ('' when the table has none). */
function recipientCell(sentences: readonly Sentence[], index: number): Held | null {
  const first = headerRowOf(sentences, index);
  if (first === index) return null;
  const titles = tableCells(sentences[first].text);
  const col = titles.findIndex((c) => recipientTitle(c.trim()));
  const cell = col < 0 ? '' : tableCells(sentences[index].text)[col] ?? '';
  return cell ? held(titles[col].trim(), cell) : null;
}

/** "使用目的：…｜收集信息：…｜提供方类型：第三方…": a one-line record whose cells are fields; the recipient field's value. */
function recipientInCells(text: string): Held | null {
  const cells = text.split(/[|｜]/);
  if (cells.length < 2) return null;
  for (const c of cells) {
    const f = FIELD.exec(c);
    const h = f && held(f[1].trim(), f[2]);
    if (h) return h;
  }
  return null;
}

// A run of field lines is searched this far either way: a record has a handful of fields.
const RUN = 6;
// "Purpose of use by recipient", "Purposes", "Used for", "使用目的", "共享目的", "用途": a field that says what for.
const PURPOSE_TITLE = /^(?:(?:processing )?purposes?(?: of [\w ]{1,30})?|(?:used|shared|provided|disclosed) for|why(?: we share)?|(?:[\u4e00-\u9fff]{0,6})?(?:目的|用途)|作用)$/i;
// A record's lines are adjacent field lines, whatever kind the splitter gave each: a short one ("送信目的地：广告配信事业者",
// "部署位置：活动落地页") is taken for a title, the next for an item under it. Not a table's rows: they have columns.
function isField(sentences: readonly Sentence[], j: number): boolean {
  const s = sentences[j];
  return !!s && s.kind !== 'table' && FIELD.test(s.text);
}
const recipientValue = (s: Sentence): Held | null => {
  const f = FIELD.exec(s.text);
  return f && held(f[1].trim(), f[2]);
};

/**
 * The record of field lines a recipient field line opens or sits in: the lines from this recipient field to the next one,
 * with the field lines before it when no other recipient field stands above them ("Purpose of provision: …" over
 * "Recipient: …"). Null unless `index` is itself the recipient line, so one record is quoted once.
 */
function fieldRecord(sentences: readonly Sentence[], index: number): (RecordRecipient & { held: Held }) | null {
  const s = sentences[index];
  const recipient = recipientValue(s);
  if (!recipient) return null;
  const adjacent = (a: Sentence, b: Sentence) => a.end + 2 >= b.start - 1;
  let first = index;
  while (index - first < RUN && isField(sentences, first - 1) && adjacent(sentences[first - 1], sentences[first]) && !recipientValue(sentences[first - 1])) first--;
  // Lines above belong to an earlier recipient when one stands above them in the same run.
  if (first < index && isField(sentences, first - 1) && adjacent(sentences[first - 1], sentences[first])) first = index;
  let last = index;
  while (last - index < RUN && isField(sentences, last + 1) && adjacent(sentences[last], sentences[last + 1]) && !recipientValue(sentences[last + 1])) last++;
  if (first === last) return null;
  const lines = sentences.slice(first, last + 1);
  const purposes = lines.filter((x) => x === s || PURPOSE_TITLE.test(FIELD.exec(x.text)?.[1].trim() ?? ''));
  return { recipient: recipient.value, held: recipient, text: lines.map((x) => x.text).join('\n'), purpose: purposes.map((x) => x.text).join('\n'), start: lines[0].start, end: lines[lines.length - 1].end };
}

// Chinese negations are read only where they govern the provision itself: a purpose describing "长期未登录的用户" denies nothing.
const ZH_RECORD_DENIAL = /(?:不|未|无须|无需|不再)(?:会)?(?:向|与|对)?[^，。；|｜]{0,12}?(?:共享|提供|分享|披露|传输|转让|出售|接入|使用)|(?:终止|停止|暂停)(?:合作|提供|共享|使用)|已(?:移除|停用|下线|删除)|不适用/;

/**
 * The outside recipient a record names in a field, with the record, or null: none named, one that is nobody outside
 * ("none – performed in-house"), or a record that denies something (a negation anywhere in it leaves it to the sentence
 * readers, which weigh negations).
 */
export function recordRecipient(sentences: readonly Sentence[], index: number): RecordRecipient | null {
  const s = sentences[index];
  if (!s) return null;
  let found: (RecordRecipient & { held: Held }) | null = null;
  if (s.kind === 'table') {
    const cell = recipientCell(sentences, index) ?? recipientInCells(s.text);
    if (cell) found = { recipient: cell.value, held: cell, text: s.text, purpose: s.text, start: s.start, end: s.end };
  } else {
    found = fieldRecord(sentences, index);
  }
  if (!found || !outside(found.held) || deniesAnything(found.text.replace(/[\u3400-\u9fff]/g, ' ')) || ZH_RECORD_DENIAL.test(found.text)) return null;
  return found;
}
