/**
 * Ready-to-send data access / deletion requests (GDPR Art. 15/17, CCPA §1798.110/105, PIPL Art. 44–47),
 * in English or Simplified Chinese, listing what Fineprint observed. Pure: the popup turns the result into
 * a mailto: link and a clipboard copy. Dates are ISO (YYYY-MM-DD, UTC) so the letter reads the same
 * wherever it is sent from and the tests are deterministic.
 */
import { CN_TRACKER_SUPPLEMENT, supplementPrivacyContact, type TrackerSupplement } from '../classify/supplement';
import { displayName, legalName } from '../names/organizations';
import type { DataType, OrganizationInfo } from '../types';

export type Law = 'gdpr' | 'ccpa' | 'pipl';
export type LetterKind = 'access' | 'deletion';
export type LetterLanguage = 'en' | 'zh_CN';

export const LAWS: Law[] = ['gdpr', 'ccpa', 'pipl'];
export const LETTER_KINDS: LetterKind[] = ['access', 'deletion'];
export const LETTER_LANGUAGES: LetterLanguage[] = ['en', 'zh_CN'];

export interface ObservedParty {
  /** Organization name (or domain for unknown parties). */
  name: string;
  hosts: string[];
  firstSeen: number;
  lastSeen: number;
  dataTypes: DataType[];
}

export interface LetterInput {
  law: Law;
  kind: LetterKind;
  language: LetterLanguage;
  recipient: { name: string; contact?: string };
  /** Registrable domain of the site where the data was observed. */
  site: string;
  observed: ObservedParty[];
  /** Left as a placeholder for the person to fill in when absent. */
  requesterName?: string;
}

export interface Letter {
  subject: string;
  body: string;
  /** `mailto:` with the recipient when the contact is an e-mail address, otherwise without one. */
  mailto: string;
  /** The contact when it is a web form/page rather than an address (shown next to the letter). */
  contactUrl?: string;
}

// Keeps the mailto: URL under the ~2,000 characters some mail clients accept.
const MAX_HOSTS = 8;
const MAX_PARTIES = 10;

const ZH_TYPES: Record<DataType, string> = {
  Contact: '联系方式', 'Cookies and tracking elements': 'Cookie 及跟踪标识', 'IP address and device IDs': 'IP 地址和设备标识',
  Location: '位置信息', Financial: '财务信息', Health: '健康信息', Demographic: '人口统计信息', 'Personal identifier': '个人标识符',
  'User online activities': '网上活动记录', 'User profile': '用户画像', 'Computer information': '设备与浏览器信息',
  'Social media data': '社交媒体数据', 'Survey data': '调查数据', 'Generic personal information': '一般个人信息', Other: '其他',
};

interface LawText { name: string; article: string; deadline: string; extra: string }

const EN: Record<Law, Record<LetterKind, LawText>> = {
  gdpr: {
    access: { name: 'the General Data Protection Regulation (GDPR)', article: 'Article 15', deadline: 'within one month of receipt (Article 12(3))',
      extra: 'Please confirm whether you process personal data about me and provide a copy of it, the purposes, the recipients, the retention period and the source of the data (Article 15(1)(a)–(g)).' },
    deletion: { name: 'the General Data Protection Regulation (GDPR)', article: 'Article 17', deadline: 'without undue delay and within one month (Article 12(3))',
      extra: 'Please erase all personal data you hold about me, stop processing it, and inform every recipient you disclosed it to (Article 19). I also object to its use for direct marketing (Article 21(2)).' },
  },
  ccpa: {
    access: { name: 'the California Consumer Privacy Act (CCPA), as amended by the CPRA', article: 'Cal. Civ. Code §1798.110', deadline: 'within 45 days (§1798.130(a)(2))',
      extra: 'Please disclose the categories and specific pieces of personal information you collected about me, the sources, the business or commercial purposes, and the categories of third parties you disclosed, sold or shared it with.' },
    deletion: { name: 'the California Consumer Privacy Act (CCPA), as amended by the CPRA', article: 'Cal. Civ. Code §1798.105', deadline: 'within 45 days (§1798.130(a)(2))',
      extra: 'Please delete the personal information you collected about me and direct your service providers and contractors to do the same. Please also treat this as a request to opt out of the sale and sharing of my personal information (§1798.120).' },
  },
  pipl: {
    access: { name: 'the Personal Information Protection Law of the People\'s Republic of China (PIPL)', article: 'Articles 44 and 45', deadline: 'in a timely manner (Article 50)',
      extra: 'Please let me access and obtain a copy of my personal information you process, and tell me the purposes, methods, categories, retention period and any recipients (Articles 17 and 23).' },
    deletion: { name: 'the Personal Information Protection Law of the People\'s Republic of China (PIPL)', article: 'Article 47', deadline: 'in a timely manner (Article 50)',
      extra: 'Please delete my personal information you process, as the processing was not based on my separate consent and I withdraw any consent I may have given (Articles 15 and 47).' },
  },
};

const ZH: Record<Law, Record<LetterKind, LawText>> = {
  gdpr: {
    access: { name: '欧盟《通用数据保护条例》（GDPR）', article: '第15条', deadline: '在收到本请求后一个月内（第12条第3款）',
      extra: '请确认贵方是否处理我的个人数据，并提供数据副本、处理目的、接收方、存储期限及数据来源（第15条第1款（a）至（g）项）。' },
    deletion: { name: '欧盟《通用数据保护条例》（GDPR）', article: '第17条', deadline: '不得无故拖延，并在一个月内（第12条第3款）',
      extra: '请删除贵方持有的我的全部个人数据，停止处理，并通知已获得该数据的所有接收方（第19条）。我同时反对将其用于直接营销（第21条第2款）。' },
  },
  ccpa: {
    access: { name: '美国《加州消费者隐私法》（CCPA，经 CPRA 修订）', article: '《加州民法典》第1798.110条', deadline: '在45天内（第1798.130（a）（2）条）',
      extra: '请告知贵方收集的关于我的个人信息类别和具体内容、来源、商业目的，以及向哪些类别的第三方披露、出售或共享。' },
    deletion: { name: '美国《加州消费者隐私法》（CCPA，经 CPRA 修订）', article: '《加州民法典》第1798.105条', deadline: '在45天内（第1798.130（a）（2）条）',
      extra: '请删除贵方收集的我的个人信息，并要求贵方的服务提供商和承包商同样删除。请同时将本函视为拒绝出售和共享我的个人信息的请求（第1798.120条）。' },
  },
  pipl: {
    access: { name: '《中华人民共和国个人信息保护法》', article: '第四十四条、第四十五条', deadline: '及时（第五十条）',
      extra: '请允许我查阅、复制贵方处理的我的个人信息，并告知处理目的、处理方式、信息种类、保存期限及接收方（第十七条、第二十三条）。' },
    deletion: { name: '《中华人民共和国个人信息保护法》', article: '第四十七条', deadline: '及时（第五十条）',
      extra: '请删除贵方处理的我的个人信息。相关处理未取得我的单独同意，我撤回此前可能作出的任何同意（第十五条、第四十七条）。' },
  },
};

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

/** Split a TrackerDB privacy contact (an address, a URL, or prose containing an address). */
export function parseContact(contact: string | undefined): { email?: string; url?: string } {
  if (!contact) return {};
  const c = contact.trim().replace(/^mailto:/i, '');
  if (EMAIL.test(c)) return { email: c };
  if (/^https?:\/\//i.test(c)) return { url: c };
  const found = c.match(/[^\s@<>():;,]+@[^\s@<>():;,]+\.[a-z]{2,}/i);
  return found ? { email: found[0] } : {};
}

function partyLines(p: ObservedParty, zh: boolean): string[] {
  const hosts = p.hosts.slice(0, MAX_HOSTS).join(', ') + (p.hosts.length > MAX_HOSTS ? (zh ? ' 等' : ', …') : '');
  const when = p.firstSeen && isoDate(p.firstSeen) !== isoDate(p.lastSeen) ? `${isoDate(p.firstSeen)} – ${isoDate(p.lastSeen)}` : isoDate(p.lastSeen || p.firstSeen);
  const types = p.dataTypes.length ? p.dataTypes.map((t) => (zh ? ZH_TYPES[t] : t)).join(zh ? '、' : ', ') : null;
  return zh
    ? [`- ${p.name}：域名 ${hosts}；日期 ${when}${types ? `；数据类型 ${types}` : ''}`]
    : [`- ${p.name}: hosts ${hosts}; date ${when}${types ? `; data types ${types}` : ''}`];
}

export function buildLetter(input: LetterInput): Letter {
  const zh = input.language === 'zh_CN';
  const t = (zh ? ZH : EN)[input.law][input.kind];
  const name = input.requesterName?.trim() || (zh ? '[您的姓名]' : '[your name]');
  const parties = input.observed.slice(0, MAX_PARTIES).flatMap((p) => partyLines(p, zh));
  const subject = zh
    ? `依据${t.name}${t.article}提出的个人信息${input.kind === 'access' ? '查阅' : '删除'}请求`
    : `${input.kind === 'access' ? 'Data access request' : 'Data deletion request'} under ${t.article} of ${t.name.replace(/^the /, '')}`;
  const body = (zh ? [
    `${input.recipient.name}：`,
    '',
    `本人依据${t.name}${t.article}，向贵方提出个人信息${input.kind === 'access' ? '查阅和复制' : '删除'}请求。`,
    '',
    `我在访问 ${input.site} 时，我的浏览器向以下接收方发送了请求（由浏览器扩展 Fineprint 记录）：`,
    ...parties,
    '',
    t.extra,
    '',
    `请${t.deadline}答复。如需核实身份，请告知所需的最少信息。`,
    '',
    '此致',
    name,
  ] : [
    `Dear ${input.recipient.name},`,
    '',
    `I am writing to make a ${input.kind === 'access' ? 'request for access to my personal data' : 'request for the deletion of my personal data'} under ${t.article} of ${t.name}.`,
    '',
    `When I visited ${input.site}, my browser sent requests to the following recipients (as recorded by the Fineprint browser extension):`,
    ...parties,
    '',
    t.extra,
    '',
    `Please respond ${t.deadline}. If you need to verify my identity, please tell me the minimum information you need.`,
    '',
    'Kind regards,',
    name,
  ]).join('\n');
  const contact = parseContact(input.recipient.contact);
  const mailto = `mailto:${contact.email ?? ''}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return { subject, body, mailto, ...(contact.url ? { contactUrl: contact.url } : {}) };
}

export interface RecipientParty {
  /** Organization key (TrackerDB or ORGKEYS), null for an unknown party. */
  org: string | null;
  /** The name recorded for it (TrackerDB's, or the domain of an unknown party). */
  name: string;
  /** What the tracker database knows about it (name, privacy contact, policy URL). */
  info?: Pick<OrganizationInfo, 'name' | 'privacyContact' | 'privacyPolicyUrl'>;
}

/**
 * Who a data request goes to: the legal entity in the letter's language where we know it (PIPL requests
 * go to the operating company), else the company's display name; and the personal-information contact the
 * project's tracker supplement knows (e.g. Tencent's Dataprivacy@tencent.com), else TrackerDB's privacy
 * contact, else the privacy policy page.
 */
export function letterRecipient(party: RecipientParty, language: LetterLanguage, supplement: TrackerSupplement | null = CN_TRACKER_SUPPLEMENT): LetterInput['recipient'] {
  const name = legalName(party.org, language) ?? displayName(party.org, party.info?.name ?? party.name, language);
  const contact = supplementPrivacyContact(party.org, supplement) ?? party.info?.privacyContact ?? party.info?.privacyPolicyUrl;
  return contact ? { name, contact } : { name };
}

/** Default law for a UI language: PIPL for Chinese, GDPR otherwise (the person can change it). */
export function defaultLaw(language: LetterLanguage): Law {
  return language === 'zh_CN' ? 'pipl' : 'gdpr';
}
