// Fill-in slots: "[how you confirmed the fix]" marks a fact only the user knows. Slotted text is
// copied, never applied, and the draft box selects the first slot for typing.
import type { SuggestionKind } from '../engine/report';

const SLOT = /\[[^\][]+\]/g;

export function slot(hint: string): string {
  return `[${hint}]`;
}

export function hasSlots(text: string): boolean {
  SLOT.lastIndex = 0;
  return SLOT.test(text);
}

/** The text without its slots: what the suggestion itself asserts. */
export function withoutSlots(text: string): string {
  return text.replace(SLOT, ' ');
}

/** Offsets of the first slot, brackets included, for selecting it after an insert. */
export function firstSlot(text: string): { start: number; end: number } | undefined {
  SLOT.lastIndex = 0;
  const m = SLOT.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** What a suggestion is when its rule did not say. */
export function kindOf(suggestion: string, replacement: string | undefined): SuggestionKind {
  if (replacement !== undefined) return 'rewrite';
  return hasSlots(suggestion) ? 'slots' : 'instruction';
}
