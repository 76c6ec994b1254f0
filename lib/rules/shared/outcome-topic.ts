// What a result sentence is about ("the errors" in "the errors stopped"), to build a
// before-and-after prompt in the story's own words.
import { precompiled } from '../../engine/precompiled';

const TOPIC =
  precompiled(/\b(the|our|their|its|my|this|that|these) ((?:(?!(?:the|a|an|our|their|its|my|this|that|these|and|or|but)(?!\w))[a-z][\w-]* ){0,2}[a-z][\w-]*) (?:stopped|went (?:up|down|from|to)|dropped|fell|improved|decreased|increased|rose|disappeared|recovered|came back|(?:was|were) (?:fixed|resolved|gone|reduced|faster|better|lower|higher)|got (?:better|faster|shorter)|sped up|shrank|grew|went away)(?!\w)/i);
const PEOPLE = /\b(?:team|partner|manager|boss|client|everyone|everybody|stakeholders?|lead|director|vp|people|customer)s?$/i;

/** "the errors", or undefined when the sentence names no measurable thing. */
export function outcomeTopic(sentence: string): string | undefined {
  const m = TOPIC.exec(sentence);
  if (!m || PEOPLE.test(m[2]!)) return undefined;
  return `${m[1]!.toLowerCase()} ${m[2]}`;
}
