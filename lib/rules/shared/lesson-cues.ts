// Sentences that carry a lesson, wherever the segmentation placed them.
import { memoByText } from '../../engine/memo';

const LESSON_CUE =
  /\b(?:I(?:'ve| have)? (?:(?:also|then|soon|\w+ly) )?learn(?:ed|t)|learned that|lessons?|looking back|in hindsight|in retrospect|next time|going forward|takeaway|taught me|I realized|I now (?:always )?\w+|(?:my|the|our) (?:\w+ )?mistake was|now I (?:always|make|ask|start)|since then,? I|if I (?:did|were|could|had)|I would|(?<!\b(?:the|a|an|my|our|that) [\w-]+ )I'd(?! (?:already |just |only |never |recently )?(?:been|had|done|made|built|found|spent|finished|spotted|approved|seen|[a-z]+ed)(?!\w))|I should have|what I(?:'d| would) do differently|(?:what )?I took (?:away )?from (?:this|it|that)|I took away|my (?:main |biggest |key )?takeaway|(?:this|it|that)(?: (?:experience|incident|project|episode|outage|mistake|failure|situation|whole thing))? (?:showed|taught) me|I came away|the (?:main |biggest |key )?lesson|what I (?:got|took|gained) out of (?:it|this|that)|(?:my|the) (?:main |biggest |big |key |real )?learnings?|key learnings?|(?:it|this|that)(?: (?:experience|incident|project|episode|outage|mistake|failure|situation|whole thing))? (?:made me realize|reminded me)|I(?:'ve| have) come to (?:see|believe|realize|think)|what I take (?:away )?from|I take away|the (?:systemic|underlying|deeper|real|organi[sz]ational|process) (?:gap|problem|issue|cause|failure) (?:was|is)|these days,? I|from now on|I (?:really |have |'ve )?grew (?:a lot|so much|as|professionally|personally)|(?:helped|made|pushed) me (?:to )?(?:grow|a better)|(?:we|(?:the|our|my|whole) (?:[\w-]+ )?(?:team|crew|group|squad|staff|department|unit)|everyone) (?:(?:all|also) )?learn(?:ed|t)|(?:would|might|could) have (?:helped|been better|avoided|prevented)|wiser)(?!\w)/i;

/** Memoized: the reflection finder and missing-reflection's evidence both ask it of every told sentence. */
export const isLesson = memoByText((text: string): boolean => LESSON_CUE.test(text));

// Phrases that open a reflection, not just mention a lesson in passing.
const REFLECTION_OPENER =
  /^(?:looking back|in hindsight|in retrospect|on reflection|reflecting on|the (?:main |biggest |key )?lessons?|my (?:main |biggest |key )?takeaway|what I (?:learned|took away|got out of|took out of)|(?:my|the) (?:main |biggest |big |key )?learnings?|I(?:'ve| have)? learn(?:ed|t))(?!\w)/i;

export function opensReflection(text: string): boolean {
  return REFLECTION_OPENER.test(text);
}
