// Fill-ins for the steps an interviewer listens for: the boundary, the investigation, the check that
// the fix worked, the safeguard, a missing STAR part. How the user did them is theirs to tell.
import type { SectionKind } from '../engine/report';
import { inDomain } from './domain';
import { otherTeam } from './parties';
import { slot } from './slots';
import { capitalizeFirst, withEnding } from './tidy';

/** The claim as told, then how it was confirmed. */
export function validationSlots(sentence: string, story: string): string {
  const how = inDomain(story, 'how you confirmed the fix: what you reproduced first, which tests, error rates or logs you watched after', 'how you confirmed it worked: what you checked afterwards, and for how long');
  return `${capitalizeFirst(withEnding(sentence.trim(), sentence))} I ${slot(how)}.`;
}

export function investigationSlots(story: string): string {
  const how = inDomain(story, 'how you found the cause: what you reproduced, which logs, traces or metrics you read', 'how you found the cause: what you checked, measured or tried first');
  return `First, I ${slot(how)}.`;
}

export function preventionSlots(story: string): string {
  const what = inDomain(story, 'the safeguard you set up: an alert on the failing signal, an automated check, a test that blocks a repeat', 'the safeguard you set up: a check, a checklist, a reminder that catches a repeat');
  return `Then I ${slot(what)}.`;
}

/** Whose problem it was, naming another team only when the story does (never the speaker's own). */
export function boundarySlots(story: string): string {
  const team = otherTeam(story);
  const whose = team ? `whose it was, such as ${team}'s` : "whose it was: another team's, or nobody's";
  return `This was ${slot(whose)}, and ${slot('why it was not yours: nobody had asked you, no one owned it')}.`;
}

const PART_SLOTS: Record<Exclude<SectionKind, 'reflection'>, string> = {
  situation: `${slot('Where you were and what went wrong')}, which mattered because ${slot('what was at stake')}.`,
  task: `My goal was ${slot('what you had to achieve')}, and it fell to me because ${slot('why it was yours to do')}.`,
  action: `I ${slot('your first step')}, then I ${slot('your next step')}.`,
  result: `${slot('What changed')} went from ${slot('before')} to ${slot('after')}, which ${slot('what it was worth')}.`,
};

export function missingPartSlots(kind: Exclude<SectionKind, 'reflection'>): string {
  return PART_SLOTS[kind];
}
