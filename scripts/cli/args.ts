/** A tiny argument parser: positional args, `--flag`, `--key value`. Unknown flags are errors. */
export interface ParsedArgs { positional: string[]; flags: Record<string, string | true> }

export class UsageError extends Error {}

export function parseArgs(argv: string[], known: Record<string, 'boolean' | 'string'>): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) { out.positional.push(a); continue; }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    const kind = known[name];
    if (!kind) throw new UsageError(`unknown option --${name}`);
    if (kind === 'boolean') { out.flags[name] = true; continue; }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    out.flags[name] = value;
  }
  return out;
}
