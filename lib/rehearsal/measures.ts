// What a rehearsal measured, per part and for the whole answer: time spoken (voice only), elapsed
// time, pace, the longest pause, and the time to the first word. Pure: the session's part spans
// and the voice segments in, numbers out.
import type { SectionKind } from '../engine/report';
import { ANSWER_TARGET } from '../engine/timing';
import { partTimes, type Rehearsal } from './session';
import { againstBand, type Band } from './targets';
import { voiceWithin, type Segment } from './vad';

/** Where the word counts behind the pace come from: words heard, or syllables counted in the voice. */
export type WordSource = 'transcript' | 'syllables';

export interface Measure {
  target: Band;
  /** Seconds of voice, to one decimal. */
  spoken: number;
  /** Seconds from start to end, to one decimal. */
  elapsed: number;
  /** Words per minute of voice; null when too little was said to tell. */
  wpm: number | null;
  /** Longest silence between two stretches of voice, to one decimal (0 when none). */
  longestPause: number;
  standing: 'under' | 'within' | 'over';
}

export interface PartMeasure extends Measure {
  kind: SectionKind;
}

export interface AnswerMeasure extends Measure {
  /** Seconds from Start to the first voice; null when nothing was said. */
  firstWord: number | null;
  parts: PartMeasure[];
  words: WordSource | null;
}

/** Below this much voice a pace is noise. */
const MIN_SPOKEN_FOR_PACE = 2;

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

function pace(words: number | undefined, spoken: number): number | null {
  if (words === undefined || words <= 0 || spoken < MIN_SPOKEN_FOR_PACE) return null;
  return Math.round((words / spoken) * 60);
}

/** Silences between voice, clipped to [from, to). */
function longestPauseWithin(segments: readonly Segment[], from: number, to: number): number {
  let longest = 0;
  for (let i = 1; i < segments.length; i++) {
    const gapStart = Math.max(segments[i - 1]!.end, from);
    const gapEnd = Math.min(segments[i]!.start, to);
    longest = Math.max(longest, gapEnd - gapStart);
  }
  return longest;
}

/**
 * Measures a finished rehearsal. `words` gives the words said per part (heard, or estimated from
 * syllables), for the pace; `source` says which.
 */
export function measureRehearsal(
  r: Rehearsal,
  segments: readonly Segment[],
  words: Partial<Record<SectionKind, number>> = {},
  source: WordSource | null = null,
): AnswerMeasure {
  const parts = partTimes(r).map((p): PartMeasure => {
    const spoken = voiceWithin(segments, p.from, p.to);
    return {
      kind: p.kind,
      target: p.target,
      spoken: oneDecimal(spoken),
      elapsed: oneDecimal(p.elapsed),
      wpm: pace(words[p.kind], spoken),
      longestPause: oneDecimal(longestPauseWithin(segments, p.from, p.to)),
      standing: againstBand(spoken, p.target),
    };
  });
  const end = r.stoppedAt ?? r.startedAt;
  const spoken = voiceWithin(segments, r.startedAt, end);
  const said = parts.reduce((n, p) => n + (words[p.kind] ?? 0), 0);
  // Voice after Stop (the microphone stays open a moment for the recognizer) is not a first word.
  const first = segments.find((s) => s.end > r.startedAt && s.start < end);
  return {
    target: ANSWER_TARGET,
    spoken: oneDecimal(spoken),
    elapsed: oneDecimal(end - r.startedAt),
    wpm: pace(said, spoken),
    longestPause: oneDecimal(longestPauseWithin(segments, r.startedAt, end)),
    standing: againstBand(spoken, ANSWER_TARGET),
    firstWord: first ? oneDecimal(Math.max(0, first.start - r.startedAt)) : null,
    parts,
    words: said > 0 ? source : null,
  };
}
