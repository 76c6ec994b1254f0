// The must-haves shown in the side panel and the popup. An item is done when the story shows it
// (checklist-evidence.ts finds the sentence that earns the tick, carried with the item) and none of
// the rules behind it fired; it is shown only when one of those rules applies to the story.
import type { StoryContext } from './context';
import { evidenceFor } from './checklist-evidence';
import type { ChecklistItem, Finding, RuleId } from './report';

interface ChecklistEntry {
  id: string;
  label: string;
  rules: RuleId[];
}

export const CHECKLIST: readonly ChecklistEntry[] = [
  { id: 'outcome-first', label: 'Outcome up front', rules: ['buried-outcome'] },
  { id: 'scope-boundary', label: 'Scope boundary stated', rules: ['missing-scope-boundary'] },
  { id: 'i-for-actions', label: '"I" for every key action', rules: ['we-language', 'others-did-it', 'handoff', 'passive-voice'] },
  { id: 'fix-validated', label: 'Fix validated with evidence', rules: ['unverified-fix'] },
  { id: 'impact-quantified', label: 'Impact quantified', rules: ['unquantified-impact'] },
  { id: 'business-value', label: 'Business value named', rules: ['missing-business-value', 'unquantified-impact'] },
  { id: 'second-order', label: 'Effect beyond the fix', rules: ['missing-second-order'] },
  { id: 'specific-reflection', label: 'Specific reflection', rules: ['generic-reflection', 'missing-reflection'] },
  { id: 'situation-short', label: 'Situation under 45 s', rules: ['situation-too-long'] },
  { id: 'under-three-minutes', label: 'Whole answer under 3 minutes', rules: ['answer-too-long'] },
];

export function buildChecklist(applicable: ReadonlySet<RuleId>, findings: readonly Finding[], readable: boolean, story: StoryContext): ChecklistItem[] {
  const fired = new Set(findings.map((f) => f.rule));
  return CHECKLIST.filter((item) => item.rules.some((r) => applicable.has(r))).map((item) => {
    const evidence = readable && !item.rules.some((r) => fired.has(r)) ? evidenceFor(item.id, story) : undefined;
    return { id: item.id, label: item.label, done: evidence !== undefined, ...(evidence ? { evidence } : {}) };
  });
}
