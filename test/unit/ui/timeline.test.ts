import { describe, expect, it } from 'vitest';
import { segmentText, timelineParts, wholeAnswerPace } from '../../../lib/ui/timeline';
import { loadFixture } from './load-fixture';

describe('timelineParts', () => {
  const weak = loadFixture('weak').report.stories[0]!;

  it('lists the parts the story has, in order, with rounded seconds', () => {
    const parts = timelineParts(weak);
    expect(parts.map((p) => p.kind)).toEqual(['situation', 'action', 'result', 'reflection']);
    expect(parts.map((p) => p.seconds)).toEqual([46, 17, 5, 2]);
  });

  it('marks a part over its target band as long and one under it as short', () => {
    const [situation, action] = timelineParts(weak);
    expect(situation!.pace).toBe('long');
    expect(action!.pace).toBe('short');
  });

  it('sizes the parts by their share of the speaking time', () => {
    const parts = timelineParts(weak);
    expect(parts.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1);
    expect(parts[0]!.share).toBeGreaterThan(parts[1]!.share);
  });

  it('keeps every part on target for the strong answer', () => {
    expect(timelineParts(loadFixture('strong').report.stories[0]!).map((p) => p.pace)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });
});

describe('whole answer', () => {
  it('aims for one to two minutes', () => {
    expect(wholeAnswerPace(45)).toBe('short');
    expect(wholeAnswerPace(90)).toBe('ok');
    expect(wholeAnswerPace(150)).toBe('long');
  });
});

describe('strip segments', () => {
  it('name each part unambiguously, with its seconds where there is room', () => {
    const names = { result: ['Result', 'Res'], reflection: ['Reflection', 'Refl'] } as const;
    const part = (kind: keyof typeof names, share: number) => ({ label: names[kind][0], shortLabel: names[kind][1], seconds: 12, share });
    expect(segmentText(part('result', 0.1))).toBe('Res');
    expect(segmentText(part('reflection', 0.1))).toBe('Refl');
    expect(segmentText(part('result', 0.2))).toBe('Res 12 s');
    expect(segmentText(part('reflection', 0.5))).toBe('Reflection 12 s');
  });

  it('uses short names that differ for every part', () => {
    const short = timelineParts(loadFixture('strong').report.stories[0]!).map((p) => p.shortLabel);
    expect(short).toEqual(['Sit', 'Task', 'Act', 'Res', 'Refl']);
  });
});
