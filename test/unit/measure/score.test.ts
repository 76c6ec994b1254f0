// The scoring of a labelled set must be the one ../shared/eval/run.mjs uses, or figures drift.
import { describe, expect, it } from 'vitest';
import { caseOutcome, ruleScore, scoreOutcomes, type ScoredReport } from '../../../scripts/measure/score';

const story = (rules: [string, string][], sections: string[] = []) => ({
  sections: sections.map((kind) => ({ kind })),
  findings: rules.map(([rule, severity]) => ({ rule, severity })),
});
const report = (...stories: ReturnType<typeof story>[]): ScoredReport => ({ stories });

describe('one case', () => {
  it('counts a rule as fired when any story of the answer has it', () => {
    const o = caseOutcome({ id: 'a', expect: { 'we-language': true, hedging: false } }, report(story([]), story([['we-language', 'warning']])));
    expect(o.decisions).toEqual([
      { rule: 'we-language', want: true, got: true },
      { rule: 'hedging', want: false, got: false },
    ]);
    expect([o.right, o.total]).toEqual([2, 2]);
  });

  it('counts the parts and the story split in accuracy, not as rules', () => {
    const c = { id: 'a', expect: {}, sections: ['situation', 'action'], multi_story: { stories: 2, findings_in_story: { hedging: 2 } } };
    const right = caseOutcome(c, report(story([], ['situation']), story([['hedging', 'info']], ['action'])));
    expect([right.right, right.total, right.decisions.length]).toEqual([2, 2, 0]);
    const wrongStory = caseOutcome(c, report(story([['hedging', 'info']], ['situation']), story([['hedging', 'info']], ['action'])));
    expect([wrongStory.right, wrongStory.total]).toEqual([1, 2]);
  });

  it('names the rules that warned or erred, not the ones that only informed', () => {
    const o = caseOutcome({ id: 'a', expect: {} }, report(story([['hedging', 'info'], ['we-language', 'warning'], ['missing-section', 'error'], ['we-language', 'warning']])));
    expect(o.warnedRules).toEqual(['missing-section', 'we-language']);
  });
});

describe('a set', () => {
  it("uses run.mjs's precision when a rule never fired: 1 with nothing expected, else 0", () => {
    expect(ruleScore(0, 0, 0, 5).precision).toBe(1);
    expect(ruleScore(0, 0, 2, 5)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(ruleScore(3, 1, 1, 0)).toMatchObject({ precision: 0.75, recall: 0.75, f1: 0.75 });
  });

  it('averages only the rules with at least one expected positive', () => {
    const a = caseOutcome({ id: 'a', expect: { 'we-language': true, hedging: false } }, report(story([['we-language', 'warning'], ['hedging', 'info']])));
    const b = caseOutcome({ id: 'b', expect: { 'we-language': true, hedging: false } }, report(story([])));
    const s = scoreOutcomes([a, b]);
    expect(s.rules.get('we-language')).toMatchObject({ tp: 1, fn: 1, precision: 1, recall: 0.5 });
    expect(s.rules.get('hedging')).toMatchObject({ fp: 1, tn: 1 });
    expect(s.scoredRules).toBe(1);
    expect(s.macroF1).toBeCloseTo(2 / 3);
    expect([s.right, s.total]).toEqual([2, 4]);
  });
});
