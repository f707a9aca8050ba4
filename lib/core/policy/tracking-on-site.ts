/**
 * Tracking technology that outside companies run on the site, for the category reader (39th session, split from
 * categories.ts): whether a sentence speaks of a tracking technology it does not deny, and whether it says outside
 * companies track visitors here.
 */
import { NO_BEFORE } from './category-denied.ts';
import { negatedBefore, negatedInZhClause } from './negation.ts';
import type { Sentence } from './text.ts';

/**
 * "Third parties may place cookies and web beacons on our site": third-party TRACKING disclosed
 * without its purpose. A reader learns that outside companies follow them here, which is what
 * advertising and analytics trackers do; it discloses both kinds (weakly: a sentence that names the
 * purpose is preferred as evidence).
 */
const TRACKING_TECH = /\b(?:cookies?|web beacons?|pixel tags?|pixels?|clear gifs?|tracking (?:technolog(?:y|ies)|tools|pixels?|codes?)|local storage|flash cookies|local shared objects|tags and scripts|SDKs?)\b|Cookie|网络信标|像素标签|SDK/i;
const TRACKING_ACTION = /\b(?:use|uses|using|place|places|placing|set|sets|setting|serve|serves|deploy\w*|employ\w*|collect\w*|track\w*|gather\w*|read|recogni[sz]e|store)\b|使用|收集|采集|获取|读取|放置/i;
const THIRD_PARTY_ONLY = /\b(?:third|3rd)[- ]?part(?:y|ies)\b|\b(?:our |these |such |other |outside |unaffiliated )?(?:partners|advertisers|ad networks|advertising networks|ad servers|vendors|service providers)\b|\b(?:other|outside|unaffiliated|non-affiliated|external|(?:third|3rd)[- ]?party) (?:companies|organi[sz]ations|firms|businesses|entities)\b|\bcompanies (?:that )?we work with\b|第三方|合作伙伴|合作方/i;

/** A tracking technology the sentence does not deny ("a counter on our own server that does not use cookies" has none). */
const TRACKING_TECH_ALL = new RegExp(TRACKING_TECH.source, 'gi');
export function liveTrackingTech(text: string): boolean {
  const all = TRACKING_TECH_ALL;
  all.lastIndex = 0;
  for (let m = all.exec(text); m; m = all.exec(text)) {
    if (!negatedBefore(text, m.index) && !negatedInZhClause(text, m.index, m.index + m[0].length) && !NO_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return true;
  }
  return false;
}

export function tracksOnSite(s: Sentence): boolean {
  // A table row is a cell list (an SDK table's header names "第三方" and "收集" in its column titles).
  if (s.kind === 'table') return false;
  const t = s.text;
  if (!TRACKING_TECH.test(t) || !THIRD_PARTY_ONLY.test(t) || !TRACKING_ACTION.test(t)) return false;
  const m = THIRD_PARTY_ONLY.exec(t)!;
  const a = TRACKING_ACTION.exec(t)!;
  const action = a.index;
  // "no third-party tracking of any kind": "no" as the determiner of the third party.
  if (NO_BEFORE.test(t.slice(Math.max(0, m.index - 60), m.index))) return false;
  // Up to the end of the verb, as in liveAction: "Advertisers cannot place tracking code" denies the placing.
  return !negatedBefore(t, m.index) && !negatedBefore(t, action + a[0].length) && !negatedInZhClause(t, m.index, m.index + m[0].length) && !negatedInZhClause(t, action, action + 1);
}
