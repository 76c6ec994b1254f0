// Speaking time: seconds = words ÷ words-per-minute × 60, against the target bands of SPEC §2.
import type { SectionKind } from './report';

export const DEFAULT_WPM = 140;
export const MIN_WPM = 80;
export const MAX_WPM = 220;

export const SECTION_TARGETS: Record<SectionKind, { min: number; max: number }> = {
  situation: { min: 10, max: 20 },
  task: { min: 5, max: 15 },
  action: { min: 40, max: 70 },
  result: { min: 10, max: 25 },
  reflection: { min: 5, max: 20 },
};

export const ANSWER_TARGET = { min: 60, max: 120 };

export function clampWpm(wpm: number | undefined): number {
  if (wpm === undefined || !Number.isFinite(wpm)) return DEFAULT_WPM;
  return Math.min(MAX_WPM, Math.max(MIN_WPM, Math.round(wpm)));
}

/** Seconds to say `words` words, to one decimal. */
export function secondsFor(words: number, wpm: number): number {
  return Math.round((words / wpm) * 600) / 10;
}
