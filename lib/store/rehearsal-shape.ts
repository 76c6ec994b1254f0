// What a rehearsal kept with a saved story looks like: numbers only (per-part spoken seconds, pace,
// fillers, date), never audio and never a transcript; and how a stored or imported list is read.
import { SECTION_KINDS, type SectionKind } from '../engine/report';
import type { RehearsalOutcome } from '../rehearsal/outcome';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A story keeps its latest rehearsals, enough to show a trend. */
export const MAX_REHEARSALS = 20;

export interface SavedPart {
  kind: SectionKind;
  /** Seconds of voice, one decimal. */
  spoken: number;
  elapsed: number;
  wpm: number | null;
}

export interface SavedRehearsal {
  /** When it was rehearsed (ms since the epoch). */
  at: number;
  /** `transcript` when the answer was also heard on the device (fillers then counted). */
  mode: 'voice' | 'transcript';
  parts: SavedPart[];
  spoken: number;
  elapsed: number;
  wpm: number | null;
  fillers?: number;
  hedges?: number;
}

/** What is kept of a finished rehearsal; null for timer-only runs, which measured no voice. */
export function rehearsalRecord(outcome: RehearsalOutcome, at: number): SavedRehearsal | null {
  if (outcome.mode === 'timer') return null;
  const m = outcome.measure;
  return {
    at,
    mode: outcome.mode,
    parts: m.parts.map((p) => ({ kind: p.kind, spoken: p.spoken, elapsed: p.elapsed, wpm: p.wpm })),
    spoken: m.spoken,
    elapsed: m.elapsed,
    wpm: m.wpm,
    ...(outcome.fillers ? { fillers: outcome.fillers.fillers, hedges: outcome.fillers.hedges } : {}),
  };
}

const seconds = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 24 * 3600;
const pace = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1000);
const count = (v: unknown) => v === undefined || (Number.isInteger(v) && (v as number) >= 0);

function readPart(v: unknown): SavedPart | null {
  if (!isRecord(v) || !(SECTION_KINDS as readonly unknown[]).includes(v.kind)) return null;
  if (!seconds(v.spoken) || !seconds(v.elapsed) || !pace(v.wpm ?? null)) return null;
  return { kind: v.kind as SectionKind, spoken: v.spoken as number, elapsed: v.elapsed as number, wpm: (v.wpm ?? null) as number | null };
}

function readRehearsal(v: unknown): SavedRehearsal | null {
  if (!isRecord(v) || !seconds(v.spoken) || !seconds(v.elapsed) || !pace(v.wpm ?? null) || !count(v.fillers) || !count(v.hedges)) return null;
  if (typeof v.at !== 'number' || !Number.isFinite(v.at) || (v.mode !== 'voice' && v.mode !== 'transcript') || !Array.isArray(v.parts)) return null;
  const parts = v.parts.map(readPart);
  if (parts.some((p) => p === null)) return null;
  return {
    at: v.at,
    mode: v.mode,
    parts: parts as SavedPart[],
    spoken: v.spoken as number,
    elapsed: v.elapsed as number,
    wpm: (v.wpm ?? null) as number | null,
    ...(v.fillers !== undefined ? { fillers: v.fillers as number } : {}),
    ...(v.hedges !== undefined ? { hedges: v.hedges as number } : {}),
  };
}

/** A stored or imported list of rehearsals: the readable ones, latest last; null when it is not a list. */
export function readRehearsals(v: unknown): SavedRehearsal[] | null {
  if (!Array.isArray(v)) return null;
  return v
    .map(readRehearsal)
    .filter((r): r is SavedRehearsal => r !== null)
    .sort((a, b) => a.at - b.at)
    .slice(-MAX_REHEARSALS);
}

export interface PartTrend {
  kind: SectionKind;
  /** Spoken seconds of this part in the last rehearsals that reached it, oldest first. */
  spoken: number[];
}

/** The last `n` rehearsals' spoken seconds, per part, for the story bank's trend. */
export function trendByPart(rehearsals: readonly SavedRehearsal[], n = 5): PartTrend[] {
  const last = rehearsals.slice(-n);
  return SECTION_KINDS.map((kind) => ({
    kind,
    spoken: last.flatMap((r) => r.parts.filter((p) => p.kind === kind).map((p) => p.spoken)),
  })).filter((t) => t.spoken.length > 0);
}
