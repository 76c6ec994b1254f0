// The rehearsal timer's logic, clock injected: walk the story's own part plan while the user speaks.
import type { SectionKind } from '../engine/report';

export interface PlanPart {
  kind: SectionKind;
  /** Planned seconds, from the part's estimated speaking time. */
  seconds: number;
}

export interface Rehearsal {
  plan: PlanPart[];
  startedAt: number;
  /** Times (ms) at which the speaker moved on from each finished part. */
  marks: number[];
  stoppedAt?: number;
}

export interface RehearsalView {
  index: number;
  kind: SectionKind;
  /** Seconds spent in the current part. */
  elapsed: number;
  /** Seconds left in the part's plan; negative once it runs long. */
  left: number;
  over: boolean;
  totalElapsed: number;
  totalPlanned: number;
  isLast: boolean;
}

export interface PartResult {
  kind: SectionKind;
  planned: number;
  actual: number;
  over: boolean;
  /** False for parts the speaker never got to before Stop. */
  reached: boolean;
}

/** A part may run this many seconds past its plan before it counts as long. */
export const GRACE_SECONDS = 3;

export function planFrom(sections: readonly { kind: SectionKind; seconds: number }[]): PlanPart[] {
  return sections.map((s) => ({ kind: s.kind, seconds: Math.max(1, Math.round(s.seconds)) }));
}

export function startRehearsal(plan: PlanPart[], now: number): Rehearsal {
  return { plan, startedAt: now, marks: [] };
}

function partStart(r: Rehearsal, index: number): number {
  return index === 0 ? r.startedAt : (r.marks[index - 1] ?? r.startedAt);
}

/** Move to the next part; from the last part, this finishes the rehearsal. */
export function nextPart(r: Rehearsal, now: number): Rehearsal {
  if (r.stoppedAt !== undefined) return r;
  if (r.marks.length >= r.plan.length - 1) return stopRehearsal(r, now);
  return { ...r, marks: [...r.marks, now] };
}

export function stopRehearsal(r: Rehearsal, now: number): Rehearsal {
  return r.stoppedAt !== undefined ? r : { ...r, stoppedAt: now };
}

export function rehearsalView(r: Rehearsal, now: number): RehearsalView {
  const index = Math.min(r.marks.length, r.plan.length - 1);
  const part = r.plan[index];
  const clock = r.stoppedAt ?? now;
  const elapsed = Math.max(0, (clock - partStart(r, index)) / 1000);
  const planned = part?.seconds ?? 0;
  return {
    index,
    kind: part?.kind ?? 'situation',
    elapsed,
    left: planned - elapsed,
    over: elapsed > planned + GRACE_SECONDS,
    totalElapsed: Math.max(0, (clock - r.startedAt) / 1000),
    totalPlanned: r.plan.reduce((sum, p) => sum + p.seconds, 0),
    isLast: index === r.plan.length - 1,
  };
}

/**
 * Actual against plan once stopped. Parts the speaker never reached get 0 s;
 * the part in progress at Stop gets the time up to Stop.
 */
export function rehearsalSummary(r: Rehearsal): PartResult[] {
  const end = r.stoppedAt ?? r.startedAt;
  return r.plan.map((p, i) => {
    const reached = i <= r.marks.length;
    const from = partStart(r, i);
    const to = i < r.marks.length ? (r.marks[i] ?? end) : end;
    const actual = reached ? Math.max(0, Math.round((to - from) / 1000)) : 0;
    return { kind: p.kind, planned: p.seconds, actual, over: actual > p.seconds + GRACE_SECONDS, reached };
  });
}
