// Synthetic level timelines: quiet room noise with stretches of "speech" at known times.
import type { Frame } from '../../../lib/rehearsal/vad';

export const FRAME = 0.02;

export interface Stretch {
  start: number;
  end: number;
  /** Loudness of the speech (dBFS); default -25. */
  level?: number;
}

/**
 * Frames from 0 to `until` s: noise around `noise` dB, speech inside the stretches. Speech dips
 * for one frame every 0.2 s (stop consonants), as real speech does.
 */
export function timeline(until: number, speech: Stretch[], noise = -62): Frame[] {
  const frames: Frame[] = [];
  for (let i = 0; i * FRAME < until - 1e-9; i++) {
    const t = Math.round(i * FRAME * 1000) / 1000;
    const s = speech.find((x) => t >= x.start - 1e-9 && t < x.end - 1e-9);
    const wobble = ((i * 7919) % 13) / 13 - 0.5; // deterministic ±0.5 dB
    const dip = i % 10 === 5;
    frames.push({ t, level: s && !dip ? (s.level ?? -25) + wobble * 4 : noise + wobble * 3 });
  }
  return frames;
}
