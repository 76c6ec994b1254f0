// Every rule carries its own flagged and passing examples; this runs them all through analyze(),
// so a rule's documentation and its behaviour cannot drift apart.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { RULE_IDS } from '../../lib/engine/report';
import { RULES } from '../../lib/rules/registry';
import { expectGoodEnglish, isSentence } from './rephrase/english';

function firedRules(text: string, options = {}): string[] {
  return analyze(text, options).stories.flatMap((s) => s.findings.map((f) => f.rule));
}

describe('the rule registry', () => {
  it('holds exactly one rule per rule id of the spec', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
  });
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('explains itself in one sentence and gives its principle', () => {
    expect(rule.message).toMatch(/^[A-Z].*[.]$/);
    expect(rule.message.split(/[.!?](?:\s|$)/).filter(Boolean)).toHaveLength(1);
    expect(rule.why.length).toBeGreaterThan(40);
  });

  it('has at least two flagged and two passing examples', () => {
    expect(rule.examples.flagged.length).toBeGreaterThanOrEqual(2);
    expect(rule.examples.passing.length).toBeGreaterThanOrEqual(2);
  });

  it.each(rule.examples.flagged.map((e, i) => [i + 1, e] as const))('flags its example %i', (_, example) => {
    expect(firedRules(example.text, example.options)).toContain(id);
  });

  it.each(rule.examples.passing.map((e, i) => [i + 1, e] as const))('stays silent on its passing example %i', (_, example) => {
    expect(firedRules(example.text, example.options)).not.toContain(id);
  });

  it('points every finding inside the text, with a suggestion in correct English', () => {
    for (const example of rule.examples.flagged) {
      const report = analyze(example.text, example.options);
      for (const f of report.stories.flatMap((s) => s.findings).filter((f) => f.rule === id)) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(example.text.length);
        expect(f.severity).toBe(rule.severity);
        if (f.suggestion) expectGoodEnglish(f.suggestion, { phrase: !isSentence(example.text, f) });
      }
    }
  });
});
