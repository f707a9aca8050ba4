/** A request body as webRequest gives it (onBeforeRequest with `requestBody`), read as text for the personal-data scan. */
export interface RequestBody { formData?: Record<string, string[]>; raw?: { bytes?: ArrayBuffer }[] }

/** Bodies are scanned for personal data up to this size; beyond it a tracker's payload is not a form a person filled. */
const MAX_BODY = 64 * 1024;

export function bodyText(body: RequestBody | null | undefined): string | undefined {
  if (!body) return undefined;
  if (body.formData) {
    return Object.entries(body.formData).map(([k, v]) => `${k}=${v.join(',')}`).join('&').slice(0, MAX_BODY);
  }
  if (body.raw?.length) {
    const parts: string[] = [];
    let size = 0;
    const decoder = new TextDecoder('utf-8', { fatal: false });
    for (const chunk of body.raw) {
      if (!chunk.bytes || size >= MAX_BODY) continue;
      const bytes = new Uint8Array(chunk.bytes, 0, Math.min(chunk.bytes.byteLength, MAX_BODY - size));
      size += bytes.byteLength;
      parts.push(decoder.decode(bytes));
    }
    return parts.join('') || undefined;
  }
  return undefined;
}
