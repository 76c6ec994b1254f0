import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';

describe('parts marked out of order', () => {
  it('lists every part once, in text order, without overlaps, when a marker comes back', () => {
    const text = 'S: We ran a small shop.\nA: I rebuilt the checkout.\nR: Sales rose 20%.\nA: I also trained the staff.\nL: I learned to measure first.';
    const sections = analyze(text).stories[0]!.sections;
    expect(sections.map((s) => s.kind)).toEqual(['situation', 'action', 'result', 'reflection']);
    for (let i = 1; i < sections.length; i++) expect(sections[i]!.start).toBeGreaterThanOrEqual(sections[i - 1]!.end);
  });

  it('keeps an outcome-first order the user marked', () => {
    const text = 'Result: We saved $1M a year.\nSituation: Our vendor bills were growing.\nAction: I renegotiated every contract.';
    expect(analyze(text).stories[0]!.sections.map((s) => s.kind)).toEqual(['result', 'situation', 'action']);
  });
});
