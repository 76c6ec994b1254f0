// Ownership sentences for answers that route work to someone else: the speaker keeps the problem
// and names the party the answer mentions.
import { namedParty } from './parties';

/** For a hand-off ("I sent them a Slack message"): flag it to the owners, then carry the fix through. */
export function ownedHandoff(sentence: string, story: string): string {
  const party = namedParty(sentence) ?? namedParty(story) ?? 'the owning team';
  const told = /escalat/i.test(sentence)
    ? `escalated it to ${party}`
    : /\breported\b/i.test(sentence)
      ? `reported it to ${party}`
      : /\b(?:ticket|bug|bug report|jira|issue|case)(?!\w)/i.test(sentence)
        ? `filed a ticket with ${party}`
        : /\b(?:raised|brought up)(?!\w)/i.test(sentence)
          ? `raised it with ${party}`
          : `flagged it to ${party}`;
  return `I ${told}, and then I wrote and tested the fix myself and kept checking in with them until it was live in production.`;
}

/** For a fix someone else performed: the speaker's own steps around it. */
export function ownStepsAround(actor: string): string {
  return `I reproduced the failure and wrote the fix, ${actor} reviewed it, and I confirmed in production that the errors had stopped.`;
}
