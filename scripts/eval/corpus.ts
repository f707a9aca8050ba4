/**
 * Where the research corpora live and how each is split. The corpora are read IN PLACE from
 * `../shared/corpus` (their terms forbid copying them into this repository); `FINEPRINT_CORPUS_DIR`
 * points elsewhere. The split is a fixed hash of the document id, chosen before any tuning, so
 * nobody can move a hard document from the measured half into the developed half.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Split = 'dev' | 'test';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `FINEPRINT_CORPUS_DIR`, else the nearest `shared/corpus` beside the checkout or beside one of its parent
 * folders (a worktree or a CI clone one level deeper still finds the developers' shared folder).
 */
export function corpusDir(): string {
  if (process.env.FINEPRINT_CORPUS_DIR) return process.env.FINEPRINT_CORPUS_DIR;
  let dir = REPO_ROOT;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, '..', 'shared', 'corpus');
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return join(REPO_ROOT, '..', 'shared', 'corpus');
}

/** `dev` when the first byte of sha256("fineprint-split-v1:" + id) is below 128, else `test`. */
export function splitOf(id: string): Split {
  return createHash('sha256').update(`fineprint-split-v1:${id}`).digest()[0] < 128 ? 'dev' : 'test';
}

/** The folder of one research corpus, or null (with the reason) when this machine does not have it. */
export function researchCorpus(name: 'opp115-dev' | 'zh-ca4p-dev'): { dir: string } | { missing: string } {
  const dir = join(corpusDir(), name);
  return existsSync(dir) ? { dir } : { missing: `${name} not found at ${dir} (set FINEPRINT_CORPUS_DIR)` };
}
