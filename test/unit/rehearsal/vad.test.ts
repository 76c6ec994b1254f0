import { describe, expect, it } from 'vitest';
import { VoiceDetector, rmsDb, voiceSegments, voiceWithin } from '../../../lib/rehearsal/vad';
import { timeline } from './timeline';

const total = (segments: { start: number; end: number }[]) => segments.reduce((n, s) => n + s.end - s.start, 0);

describe('voice activity', () => {
  it('finds two stretches of speech with the silence between left out', () => {
    const segments = voiceSegments(timeline(12, [{ start: 1, end: 4 }, { start: 7, end: 10.5 }]));
    expect(segments).toHaveLength(2);
    expect(segments[0]!.start).toBeCloseTo(1, 1);
    expect(segments[0]!.end).toBeCloseTo(4, 1);
    expect(segments[1]!.start).toBeCloseTo(7, 1);
    expect(segments[1]!.end).toBeCloseTo(10.5, 1);
    expect(total(segments)).toBeCloseTo(6.5, 1);
  });

  it('bridges the short gaps between words but not a real pause', () => {
    const words = [{ start: 1, end: 2 }, { start: 2.2, end: 3 }, { start: 4, end: 5 }];
    const segments = voiceSegments(timeline(7, words));
    expect(segments.map((s) => [Math.round(s.start * 10) / 10, Math.round(s.end * 10) / 10])).toEqual([
      [1, 3],
      [4, 5],
    ]);
  });

  it('ignores a click shorter than an onset', () => {
    expect(voiceSegments(timeline(5, [{ start: 2, end: 2.04, level: -10 }]))).toEqual([]);
  });

  it('never counts digital silence or faint hiss as voice', () => {
    expect(voiceSegments(timeline(5, [], -Infinity))).toEqual([]);
    expect(voiceSegments(timeline(5, [{ start: 1, end: 3, level: -60 }], -100))).toEqual([]);
  });

  it('adapts to a noisy room: a steady fan is not speech, a voice over it is', () => {
    const frames = timeline(20, [{ start: 12, end: 15, level: -18 }], -40);
    const segments = voiceSegments(frames);
    expect(segments).toHaveLength(1);
    expect(total(segments)).toBeCloseTo(3, 0);
  });

  it('follows the room getting louder instead of calling the noise speech forever', () => {
    // Quiet, then a fan starts at 5 s, 25 dB louder: a few seconds of it may pass as voice at
    // first, then the floor catches up.
    const quiet = timeline(5, [], -70);
    const fan = timeline(15, [], -45).map((f) => ({ ...f, t: f.t + 5 }));
    const segments = voiceSegments([...quiet, ...fan]);
    expect(total(segments)).toBeLessThan(5);
    const vad = new VoiceDetector();
    for (const f of [...quiet, ...fan]) vad.push(f);
    expect(vad.speaking).toBe(false);
  });

  it('reports the segment in progress while speaking', () => {
    const vad = new VoiceDetector();
    for (const f of timeline(3, [{ start: 1, end: 3 }])) vad.push(f);
    expect(vad.speaking).toBe(true);
    expect(vad.segments()[0]!.start).toBeCloseTo(1, 1);
  });

  it('sums voice inside a window', () => {
    const segments = [{ start: 1, end: 3 }, { start: 5, end: 6 }];
    expect(voiceWithin(segments, 0, 10)).toBe(3);
    expect(voiceWithin(segments, 2, 5.5)).toBe(1.5);
  });

  it('measures loudness in dBFS', () => {
    expect(rmsDb(new Float32Array(480).fill(1))).toBeCloseTo(0, 5);
    expect(rmsDb(new Float32Array(480).fill(0.1))).toBeCloseTo(-20, 5);
    expect(rmsDb(new Float32Array(480))).toBe(-Infinity);
  });
});
