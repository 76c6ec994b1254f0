// After a rehearsal: each part as spoken (voice only) and elapsed against its target, pace and the
// longest pause; then, when the answer was heard on the device, fillers, the coach's checks on what
// was said and what of the draft was said, skipped or changed.
import type { Story } from '@/lib/engine/report';
import type { AnswerMeasure, Measure } from '@/lib/rehearsal/measures';
import type { RehearsalOutcome } from '@/lib/rehearsal/outcome';
import type { SpokenFinding } from '@/lib/rehearsal/spoken-report';
import { formatBand } from '@/lib/ui/format';
import { PART_LABELS } from '@/lib/ui/parts';
import { RehearsalHeard } from './RehearsalHeard';
import { RehearsalSave } from './RehearsalSave';

const secs = (n: number) => `${n.toFixed(1)} s`;
/** Table cells: the unit is in the column's header. */
const num = (n: number) => n.toFixed(1);
const STANDING = { under: 'under the target', within: 'on target', over: 'over the target' } as const;

export function RehearsalResult(props: {
  outcome: RehearsalOutcome;
  findings: SpokenFinding[] | null;
  story: Story;
  text: string;
  /** The saved story being rehearsed, when it came from the story bank. */
  savedId?: string;
  onAgain(): void;
}) {
  const { outcome } = props;
  const m = outcome.measure;
  const timer = outcome.mode === 'timer';
  return (
    <div className="rehearsal-result" data-rehearsal="done" data-rehearsal-mode={outcome.mode}>
      <table>
        <caption className="sr-only">Your rehearsal, part by part, against the targets</caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            {!timer && <th scope="col" title="Seconds you were speaking, silences left out">Spoken</th>}
            <th scope="col" title="Seconds from moving into the part to moving on">Elapsed</th>
            <th scope="col" title="Target band, seconds">Target</th>
            {!timer && <th scope="col" title="Words per minute">wpm</th>}
            {!timer && <th scope="col" title="Longest pause, seconds">Pause</th>}
          </tr>
        </thead>
        <tbody>
          {m.parts.map((p) => (
            <tr
              key={p.kind}
              data-spoken-part={p.kind}
              data-spoken-seconds={p.spoken.toFixed(1)}
              data-elapsed-seconds={p.elapsed.toFixed(1)}
              className={`is-${standingOf(p, timer)}`}
            >
              <th scope="row">
                <span className={`dot part-${p.kind}`} aria-hidden="true" /> {PART_LABELS[p.kind]}
              </th>
              <Cells m={p} timer={timer} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-spoken-answer data-spoken-seconds={m.spoken.toFixed(1)} data-elapsed-seconds={m.elapsed.toFixed(1)} className={`is-${standingOf(m, timer)}`}>
            <th scope="row">Answer</th>
            <Cells m={m} timer={timer} />
          </tr>
        </tfoot>
      </table>
      <p className="table-note">Seconds. {timer ? 'Elapsed: from moving into a part to moving on.' : 'Spoken: voice only, silences left out. Pause: the longest silence inside the part.'}</p>
      <Summary m={m} timer={timer} />
      {outcome.mode === 'transcript' && <RehearsalHeard outcome={outcome} findings={props.findings} />}
      <RehearsalSave outcome={outcome} text={props.text.slice(props.story.start, props.story.end)} title={props.story.title} storyId={props.savedId} />
      <div className="row">
        <button type="button" className="btn" onClick={props.onAgain}>Rehearse again</button>
      </div>
    </div>
  );
}

function standingOf(m: Measure, timer: boolean): Measure['standing'] {
  if (!timer) return m.standing;
  return m.elapsed < m.target.min ? 'under' : m.elapsed > m.target.max ? 'over' : 'within';
}

function Cells({ m, timer }: { m: Measure; timer: boolean }) {
  const standing = STANDING[standingOf(m, timer)];
  return (
    <>
      {!timer && (
        <td>
          {num(m.spoken)}
          <span className="sr-only"> s spoken, {standing}</span>
        </td>
      )}
      <td>
        {num(m.elapsed)}
        <span className="sr-only"> s{timer ? `, ${standing}` : ''}</span>
      </td>
      <td className="muted">{m.target.min}–{m.target.max}</td>
      {!timer && <td>{m.wpm ?? '—'}</td>}
      {!timer && <td>{m.longestPause > 0 ? num(m.longestPause) : '—'}</td>}
    </>
  );
}

function Summary({ m, timer }: { m: AnswerMeasure; timer: boolean }) {
  if (timer) return <p className="rehearsal-note">Timer only: elapsed time per part. Rehearse aloud to time your voice, silences left out.</p>;
  if (m.firstWord === null) {
    return <p className="rehearsal-note is-problem" role="status">No voice was heard. Check that the right microphone is selected and not muted.</p>;
  }
  return (
    <p className="rehearsal-note">
      First word after {secs(m.firstWord)}. You spoke {secs(m.spoken)} of {secs(m.elapsed)} ({STANDING[m.standing]} of{' '}
      {formatBand(m.target)} for the whole answer).
      {m.words === 'syllables' && ' Pace is estimated from the syllables in your voice.'}
    </p>
  );
}
