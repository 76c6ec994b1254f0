// Ownership for answers that route work to someone else: the user's own words stay, and the steps
// only the user can tell are fill-in slots, never invented ("I wrote and tested the fix").
import { slot } from './slots';
import { capitalizeFirst, withEnding } from './tidy';

/** Where another party takes over: ", and they fixed it", " so the Payments team could…". */
const OTHERS_TAKE_OVER =
  /,?\s+(?:and|so|but|then|after which|until|while)\s+(?:then\s+)?(?:they|he|she|someone|somebody|the\s+(?:[\w&-]+\s+){0,2}?(?:team|group|owners?|on-call|vendor|engineers?|developers?|lead|manager)|their\s+[\w-]+(?:\s+[\w-]+)?|(?!I\b)[A-Z][a-z]+)\b.*$/;
const STARTS_WITH_SPEAKER = /^\s*(?:\W*\w+\W+){0,3}?I\b/;
const LEAD = /^(?:She|He|They|The|Their|His|Her|My|Our|Someone|Somebody|One|Another|A|An|It|That|This|After|Then|So)(?!\w)/;

function bare(sentence: string): string {
  return sentence.trim().replace(/[\s.!?…]+$/, '');
}

/** The sentence up to where someone else takes over, when the speaker opens it. */
function ownPart(sentence: string): string | undefined {
  const text = bare(sentence);
  if (!STARTS_WITH_SPEAKER.test(text)) return undefined;
  const own = text.replace(OTHERS_TAKE_OVER, '').replace(/[\s,;:–—-]+$/, '');
  return own.length >= 3 ? own : undefined;
}

/** A hand-off ("I sent them a Slack message and they handled it"): the routing stays as told,
 * the follow-through is the user's to fill in. */
export function ownedHandoff(sentence: string): string {
  const own = ownPart(sentence) ?? bare(sentence);
  return withEnding(capitalizeFirst(`${own}, then I ${slot('what you did yourself to fix it')} and ${slot('how you made sure it worked')}`), '.');
}

/** A decisive step someone else took: the user's own part goes first, the rest as told. */
export function ownStepsAround(sentence: string): string {
  const own = ownPart(sentence);
  if (own) return withEnding(`${own}, then I ${slot('what you did yourself to fix it')} and ${slot('how you made sure it worked')}`, '.');
  const rest = bare(sentence).replace(LEAD, (w) => w.toLowerCase());
  return withEnding(`I ${slot('what you did yourself to fix it')} before ${rest}`, '.');
}
