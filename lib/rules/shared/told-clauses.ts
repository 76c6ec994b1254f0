import { isHypothetical } from './hypothetical';

// One sentence can tell a fact and an intent: "Going forward, a test pass was added to the
// checklist, and I'd now push for it to start earlier." Judged clause by clause, the fact counts.
// A clause breaks only where a new subject starts ("…, and I'd…"); "I would write a runbook, and
// make it part of onboarding" keeps both verbs under the same "would".
const CLAUSE_BREAK = /;\s*|,\s+(?:and|but|so|while)\s+(?=(?:I|we|they|he|she|it|this|that|the|our|my|their|a|an|every|each|everyone|nobody)(?:\s|['’]))/i;
// Openers that look ahead, although the clause may tell what was actually done.
const FORWARD_OPENER = /^\s*(?:going forward|from then on|(?:for|in) (?:the )?future(?: releases| launches)?|next time),?\s+/i;
const FUTURE = /\b(?:will|won't|shall|going to)(?!\w)|['’]ll\b/i;

function toldAsFact(clause: string): boolean {
  if (!isHypothetical(clause)) return true;
  const rest = clause.replace(FORWARD_OPENER, '');
  return rest !== clause && !isHypothetical(rest) && !FUTURE.test(rest);
}

/** The clauses of a sentence that tell what happened, leaving out intentions and conditionals. */
export function toldClauses(text: string): string[] {
  return toldAsFact(text) ? [text] : text.split(CLAUSE_BREAK).filter(toldAsFact);
}
