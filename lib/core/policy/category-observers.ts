/**
 * An outside company's tool watching how the site is used, said in plain words (21st session): "A testing service we use
 * works out which of two designs performs better", "The video player … is provided by an outside company. It records
 * which videos you start", "the screen maker's software counts how many people look". No word "analytics" and no
 * "third party" recipient, yet the kind is disclosed: another company's tool records the visitor's behaviour. Read for
 * the analytics kind only, and only as a disclosure (it can spare a site an accusation, never make one).
 */
import { negatedBefore } from './negation.ts';
import type { Sentence } from './text.ts';

/** The subject: a tool or party that is not the site ("a testing service we use", "the agency's code", "another company"). */
const OUTSIDE_AGENT = String.raw`(?:\b(?:an?|the|our|its|their|this|that)\s+(?:(?:outside|external|third[- ]party|specialist|independent|separate|hosted|embedded)\s+)?(?:[\w-]+\s+){0,2}?(?:service|platform|provider|vendor|company|agency|firm|contractor|widget|kit|sdk|plug-?in|player|tool|operator|supplier)s?(?:\s+(?:we use|we work with|we contract with|that we use))?|\banother company|\bother companies|\b(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+)?['’]s\s+(?:software|code|tag|pixel|sdk|script|tool))`;
/** The verb of watching, and what it watches: the visitor's behaviour, not a record of a transaction. */
const WATCHES = String.raw`\s+(?:also\s+|then\s+)?(?:records?|counts?|notes?|tracks?|measures?|logs?|works? out|tells? us|shows? us|reports?(?: back)?|sees?|estimates?)\s+(?:(?:to us|back|for us)\s+)?(?:(?:which|whether|how (?:many|long|far|often)|where)\b|(?:your|each|the|every)\s+(?:visits?|page views?|clicks?|opens?|scrolling)\b)`;
const AGENT = new RegExp(OUTSIDE_AGENT, 'i');
const OBSERVER = new RegExp(`${OUTSIDE_AGENT}(?:\\s*\\([^)]{0,40}\\))?(?:\\s+(?:on|in|of)\\s+(?:our|the|this)\\s+[\\w-]+(?:\\s+[\\w-]+)?)?${WATCHES}`, 'i');
/** "It records which videos you start" after a sentence whose outside party "it" is. */
const PRONOUN_WATCHES = new RegExp(`^\\s*(?:it|they|the (?:tool|service|widget|player|kit|platform|code))${WATCHES}`, 'i');
const PROVIDED_BY_OUTSIDE = /\b(?:provided|made|supplied|run|operated|built) by (?:an? )?(?:outside|external|third[- ]party|specialist|other|another)\b|\bbelongs to (?:an? )?(?:outside|external|other|another)\b|\bis made by another company\b/i;

/** Watching for ads ("how well the ad performed", "to tailor the sponsored links") or only to keep a network running is not this kind. */
const OTHER_END = /\bads?\b|\badvert|\bsponsored\b|\bconversions?\b|\bcampaigns?\b|\bonly (?:to|for) (?:keep|block|secure|protect|prevent|run|operate)\b|\bsecurity\b|\bfraud\b/i;

/** The verbs alone, a cheap test before the long expressions (this runs on every sentence of a policy). */
const WATCH_VERB = /\b(?:records?|counts?|notes?|tracks?|measures?|logs?|works? out|tells? us|shows? us|reports?|sees?|estimates?)\b/i;

export function outsideObserver(s: Sentence, prev: Sentence | undefined): boolean {
  if (!WATCH_VERB.test(s.text) || OTHER_END.test(s.text)) return false;
  const m = OBSERVER.exec(s.text);
  if (m && !negatedBefore(s.text, m.index + m[0].length) && !/^\s*(?:we|our)\b/i.test(m[0])) return true;
  const p = PRONOUN_WATCHES.exec(s.text);
  return !!p && prev !== undefined && prev.kind === s.kind && s.start - prev.end <= 2 && (PROVIDED_BY_OUTSIDE.test(prev.text) || AGENT.test(prev.text)) && !negatedBefore(s.text, p[0].length);
}
