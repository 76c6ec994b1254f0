// Sentences about what the speaker would do, not what happened: they show intent, not effect.
const HYPOTHETICAL =
  /\b(?:(?:I|we) (?:would|should|could|might)|I'd|we'd|would have|should(?:n't)? have|could have|next time|going forward|in (?:the )?future|if I (?:had|were|could|did)|I (?:plan|hope|want) to|I wish)(?!\w)/i;

export function isHypothetical(text: string): boolean {
  return HYPOTHETICAL.test(text);
}
