// The timeline's numbers: each part against its target band, the whole answer against 1–2 minutes.
import type { SectionKind, Story } from '../engine/report';
import { PART_LABELS, PART_SHORT_LABELS } from './parts';

/** SPEC §2: a spoken answer should take one to two minutes. */
export const WHOLE_TARGET = { min: 60, max: 120 } as const;

export type Pace = 'short' | 'ok' | 'long';

export interface TimelinePart {
  kind: SectionKind;
  label: string;
  shortLabel: string;
  words: number;
  /** Rounded to whole seconds, as shown and as in `data-seconds`. */
  seconds: number;
  target: { min: number; max: number };
  pace: Pace;
  /** Share of the bar, 0–1. */
  share: number;
}

export function paceOf(seconds: number, target: { min: number; max: number }): Pace {
  if (seconds > target.max) return 'long';
  if (seconds < target.min) return 'short';
  return 'ok';
}

export function timelineParts(story: Pick<Story, 'sections'>): TimelinePart[] {
  const total = story.sections.reduce((sum, s) => sum + s.seconds, 0);
  return story.sections.map((s) => ({
    kind: s.kind,
    label: PART_LABELS[s.kind],
    shortLabel: PART_SHORT_LABELS[s.kind],
    words: s.words,
    seconds: Math.round(s.seconds),
    target: s.target,
    pace: paceOf(Math.round(s.seconds), s.target),
    share: total > 0 ? s.seconds / total : 1 / story.sections.length,
  }));
}

/** What a segment of the strip says: more as it gets wider, never so much that it is cut. */
export function segmentText(p: Pick<TimelinePart, 'label' | 'shortLabel' | 'seconds' | 'share'>): string {
  if (p.share >= 0.3) return `${p.label} ${p.seconds} s`;
  if (p.share >= 0.16) return `${p.shortLabel} ${p.seconds} s`;
  return p.shortLabel;
}

export function wholeAnswerPace(seconds: number): Pace {
  return paceOf(Math.round(seconds), WHOLE_TARGET);
}
