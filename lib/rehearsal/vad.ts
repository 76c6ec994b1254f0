// Voice activity from a timeline of frame levels (dBFS), pure: an adaptive threshold over the
// recent noise floor, an onset that needs a few loud frames, and a hangover that bridges the short
// dips between words. The audio pipeline feeds it live; tests feed it synthetic timelines.

export interface Frame {
  /** Start of the frame, in seconds on the session's clock. */
  t: number;
  /** Loudness of the frame: RMS in dB relative to full scale (silence → very negative). */
  level: number;
}

export interface Segment {
  start: number;
  end: number;
}

export interface VadOptions {
  frameSeconds: number;
  /** How far above the noise floor a frame must be to count as voice. */
  marginDb: number;
  /** Never count anything quieter than this as voice (digital silence, faint hiss). */
  minVoiceDb: number;
  /** Once speaking, a frame stays voice down to this many dB below the threshold. */
  hysteresisDb: number;
  /** Loud frames in a row needed to start speech (a click or a knock is shorter). */
  onsetFrames: number;
  /** Gaps shorter than this inside speech are part of it (between words, stop consonants). */
  hangoverSeconds: number;
  /** The noise floor is the quietest level over this window, so it follows a noisier room. */
  floorWindowSeconds: number;
}

export const DEFAULT_VAD: VadOptions = {
  frameSeconds: 0.02,
  marginDb: 12,
  minVoiceDb: -55,
  hysteresisDb: 4,
  onsetFrames: 3,
  hangoverSeconds: 0.3,
  floorWindowSeconds: 4,
};

const FLOOR_LIMIT_DB = -90;

export class VoiceDetector {
  private readonly opts: VadOptions;
  private readonly done: Segment[] = [];
  /** The speech segment being spoken: from its onset to its last voiced frame. */
  private open: Segment | null = null;
  /** Loud frames waiting to confirm an onset. */
  private pending: number[] = [];
  /** Frames of the floor window, as a monotonic queue of (time, level) for a sliding minimum. */
  private floorQueue: Frame[] = [];

  constructor(options: Partial<VadOptions> = {}) {
    this.opts = { ...DEFAULT_VAD, ...options };
  }

  get speaking(): boolean {
    return this.open !== null;
  }

  /** The current noise floor (dBFS). */
  get floor(): number {
    return this.floorQueue[0]?.level ?? FLOOR_LIMIT_DB;
  }

  get threshold(): number {
    return Math.max(this.opts.minVoiceDb, this.floor + this.opts.marginDb);
  }

  push(frame: Frame): void {
    const level = Number.isFinite(frame.level) ? Math.max(FLOOR_LIMIT_DB, frame.level) : FLOOR_LIMIT_DB;
    this.trackFloor(frame.t, level);
    const { frameSeconds, hangoverSeconds, hysteresisDb, onsetFrames } = this.opts;
    const end = frame.t + frameSeconds;
    if (this.open) {
      if (level >= this.threshold - hysteresisDb) this.open.end = end;
      else if (end - this.open.end > hangoverSeconds) this.close();
      return;
    }
    if (level < this.threshold) {
      this.pending = [];
      return;
    }
    this.pending.push(frame.t);
    if (this.pending.length < onsetFrames) return;
    const start = this.pending[0]!;
    this.pending = [];
    const last = this.done[this.done.length - 1];
    // Speech resuming within the hangover continues the previous segment.
    if (last && start - last.end <= hangoverSeconds) {
      this.done.pop();
      this.open = { start: last.start, end };
    } else {
      this.open = { start, end };
    }
  }

  /** Voice segments so far, the one in progress included up to its last voiced frame. */
  segments(): Segment[] {
    return this.open ? [...this.done, { ...this.open }] : [...this.done];
  }

  private close(): void {
    if (this.open) this.done.push(this.open);
    this.open = null;
  }

  private trackFloor(t: number, level: number): void {
    const q = this.floorQueue;
    while (q.length && q[q.length - 1]!.level >= level) q.pop();
    q.push({ t, level });
    while (q.length && q[0]!.t < t - this.opts.floorWindowSeconds) q.shift();
  }
}

/** Voice segments of a whole timeline of frames. */
export function voiceSegments(frames: Iterable<Frame>, options: Partial<VadOptions> = {}): Segment[] {
  const vad = new VoiceDetector(options);
  for (const f of frames) vad.push(f);
  return vad.segments();
}

/** Seconds of voice inside [from, to). */
export function voiceWithin(segments: readonly Segment[], from: number, to: number): number {
  let sum = 0;
  for (const s of segments) sum += Math.max(0, Math.min(s.end, to) - Math.max(s.start, from));
  return sum;
}

/** RMS of samples in dBFS; silence gives -Infinity. */
export function rmsDb(samples: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i]! * samples[i]!;
  return 10 * Math.log10(sum / Math.max(1, samples.length));
}
