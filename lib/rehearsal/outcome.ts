// A finished rehearsal, put together from what the session recorded: the voice measures always,
// and, when on-device recognition heard the answer, fillers and the comparison with the draft.
import type { SectionKind } from '../engine/report';
import { compareWithDraft, type DraftComparison } from './compare';
import { countFillers, wordCount, type FillerCount } from './fillers';
import { measureRehearsal, type AnswerMeasure } from './measures';
import type { Heard } from './recognition';
import { partTimes, type Rehearsal } from './session';
import { estimatedWords, syllablePeaks } from './syllables';
import type { DraftPart } from './targets';
import { transcriptByPart, type PartTranscripts } from './transcript';
import type { Frame, Segment } from './vad';

/** voice: measured from the microphone; transcript: also heard on the device; timer: no microphone. */
export type RehearsalMode = 'voice' | 'transcript' | 'timer';

export interface RehearsalOutcome {
  mode: RehearsalMode;
  measure: AnswerMeasure;
  transcripts?: PartTranscripts;
  fillers?: FillerCount;
  comparison?: DraftComparison;
}

export interface Recorded {
  run: Rehearsal;
  segments: readonly Segment[];
  /** The loudness frames the segments came from (for the pace without a transcript). */
  frames: readonly Frame[];
  /** Present when on-device recognition ran, even if it heard nothing. */
  heard?: readonly Heard[];
  text: string;
  sections: readonly DraftPart[];
}

export function finishRehearsal({ run, segments, frames, heard, text, sections }: Recorded, mode: RehearsalMode): RehearsalOutcome {
  if (mode === 'timer') return { mode, measure: measureRehearsal(run, []) };
  if (mode === 'voice' || !heard) {
    const peaks = syllablePeaks(frames, segments);
    const words: Partial<Record<SectionKind, number>> = {};
    for (const p of partTimes(run)) words[p.kind] = estimatedWords(peaks, p.from, p.to);
    return { mode: 'voice', measure: measureRehearsal(run, segments, words, 'syllables') };
  }
  const transcripts = transcriptByPart(run, heard, segments);
  const words: Partial<Record<SectionKind, number>> = {};
  for (const [kind, said] of Object.entries(transcripts) as [SectionKind, string][]) words[kind] = wordCount(said);
  const all = Object.values(transcripts).join(' ');
  return {
    mode,
    measure: measureRehearsal(run, segments, words, 'transcript'),
    transcripts,
    fillers: countFillers(all),
    comparison: compareWithDraft(text, sections, transcripts),
  };
}
