import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { jumpTo, nextPart, partTimes, rehearsalView, startRehearsal, stopRehearsal } from '../../../lib/rehearsal/session';
import { rehearsalPlan, targetsFor } from '../../../lib/rehearsal/targets';
import { loadFixture } from '../ui/load-fixture';

// A draft whose Action is one short sentence (about 4 s said aloud).
const SHORT_ACTION = [
  'Situation: Our checkout service started timing out after a caching change I had shipped.',
  'Task: I had to get checkout working again before the evening peak.',
  'Action: I rolled back the cache change.',
  'Result: Timeouts fell from 4% to zero within ten minutes.',
].join('\n');

const planOf = (text: string, options = {}) => rehearsalPlan(text, analyze(text, options).stories[0]!.sections, options);

describe('rehearsal plan', () => {
  it('plans a 4-second Action as the 40–70 s target band, not as the draft’s length', () => {
    const story = analyze(SHORT_ACTION).stories[0]!;
    const action = story.sections.find((s) => s.kind === 'action')!;
    expect(action.seconds).toBeLessThan(5);
    const plan = planOf(SHORT_ACTION);
    expect(plan.find((p) => p.kind === 'action')!.target).toEqual({ min: 40, max: 70 });
  });

  it('walks all five parts in order, with the draft’s own sentences as cues', () => {
    const plan = planOf(SHORT_ACTION);
    expect(plan.map((p) => p.kind)).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
    expect(plan.find((p) => p.kind === 'action')!.cues).toEqual(['I rolled back the cache change.']);
    // The draft has no Reflection: it is still walked, with nothing to read from.
    expect(plan.find((p) => p.kind === 'reflection')!.cues).toEqual([]);
  });

  it('gives every sentence of a long part as a cue', () => {
    const { text, report } = loadFixture('strong');
    const plan = rehearsalPlan(text, report.stories[0]!.sections);
    expect(plan.find((p) => p.kind === 'action')!.cues.length).toBeGreaterThan(2);
    expect(plan.find((p) => p.kind === 'situation')!.cues[0]).toMatch(/^In my second year/);
  });

  it('follows the interviewer’s focus and the level', () => {
    expect(targetsFor('speed').reflection).toEqual({ min: 5, max: 15 });
    expect(targetsFor('technical').action).toEqual({ min: 50, max: 80 });
    expect(targetsFor('general', 'staff').reflection).toEqual({ min: 10, max: 25 });
    expect(targetsFor('general', 'mid')).toEqual({
      situation: { min: 10, max: 20 },
      task: { min: 5, max: 15 },
      action: { min: 40, max: 70 },
      result: { min: 10, max: 25 },
      reflection: { min: 5, max: 20 },
    });
    expect(planOf(SHORT_ACTION, { focus: 'speed' }).find((p) => p.kind === 'reflection')!.target.max).toBe(15);
  });
});

const plan = planOf(SHORT_ACTION);

describe('while speaking', () => {
  it('starts on the Situation with its band ahead', () => {
    const v = rehearsalView(startRehearsal(plan, 100), 105);
    expect(v).toMatchObject({ index: 0, kind: 'situation', elapsed: 5, left: 15, standing: 'under', isLast: false });
  });

  it('compares the time in a part with its target band', () => {
    let r = nextPart(nextPart(startRehearsal(plan, 0), 15), 25);
    expect(rehearsalView(r, 30)).toMatchObject({ kind: 'action', elapsed: 5, standing: 'under' });
    // Expanding the Action aloud, as the advice says, is on target — not "running long".
    expect(rehearsalView(r, 25 + 50)).toMatchObject({ standing: 'within', left: 20 });
    expect(rehearsalView(r, 25 + 71).standing).toBe('over');
    r = stopRehearsal(r, 80);
    expect(rehearsalView(r, 999).totalElapsed).toBe(80);
  });

  it('finishes when moving on from the last part', () => {
    let r = startRehearsal(plan, 0);
    for (let i = 1; i <= 4; i++) r = nextPart(r, i * 10);
    expect(rehearsalView(r, 45).isLast).toBe(true);
    r = nextPart(r, 50);
    expect(r.stoppedAt).toBe(50);
  });

  it('jumps ahead to a part button, passing the parts between with no time', () => {
    let r = jumpTo(startRehearsal(plan, 0), 2, 12);
    expect(rehearsalView(r, 20).kind).toBe('action');
    r = stopRehearsal(r, 30);
    expect(partTimes(r).map((p) => [p.kind, p.elapsed])).toEqual([
      ['situation', 12],
      ['action', 18],
    ]);
  });
});

describe('after Stop', () => {
  it('gives each part reached its span and standing; parts never reached are left out', () => {
    let r = startRehearsal(plan, 0);
    r = nextPart(r, 25);
    r = stopRehearsal(r, 30);
    expect(partTimes(r)).toEqual([
      { kind: 'situation', target: { min: 10, max: 20 }, from: 0, to: 25, elapsed: 25, standing: 'over' },
      { kind: 'task', target: { min: 5, max: 15 }, from: 25, to: 30, elapsed: 5, standing: 'within' },
    ]);
  });

  it('ignores moves after Stop', () => {
    const stopped = stopRehearsal(startRehearsal(plan, 0), 9);
    expect(nextPart(stopped, 20)).toBe(stopped);
    expect(jumpTo(stopped, 3, 20)).toBe(stopped);
    expect(stopRehearsal(stopped, 30).stoppedAt).toBe(9);
  });
});
