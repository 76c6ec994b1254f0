// Evidence every reader shares: where a sentence stands, and whether the rule's patterns hit it.
import type { Sentence, StoryContext } from '../engine/context';
import type { RuleHit } from '../rules/types';

export const overlaps = (s: Sentence, hits: readonly RuleHit[]) => hits.some((h) => h.start < s.end && h.end > s.start);

/** "first", "last" or "mid" within its part, and the part itself: `result:last`. */
export function place(story: StoryContext, s: Sentence): string[] {
  const part = story.sentences.filter((x) => x.section === s.section);
  const at = part[0] === s ? 'first' : part.at(-1) === s ? 'last' : 'mid';
  return [s.section, `${s.section}:${at}`];
}

/** A count as a few buckets, so a linear model can read "none", "one" and "several". */
export const bucket = (name: string, n: number) => `${name}:${n === 0 ? 0 : n === 1 ? 1 : n <= 3 ? 'few' : 'many'}`;

/** Every pair of two feature lists, for interactions a linear model cannot form itself. */
export const cross = (a: readonly string[], b: readonly string[]) => a.flatMap((x) => b.map((y) => `${x}&${y}`));
