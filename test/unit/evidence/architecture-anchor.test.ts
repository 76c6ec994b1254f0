// A finding the architecture model raises on its own (no pattern hit to point at) must still
// point into the Situation it is about, never at a closing lesson.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { labelledAnswers } from '../labelled-answers';

describe('architecture-detail findings', () => {
  it('point into the Situation on every labelled answer', () => {
    const misplaced: string[] = [];
    for (const answer of labelledAnswers()) {
      for (const story of analyze(answer.text, answer.options).stories) {
        const situation = story.sections.filter((s) => s.kind === 'situation');
        for (const f of story.findings.filter((x) => x.rule === 'architecture-detail')) {
          if (!situation.some((s) => f.start >= s.start && f.end <= s.end)) misplaced.push(`${answer.name}: ${answer.text.slice(f.start, f.end).slice(0, 80)}`);
        }
      }
    }
    expect(misplaced).toEqual([]);
  });
});
