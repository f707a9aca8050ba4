/**
 * Shapes of an app policy's SDK and platform sections where a company receives nothing (twenty-sixth session, the
 * development round on mobile SDK and ad-mediation disclosures): a kit still being evaluated, the phone's platform makers, libraries and build tools, help pages, lists of what a build does not contain.
 * Each reads only the words next to the name, so the other companies of the sentence keep their standing. Asked by
 * naming-shapes.ts shapeRejection.
 */
import type { NamingRejection } from './naming.ts';

/** "We are currently evaluating InMobi and Ogury as additional demand partners": not in the app yet. */
const EVALUATING_BEFORE = /\b(?:are|is) (?:currently |still )?(?:evaluating|considering|assessing|trialling|trialing|piloting) (?:(?:[\w&.'’-]+\s+){1,3}?(?:and|or)\s+)?$/i;
/** "Apple and Google, as providers of your phone's operating system and app store, …": the reader's platform. */
const PLATFORM_ROLE_AFTER = /^(?:\s*(?:,|and|or)\s*[\w&.'’-]+){0,3},?\s+as (?:the )?(?:providers?|makers?|operators?) of (?:your|the) (?:phone|device|mobile|smartphone|tablet)['’]?s? (?:operating system|OS|app store)/i;
/** "(Meta, open source)", "(originally developed by Meta)", "developed in Android Studio (Google)": libraries and tools. */
const LIBRARY_BEFORE = /\b(?:originally )?(?:developed|created|written|open-sourced) by\s+$|\b(?:developed|written|coded|compiled|built) (?:in|with|using) [\w&.'’ -]{1,30}\(\s*$|\bbuilds run on\s+$/i;
const OPEN_SOURCE_AFTER = /^\s*,\s*open[- ]source\b/i;
/** "Google Account Help ('Delete your advertising ID')", "Apple Support": a help page the reader may read. */
const HELP_PAGE_AFTER = /^\s+(?:Account\s+)?(?:Help(?:\s+Cent(?:er|re))?|Support)\b(?!\s+(?:team|staff|agents?|tickets?|chat|SDK|platform|tool))/;
/** "Downloads from F-Droid contain no Google Play services, Firebase or advertising SDKs". */
// The names listed start with a capital: "…contains no advertising SDKs, and crash reports go only to Bugsnag" is another clause.
const CONTAINS_NO_BEFORE = /\b(?:[Cc]ontains?|[Ii]ncludes?|[Ss]hips? with|[Bb]undles?) no\s+(?:[A-Z][\w&.'’-]*(?:\s+[A-Za-z][\w&.'’-]*){0,2},?\s+(?:(?:and|or|nor)\s+)?){0,4}$/;
/** "(including Samsung, Xiaomi and Huawei phones)": the reader's phone makers. */
const PHONES_AFTER = /^(?:\s*(?:,|and|or)\s*[\w&.'’-]+){0,4}\s+(?:phones|smartphones|handsets|tablets|devices)\b/i;

export function appSectionRejection(before: string, after: string, sendsTo: boolean): NamingRejection | null {
  if (EVALUATING_BEFORE.test(before.slice(-80))) return 'hypothetical';
  if (PLATFORM_ROLE_AFTER.test(after) && !sendsTo) return 'platform-brand';
  if (LIBRARY_BEFORE.test(before.slice(-80)) || OPEN_SOURCE_AFTER.test(after)) return 'about-the-company';
  if (HELP_PAGE_AFTER.test(after)) return 'help-or-opt-out';
  // Not "contains no advertising and no analytics SDKs other than Firebase Crashlytics": the exception is contained.
  if (CONTAINS_NO_BEFORE.test(before.slice(-120)) && !/\b(?:other than|except|apart from|besides)\b[^.;]*$/i.test(before.slice(-120))) return 'negated';
  if (PHONES_AFTER.test(after) && !sendsTo) return 'platform-brand';
  return null;
}
