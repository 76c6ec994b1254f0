import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { clampWpm, secondsFor, SECTION_TARGETS } from '../../../lib/engine/timing';
import { countWords } from '../../../lib/engine/words';
import { HEADINGS } from './eval-answers';

describe('speaking time', () => {
  it('is words ÷ words per minute × 60', () => {
    expect(secondsFor(140, 140)).toBe(60);
    expect(secondsFor(35, 140)).toBe(15);
    expect(secondsFor(100, 80)).toBe(75);
  });

  it('counts "$8K", "0.3%" and "team\'s" as one word each', () => {
    expect(countWords('We recovered $8K, a 0.3% drop.')).toBe(6);
    expect(countWords("It wasn't my team's service.")).toBe(5);
    expect(countWords('   ')).toBe(0);
  });

  it('keeps the speaking rate within 80–220 and defaults to 140', () => {
    expect(clampWpm(undefined)).toBe(140);
    expect(clampWpm(Number.NaN)).toBe(140);
    expect(clampWpm(10)).toBe(80);
    expect(clampWpm(1000)).toBe(220);
    expect(clampWpm(150.4)).toBe(150);
  });

  it('reports every part with its seconds and target band at the chosen rate', () => {
    const slow = analyze(HEADINGS, { wordsPerMinute: 100 });
    const fast = analyze(HEADINGS, { wordsPerMinute: 200 });
    expect(slow.wordsPerMinute).toBe(100);
    const [s, f] = [slow.stories[0]!, fast.stories[0]!];
    expect(s.seconds).toBeCloseTo((s.words / 100) * 60, 0);
    expect(s.seconds).toBeGreaterThan(f.seconds);
    for (const section of s.sections) {
      expect(section.target).toEqual(SECTION_TARGETS[section.kind]);
      expect(section.seconds).toBeCloseTo((section.words / 100) * 60, 0);
    }
  });
});
