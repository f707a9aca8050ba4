/**
 * `npx tsx scripts/eval/explain.ts <policy id> [org]` — what the analyzer read in one development
 * policy: statements for an organization (or all), rejected mentions and why, categories, denials.
 * Refuses measure-only (test) documents: those are scored, never looked at while tuning.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePolicy } from '../../lib/core/policy/extract.ts';
import { aliasesOf } from '../../lib/core/policy/lexicon/matcher.ts';
import { judgeNaming, sentenceFacts } from '../../lib/core/policy/naming.ts';
import { detectOwner } from '../../lib/core/policy/owner.ts';
import { prepareText, splitSentences } from '../../lib/core/policy/text.ts';
import { readingText } from '../../lib/core/policy/zh-script.ts';
import { corpusDir, splitOf } from './corpus.ts';
import { segmentText } from './opp115.ts';

const [id, org] = process.argv.slice(2);
if (!id) throw new Error('usage: explain.ts <policy id> [org]');
const freshFile = join('tests', 'fixtures', 'policies-fresh', id.endsWith('.md') ? id : `${id}.md`);
const fresh = existsSync(freshFile);
const fixture = fresh ? freshFile : id.endsWith('.md') ? join('tests', 'fixtures', 'policies', id) : null;
// Fresh tosback texts are split by file name (run-fresh.ts); the labelled fixtures are all development.
if ((fresh && splitOf(`${id.replace(/\.md$/, '')}.md`) !== 'dev') || (!fixture && splitOf(id) !== 'dev')) throw new Error(`${id} is in the measure-only split`);
const text = fixture ? readFileSync(fixture, 'utf8') : /^\d{4}$/.test(id)
  ? readFileSync(join(corpusDir(), 'zh-ca4p-dev', 'texts', `${id}.txt`), 'utf8')
  : readFileSync(join(corpusDir(), 'opp115-dev', 'policies', `${id}.html`), 'utf8').split('|||').map(segmentText).filter(Boolean).join('\n\n');
const site = fixture ? `${id.replace(/\.md$/, '').replace(/-/g, '')}.example` : /^\d{4}$/.test(id) ? `app-${id}.example` : id.replace(/^\d+_/, '');
const a = analyzePolicy(text, { siteDomain: site });
console.log(`owner: ${a.owner ?? '—'} ownerOrgs: ${a.ownerOrgs?.join(',')}`);
for (const t of a.thirdParties) if (!org || t.org === org) console.log(`NAMED ${t.org ?? t.domain} [${t.product ?? 'company'}] "${t.name}": ${t.evidence.text.slice(0, 200)}`);
const prepared = prepareText(text, { markdown: true });
const sentences = splitSentences(readingText(prepared.text), prepared.blocks);
const owner = detectOwner(sentences, { siteDomain: site });
for (const [i, s] of sentences.entries()) {
  const ms = aliasesOf(s);
  const facts = sentenceFacts(s, sentences, i);
  for (const m of ms) {
    if (!m.entry || (org && m.entry.org !== org)) continue;
    const d = judgeNaming(s, m, ms, facts, owner);
    if (!d.ok) console.log(`REJECT ${m.entry.org} "${m.text}" (${d.why}): ${s.text.slice(0, 200)}`);
  }
}
if (!org) {
  for (const c of a.categories) console.log(`CATEGORY ${c.category}${c.learned ? " (learned)" : ""}: ${c.evidence.text.slice(0, 200)}`);
  for (const c of a.claims) console.log(`CLAIM ${c.kind} ${c.recipient ?? ''}: ${c.evidence.text.slice(0, 200)}`);
}
