import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { finishRehearsal } from '../../../lib/rehearsal/outcome';
import { nextPart, startRehearsal, stopRehearsal } from '../../../lib/rehearsal/session';
import { rehearsalPlan } from '../../../lib/rehearsal/targets';
import { voiceSegments } from '../../../lib/rehearsal/vad';
import { timeline } from './timeline';

const DRAFT = 'Situation: Checkout timed out after my cache change.\nAction: I rolled back the change and I added a test.\nResult: Timeouts fell to zero.';
const sections = analyze(DRAFT).stories[0]!.sections;

function recorded() {
  const frames = timeline(12, [{ start: 1, end: 4 }, { start: 6, end: 10 }]);
  const segments = voiceSegments(frames);
  const run = stopRehearsal(nextPart(startRehearsal(rehearsalPlan(DRAFT, sections), 0), 5), 11);
  return { run, frames, segments, text: DRAFT, sections };
}

describe('a finished rehearsal', () => {
  it('voice only: measures the voice, paces it from syllables, keeps no words', () => {
    const o = finishRehearsal(recorded(), 'voice');
    expect(o.mode).toBe('voice');
    expect(o.measure.words).toBe('syllables');
    expect(o.measure.parts.map((p) => [p.kind, Math.round(p.spoken)])).toEqual([
      ['situation', 3],
      ['task', 4],
    ]);
    expect(o.transcripts).toBeUndefined();
    expect(o.fillers).toBeUndefined();
  });

  it('heard on the device: adds the transcript by part, fillers and the comparison with the draft', () => {
    const heard = [
      { text: 'um checkout timed out after my cache change', at: 4.3 },
      { text: 'so we rolled back the change', at: 10.4 },
    ];
    const o = finishRehearsal({ ...recorded(), heard }, 'transcript');
    expect(o.transcripts).toEqual({ situation: 'um checkout timed out after my cache change', task: 'so we rolled back the change' });
    expect(o.measure.words).toBe('transcript');
    expect(o.measure.parts[0]!.wpm).toBe(Math.round((8 / o.measure.parts[0]!.spoken) * 60));
    expect(o.fillers!.fillers).toBe(1);
    expect(o.comparison!.actions).toContainEqual({ draft: 'I rolled back', status: 'changed', spoken: 'we rolled back' });
  });

  it('falls back to voice only when recognition did not run', () => {
    expect(finishRehearsal(recorded(), 'transcript').mode).toBe('voice');
  });

  it('timer only: elapsed time per part, nothing measured from a microphone', () => {
    const o = finishRehearsal(recorded(), 'timer');
    expect(o.measure.parts.map((p) => [p.kind, p.spoken, p.elapsed])).toEqual([
      ['situation', 0, 5],
      ['task', 0, 6],
    ]);
  });
});
