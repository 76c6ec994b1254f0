// Sentences about what the speaker would do, not what happened: they show intent, not effect.
import { memoByText } from '../../engine/memo';
import { precompiled } from '../../engine/precompiled';
const HYPOTHETICAL =
  precompiled(/\b(?:(?:I|we) (?:would|should|could|might)|(?:I|we)['’]d(?! (?:(?:\w+ly|already|just|never|also|only|since|recently|once) )?(?:(?!\w*eed(?!\w))\w{2,}ed|been|had|done|made|built|found|spent|taken|gotten|got|seen|written|given|known|told|left|sent|brought|bought|thought|heard|kept|lost|won|begun|shipped|grown|drawn|driven|broken|chosen|forgotten|caught|taught|understood|dealt|paid|held|met)(?!\w)| (?:set|put|run|cut|hit|let|shut)\s+(?:\w+\s+)?(?:was|were|is|are|had)(?!\w))|would have|should(?:n't)? have|could have|next time|going forward|in (?:the )?future|if I (?:had|were|could|did)|I (?:plan|hope|want) to|I wish)(?!\w)/i);

/** Whether the sentence tells intent ("I'd add an alert") rather than what happened. The past
 * perfect "I'd finished", "we'd shipped", "the goal I'd set was" is what happened, not a conditional. */
export const isHypothetical = memoByText((text: string): boolean => HYPOTHETICAL.test(text));
