import { describe, expect, it, vi } from 'vitest';
import { createAnalyzerPool } from '@/lib/background/analyzer-pool';
import { analyze } from '@/lib/engine/analyze';
import * as storyModule from '@/lib/engine/analyze-story';
import { ANSWERS, answerText } from '../engine/answers';

function prepDoc(count: number, from: number): string {
  return Array.from({ length: count }, (_, i) => {
    const answer = ANSWERS[(from + i) % ANSWERS.length]!;
    return `## Q${from + i}: Tell me about a ${answer.name}\n\n${answerText(answer)}`;
  }).join('\n\n');
}

/** How many stories `run` sends to the engine afresh. */
function storiesAnalyzed(run: () => void): number {
  const spy = vi.spyOn(storyModule, 'analyzeStory');
  try {
    run();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe('analyzer pool', () => {
  it('keeps each tab its own cache, so editing one tab does not re-analyze the other', { timeout: 60_000 }, () => {
    const pool = createAnalyzerPool();
    const one = prepDoc(4, 0);
    const two = prepDoc(4, 10);
    pool.analyze(one, {}, 1);
    pool.analyze(two, {}, 2);
    const edited = `${one} Thanks.`;
    let report = analyze('');
    expect(storiesAnalyzed(() => (report = pool.analyze(edited, {}, 1)))).toBe(1);
    expect(report).toEqual(analyze(edited));
    expect(storiesAnalyzed(() => (report = pool.analyze(two, {}, 2)))).toBe(0);
    expect(report).toEqual(analyze(two));
  });

  it('drops the least recently used tab beyond its size, and a forgotten tab', () => {
    const pool = createAnalyzerPool(2);
    const text = prepDoc(2, 0);
    for (const tab of [1, 2, 3]) pool.analyze(text, {}, tab);
    expect(storiesAnalyzed(() => pool.analyze(text, {}, 3))).toBe(0);
    expect(storiesAnalyzed(() => pool.analyze(text, {}, 1))).toBe(2);
    pool.forget(3);
    expect(storiesAnalyzed(() => pool.analyze(text, {}, 3))).toBe(2);
  });
});
