// A STAR answer needs all four parts; a missing one leaves the listener to guess.
import type { Sentence, StoryContext } from '../engine/context';
import { SECTION_KINDS, type SectionKind } from '../engine/report';
import { hasMetric } from './shared/metrics';
import { OWN_STEP } from './shared/own-step';
import { reportsOutcome } from './shared/outcome';
import { hasSection, hitOn, sentencesIn } from './shared/story-parts';
import type { Rule, RuleHit } from './types';

const NAMES: Record<SectionKind, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
};

const PROMPTS: Record<'situation' | 'task' | 'action' | 'result', string> = {
  situation: 'Open with one or two sentences of context: where you were, what went wrong, and why it mattered.',
  task: 'Say what you had to achieve and why it fell to you, in one sentence, before the actions.',
  action: 'Walk through the steps you took yourself, one "I" sentence each.',
  result: 'Finish the story with its outcome: what changed, in numbers, and what it was worth.',
};

// What the task sounds like when notes fold it into the context.
const TASK_CUE =
  /\b(?:my (?:goal|task|job|role|responsibility|mandate)|I (?:had|needed|was asked|was tasked|was expected|wanted|decided|offered|volunteered) to|I was (?:responsible|accountable|on call)|(?:so|and) I (?:took|picked|owned)|took (?:it|this) on|nobody|no one|no-one|no team|not (?:my|our)|wasn't (?:my|our)|outside (?:my|our)|deadline|had (?:\w+ ){1,2}(?:days?|weeks?|months?) to)(?!\w)/i;
// Without markers, a story that does not spell out each part can still carry it: a first
// sentence that describes a problem is context; a first-person step is an action; an outcome
// verb or a number after the actions is a result.
const CONTEXT = /\b(?:was|were|had|has|have|there|our|their|my (?:team|company|manager|lead|first|last|previous)|(?:in|during|at|when|while|as) (?:my|our|a|an|the)|fail(?:ed|ing|ures?)|fell apart|went wrong|wrong|incorrect|mistakes?|accident(?:ally)?|without|couldn't|could not|unable|missing|stale|stuck|lost|leak(?:ed|ing)?|broke|broken|errors?|bugs?|outage|incident|slow|late|behind|dropp(?:ed|ing)|disagree(?:d|ment)?|conflict|deadline|problem|issue|complain(?:ed|ts?))(?!\w)/i;

function missingParts(story: StoryContext): SectionKind[] {
  const marked = story.sentences.some((s) => s.marked);
  const has = (k: SectionKind) => hasSection(story, k);
  const notReflection = story.sentences.filter((s) => s.section !== 'reflection');
  if (marked) {
    // "…and it was on nobody's roadmap": the task told inside the context.
    const taskInSetup = sentencesIn(story, 'situation').some((s) => TASK_CUE.test(s.text));
    return (['situation', 'task', 'action', 'result'] as const).filter((k) => !has(k) && !(k === 'task' && taskInSetup));
  }
  const missing: SectionKind[] = [];
  const setup = has('situation') || has('task') || CONTEXT.test(story.sentences[0]?.text ?? '');
  if (!setup) missing.push('situation');
  if (!has('action') && !notReflection.some((s) => OWN_STEP.test(s.text))) missing.push('action');
  const outcome = (s: Sentence) => (reportsOutcome(s.text) && hasMetric(s.text)) || (!OWN_STEP.test(s.text) && (reportsOutcome(s.text) || hasMetric(s.text)));
  if (!has('result') && !notReflection.slice(1).some(outcome)) missing.push('result');
  return missing;
}

/** Where a missing part would go: the sentence it should come before, or the last one before it. */
function anchorFor(story: StoryContext, kind: SectionKind): Sentence {
  const rank = (k: SectionKind) => SECTION_KINDS.indexOf(k);
  const later = story.sentences.find((s) => rank(s.section) > rank(kind));
  if (kind === 'result' || !later) {
    const before = story.sentences.filter((s) => rank(s.section) < rank(kind));
    return before[before.length - 1] ?? story.sentences[story.sentences.length - 1]!;
  }
  return later;
}

const rule: Rule = {
  id: 'missing-section',
  severity: 'error',
  message: 'A part of the STAR structure is missing.',
  why: 'Situation, Task, Action and Result are what the interviewer listens for in turn; when one is missing they have to guess it, and usually guess against you.',
  check(story) {
    if (story.sentences.length === 0) return [];
    return missingParts(story).map(
      (kind): RuleHit => hitOn(anchorFor(story, kind), {
        message: `The ${NAMES[kind]} is missing.`,
        suggestion: PROMPTS[kind as keyof typeof PROMPTS],
      }),
    );
  },
  examples: {
    flagged: [
      {
        text: 'Situation: our nightly billing job kept failing. Task: I owned billing reliability that quarter. Action: I found a race between two jobs and added a lock, with tests. Reflection: I now draw the job schedule before adding any new batch job.',
      },
      {
        text: 'S: Checkout errors spiked after the Friday release.\nA: I rolled back, found the bad migration, and re-ran it on a copy of production.\nR: Errors went from 4% to zero within the hour.',
      },
      {
        text: 'Our support queue had grown to 400 open tickets and response times were slipping. I sorted the backlog by product area and wrote macros for the ten most common questions. I also set up a weekly triage with the product team.',
      },
    ],
    passing: [
      {
        // An unmeasured outcome is a weak Result (unquantified-impact says so), not a missing one.
        text: 'Our call centre had a backlog of 900 unanswered voicemails. I volunteered to sort it out. I wrote a callback script and ran two callback sessions a day with three agents. After a month the queue was in a much better place and shifts felt calmer. I learned that a fixed daily slot beats heroics.',
      },
      {
        text: 'Situation: our nightly billing job kept failing. Task: I owned billing reliability that quarter. Action: I found a race between two jobs and added a lock, with tests. Result: failed runs went from three a week to none, and invoices went out on time. Reflection: I now draw the job schedule before adding any new batch job.',
      },
      {
        text: 'Our support queue had grown to 400 open tickets and response times were slipping. I had to bring it under control before the holiday peak. I sorted the backlog by product area and wrote macros for the ten most common questions. Open tickets fell to 90 in three weeks, and first responses went from two days to four hours. I learned to fix the top questions before hiring for volume.',
      },
    ],
  },
};

export default rule;
