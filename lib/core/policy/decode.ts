/**
 * Bytes → text for fetched or on-disk policies. Order of trust: BOM, then the HTTP
 * Content-Type charset, then a <meta charset> in the first 4 KB, then UTF-8. TextDecoder knows
 * GBK/GB18030/Shift_JIS/… by their WHATWG labels; an unknown label falls back to UTF-8.
 */
import { PolicyInputError } from './errors.ts';

function sniffBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let nul = 0;
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    else if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  // UTF-16 without BOM has NULs in every other byte of ASCII text; we only accept it with a BOM
  // or a declared charset, so any notable NUL share here means "not text".
  // Real text has essentially no C0 controls besides tab/newline; random/compressed data ~9%.
  return nul / n > 0.005 || ctrl / n > 0.03;
}

function labelFrom(contentType: string | undefined): string | undefined {
  const m = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return m?.[1]?.toLowerCase();
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

export function decodePolicyBytes(bytes: Uint8Array, contentTypeHeader?: string): string {
  if (!(bytes instanceof Uint8Array)) throw new PolicyInputError('policy bytes must be a Uint8Array');
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const declared = labelFrom(contentTypeHeader);
  if (declared && /^utf-?16/.test(declared)) {
    const d = decoderFor(declared);
    if (d) return d.decode(bytes);
  }
  if (sniffBinary(bytes)) throw new PolicyInputError('binary content');
  let dec = decoderFor(declared);
  if (!dec) {
    // <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const meta = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
    dec = decoderFor(meta?.[1]?.toLowerCase());
  }
  return (dec ?? new TextDecoder('utf-8')).decode(bytes);
}
