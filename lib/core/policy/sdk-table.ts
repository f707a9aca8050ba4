/**
 * Chinese "third-party SDK list" (第三方SDK目录 / 第三方共享清单) as structured disclosure. Two
 * shapes occur: pipe tables whose header names the columns, and key/value lines
 * ("SDK名称：友盟 … 公司名称：…"). Each row becomes an SdkRow and, when the SDK or company maps
 * to a TrackerDB org, a named third party.
 */
import type { SdkRow } from '../types.ts';
import { findAliases } from './lexicon/matcher.ts';
import { COLLECTS_NOTHING, REMOVED_ROW } from './naming-shapes.ts';
import { notInUseRow, tableCells } from './table-columns.ts';
import type { Sentence } from './text.ts';
import { evidenceOf } from './third-parties.ts';

type Col = 'sdk' | 'company' | 'purpose' | 'data';

const HEADER_COLS: Array<[Col, RegExp]> = [
  ['sdk', /SDK|插件|第三方(?:名称|产品)|产品名称|服务名称|名称/i],
  ['company', /公司|主体|提供方|开发者|运营方|合作方|厂商|company|provider|vendor/i],
  ['purpose', /目的|用途|场景|功能|purpose|use/i],
  ['data', /信息|数据|字段|权限|类型|data|information/i],
];

export function orgOf(...names: string[]): string | null {
  for (const n of names) {
    for (const m of findAliases(n)) if (m.entry) return m.entry.org;
  }
  return null;
}

const cells = tableCells;

function headerMap(row: string): Map<Col, number> | null {
  const map = new Map<Col, number>();
  cells(row).forEach((c, i) => {
    // A header cell is short; the first column pattern that fits it wins, each column once.
    if (c.length > 30) return;
    for (const [col, re] of HEADER_COLS) {
      if (!map.has(col) && re.test(c)) { map.set(col, i); break; }
    }
  });
  return map.has('sdk') && (map.has('company') || map.has('data') || map.has('purpose')) ? map : null;
}

// The label opens the line or a field ("SDK名称：友盟", "1、第三方名称：…"), not a sentence ("…共享给以下类型的第三方：…").
const KV_SDK = /(?:^|[|；;，,]\s*)(?:[\d]+[、.．]\s*)?(?:SDK|第三方)(?:名称|产品)?[:：]\s*([^；;，,。\n|]{1,60})/i;
const KV_COMPANY = /(?:公司|主体|提供方|开发者|运营方)(?:名称)?[:：]\s*([^；;，,。\n|]{1,80})/;
const KV_PURPOSE = /(?:使用目的|目的|用途|使用场景)[:：]\s*([^；;。\n|]{1,200})/;
const KV_DATA = /(?:收集|使用|共享)?(?:的)?(?:个人)?(?:信息|数据)(?:类型|字段|范围)?[:：]\s*([^；;。\n|]{1,300})/;

/** A field line written as values only: "设备信息、网络信息", "IDFA/GAID、IP地址、设备型号". */
const DATA_VALUES = /^(?:[^，。；:：]{0,12}(?:信息|标识符?|地址|型号|ID)[、，,/\s]*){2,}/;
const RECORD_FIELD = /^(?:目的|信息|功能|数据)[:：]|(?:使用目的|用途|使用场景|收集(?:使用)?的?(?:个人)?信息|共享(?:的)?(?:个人)?信息|信息类型|隐私政策(?:链接)?|官方网站|purpose|data collected|privacy policy)[:：]/i;

/**
 * An SDK list written as records: a short line naming the SDK ("极光推送SDK", "4、talkingdata")
 * followed by field lines ("使用目的：…", "收集使用的个人信息包括：…", "隐私政策链接：…"). The
 * name line alone looks like a heading; the fields under it make it a disclosure.
 */
function namedRecord(sentences: readonly Sentence[], i: number): { row: SdkRow; fieldAt: number } | null {
  const s = sentences[i];
  if (s.text.length > 40 || /[。.;；]$/.test(s.text) || /[:：]/.test(s.text)) return null;
  const org = orgOf(s.text);
  if (!org) return null;
  for (let j = i + 1; j < Math.min(sentences.length, i + 4); j++) {
    const f = sentences[j].text;
    if (RECORD_FIELD.test(f) || DATA_VALUES.test(f)) {
      const purpose = KV_PURPOSE.exec(f)?.[1]?.trim();
      return { row: { sdk: s.text.replace(/^[\d、.．()（）\s]+/, ''), company: '', org, ...(purpose ? { purpose } : {}), evidence: evidenceOf(s) }, fieldAt: j };
    }
    // The next record started without any field: not a record list. (Its company line — "主体：AppsFlyer Ltd.",
    // "北京快手科技有限公司" — or a purpose that names the same company is part of this record.)
    const other = orgOf(f);
    if (other && other !== org) return null;
  }
  return null;
}

export function extractSdkRows(sentences: Sentence[]): SdkRow[] {
  const rows: SdkRow[] = [];
  let header: Map<Col, number> | null = null;
  for (let i = 0; i < sentences.length && rows.length < 500; i++) {
    const s = sentences[i];
    if (s.kind === 'table') {
      const prevIsTable = i > 0 && sentences[i - 1].kind === 'table' && sentences[i - 1].end + 2 >= s.start - 1;
      if (!prevIsTable || !header) {
        const h = headerMap(s.text);
        if (h) { header = h; continue; }
        if (!prevIsTable) header = null;
      }
      if (!header) continue;
      const c = cells(s.text);
      const get = (col: Col) => { const k = header!.get(col); return k === undefined ? undefined : c[k] || undefined; };
      const sdk = get('sdk');
      // A row marked as removed ("已于v5.2.0版本移除，不再收集任何信息") lists a former SDK.
      if (!sdk || REMOVED_ROW.test(s.text) || COLLECTS_NOTHING.test(s.text) || notInUseRow(sentences, i)) continue;
      const company = get('company') ?? '';
      rows.push({ sdk, company, org: orgOf(sdk, company), purpose: get('purpose'), data: get('data'), evidence: evidenceOf(s) });
      continue;
    }
    header = null;
    const m = KV_SDK.exec(s.text);
    if (!m) {
      const record = namedRecord(sentences, i);
      if (record) {
        rows.push(record.row);
        // The record's own company and value lines are not records of their own.
        i = record.fieldAt;
      }
      continue;
    }
    // The other fields may sit on the same line or on the next few lines of the same entry.
    const nearby = [s];
    for (let j = i + 1; j < Math.min(sentences.length, i + 5) && !KV_SDK.test(sentences[j].text); j++) nearby.push(sentences[j]);
    const find = (re: RegExp) => {
      for (const w of nearby) { const r = re.exec(w.text.replace(KV_SDK, '')); if (r) return r[1].trim(); }
      return undefined;
    };
    const sdk = m[1].trim();
    // "…处理方式：完全在设备本地完成，该SDK不收集任何个人信息": a listed SDK that receives nothing.
    if (nearby.some((w) => COLLECTS_NOTHING.test(w.text) || REMOVED_ROW.test(w.text))) continue;
    const company = find(KV_COMPANY) ?? '';
    rows.push({ sdk, company, org: orgOf(sdk, company), purpose: find(KV_PURPOSE), data: find(KV_DATA), evidence: evidenceOf(s) });
  }
  return rows;
}
