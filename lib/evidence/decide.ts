// Where a rule has a learned model, the model decides whether it fires (or, for a model that adds to
// the patterns, whether it fires where they found nothing); the rule's own patterns are evidence for
// it and, when it fires, say where and how to fix it.
import type { StoryContext } from '../engine/context';
import type { RuleId } from '../engine/report';
import type { RuleHit } from '../rules/types';
import { score, type EvidenceReader, type RuleModel, type Scored } from './model';
import { EVIDENCE } from './registry';
import trained from './weights.json';

const MODELS = trained as Partial<Record<RuleId, RuleModel>>;

/** The probability a rule's decision compares with its model's threshold: certain where a model that
 * adds to the patterns sees them hit, nil where nothing hit and the guide rules the check out, else the
 * model's own. Lazy, so a decision the patterns settle scores nothing; the trainer decides the same way. */
export function decisiveProbability(addsToPatterns: boolean, hand: boolean, ruledOut: () => boolean, probability: () => number): number {
  if (addsToPatterns && hand) return 1;
  if (!hand && ruledOut()) return 0;
  return probability();
}

/** The rule's hits as the model rules on them: kept, dropped, or raised where the patterns found none. */
export function decideWith(model: RuleModel | undefined, reader: EvidenceReader | undefined, story: StoryContext, hits: RuleHit[]): RuleHit[] {
  if (!reader || !model) return hits;
  let scored: Scored | undefined;
  const probability = () => (scored ??= score(model, reader.read(story, hits))).probability;
  if (decisiveProbability(model.addsToPatterns === true, hits.length > 0, () => reader.rulesOut?.(story) === true, probability) < model.threshold) return [];
  if (hits.length > 0) return hits;
  const at = scored?.best?.sentence ?? reader.anchor?.(story) ?? story.sentences.at(-1);
  return at ? [{ start: at.start, end: at.end, suggestion: reader.advice }] : [];
}

export const decide = (rule: RuleId, story: StoryContext, hits: RuleHit[]): RuleHit[] => decideWith(MODELS[rule], EVIDENCE[rule], story, hits);
