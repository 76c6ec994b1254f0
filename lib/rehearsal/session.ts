// A rehearsal's clock, injected in seconds: walk the target plan part by part while the user speaks,
// and hold each part's time against its target band (never against the draft's length).
import type { SectionKind } from '../engine/report';
import { againstBand, type Band, type PlanPart } from './targets';

export interface Rehearsal {
  plan: PlanPart[];
  /** Seconds on the session's clock (the audio clock when listening). */
  startedAt: number;
  /** When the speaker moved on from each finished part. */
  marks: number[];
  stoppedAt?: number;
}

export interface RehearsalView {
  index: number;
  kind: SectionKind;
  target: Band;
  /** Seconds spent in the current part. */
  elapsed: number;
  /** Seconds until the part's band ends; negative once it runs long. */
  left: number;
  standing: 'under' | 'within' | 'over';
  totalElapsed: number;
  isLast: boolean;
}

export interface PartTime {
  kind: SectionKind;
  target: Band;
  from: number;
  to: number;
  /** Seconds from moving into the part to moving on (or Stop). */
  elapsed: number;
  standing: 'under' | 'within' | 'over';
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

/** Jump to a later part (a part button): the parts in between are passed with no time. */
export function jumpTo(r: Rehearsal, index: number, now: number): Rehearsal {
  if (r.stoppedAt !== undefined || index <= r.marks.length || index >= r.plan.length) return r;
  return { ...r, marks: [...r.marks, ...Array<number>(index - r.marks.length).fill(now)] };
}

export function stopRehearsal(r: Rehearsal, now: number): Rehearsal {
  return r.stoppedAt !== undefined ? r : { ...r, stoppedAt: now };
}

export function rehearsalView(r: Rehearsal, now: number): RehearsalView {
  const index = Math.min(r.marks.length, r.plan.length - 1);
  const part = r.plan[index]!;
  const clock = r.stoppedAt ?? now;
  const elapsed = Math.max(0, clock - partStart(r, index));
  return {
    index,
    kind: part.kind,
    target: part.target,
    elapsed,
    left: part.target.max - elapsed,
    standing: againstBand(elapsed, part.target),
    totalElapsed: Math.max(0, clock - r.startedAt),
    isLast: index === r.plan.length - 1,
  };
}

/** The parts the speaker reached, with their time span; parts never reached are left out. */
export function partTimes(r: Rehearsal): PartTime[] {
  const end = r.stoppedAt ?? r.startedAt;
  const out: PartTime[] = [];
  r.plan.forEach((p, i) => {
    if (i > r.marks.length) return;
    const from = partStart(r, i);
    const to = i < r.marks.length ? r.marks[i]! : end;
    // A part jumped over has no time of its own.
    if (to <= from && i < r.marks.length) return;
    const elapsed = Math.max(0, to - from);
    out.push({ kind: p.kind, target: p.target, from, to, elapsed, standing: againstBand(elapsed, p.target) });
  });
  return out;
}
