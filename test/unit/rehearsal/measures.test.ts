import { describe, expect, it } from 'vitest';
import { measureRehearsal } from '../../../lib/rehearsal/measures';
import { nextPart, startRehearsal, stopRehearsal } from '../../../lib/rehearsal/session';
import { rehearsalPlan } from '../../../lib/rehearsal/targets';
import { voiceSegments } from '../../../lib/rehearsal/vad';
import { timeline } from './timeline';

const plan = rehearsalPlan('', []);

/** Start at 0, Situation spoken 1.5–9 s with a 2 s pause at 4–6, Next at 10, Task 11–16, Stop at 18. */
function run() {
  const segments = voiceSegments(timeline(18, [{ start: 1.5, end: 4 }, { start: 6, end: 9 }, { start: 11, end: 16 }]));
  let r = startRehearsal(plan, 0);
  r = nextPart(r, 10);
  r = stopRehearsal(r, 18);
  return { r, segments };
}

describe('rehearsal measures', () => {
  it('times each part as spoken (voice only) and as elapsed', () => {
    const { r, segments } = run();
    const m = measureRehearsal(r, segments);
    expect(m.parts.map((p) => p.kind)).toEqual(['situation', 'task']);
    const [s, t] = m.parts;
    expect(s!.spoken).toBeCloseTo(5.5, 0);
    expect(s!.elapsed).toBe(10);
    expect(t!.spoken).toBeCloseTo(5, 0);
    expect(t!.elapsed).toBe(8);
    expect(m.spoken).toBeCloseTo(10.5, 0);
    expect(m.elapsed).toBe(18);
  });

  it('finds the longest pause, the time to the first word, and where each part stands', () => {
    const { r, segments } = run();
    const m = measureRehearsal(r, segments);
    expect(m.parts[0]!.longestPause).toBeCloseTo(2, 0);
    // The silence across Next (9 → 11 s) is split between the two parts.
    expect(m.parts[1]!.longestPause).toBeCloseTo(1, 0);
    expect(m.longestPause).toBeCloseTo(2, 0);
    expect(m.firstWord).toBeCloseTo(1.5, 1);
    expect(m.parts[0]!.standing).toBe('under');
    expect(m.parts[1]!.standing).toBe('within');
    expect(m.standing).toBe('under');
  });

  it('gives a pace from the words said, and none without words', () => {
    const { r, segments } = run();
    expect(measureRehearsal(r, segments).parts[0]!.wpm).toBeNull();
    const m = measureRehearsal(r, segments, { situation: 14, task: 12 }, 'transcript');
    expect(m.parts[0]!.wpm).toBeGreaterThan(140);
    expect(m.parts[0]!.wpm).toBeLessThan(165);
    expect(m.wpm).toBe(Math.round((26 / m.spoken) * 60));
    expect(m.words).toBe('transcript');
  });

  it('measures silence as silence: no voice, no first word, no pace', () => {
    const r = stopRehearsal(startRehearsal(plan, 0), 6);
    const m = measureRehearsal(r, [], { situation: 30 }, 'syllables');
    expect(m).toMatchObject({ spoken: 0, elapsed: 6, firstWord: null, wpm: null, longestPause: 0 });
  });

  it('does not take voice after Stop as the first word', () => {
    const r = stopRehearsal(startRehearsal(plan, 0), 2);
    expect(measureRehearsal(r, [{ start: 2.5, end: 4 }]).firstWord).toBeNull();
  });

  it('rounds to one decimal, as the panel shows it', () => {
    const r = stopRehearsal(startRehearsal(plan, 0), 3.333);
    const m = measureRehearsal(r, [{ start: 0.25, end: 2.5 }]);
    expect(m.parts[0]!.spoken).toBe(2.3);
    expect(m.parts[0]!.elapsed).toBe(3.3);
  });
});
