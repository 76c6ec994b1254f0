// How a rule offers a stronger sentence: a rewrite with no slot can replace the user's sentence;
// one with slots can only be copied. `fallback` is what the engine offers instead when it cannot keep
// the rewrite (it would credit the speaker with others' work, or another rule would flag it).
import type { RuleHit } from '../rules/types';
import { hasSlots } from './slots';

export function offer(text: string, fallback?: string): Pick<RuleHit, 'suggestion' | 'suggestionKind' | 'replacement' | 'slotted'> {
  if (hasSlots(text)) return { suggestion: text, suggestionKind: 'slots' };
  return { suggestion: text, suggestionKind: 'rewrite', replacement: text, ...(fallback ? { slotted: fallback } : {}) };
}
