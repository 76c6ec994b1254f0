// Pace without a transcript: syllable nuclei are the loudness peaks inside speech, so counting
// peaks (a rise and a fall of a few dB) estimates syllables, and words at about 1.4 syllables per
// word of spoken English. An estimate, shown as one; a transcript, when there is one, replaces it.
import type { Frame, Segment } from './vad';

export const SYLLABLES_PER_WORD = 1.4;
/** A peak must stand this far above the dips on both sides. */
const DIP_DB = 3;
/** Peaks this far below the loudest moment of their stretch are noise, not syllables. */
const RANGE_DB = 20;

/** Times of the syllable peaks inside the voice segments. */
export function syllablePeaks(frames: readonly Frame[], segments: readonly Segment[]): number[] {
  const peaks: number[] = [];
  let i = 0;
  for (const seg of segments) {
    while (i < frames.length && frames[i]!.t < seg.start) i++;
    const own: Frame[] = [];
    for (let j = i; j < frames.length && frames[j]!.t < seg.end; j++) own.push(frames[j]!);
    // Smoothed over three frames (60 ms): a syllable, not a single loud frame.
    const level = (k: number) => Math.max(-90, own[k]?.level ?? -90);
    const smooth = own.map((_, k) => (level(Math.max(0, k - 1)) + level(k) + level(Math.min(own.length - 1, k + 1))) / 3);
    const loudest = Math.max(...smooth);
    let seekingPeak = true;
    let extreme = smooth[0] ?? -90;
    let at = own[0]?.t ?? seg.start;
    smooth.forEach((v, k) => {
      if (seekingPeak) {
        if (v > extreme) {
          extreme = v;
          at = own[k]!.t;
        } else if (extreme - v >= DIP_DB) {
          if (extreme > loudest - RANGE_DB) peaks.push(at);
          seekingPeak = false;
          extreme = v;
        }
      } else if (v < extreme) extreme = v;
      else if (v - extreme >= DIP_DB) {
        seekingPeak = true;
        extreme = v;
        at = own[k]!.t;
      }
    });
    if (seekingPeak && smooth.length && extreme > loudest - RANGE_DB) peaks.push(at);
  }
  return peaks;
}

/** Estimated words said in [from, to). */
export function estimatedWords(peaks: readonly number[], from: number, to: number): number {
  return peaks.filter((t) => t >= from && t < to).length / SYLLABLES_PER_WORD;
}
