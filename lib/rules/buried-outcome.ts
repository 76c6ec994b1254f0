// For an ownership-focused interviewer, the result is the headline: say it first.
import { hasBusinessValue } from './shared/business-value';
import { hasMetric } from './shared/metrics';
import { reportsOutcome } from './shared/outcome';
import { outcomeSentences } from './shared/outcome-sentences';
import { hitOn } from './shared/story-parts';
import type { Rule } from './types';

/** The opening: the first two sentences. */
const OPENING = 2;

// "Sales dropped 20%" opens on the problem; an outcome headline credits the work or names a gain.
const CREDITED = /\b(?:I|my (?:fix|change|work))(?!\w)/;
const GAIN = /\b(?:eliminated|saved|recovered|halved|doubled|tripled|cut|reduced|improved|boosted|prevented|protected|retained|restored|sped up|shortened|won|went from)(?!\w)/i;

// "Our transfer costs had doubled": a problem that grew opens the story, it is not a gain.
const PROBLEM_GREW =
  /\b(?:costs?|bills?|spend(?:ing)?|errors?|error rates?|failures?|latency|complaints?|tickets?|incidents?|crash(?:es)?|churn|lag|backlog|queues?|load times?|response times?|wait times?|refunds?|cancellations?|outages?|downtime|timeouts?)(?: [\w-]+){0,3}? (?:had |has |have )?(?:doubled|tripled|quadrupled|spiked|jumped|ballooned|grown|grew|climbed|risen|rose|gone up|went up)(?!\w)/i;

function isHeadline(sentence: string): boolean {
  const text = sentence.replace(PROBLEM_GREW, ' ');
  const measured = hasMetric(text) || hasBusinessValue(text);
  return (hasMetric(text) && reportsOutcome(text) && CREDITED.test(text)) || (measured && GAIN.test(text));
}

const rule: Rule = {
  id: 'buried-outcome',
  severity: 'warning',
  message: 'The outcome is not in the opening; the answer makes the listener wait for it.',
  why: 'When the interviewer is probing ownership, leading with what you achieved frames every step that follows as proof; saved for the end, it may never get heard.',
  focus: ['ownership'],
  check(story) {
    const opening = story.sentences.slice(0, OPENING);
    const first = opening[0];
    if (!first || opening.some((s) => s.leadIn || isHeadline(s.text))) return [];
    const result = outcomeSentences(story).find((s) => hasMetric(s.text));
    const suggestion = result
      ? `Open with the result, then tell how you got there: "${result.text}"`
      : 'Open with the result in one sentence (what changed, in numbers, and what it was worth), then tell how you got there.';
    return [hitOn(first, { suggestion })];
  },
  examples: {
    flagged: [
      {
        // A problem that grew ("costs had doubled") opens the story; it is not the outcome.
        text: 'Last spring I noticed our storage costs had doubled in two months, and nobody owned the buckets. I traced it to debug logs kept forever, set a 30-day lifecycle rule, and checked the bill for two weeks. Storage costs fell by $9,000 a month.',
        options: { focus: 'ownership' },
      },
      {
        text: 'Our webhook service, owned by the Platform team, was dropping events and nobody had a ticket. I searched the delivery logs, reproduced the bug, and fixed the retry logic with tests. The drop rate went from 0.3% to zero, recovering about $8,000 a week.',
        options: { focus: 'ownership' },
      },
      {
        text: 'Situation: the invoicing job belonged to finance engineering and failed every month end. Task: nobody owned the failures. Action: I traced them to a lock timeout and split the job in two. Result: month-end close went from five days to three.',
        options: { focus: 'ownership', question: 'ownership' },
      },
    ],
    passing: [
      {
        text: 'I eliminated a 0.3% webhook drop rate in a service outside my team, which recovered about $8,000 a week. The service belonged to the Platform team and nobody had a ticket. I searched the logs, reproduced the bug, and fixed the retry logic with tests. The Platform team adopted the alert I added.',
        options: { focus: 'ownership' },
      },
      {
        text: 'Our webhook service, owned by the Platform team, was dropping events and nobody had a ticket. I searched the delivery logs, reproduced the bug, and fixed the retry logic with tests. The drop rate went from 0.3% to zero, recovering about $8,000 a week.',
        options: { focus: 'technical' },
      },
    ],
  },
};

export default rule;
