/**
 * `policy <file...> --json` (GUIDE §4): one JSON object per line per file. Bad files (missing,
 * binary, unsupported extension, not a policy) get one line on stderr and exit code 2, and the
 * remaining files are still processed. The lead wires this into scripts/cli.ts.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzePolicy, decodePolicyBytes, MAX_POLICY_CHARS, PolicyInputError } from '../lib/core/policy/extract.ts';
import { htmlToText } from '../lib/dom/html-to-text.ts';

const SUPPORTED = new Set(['.html', '.htm', '.md', '.markdown', '.txt']);
/** Bytes: HTML pages carry markup and scripts, so allow more than the text limit. */
const MAX_FILE_BYTES = MAX_POLICY_CHARS * 4;

function parseWithLinkedom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

async function loadText(file: string): Promise<{ text: string; markdown: boolean }> {
  const ext = extname(file).toLowerCase();
  if (!SUPPORTED.has(ext)) throw new PolicyInputError(`unsupported file type "${ext || 'none'}" (use .html, .md or .txt)`);
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new PolicyInputError('no such file');
  }
  if (!info.isFile()) throw new PolicyInputError('not a regular file');
  if (info.size > MAX_FILE_BYTES) throw new PolicyInputError(`file too large (${info.size} bytes)`);
  const bytes = new Uint8Array(await readFile(file));
  const decoded = decodePolicyBytes(bytes);
  if (ext === '.html' || ext === '.htm') return { text: htmlToText(decoded, parseWithLinkedom).text, markdown: true };
  return { text: decoded, markdown: ext !== '.txt' };
}

/** Runs the command; returns the exit code (0 all good, 2 when any file was bad input). */
export async function runPolicyCommand(
  files: string[],
  opts: { json: boolean },
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  if (files.length === 0) {
    err('fineprint: policy needs at least one file');
    return 2;
  }
  let code = 0;
  for (const file of files) {
    try {
      const { text, markdown } = await loadText(file);
      const r = analyzePolicy(text, { plain: !markdown });
      const record = {
        file,
        language: r.language,
        owner: r.owner ?? null,
        thirdParties: r.thirdParties.map((t) => ({ org: t.org, name: t.name, evidence: t.evidence })),
        categories: r.categories.map((c) => ({ category: c.category, evidence: c.evidence })),
        dataTypes: r.dataTypes.map((d) => ({ type: d.type, collected: d.collected, shared: d.shared, evidence: d.evidence })),
        purposes: r.purposes,
        optOuts: r.optOuts.map((o) => ({ url: o.url, email: o.email, kind: o.kind, text: o.text, evidence: o.evidence })),
        claims: r.claims,
        sdkRows: r.sdkRows,
        sentenceCount: r.sentenceCount,
      };
      if (opts.json) out(JSON.stringify(record));
      else out(summary(record.file, r));
    } catch (e) {
      // One line per bad file, never a stack trace; unexpected errors are reported the same way.
      const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
      err(`fineprint: ${file}: ${msg}`);
      code = 2;
    }
  }
  return code;
}

function summary(file: string, r: ReturnType<typeof analyzePolicy>): string {
  const orgs = [...new Set(r.thirdParties.map((t) => t.org ?? t.name))].join(', ') || '—';
  const types = [...new Set(r.dataTypes.map((d) => d.type))].join(', ') || '—';
  const claims = [...new Set(r.claims.map((c) => c.kind))].join(', ') || '—';
  return `${file} [${r.language}${r.owner ? `, owner ${r.owner}` : ''}]\n  third parties: ${orgs}\n  data types: ${types}\n  claims: ${claims}\n  opt-outs: ${r.optOuts.length}`;
}
