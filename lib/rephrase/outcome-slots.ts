// Fill-ins for the Result: the numbers, their worth and what the work left behind are facts only
// the user knows, so they are slots; the story's own topic and the team it names are kept.
import { inDomain } from './domain';
import { otherTeam } from './parties';
import { slot } from './slots';
import { capitalizeFirst, withEnding } from './tidy';

function bare(sentence: string): string {
  return sentence.trim().replace(/[\s.!?…,;:]+$/, '');
}

/** A before-and-after sentence about the outcome's topic ("the errors"), or about what was measured. */
export function numbersSlots(topic: string | undefined): string {
  const subject = topic ? capitalizeFirst(topic) : slot('What you measured');
  return `${subject} went from ${slot('before')} to ${slot('after')}, which ${slot('what that meant for the people affected')}.`;
}

/** In place of a feeling ("everyone was happy"): the measured change, capitalized when it opens the sentence. */
export function measuredOutcomeSlot(opensSentence: boolean): string {
  const hint = 'what changed, in numbers: what went from what to what';
  return slot(opensSentence ? capitalizeFirst(hint) : hint);
}

/** The sentence with its figure, then what the figure was worth. */
export function worthSlots(sentence: string, story: string): string {
  const worth = inDomain(story, 'what it was worth: revenue kept, customers or users affected, hours saved, risk removed', 'what it was worth: money, people helped, hours saved, risk removed');
  return withEnding(`${bare(sentence)}, which ${slot(worth)}`, '.');
}

/** What the work left behind: a safeguard, a process, others taking it up. */
export function beyondTheFixSlots(story: string): string {
  const safeguard = inDomain(story, 'what you set up so it cannot happen again: an alert, a check, a process change', 'what you changed so it cannot happen again: a check, a routine, a process');
  const team = otherTeam(story);
  return `I also ${slot(safeguard)}, and ${slot(team ? `whether ${team} or others took it up` : 'who else took it up')}.`;
}
