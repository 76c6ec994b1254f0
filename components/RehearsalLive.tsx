// While speaking: the current part against its target band, the voice heard in it, the draft's
// cues, and the controls (Next, a later part, Stop).
import { useEffect, useRef } from 'react';
import { rehearsalView, type Rehearsal } from '@/lib/rehearsal/session';
import { formatBand, formatClock } from '@/lib/ui/format';
import { PART_LABELS } from '@/lib/ui/parts';

export function RehearsalLive(props: {
  run: Rehearsal;
  now: number;
  listening: boolean;
  speaking: boolean;
  voiceSeconds: number;
  onNext(): void;
  onJump(index: number): void;
  onStop(): void;
}) {
  const { run, now, listening, speaking, voiceSeconds } = props;
  const v = rehearsalView(run, now);
  const part = run.plan[v.index]!;
  const nextButton = useRef<HTMLButtonElement>(null);
  useEffect(() => nextButton.current?.focus(), [v.index]);
  // Aloud, the band is held against the voice; on the timer, against the clock.
  const measured = listening ? voiceSeconds : v.elapsed;
  const standing = measured < v.target.min ? 'under' : measured > v.target.max ? 'over' : 'within';
  const note =
    standing === 'over'
      ? 'Over the target: move on.'
      : standing === 'within'
        ? `On target · ${Math.max(0, Math.round(v.target.max - measured))} s left`
        : `${Math.round(v.target.min - measured)} s to reach the target`;

  return (
    <div className={`rehearsal-live is-${standing}`} data-rehearsal="running">
      <p className="sr-only" aria-live="polite">
        Now: {PART_LABELS[v.kind]}, target {formatBand(v.target)}
      </p>
      <div className="part-steps" role="group" aria-label="Parts">
        {run.plan.map((p, i) => (
          <button
            key={p.kind}
            type="button"
            className={`part-step part-${p.kind} ${i < v.index ? 'past' : i === v.index ? 'current' : ''}`}
            aria-current={i === v.index ? 'step' : undefined}
            disabled={i <= v.index}
            onClick={() => props.onJump(i)}
          >
            {PART_LABELS[p.kind]}
          </button>
        ))}
      </div>
      <div className="now">
        <span className={`dot part-${v.kind}`} aria-hidden="true" />
        <strong data-current-part={v.kind}>{PART_LABELS[v.kind]}</strong>
        <span className="muted">target {formatBand(v.target)}</span>
      </div>
      <div className="clock" role="timer" aria-label={`Time in ${PART_LABELS[v.kind]}`}>
        {formatClock(v.elapsed)}
      </div>
      <p className="clock-note">
        {listening && (
          <span className={`voice ${speaking ? 'is-speaking' : ''}`} data-voice={speaking ? 'speaking' : 'silent'}>
            <span className="voice-dot" aria-hidden="true" /> {speaking ? 'Speaking' : 'Silent'} · voice {voiceSeconds.toFixed(1)} s ·{' '}
          </span>
        )}
        {note} · total {formatClock(v.totalElapsed)}
      </p>
      {part.cues.length > 0 ? (
        <ul className="cues" aria-label={`Your draft’s ${PART_LABELS[v.kind]}`}>
          {part.cues.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      ) : (
        <p className="cues-empty muted">Your draft has no {PART_LABELS[v.kind]} yet: say it in your own words.</p>
      )}
      <div className="row">
        <button ref={nextButton} type="button" className="btn btn-primary" data-action="next-part" onClick={props.onNext}>
          {v.isLast ? 'Finish' : `Next: ${PART_LABELS[run.plan[v.index + 1]!.kind]}`}
        </button>
        <button type="button" className="btn" data-action="stop-rehearsal" onClick={props.onStop}>Stop</button>
      </div>
    </div>
  );
}
