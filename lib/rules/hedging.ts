// Fillers and hedges ("kind of", "basically", "I think", "maybe") that, in numbers, make the
// speaker sound unsure of their own story.
import { offer } from '../rephrase/offer';
import { removePhrases, type Cut } from '../rephrase/remove-phrases';
import { readableSentences } from '../nlp/story-parts';
import type { Rule, RuleHit } from './types';

interface Hedge {
  re: RegExp;
  /** Ambiguous words ("just", "really") count half: they are often plain emphasis. */
  weight: number;
  /** Guard on the text before the match: true means it is not a hedge here. */
  notAfter?: RegExp;
  /** Guard on the text after the match. */
  notBefore?: RegExp;
}

const NUMBER_AHEAD = /^\s*(?:[$€£]?\d|a (?:few|couple|dozen|hundred|thousand)(?!\w)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|half)(?!\w))/i;
const HEDGES: Hedge[] = [
  // "kind of"/"sort of" as hedges, not "this kind of bug".
  { re: /\b(?:kind|sort)\s+of\b/gi, weight: 1, notAfter: /\b(?:a|the|this|that|what|which|any|some|every|one|same|different|new|other|these|those|first|specific|particular|right|wrong|each|no|that)\s+$/i },
  { re: /\b(?:kinda|sorta|basically|literally|honestly|somewhat|somehow|hopefully|apparently|perhaps|possibly)(?!\w),?/gi, weight: 1 },
  { re: /\b(?:maybe|probably)(?!\w),?/gi, weight: 1 },
  { re: /\bI\s+(?:think|guess|believe|suppose|feel\s+like|feel\s+that|'d\s+say|would\s+say)(?!\w)(?:\s+that\b)?,?/g, weight: 1, notBefore: /^\s*(?:about|of|in)(?!\w)/i },
  { re: /\b(?:you\s+know|I\s+mean|to\s+be\s+honest|more\s+or\s+less)(?!\w),?/gi, weight: 1, notBefore: /^\s+(?:what|how|why|that|the)(?!\w)/i },
  { re: /,?\s*(?:or\s+something(?:\s+like\s+that)?|and\s+stuff(?:\s+like\s+that)?|and\s+so\s+on)(?!\w)/gi, weight: 1 },
  { re: /\ba\s+(?:little\s+)?bit\b/gi, weight: 1, notAfter: /\b(?:for|in|after|wait|waited)\s+$/i, notBefore: /^\s*(?:of\s+(?:a|an|the)|more|over|later|flips?|rates?|masks?|fields?|maps?|sets?|wise|-)/i },
  { re: /\bpretty\b(?=\s+\w)/gi, weight: 1, notAfter: /\b(?:a|the|very)\s+$/i },
  // "like" as filler: "saved like $8,000", "like, we…"; not "I'd like", "looked like", "tools like Kafka".
  { re: /(?:^|(?<=,\s*))like,\s*|\blike\b(?=\s*(?:[$€£]?\d|a few\b|maybe\b|around\b|about\b))/gi, weight: 1, notAfter: /\b(?:looks?|looked|seems?|seemed|feels?|felt|sounds?|sounded|would|'d|something|just|more|much|exactly|things?|anything|nothing|is|was|were|are)\s+$/i },
  { re: /\bjust\b/gi, weight: 0.5, notAfter: /(?:\bnot|n't)\s+$/i, notBefore: /^(?:-|\s+(?:in\s+time|before|after|as|when|like|now|then|enough|\d|under|over|about|below|above))/i },
  { re: /\breally\b/gi, weight: 0.5 },
];

/** Cheap screen: a sentence without any of these words has no hedge to look for. */
const ANY_HEDGE_WORD =
  /\b(?:kind|sort|kinda|sorta|basically|literally|honestly|somewhat|somehow|hopefully|apparently|perhaps|possibly|maybe|probably|think|guess|believe|suppose|feel|say|know|mean|honest|less|something|stuff|so|bit|pretty|like|just|really)(?!\w)/i;

interface Found extends Cut {
  weight: number;
}

function quoted(text: string): [number, number][] {
  return [...text.matchAll(/"[^"]*"|“[^”]*”/g)].map((m) => [m.index, m.index + m[0].length]);
}

function hedgesIn(text: string): Found[] {
  if (!ANY_HEDGE_WORD.test(text)) return [];
  const quotes = quoted(text);
  const found: Found[] = [];
  const taken = new Uint8Array(text.length + 1); // characters already inside a found hedge
  for (const h of HEDGES) {
    h.re.lastIndex = 0;
    for (let m = h.re.exec(text); m; m = h.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        h.re.lastIndex++;
        continue;
      }
      if (h.notAfter?.test(text.slice(Math.max(0, start - 24), start))) continue;
      if (h.notBefore?.test(text.slice(end, end + 24))) continue;
      if (quotes.some(([a, b]) => start >= a && end <= b)) continue;
      if (taken[start] || taken[end - 1]) continue;
      taken.fill(1, start, end);
      // An approximation keeps its honesty as "about": "like $8,000" → "about $8,000".
      const insert = /^(?:like|maybe|probably)(?!\w)/i.test(m[0]) && NUMBER_AHEAD.test(text.slice(end)) ? 'about' : undefined;
      found.push({ start, end, weight: h.weight, ...(insert ? { insert } : {}) });
    }
  }
  return found;
}

const MIN_HEDGES = 3;
const MIN_PER_100_WORDS = 1.5;

const rule: Rule = {
  id: 'hedging',
  severity: 'info',
  message: 'Hedges and fillers here make you sound unsure of your own story.',
  why: 'Confident delivery is part of the signal: say what you did and what happened, without softening it.',
  check(story) {
    const perSentence = readableSentences(story).map((s) => ({ s, hedges: hedgesIn(s.text) }));
    const score = perSentence.reduce((n, x) => n + x.hedges.reduce((w, h) => w + h.weight, 0), 0);
    // LABELING.md: at least 3 and at least 1.5 per 100 words. One stray "just" is fine, and a few
    // spread over a long answer are how people talk; it is the density that undermines the answer.
    const dense = score >= MIN_HEDGES && (score * 100) / Math.max(1, story.words) >= MIN_PER_100_WORDS;
    if (!dense) return [];
    const hits: RuleHit[] = [];
    for (const { s, hedges } of perSentence) {
      if (hedges.length === 0) continue;
      const clean = removePhrases(s.text, hedges);
      hits.push({ start: s.start, end: s.end, ...(clean ? offer(clean) : {}) });
    }
    return hits;
  },
  examples: {
    flagged: [
      {
        text: "So basically I kind of noticed that some webhooks were maybe failing, I think around 0.3%. It wasn't really my team's thing, but I sort of just started looking at the logs. I reproduced it and fixed the retry logic, and I watched the metrics for a few days. It went to zero and saved like $8,000 a week. I'd probably suggest a shared SLO.",
        options: { question: 'production-incident' },
      },
      {
        text: 'I guess the main problem was that our deploys were kind of slow, maybe forty minutes. I basically rewrote the pipeline to cache the dependencies. Builds went down to about twelve minutes. I learned a lot.',
      },
      {
        text: 'Our onboarding flow was losing people at the second step, I think. I sort of redesigned it with the designer and we tested it a bit. Completion went up by probably 10%. Next time I would test earlier.',
      },
    ],
    passing: [
      {
        text: "I eliminated a 0.3% webhook drop rate in a service outside my team, which recovered about $8,000 a week. Nobody owned the failures, so I took them on. I reproduced the bug locally, just before the weekly release, and I rewrote the retry logic with tests. I monitored the dead letter queue for a week. I'd propose a shared webhook SLO across teams.",
      },
      {
        text: 'The search page looked like it was broken for Safari users, and support tickets doubled. I reproduced it on an old Mac, found a date parsing bug, and fixed it with a polyfill. I added a Safari run to our test suite. Tickets went back to 20 a week, and I now check browser support before using new APIs.',
      },
      {
        text: 'Our team used tools like Jenkins and Spinnaker, and releases took a kind of ritual two-day freeze. I measured each step and found that 70% of the time was waiting on manual approvals. I replaced them with automated checks. Release time fell from two days to three hours. I would now measure a process before proposing a new one.',
      },
    ],
  },
};

export default rule;
