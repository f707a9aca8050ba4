/**
 * Fineprint's command line: the same pure core as the extension, plus `audit`, which drives the real
 * extension. `--json` prints JSON only on stdout; diagnostics go to stderr; bad input → one line, exit ≠ 0.
 */
import { parseArgs, UsageError } from './cli/args';
import { runAudit } from './cli/audit';
import { parseBrowserName, type BrowserName } from './session';
import { runPolicyCommand } from './policy-cli';
import { runAnalyzeCommand } from './cli/analyze';

const HELP = `Usage: npm run --silent cli -- <command> [options]

Commands:
  policy <file...> --json            Analyse privacy policies (.html, .md, .txt); one JSON line per file.
  analyze --har <file> [--policy <file>] [--site <url>] --json
                                     Organizations, data flows and verdicts for a HAR capture.
  audit <url...> --json [--browser chromium|firefox] [--host-resolver-rules RULES]
        [--ignore-certificate-errors] [--report-dir DIR]
                                     Visit each URL in headless Chromium (default) or Firefox with the built
                                     extension and print what the extension recorded (run \`npm run build\`,
                                     or \`npm run build:firefox\` for Firefox, first).

Options:
  --help                             Show this help.
`;

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') { out(HELP); return command ? 0 : 2; }
  switch (command) {
    case 'policy': {
      const a = parseArgs(rest, { json: 'boolean', help: 'boolean' });
      if (a.flags.help) { out(HELP); return 0; }
      if (a.positional.length === 0) throw new UsageError('policy needs at least one file');
      return runPolicyCommand(a.positional, { json: a.flags.json === true }, out, err);
    }
    case 'audit': {
      const a = parseArgs(rest, { json: 'boolean', browser: 'string', 'host-resolver-rules': 'string', 'ignore-certificate-errors': 'boolean', 'report-dir': 'string', help: 'boolean' });
      if (a.flags.help) { out(HELP); return 0; }
      if (a.positional.length === 0) throw new UsageError('audit needs at least one URL');
      let browser: BrowserName;
      try { browser = parseBrowserName(a.flags.browser as string | undefined); } catch (e) { throw new UsageError((e as Error).message); }
      return runAudit(a.positional, {
        browser,
        hostResolverRules: a.flags['host-resolver-rules'] as string | undefined,
        ignoreCertificateErrors: a.flags['ignore-certificate-errors'] === true,
        reportDir: a.flags['report-dir'] as string | undefined,
      }, out, err);
    }
    case 'analyze': {
      if (rest.includes('--help')) { out(HELP); return 0; }
      return runAnalyzeCommand(rest, out, err);
    }
    default:
      throw new UsageError(`unknown command "${command}" (try --help)`);
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
  // One line, never a stack trace (GUIDE §4).
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  err(`fineprint: ${msg}`);
  process.exitCode = e instanceof UsageError ? 2 : 1;
});
