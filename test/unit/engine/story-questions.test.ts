// The question of each story: the user's choice for that story, else its heading, else the field's label.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze';
import { createAnalyzer } from '@/lib/engine/cache';
import { storyKey } from '@/lib/engine/report';

const PREP = [
  'Q1: Tell me about a conflict with a colleague.',
  'I disagreed with Dana about the rollout plan. I set up a call and we compared the data.',
  '',
  'Q2: What is a project you are proud of?',
  'I rebuilt the billing export. It now runs in 4 minutes instead of 40.',
].join('\n');

describe('question per story', () => {
  it('detects each story’s question from its own heading', () => {
    expect(analyze(PREP).stories.map((s) => s.question)).toEqual(['conflict', 'general']);
  });

  it('uses the field’s label for stories whose heading names no question, never over a heading', () => {
    const report = analyze(PREP, { questionHint: 'production-incident' });
    expect(report.stories.map((s) => s.question)).toEqual(['conflict', 'production-incident']);
    expect(analyze('I rolled back the release and the errors stopped.', { questionHint: 'failure' }).stories[0]?.question).toBe('failure');
  });

  it('applies a choice to its story alone', () => {
    const second = analyze(PREP).stories[1]!;
    const questions = { [storyKey(second.title, 1)]: 'leadership' as const };
    expect(analyze(PREP, { questions }).stories.map((s) => s.question)).toEqual(['conflict', 'leadership']);
  });

  it('names an untitled story by its position', () => {
    expect(storyKey(undefined, 0)).toBe('#0');
    expect(storyKey('  Q1: Conflict ', 3)).toBe('Q1: Conflict');
    expect(analyze('I rolled back the release.', { questions: { '#0': 'failure' } }).stories[0]?.question).toBe('failure');
  });

  it('gives cached and fresh analyses the same questions', () => {
    const cached = createAnalyzer();
    cached(PREP);
    expect(cached(PREP, { questionHint: 'deadline' })).toEqual(analyze(PREP, { questionHint: 'deadline' }));
  });
});
