// A STAR answer needs all four parts; a missing one leaves the listener to guess.
import type { Sentence, StoryContext } from '../engine/context';
import { FIX, INVESTIGATE, pastForms } from '../nlp/lexicon';
import { SECTION_KINDS, type SectionKind } from '../engine/report';
import { hasMetric } from './shared/metrics';
import { OWN_STEP } from './shared/own-step';
import { reportsOutcome } from './shared/outcome';
import { hasSection, hitOn, sentencesIn } from './shared/story-parts';
import { missingPartSlots } from '../rephrase/step-slots';
import type { Rule, RuleHit } from './types';

const NAMES: Record<SectionKind, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
};


// What the task sounds like when notes fold it into the context. Whose problem it was ("nobody
// owned it") is a scope boundary, not a Task: the guide asks for the goal, a responsibility or the
// choice to take it on.
const TASK_CUE =
  /\b(?:my (?:goal|task|job|role|responsibility|mandate)|I (?:had|needed|was asked|was tasked|was expected|wanted|decided) to|I was (?:responsible|accountable|on[- ]call)|I inherited|(?:so|and) I (?:took|picked|owned)|so I did(?=\s*[.,;!]|\s*$)|took (?:it|this) on|I (?:took on|took over|stepped (?:in|up)|picked up|volunteered|offered)|deadline|had (?:\w+ ){1,2}(?:days?|weeks?|months?) to)(?!\w)/i;
// Without markers, a story that does not spell out each part can still carry it: a first
// sentence that describes a problem is context; a first-person step is an action; an outcome
// verb or a number after the actions is a result.
const CONTEXT = /\b(?:was|were|had|has|have|there|our|their|my (?:team|company|manager|lead|first|last|previous)|(?:in|during|at|when|while|as) (?:my|our|a|an|the)|fail(?:ed|ing|ures?)|fell apart|went wrong|wrong|incorrect|mistakes?|accident(?:ally)?|without|couldn't|could not|unable|missing|stale|stuck|lost|leak(?:ed|ing)?|broke|broken|errors?|bugs?|outage|incident|slow|late|behind|dropp(?:ed|ing)|disagree(?:d|ment)?|conflict|deadline|problem|issue|complain(?:ed|ts?))(?!\w)/i;

// Responsibility told in passing, anywhere in the story: "it was mine to handle", "I was the
// incident lead", "as the PM, I…", "my squad's job".
const OWNED_CUE =
  /\b(?:responsib\w*|accountab\w*|mine(?! of)|my (?:[\w-]+ )?(?:mistake|call|project|job|task|incident|problem|area|service|code|change|ticket|feature|queue)|(?:was|were) assigned|assigned (?:to )?me|I own(?:ed)?|(?:is|was) on me|I(?:'d| had) (?:written|shipped|built|deployed|launched|merged|introduced)|I took (?:\w+ )?(?:command|ownership|charge|the lead)|I was (?:the|a|an) [\w-]+(?: [\w-]+)? (?:lead|owner|engineer|manager|on call|on-call)|as (?:the|a|an) [\w-]+(?: [\w-]+)?,? I|asked (?:me|to)|goal|aim|set out to|(?:my|our) (?:squad|team)['’]s)(?!\w)/i;
// A step told by anyone: someone else's fix is still an Action (others-did-it judges who did it).
const ANY_STEP = new RegExp(String.raw`\b(?:${pastForms(FIX, INVESTIGATE)})(?!\w)`, 'i');
// "We sat down and picked one style": a shared step is still an Action (we-language judges it).
const WE_STEP = /\bwe (?:\w+ ){0,2}?(?:\w+ed|sat|met|made|took|chose|agreed|found|wrote|built|ran|set|got|put|spoke|drew|held|split|cut)(?!\w)/i;

// A part is reported missing only when no sentence could serve as it: "your Result is missing"
// on an answer that has one is worse than silence.
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
  const told = notReflection.filter((s) => !s.leadIn);
  const setup = has('situation') || has('task') || CONTEXT.test(told[0]?.text ?? '');
  if (!setup) missing.push('situation');
  const owned = story.sentences.some((s) => TASK_CUE.test(s.text) || OWNED_CUE.test(s.text));
  // LABELING.md: the Task is missing, at any length, unless a sentence states the goal, the
  // speaker's responsibility or the choice to take it on.
  if (!has('task') && !owned) missing.push('task');
  if (!has('action') && !notReflection.some((s) => OWN_STEP.test(s.text)) && !told.slice(1).some((s) => ANY_STEP.test(s.text) || WE_STEP.test(s.text))) missing.push('action');
  if (!has('result') && !couldBeResult(notReflection)) missing.push('result');
  return missing;
}

function couldBeResult(notReflection: Sentence[]): boolean {
  const outcome = (s: Sentence) => (reportsOutcome(s.text) && hasMetric(s.text)) || (!OWN_STEP.test(s.text) && (reportsOutcome(s.text) || hasMetric(s.text)));
  // An outcome may open the answer as its headline, or be the closing sentence after the steps
  // told by someone else ("the demo ran cleanly, and our mentor merged it").
  const closing = notReflection[notReflection.length - 1];
  const closesOnOthers = !!closing && closing.index > 0 && notReflection.slice(0, -1).some((s) => OWN_STEP.test(s.text)) && !OWN_STEP.test(closing.text) && !/^\s*we\b/i.test(closing.text);
  const headline = (s: Sentence) => s.leadIn || (s.index === 0 && OWN_STEP.test(s.text) && reportsOutcome(s.text) && hasMetric(s.text));
  return notReflection.some(headline) || notReflection.slice(1).some(outcome) || closesOnOthers;
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
        suggestion: missingPartSlots(kind as Exclude<SectionKind, 'reflection'>),
      }),
    );
  },
  examples: {
    flagged: [
      {
        // A bare answer that never says what was expected of the speaker.
        text: 'Two testers on my team kept disagreeing about bug priorities. We sat down, went through the last release together and agreed on one scale. After that triage meetings were shorter.',
      },
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
        // The closing sentence tells what followed the steps: that is the Result.
        text: 'Our student project had a currency bug that rounded totals wrong, and I owned the pricing half. I traced it to floating-point sums and rewrote them with integer cents and tests. The demo ran without a rounding error, and our mentor merged both halves.',
      },
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
