import { describe, expect, it } from 'vitest';
import { estimatedWords, syllablePeaks } from '../../../lib/rehearsal/syllables';
import type { Frame } from '../../../lib/rehearsal/vad';

/** Speech as a train of syllables: loud for 100 ms, 10 dB softer for 100 ms, from `start` to `end`. */
function syllables(start: number, end: number, step = 0.2): Frame[] {
  const frames: Frame[] = [];
  for (let t = start; t < end - 1e-9; t += 0.02) {
    const phase = ((t - start) % step) / step;
    frames.push({ t: Math.round(t * 1000) / 1000, level: phase < 0.5 ? -20 : -30 });
  }
  return frames;
}

describe('pace from syllables', () => {
  it('counts one peak per syllable inside speech', () => {
    // 3 s at 5 syllables a second.
    const peaks = syllablePeaks(syllables(1, 4), [{ start: 1, end: 4 }]);
    expect(peaks).toHaveLength(15);
  });

  it('ignores peaks outside the voice segments and small wobbles', () => {
    const wobble: Frame[] = Array.from({ length: 100 }, (_, i) => ({ t: i * 0.02, level: -25 + (i % 2) }));
    expect(syllablePeaks(wobble, [{ start: 0, end: 2 }])).toHaveLength(1);
    expect(syllablePeaks(syllables(1, 4), [{ start: 5, end: 6 }])).toEqual([]);
  });

  it('turns syllables into words at 1.4 syllables a word', () => {
    const peaks = syllablePeaks(syllables(0, 6), [{ start: 0, end: 6 }]);
    // 30 syllables in 6 s → about 21 words → about 214 words a minute.
    expect(Math.round(estimatedWords(peaks, 0, 6))).toBe(21);
    expect(Math.round(estimatedWords(peaks, 0, 3))).toBe(11);
  });
});
