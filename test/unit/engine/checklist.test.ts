import { describe, expect, it } from 'vitest';
import { buildChecklist, CHECKLIST } from '../../../lib/engine/checklist';
import type { Finding, RuleId } from '../../../lib/engine/report';

const finding = (rule: RuleId): Finding => ({ rule, severity: 'warning', start: 0, end: 1, message: '', why: '' });

describe('checklist', () => {
  it('shows only the items whose rules apply to the story', () => {
    const items = buildChecklist(new Set<RuleId>(['unquantified-impact', 'situation-too-long']), [], true);
    expect(items.map((i) => i.id)).toEqual(['impact-quantified', 'business-value', 'situation-short']);
  });

  it('ticks an item when none of its rules fired', () => {
    const all = new Set(CHECKLIST.flatMap((c) => c.rules));
    const items = buildChecklist(all, [finding('we-language'), finding('missing-reflection')], true);
    const done = Object.fromEntries(items.map((i) => [i.id, i.done]));
    expect(done['i-for-actions']).toBe(false);
    expect(done['specific-reflection']).toBe(false);
    expect(done['impact-quantified']).toBe(true);
    expect(done['outcome-first']).toBe(true);
  });

  it('ticks nothing for text it cannot read', () => {
    const all = new Set(CHECKLIST.flatMap((c) => c.rules));
    expect(buildChecklist(all, [], false).every((i) => !i.done)).toBe(true);
  });

  it('covers the must-haves of the spec, in its order', () => {
    expect(CHECKLIST.map((c) => c.id)).toEqual([
      'outcome-first',
      'scope-boundary',
      'i-for-actions',
      'fix-validated',
      'impact-quantified',
      'business-value',
      'second-order',
      'specific-reflection',
      'situation-short',
      'under-three-minutes',
    ]);
  });
});
