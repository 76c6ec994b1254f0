// How a finding's stronger version is shown: a rewrite (Apply and Copy), a sentence with fill-in
// slots (Copy; Insert in the draft box), or an instruction (read, not copied).
import type { Finding, SuggestionKind } from '../engine/report';
import { kindOf } from '../rephrase/slots';

export interface SuggestionPart {
  text: string;
  slot: boolean;
}

export interface ShownSuggestion {
  kind: SuggestionKind;
  label: string;
  parts: SuggestionPart[];
}

const LABELS: Record<SuggestionKind, string> = { rewrite: 'Stronger', slots: 'Fill in', instruction: 'How to fix' };

/** The text cut into plain runs and slots (brackets dropped: the slot is drawn as a blank). */
export function splitSlots(text: string): SuggestionPart[] {
  const parts: SuggestionPart[] = [];
  let cursor = 0;
  for (const m of text.matchAll(/\[([^\][]+)\]/g)) {
    if (m.index > cursor) parts.push({ text: text.slice(cursor, m.index), slot: false });
    parts.push({ text: m[1]!, slot: true });
    cursor = m.index + m[0].length;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), slot: false });
  return parts;
}

export function shownSuggestion(finding: Finding): ShownSuggestion | undefined {
  if (!finding.suggestion) return undefined;
  // Reports stored before suggestions had kinds say nothing: judge from the text.
  const kind = finding.suggestionKind ?? kindOf(finding.suggestion, finding.replacement);
  return { kind, label: LABELS[kind], parts: kind === 'slots' ? splitSlots(finding.suggestion) : [{ text: finding.suggestion, slot: false }] };
}
