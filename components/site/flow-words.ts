/**
 * Personal data leaving the page (DataFlow: what was found, how it was encoded), in the reader's words:
 * "e-mail address, hashed with SHA-256" / "电子邮件地址（SHA-256 哈希）" — never the detector's codes
 * ("email", "sha256"). Shared by the popup's expanded rows, the dashboard and the exported report.
 */
import type { DataFlow } from '../../lib/core/types';
import type { Translate } from '../common/i18n';
import { dataTypeMessageKey } from './model';

const KINDS = new Set(['email', 'phone', 'geo', 'typed-value']);
const ENCODINGS = new Set(['plain', 'urlencoded', 'base64', 'md5', 'sha1', 'sha256', 'sha512']);
/** Seed labels lib/browser/page-signals.ts gives what the person typed; any other label (CLI --seed) reads generically. */
const TYPED: Record<string, string> = { email: 'flow_typed_email', phone: 'flow_typed_phone', 'search terms': 'flow_typed_search' };

/** What was found ("e-mail address", "the e-mail address you typed"); an unknown detector kind reads as "personal data". */
export function flowKindText(kind: string, t: Translate, label?: string): string {
  if (kind === 'typed-value' && label && Object.hasOwn(TYPED, label)) return t(TYPED[label]);
  return t(`flow_kind_${KINDS.has(kind) ? kind.replace('-', '_') : 'other'}`);
}

export function flowEncodingText(encoding: string, t: Translate): string {
  return t(`flow_encoding_${ENCODINGS.has(encoding) ? encoding : 'other'}`);
}

/** "e-mail address, Base64-encoded" / "电子邮件地址（Base64 编码）". */
export function flowWords(f: Pick<DataFlow, 'kind' | 'encoding' | 'label'>, t: Translate): string {
  return t('flow_words', [flowKindText(f.kind, t, f.label), flowEncodingText(f.encoding, t)]);
}

/** "contact details: e-mail address, hashed with SHA-256" (the OPP-115 type first, as the chips name it). */
export function flowLine(f: Pick<DataFlow, 'type' | 'kind' | 'encoding' | 'label'>, t: Translate): string {
  return t('flow_line', [t(dataTypeMessageKey(f.type)), flowWords(f, t)]);
}

/** One line per distinct (type, kind, encoding): the same finding on ten requests is one fact. */
export function distinctFlowLines(flows: readonly Pick<DataFlow, 'type' | 'kind' | 'encoding' | 'label'>[], t: Translate): string[] {
  return [...new Set(flows.map((f) => flowLine(f, t)))];
}
