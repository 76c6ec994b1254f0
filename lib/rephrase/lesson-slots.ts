// Fill-ins for the Reflection: the lesson is the user's, so it is a slot; the team the story names
// (never the speaker's own as "another team") can appear in the hint.
import { inDomain } from './domain';
import { otherTeam } from './parties';
import { slot } from './slots';

/** In place of a generic lesson ("communication is important"). */
export function specificLessonSlots(story: string): string {
  const team = otherTeam(story);
  const change = inDomain(
    story,
    `the specific change you now make, such as a shared metric, an alert or a check-in with ${team ?? 'the people involved'}`,
    `the specific change you now make, such as a check, a routine or a check-in with ${team ?? 'the people involved'}`,
  );
  return `I learned that ${slot('what this story showed you')}, so now I ${slot(change)}.`;
}

/** A closing lesson where the answer has none. */
export function closingLessonSlots(): string {
  return `Looking back, ${slot('the specific lesson')}, so now I ${slot('what you do differently')}.`;
}

/** The organizational angle for senior and staff answers. */
export function orgInsightSlots(story: string): string {
  const team = otherTeam(story);
  return `The gap behind it was ${slot('what in ownership, process or shared targets let this happen')}, so I ${slot(`what you changed ${team ? `with ${team} and beyond` : 'across teams'}`)}.`;
}
