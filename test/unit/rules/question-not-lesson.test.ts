// "What would you do differently?" asks for a lesson; it is not one. No labelled answer may have a
// question (an interviewer's prompt or a heading) marked as its generic lesson.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { labelledAnswers } from '../labelled-answers';

describe('generic-reflection', () => {
  it('never points at a question as the lesson', () => {
    const questions: string[] = [];
    for (const answer of labelledAnswers()) {
      for (const story of analyze(answer.text, answer.options).stories) {
        for (const f of story.findings.filter((x) => x.rule === 'generic-reflection')) {
          const quoted = answer.text.slice(f.start, f.end).trim();
          if (/\?$/.test(quoted)) questions.push(`${answer.name}: ${quoted}`);
        }
      }
    }
    expect(questions).toEqual([]);
  });
});
