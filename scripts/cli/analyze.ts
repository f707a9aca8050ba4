/**
 * `analyze --har <file> [--policy <file>] [--site <url>] --json` (GUIDE §4): classify a HAR capture,
 * read the policy, and print the site's verdicts — the same lib/core pipeline the extension runs.
 * Bad input → one line "fineprint: …" on stderr and a non-zero exit, never a stack trace.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { HarInputError, observationsFromHar } from '../../lib/core/classify/har.ts';
import { sha256 } from '../../lib/core/classify/hash.ts';
import { summarize } from '../../lib/core/classify/summarize.ts';
import { createTrackerClassifier, type TrackerClassifier } from '../../lib/core/classify/trackers.ts';
import { analyzePolicy, decodePolicyBytes, MAX_POLICY_CHARS, PolicyInputError } from '../../lib/core/policy/extract.ts';
import type { HostTiming } from '../../lib/core/verdict/consent.ts';
import type { PolicyInput } from '../../lib/core/verdict/context.ts';
import { judgeSite, siteDomainOf } from '../../lib/core/verdict/judge.ts';
import type { Observation, OrganizationVerdict, SiteAnalysis } from '../../lib/core/types.ts';
import { htmlToText } from '../../lib/dom/html-to-text.ts';
import { parseArgs, UsageError } from './args.ts';
import { createTranslator, type MessagesFile } from '../../components/common/i18n.tsx';
import { whyText } from '../../components/site/why.ts';
import enMessages from '../../public/_locales/en/messages.json';

const ENGINE = 'node_modules/@ghostery/trackerdb/dist/trackerdb.engine';
const POLICY_TYPES = new Set(['.html', '.htm', '.md', '.markdown', '.txt']);
const MAX_HAR_BYTES = 512 * 1024 * 1024;

/** A problem with the user's input: reported as one line, exit code 2. */
class InputError extends Error {}

async function readInput(file: string, what: string, limit: number): Promise<Uint8Array> {
  let info;
  try { info = await stat(file); } catch { throw new InputError(`${file}: no such ${what} file`); }
  if (!info.isFile()) throw new InputError(`${file}: not a regular file`);
  if (info.size > limit) throw new InputError(`${file}: ${what} file too large (${info.size} bytes)`);
  return new Uint8Array(await readFile(file));
}

/** Policy file → text the analyzer reads (.html via lib/dom/html-to-text, .md/.txt as they are). */
export async function loadPolicyText(file: string): Promise<{ text: string; markdown: boolean }> {
  const ext = extname(file).toLowerCase();
  if (!POLICY_TYPES.has(ext)) throw new InputError(`${file}: unsupported policy file type "${ext || 'none'}" (use .html, .md or .txt)`);
  const decoded = decodePolicyBytes(await readInput(file, 'policy', MAX_POLICY_CHARS * 4));
  if (ext === '.html' || ext === '.htm') {
    return { text: htmlToText(decoded, (html) => parseHTML(html).document as unknown as Document).text, markdown: true };
  }
  return { text: decoded, markdown: ext !== '.txt' };
}

/** Policy file → the judge's PolicyInput (hash of the analysed text, so a re-read of the same text matches). */
export async function loadPolicy(file: string, site: string): Promise<PolicyInput> {
  const { text, markdown } = await loadPolicyText(file);
  const analysis = analyzePolicy(text, { siteDomain: site, plain: !markdown });
  return { status: 'found', url: file, hash: sha256(analysis.text), analysis };
}

/** Per-host first/last request times and whether GPC was sent, from the HAR's third-party requests. */
export function hostTimings(observations: readonly Observation[], classifier: TrackerClassifier): HostTiming[] {
  const byHost = new Map<string, HostTiming>();
  for (const obs of observations) {
    const c = classifier.classify(obs);
    if (!c.thirdParty || !c.host) continue;
    const h = byHost.get(c.host);
    if (!h) byHost.set(c.host, { host: c.host, org: c.org, name: c.orgName, category: c.category, first: obs.time, last: obs.time, gpc: obs.gpc === true });
    else {
      h.first = Math.min(h.first, obs.time);
      h.last = Math.max(h.last, obs.time);
      if (obs.gpc) h.gpc = true;
    }
  }
  return [...byHost.values()].sort((a, b) => a.first - b.first || a.host.localeCompare(b.host));
}

export interface AnalyzeInputs {
  /** A HAR (text or parsed) or the Observations already read from one. */
  har: unknown;
  policy: PolicyInput | null;
  site?: string;
  classifier: TrackerClassifier;
}

/** The whole pipeline, file-free (the golden tests call it with parsed fixtures). */
/** The site a HAR is about when --site is not given: its first page. */
export function defaultPage(observations: readonly Observation[]): string {
  if (observations.length === 0) throw new HarInputError('the HAR has no requests');
  return observations.find((o) => o.type === 'main_frame')?.pageUrl ?? observations[0].pageUrl;
}

export function analyzeCapture({ har, policy, site, classifier }: AnalyzeInputs): SiteAnalysis {
  const observations = Array.isArray(har) ? (har as Observation[]) : observationsFromHar(har);
  const page = site ?? defaultPage(observations);
  // Judge the requests of the chosen site only: a HAR may hold several sites' pages.
  const domain = siteDomainOf(page);
  const ofSite = observations.filter((o) => siteDomainOf(o.pageUrl) === domain);
  const s = summarize(ofSite.length ? ofSite : observations, classifier);
  const organizations: OrganizationVerdict[] = s.organizations.map((o) => ({ ...o, verdict: null, evidence: null }));
  const gpcSent = ofSite.some((o) => o.gpc === true);
  return judgeSite({
    site: domain,
    organizations,
    dataFlows: s.dataFlows,
    policy,
    hosts: hostTimings(ofSite, classifier),
    gpc: gpcSent ? { sent: true, sentAt: ofSite.find((o) => o.gpc)?.time ?? null } : null,
  });
}

const english = createTranslator(enMessages as MessagesFile);

function human(a: SiteAnalysis): string[] {
  const lines = [`${a.site} — ${a.summary?.headline ?? ''}`, `policy: ${a.policy ? `${a.policy.status} ${a.policy.url ?? ''}` : 'none'}`];
  for (const o of a.organizations) lines.push(`  ${(o.verdict ?? '—').padEnd(12)} ${o.name} (${o.category}, ${o.requests} requests)${o.why ? ` — ${whyText(o, english)}` : ''}`);
  for (const f of a.dataFlows) lines.push(`  data: ${f.type} (${f.kind}, ${f.encoding}) → ${f.recipientOrg ?? f.recipientDomain}: ${f.verdict ?? '—'}`);
  for (const c of a.consent) lines.push(`  consent: ${c.moment} ${c.name} ${c.host}`);
  for (const l of a.summary?.score?.lines ?? []) lines.push(`  score ${l}`);
  return lines;
}

export async function runAnalyzeCommand(args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  try {
    const a = parseArgs(args, { har: 'string', policy: 'string', site: 'string', json: 'boolean' });
    if (a.positional.length > 0) throw new UsageError(`unexpected argument "${a.positional[0]}" (use --har <file>)`);
    const harFile = a.flags.har as string | undefined;
    if (!harFile) throw new UsageError('analyze needs --har <file>');
    const site = a.flags.site as string | undefined;
    if (site !== undefined && !/^https?:\/\/[^\s/]+/i.test(site) && !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(site)) {
      throw new UsageError(`--site "${site}" is not a URL or domain`);
    }
    const observations = observationsFromHar(new TextDecoder().decode(await readInput(harFile, 'HAR', MAX_HAR_BYTES)));
    const page = site ?? defaultPage(observations);
    const policyFile = a.flags.policy as string | undefined;
    // The analyzer treats the site's own name as the policy's owner, never as a third party.
    const policy = policyFile ? await loadPolicy(policyFile, siteDomainOf(page)) : null;
    const classifier = await createTrackerClassifier(new Uint8Array(await readFile(ENGINE)));
    const result = analyzeCapture({ har: observations, policy, site: page, classifier });
    if (a.flags.json) out(JSON.stringify(result));
    else for (const l of human(result)) out(l);
    return 0;
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    err(`fineprint: ${msg}`);
    if (e instanceof UsageError || e instanceof InputError || e instanceof HarInputError || e instanceof PolicyInputError) return 2;
    return 1;
  }
}
