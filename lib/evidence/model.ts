// A rule's learned decision: a logistic score over the story's evidence, where the strongest
// sentence speaks for the story ("one such sentence is enough"), plus story-wide evidence.
// The weights are trained by `npm run train` (scripts/train/evidence.ts) and shipped in weights.json.
import type { Sentence, StoryContext } from '../engine/context';
import type { RuleHit } from '../rules/types';

/** One sentence's evidence: the names of the features it shows. */
export interface Instance {
  sentence: Sentence;
  features: string[];
}

export interface Evidence {
  /** Candidate sentences; the best-scoring one carries the story's sentence-level evidence. */
  instances: Instance[];
  /** Evidence about the story as a whole (an absence, a count, the question). */
  story: string[];
}

/** What a rule reads as evidence, given the story and what its own patterns found there. */
export interface EvidenceReader {
  read(story: StoryContext, hits: readonly RuleHit[]): Evidence;
  /** What to do, for a finding the model raises where the rule's patterns found nothing to rewrite. */
  advice: string;
  /** Where such a finding points when no candidate sentence was scored (default: the last sentence). */
  anchor?(story: StoryContext): Sentence | undefined;
  /** Where the guide rules the check out whatever the evidence says (an ending with a checkable fact
   * is never vague): the model raises no finding there. */
  rulesOut?(story: StoryContext): boolean;
}

export interface RuleModel {
  bias: number;
  /** Instance features are prefixed `i:`, story features `s:`. */
  weights: Record<string, number>;
  /** Probability at or above which the rule fires: set by grouped cross-validation. */
  threshold: number;
  /** Set when the model adds to the rule's patterns rather than replacing them: the rule fires where
   * its patterns do, and also where the model's probability reaches the threshold. */
  addsToPatterns?: true;
}

const sum = (weights: Record<string, number>, prefix: string, features: readonly string[]) =>
  features.reduce((total, f) => total + (weights[prefix + f] ?? 0), 0);

export interface Scored {
  probability: number;
  /** The instance that carried the score, if one raised it. */
  best?: Instance;
}

export function score(model: RuleModel, evidence: Evidence): Scored {
  let top = 0;
  let best: Instance | undefined;
  for (const instance of evidence.instances) {
    const s = sum(model.weights, 'i:', instance.features);
    if (s > top) [top, best] = [s, instance];
  }
  const z = model.bias + sum(model.weights, 's:', evidence.story) + top;
  return { probability: 1 / (1 + Math.exp(-z)), ...(best ? { best } : {}) };
}
