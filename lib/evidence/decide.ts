// Where a rule has a learned model, the model decides whether it fires; the rule's own patterns
// are evidence for it and, when it fires, say where and how to fix it.
import type { StoryContext } from '../engine/context';
import type { RuleId } from '../engine/report';
import type { RuleHit } from '../rules/types';
import { score, type RuleModel } from './model';
import { EVIDENCE } from './registry';
import trained from './weights.json';

const MODELS = trained as Partial<Record<RuleId, RuleModel>>;

export function decide(rule: RuleId, story: StoryContext, hits: RuleHit[]): RuleHit[] {
  const reader = EVIDENCE[rule];
  const model = MODELS[rule];
  if (!reader || !model) return hits;
  const scored = score(model, reader.read(story, hits));
  if (scored.probability < model.threshold) return [];
  if (hits.length > 0) return hits;
  const at = scored.best?.sentence ?? reader.anchor?.(story) ?? story.sentences.at(-1);
  return at ? [{ start: at.start, end: at.end, suggestion: reader.advice }] : [];
}
