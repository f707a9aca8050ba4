/**
 * OPP-115 (development set, read in place): each policy as text, plus what its expert annotations
 * say a verdict may claim. Derived expectations, per policy:
 * - `disclosedPurposes`: the annotators marked Third Party Sharing/Collection, "Does", with an
 *   unnamed (or unspecified) third party and purpose Advertising/Marketing ("advertising") or Analytics/Research
 *   ("analytics") — then an unnamed company of that kind on the page is disclosed by category, and
 *   calling it `undisclosed` is a false accusation.
 * - `doesNot`: every span annotated "Does Not" (any category): the only sentences that may ever
 *   support `contradicted`.
 * - `named` / `not`: the hand labels in named-orgs.json (which TrackerDB organizations the policy
 *   names as recipients, which it merely mentions).
 * Never copies the corpus: everything is read from `../shared/corpus/opp115-dev`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../lib/core/report/csv.ts';
import { REPO_ROOT, splitOf, type Split } from './corpus.ts';

export type Purpose = 'advertising' | 'analytics';

export interface Opp115Policy {
  id: string;
  split: Split;
  site: string;
  text: string;
  disclosedPurposes: Set<Purpose>;
  doesNot: string[];
  named: string[];
  notNamed: string[];
  dataTypes: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** One annotated segment (HTML fragment) → plain text with list items and line breaks kept. */
export function segmentText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/(?:p|li|ul|ol|div|h\d|tr)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#?\w+);/g, (m, e: string) => ENTITIES[e.toLowerCase()] ?? (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : m))
    .split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim()).filter(Boolean).join('\n');
}

/** Words only, lower case: how spans and evidence are compared across the two texts. */
export function words(s: string): string {
  return s.toLowerCase().replace(/<[^>]*>/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

interface Attribute { value?: string; selectedText?: string; startIndexInSegment?: number; endIndexInSegment?: number }

/**
 * Sharing whose recipient the annotators marked as an unnamed third party, or could not pin down
 * (Unspecified / Other): the reader learns that some outside company gets data for that purpose. A
 * named third party or the site's own affiliate discloses nothing about other companies.
 */
const DISCLOSES_UNNAMED = new Set(['Unnamed third party', 'Unspecified', 'Other']);

const PURPOSE_OF: Record<string, Purpose> = { Advertising: 'advertising', Marketing: 'advertising', 'Analytics/Research': 'analytics' };

function expectations(csv: string, segments: string[]): { disclosedPurposes: Set<Purpose>; doesNot: string[] } {
  const disclosedPurposes = new Set<Purpose>();
  const doesNot: string[] = [];
  for (const row of parseCsv(csv)) {
    if (row.length < 7) continue;
    const segment = Number(row[4]);
    const category = row[5];
    let attrs: Record<string, Attribute>;
    try { attrs = JSON.parse(row[6]) as Record<string, Attribute>; } catch { continue; }
    const does = attrs['Does/Does Not']?.value;
    if (does === 'Does Not') {
      // The span the annotator covered: from the first to the last selected offset of any attribute.
      let from = Infinity;
      let to = -1;
      for (const a of Object.values(attrs)) {
        if (a.value === 'not-selected' || typeof a.startIndexInSegment !== 'number' || a.startIndexInSegment < 0) continue;
        from = Math.min(from, a.startIndexInSegment);
        to = Math.max(to, a.endIndexInSegment ?? a.startIndexInSegment);
      }
      const raw = segments[segment] ?? '';
      if (to > from) doesNot.push(words(raw.slice(from, to)));
    } else if (does === 'Does' && category === 'Third Party Sharing/Collection'
      && DISCLOSES_UNNAMED.has(attrs['Third Party Entity']?.value ?? '')) {
      const p = PURPOSE_OF[attrs.Purpose?.value ?? ''];
      if (p) disclosedPurposes.add(p);
    }
  }
  return { disclosedPurposes, doesNot };
}

/** True when the quoted sentence lies in (overlaps most of) a span the annotators marked "Does Not". */
export function inDoesNotSpan(evidence: string, doesNot: readonly string[]): boolean {
  const ev = words(evidence);
  if (!ev) return false;
  const evWords = ev.split(' ');
  for (const span of doesNot) {
    if (!span) continue;
    if (span.includes(ev) || ev.includes(span)) return true;
    // Partial overlap: most of the sentence's word trigrams appear in the span.
    const grams = new Set<string>();
    const sw = span.split(' ');
    for (let i = 0; i + 2 < sw.length; i++) grams.add(`${sw[i]} ${sw[i + 1]} ${sw[i + 2]}`);
    let hit = 0;
    let total = 0;
    for (let i = 0; i + 2 < evWords.length; i++, total++) if (grams.has(`${evWords[i]} ${evWords[i + 1]} ${evWords[i + 2]}`)) hit++;
    if (total > 0 && hit / total >= 0.6) return true;
  }
  return false;
}

export function loadOpp115(dir: string): Opp115Policy[] {
  const labels = JSON.parse(readFileSync(join(dir, 'named-orgs.json'), 'utf8')) as Record<string, { named: string[]; not: string[] }>;
  const types = JSON.parse(readFileSync(join(dir, 'data-types.json'), 'utf8')) as Record<string, { data_types: string[] }>;
  const extra = extraLabels();
  const out: Opp115Policy[] = [];
  for (const file of readdirSync(join(dir, 'policies')).filter((f) => f.endsWith('.html')).sort()) {
    const id = file.replace(/\.html$/, '');
    const segments = readFileSync(join(dir, 'policies', file), 'utf8').split('|||');
    const text = segments.map(segmentText).filter(Boolean).join('\n\n');
    const csv = readFileSync(join(dir, 'annotations', `${id}.csv`), 'utf8');
    out.push({
      id,
      split: splitOf(id),
      site: id.replace(/^\d+_/, ''),
      text,
      ...expectations(csv, segments),
      named: [...labels[id]?.named ?? [], ...(extra[id] ?? []).filter((x) => x.label === 'named').map((x) => x.org)],
      notNamed: [...labels[id]?.not ?? [], ...(extra[id] ?? []).filter((x) => x.label === 'not').map((x) => x.org)],
      dataTypes: types[id]?.data_types ?? [],
    });
  }
  return out;
}

/**
 * The project's own blind labels for pairs named-orgs.json leaves out (tests/fixtures/eval/opp115-extra-labels.json,
 * 30th session): an organization the analyzer names that nobody labelled was counted as a wrong name whatever the text said.
 */
function extraLabels(): Record<string, Array<{ org: string; label: 'named' | 'not' }>> {
  const file = join(REPO_ROOT, 'tests', 'fixtures', 'eval', 'opp115-extra-labels.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { policies: Record<string, Array<{ org: string; label: 'named' | 'not' }>> }).policies;
}
