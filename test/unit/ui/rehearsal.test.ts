import { describe, expect, it } from 'vitest';
import { GRACE_SECONDS, nextPart, planFrom, rehearsalSummary, rehearsalView, startRehearsal, stopRehearsal } from '../../../lib/ui/rehearsal';
import { loadFixture } from './load-fixture';

// The clock is injected: t(s) is "s seconds after the start".
const T0 = 1_000_000;
const t = (s: number) => T0 + s * 1000;
const plan = planFrom([
  { kind: 'situation', seconds: 14.6 },
  { kind: 'action', seconds: 40 },
  { kind: 'result', seconds: 10 },
]);

describe('rehearsal plan', () => {
  it('follows the story’s own parts and their estimated seconds', () => {
    expect(plan).toEqual([
      { kind: 'situation', seconds: 15 },
      { kind: 'action', seconds: 40 },
      { kind: 'result', seconds: 10 },
    ]);
    const strong = loadFixture('strong').report.stories[0]!;
    expect(planFrom(strong.sections).map((p) => p.kind)).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
  });
});

describe('while speaking', () => {
  it('starts on the first part with its whole plan left', () => {
    const v = rehearsalView(startRehearsal(plan, T0), t(5));
    expect(v).toMatchObject({ index: 0, kind: 'situation', elapsed: 5, left: 10, over: false, totalPlanned: 65, isLast: false });
  });

  it('moves to the next part and counts its time from the move', () => {
    const r = nextPart(startRehearsal(plan, T0), t(12));
    expect(rehearsalView(r, t(20))).toMatchObject({ kind: 'action', elapsed: 8, left: 32, totalElapsed: 20 });
  });

  it('warns once a part runs past its plan and the grace', () => {
    const r = startRehearsal(plan, T0);
    expect(rehearsalView(r, t(15 + GRACE_SECONDS)).over).toBe(false);
    const late = rehearsalView(r, t(15 + GRACE_SECONDS + 1));
    expect(late.over).toBe(true);
    expect(late.left).toBeLessThan(0);
  });

  it('finishes when moving on from the last part', () => {
    let r = startRehearsal(plan, T0);
    r = nextPart(r, t(10));
    r = nextPart(r, t(50));
    expect(rehearsalView(r, t(55)).isLast).toBe(true);
    r = nextPart(r, t(62));
    expect(r.stoppedAt).toBe(t(62));
  });
});

describe('after Stop', () => {
  it('shows the actual time of each part against the plan', () => {
    let r = startRehearsal(plan, T0);
    r = nextPart(r, t(25));
    r = nextPart(r, t(60));
    r = stopRehearsal(r, t(70));
    expect(rehearsalSummary(r)).toEqual([
      { kind: 'situation', planned: 15, actual: 25, over: true, reached: true },
      { kind: 'action', planned: 40, actual: 35, over: false, reached: true },
      { kind: 'result', planned: 10, actual: 10, over: false, reached: true },
    ]);
    expect(rehearsalView(r, t(500)).totalElapsed).toBe(70);
  });

  it('gives parts never reached no time', () => {
    const r = stopRehearsal(startRehearsal(plan, T0), t(9));
    expect(rehearsalSummary(r).map((p) => [p.actual, p.reached])).toEqual([
      [9, true],
      [0, false],
      [0, false],
    ]);
  });

  it('ignores moves after Stop', () => {
    const stopped = stopRehearsal(startRehearsal(plan, T0), t(9));
    expect(nextPart(stopped, t(20))).toBe(stopped);
    expect(stopRehearsal(stopped, t(30)).stoppedAt).toBe(t(9));
  });
});
