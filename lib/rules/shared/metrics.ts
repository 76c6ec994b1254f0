// Metrics and deltas: what makes a result measurable. Numbers that only set the scene
// (a team of five, a year, "after two weeks", a version) do not count.
import { memoByText } from '../../engine/memo';
import { SPELLED_NUMBER } from './numbers';
import { precompiled } from '../../engine/precompiled';

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const TIME_UNIT = String.raw`(?:ms|milliseconds?|secs?|seconds?|s|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|quarters?|years?|sprints?|nights?)`;

// "about", "under", "<" before a figure: the figure still counts.
const QUALIFIER = String.raw`(?:about |around |roughly |nearly |almost |over |under |below |above |less than |more than |just |only |~\s?)`;
const SMALL_NUMBER = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten)`;
const UNIT = String.raw`(?:\s?(?:%|percent|ms|s|seconds?|minutes?|hours?|days?|x|k|[kmgtp]i?b))?`;
const METRIC_PATTERNS: RegExp[] = [
  // from about 40 a week to 3, from 0.3% to zero, from 300 a day back to the usual 20
  new RegExp(String.raw`\bfrom ${QUALIFIER}?[$€£]?\d[\d,.]*\S*(?:\s+\S+){0,5}?\s+(?:back |down |up )?to (?:the (?:usual|normal|old|previous) |${QUALIFIER})?(?:[$€£]?\d[\d,.]*${UNIT}|zero|none|nothing|${SMALL_NUMBER})(?!\w)`, 'i'),
  // down to under one second, up from 40
  new RegExp(String.raw`\b(?:down|up) (?:from|to) ${QUALIFIER}?(?:\d|${SMALL_NUMBER}\b|${SPELLED_NUMBER}\b)`, 'i'),
  // from about half of releases to none, by a third, instead of day four
  /\bfrom (?:about |around |roughly |nearly |almost )?(?:half|a third|a quarter|two thirds|most|all|every)(?!\w)(?:\s+\S+){0,4}?\s+to (?:none|zero|nothing|\w+ (?:half|third|quarter)|(?:a )?(?:half|third|quarter)|\d)/i,
  /\b(?:by|to|in) (?:a |one )?(?:third|quarter|fifth|tenth)(?!\w)|\b(?:a|one|two) (?:third|quarter)s? (?:fewer|less|more)(?!\w)/i,
  /\binstead of (?:the |about |around )?(?:(?:a|an) (?:hour|day|week|month|sprint|quarter|year)(?!\w)|(?:every|each|once (?:a|an|per|every)) (?:other )?(?:second|minute|hour|day|night|morning|week|month|sprint|quarter|year|release|deploy)(?!\w)|(?:hourly|daily|nightly|weekly|monthly|quarterly|yearly)(?!\w)|\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|hours|days|weeks|months|minutes|(?:day|week|month|sprint) \w+)/i,
  // 94s -> 6s, 300 ms → 4 s, 8 s → under 1 s, 12 min => <2 min
  new RegExp(String.raw`${NUM}\s?\S*\s?(?:->|→|=>|⟶|➝)\s?(?:${QUALIFIER}|[<>~≈]\s?)?${NUM}[\w%]*`, 'i'),
  // 40 GB, 800MB: an amount of data
  new RegExp(String.raw`\b${NUM}\s?[KMGTP]i?B(?!\w)`, 'i'),
  // 0.3%, 40 percent, 5 points
  new RegExp(String.raw`\b${NUM}\s?(?:%|percent\b|per cent\b|pp\b|percentage points?\b|points?\b|basis points\b)`, 'i'),
  // $8,000, €2M, 8K, 3 million dollars
  new RegExp(String.raw`[$€£¥]\s?${NUM}(?:\s?(?:k|m|bn|million|billion)(?!\w))?|\b${NUM}\s?(?:k|m|bn|million|billion|thousand)?\s?(?:dollars|euros|pounds|usd|eur|gbp)(?!\w)|\b${NUM}\s?(?:k|bn)(?!\w)|\b${NUM}\s?(?:million|billion)(?!\w)`, 'i'),
  // 3x, 10×, four times faster, tenfold, doubled, by half
  new RegExp(String.raw`\b${NUM}\s?(?:x\b|×)|\b(?:${NUM}|${SMALL_NUMBER}|${SPELLED_NUMBER}) times (?:faster|quicker|fewer|less|more|cheaper|smaller|bigger|larger|higher|lower)(?!\w)|\b(?:two|three|four|five|ten)fold\b|\btwice as\b|\b(?:doubled|tripled|quadrupled|halved)(?!\w)|\b(?:by|in) half\b`, 'i'),
  // zero errors, went to zero
  /\bzero\b/i,
  // A clean run over a stated period: "running for 18 months without issues", "no outages in six weeks".
  new RegExp(String.raw`\b(?:for|in|over)\s+(?:the\s+(?:last|past)\s+|over\s+|more\s+than\s+)?(?:${NUM}|${SMALL_NUMBER}|${SPELLED_NUMBER}|a|an)\s+(?:days?|weeks?|months?|quarters?|years?)\s+(?:without|with\s+no|with\s+zero)\s+(?:a\s+single\s+|any\s+)?(?:issues?|incidents?|errors?|failures?|outages?|problems?|complaints?|pages?|bugs?)(?!\w)|\b(?:without|no)\s+(?:a\s+single\s+|any\s+)?(?:issues?|incidents?|errors?|failures?|outages?|problems?|complaints?|pages?|bugs?)\s+(?:for|in|over)\s+(?:the\s+(?:last|past)\s+)?(?:${NUM}|${SMALL_NUMBER}|${SPELLED_NUMBER})\s+(?:days?|weeks?|months?|quarters?|years?)(?!\w)`, 'i'),
  // from days to minutes
  /\bfrom (?:seconds|minutes|hours|days|weeks|months) (?:down )?to (?:milliseconds|seconds|minutes|hours|days)(?!\w)/i,
].map(precompiled);

// A duration counts unless it only says when or for how long something was watched.
const DURATION = precompiled(new RegExp(String.raw`\b(?:${NUM}|${SPELLED_NUMBER})[\s-]?${TIME_UNIT}\b`, 'gi'));
// "for about two hours" says how long; "saved about 20 hours" is a measured gain.
const CONTEXT_BEFORE_DURATION = precompiled(/\b(?:after|for|over|during|every|each|per|ago|the first|the next|the last|another)\s+(?:about |around |roughly |nearly |almost |some )?$/i);
const DURATION_AFTER = /^\s*(?:ago|later|afterwards|after|of (?:experience|work))(?!\w)/i;

// Counts of things: "140 enterprise accounts", "three teams", "dozens of merchants".
const COUNT = precompiled(new RegExp(String.raw`\b(?:${NUM}\+?|${SPELLED_NUMBER})\s+(?:of\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s\b`, 'gi'));
// "in 2021" sets the scene, but "brought in 2,300 users" is a gain: "in" as a verb's particle counts.
const NOT_A_COUNT_BEFORE = precompiled(/\b(?:team of|group of|version|v|java|python|node|ios|android|step|phase|level|q|#|(?<!\b(?:brought|bring|brings|bringing|pulled|pulls|pulling|signed|signing|took|takes|taking|came|comes|coming|raked|rakes|raking|poured|pouring|rolled|rolling|flooded|flowed|called|calling|logged|checked|checking)\s+)in|since|by|of)\s*$/i);
const YEAR = /^(?:19|20)\d\d\b/;
const NOT_A_NOUN = /\b(?:us|its|this|was|is|has|does|as|yes|his|hers|ours|theirs|yours|less|plus|across|always|perhaps)$/i;

export interface MetricMatch {
  index: number;
  text: string;
}

function durationMetric(text: string): MetricMatch | undefined {
  for (const m of text.matchAll(DURATION)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (CONTEXT_BEFORE_DURATION.test(before) || DURATION_AFTER.test(after)) continue;
    return { index: m.index, text: m[0] };
  }
  return undefined;
}

const ENDS_IN_TIME_UNIT = new RegExp(String.raw`\b${TIME_UNIT}$`, 'i');

function countMetric(text: string): MetricMatch | undefined {
  for (const m of text.matchAll(COUNT)) {
    if (YEAR.test(m[0]) || NOT_A_NOUN.test(m[0]) || NOT_A_COUNT_BEFORE.test(text.slice(0, m.index))) continue;
    if (ENDS_IN_TIME_UNIT.test(m[0])) continue; // durations are judged above
    return { index: m.index, text: m[0] };
  }
  return undefined;
}

// Turning up a setting is a step, not a result: "doubled the memory limit", "raised the pool size to 50".
const SETTING_CHANGE =
  precompiled(/\b(?:doubled|tripled|quadrupled|increased|raised|bumped(?: up)?|upped|set|scaled(?: up| out)?)\s+(?:the |our |its |their |a )?(?:[\w-]+ ){0,2}?(?:limits?|quotas?|pool(?: size)?|replicas?|replica count|pods|instances|workers|nodes|heap(?: size)?|memory|cpu|batch size|timeout|ttl)(?!\w)(?: (?:from \S+ (?:\w+ )?)?to \S+(?: \w+)?)?/gi);

/** The first metric or delta in the text, if any. */
export const findMetric = memoByText((text: string): MetricMatch | undefined => {
  // Blank settings out, keeping offsets, so a result elsewhere in the sentence is still found.
  text = text.replace(SETTING_CHANGE, (m) => ' '.repeat(m.length));
  for (const re of METRIC_PATTERNS) {
    const m = re.exec(text);
    if (m) return { index: m.index, text: m[0] };
  }
  return durationMetric(text) ?? countMetric(text);
});

export function hasMetric(text: string): boolean {
  return findMetric(text) !== undefined;
}
