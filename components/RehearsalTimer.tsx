// Say the answer out loud: the timer walks the story's own part plan and flags a part that runs long.
import { useEffect, useState } from 'react';
import type { Section } from '@/lib/engine/report';
import { formatClock, formatSeconds } from '@/lib/ui/format';
import { PART_LABELS } from '@/lib/ui/parts';
import { nextPart, planFrom, rehearsalSummary, rehearsalView, startRehearsal, stopRehearsal, type Rehearsal } from '@/lib/ui/rehearsal';
import './RehearsalTimer.css';

export function RehearsalTimer({ sections }: { sections: Section[] }) {
  const [run, setRun] = useState<Rehearsal | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const running = run !== null && run.stoppedAt === undefined;

  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, [running]);

  if (sections.length === 0) return null;
  const plan = planFrom(sections);
  const planned = plan.reduce((sum, p) => sum + p.seconds, 0);
  const start = () => {
    const t = Date.now();
    setNow(t);
    setRun(startRehearsal(plan, t));
  };
  const act = (f: (r: Rehearsal, t: number) => Rehearsal) => {
    const t = Date.now();
    setNow(t);
    setRun((r) => (r ? f(r, t) : r));
  };

  return (
    <section className="card rehearsal" aria-labelledby="rehearsal-title">
      <div className="card-head">
        <h2 id="rehearsal-title">Rehearse</h2>
        <span className="muted">plan {formatSeconds(planned)}</span>
      </div>

      {!run && (
        <>
          <p className="rehearsal-intro">Say your answer out loud. Move to the next part as you reach it; the timer tells you when a part runs long.</p>
          <ol className="plan">
            {plan.map((p) => (
              <li key={p.kind}>
                <span className={`dot part-${p.kind}`} aria-hidden="true" />
                {PART_LABELS[p.kind]} <span className="muted">{formatSeconds(p.seconds)}</span>
              </li>
            ))}
          </ol>
          <button type="button" className="btn btn-primary" onClick={start}>Start rehearsal</button>
        </>
      )}

      {run && running && <Live run={run} now={now} onNext={() => act(nextPart)} onStop={() => act(stopRehearsal)} />}

      {run && !running && (
        <div className="rehearsal-result" data-rehearsal="done">
          <table>
            <caption className="sr-only">Your rehearsal against the plan</caption>
            <thead>
              <tr>
                <th scope="col">Part</th>
                <th scope="col">Plan</th>
                <th scope="col">You</th>
              </tr>
            </thead>
            <tbody>
              {rehearsalSummary(run).map((r) => (
                <tr key={r.kind} className={r.over ? 'is-over' : ''}>
                  <th scope="row">{PART_LABELS[r.kind]}</th>
                  <td>{formatClock(r.planned)}</td>
                  <td>
                    {r.reached ? formatClock(r.actual) : <span aria-label="not reached">—</span>}
                    {r.over && <span className="sr-only"> (over plan)</span>}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td>{formatClock(planned)}</td>
                <td>{formatClock(rehearsalView(run, now).totalElapsed)}</td>
              </tr>
            </tfoot>
          </table>
          <button type="button" className="btn" onClick={start}>Rehearse again</button>
        </div>
      )}
    </section>
  );
}

function Live({ run, now, onNext, onStop }: { run: Rehearsal; now: number; onNext(): void; onStop(): void }) {
  const v = rehearsalView(run, now);
  return (
    <div className={`rehearsal-live ${v.over ? 'is-over' : ''}`} data-rehearsal="running">
      <p className="sr-only" aria-live="polite">
        Now: {PART_LABELS[v.kind]}{v.over ? ', running long' : ''}
      </p>
      <div className="steps" aria-hidden="true">
        {run.plan.map((p, i) => (
          <span key={p.kind} className={`step part-${p.kind} ${i < v.index ? 'past' : i === v.index ? 'current' : ''}`} />
        ))}
      </div>
      <div className="now">
        <span className={`dot part-${v.kind}`} aria-hidden="true" />
        <strong data-current-part={v.kind}>{PART_LABELS[v.kind]}</strong>
        <span className="muted">part {v.index + 1} of {run.plan.length}</span>
      </div>
      <div className="clock" role="timer" aria-label={`Time left in ${PART_LABELS[v.kind]}`}>
        {v.left >= 0 ? formatClock(v.left) : `+${formatClock(-v.left)}`}
      </div>
      <p className="clock-note">
        {v.over ? 'This part is running long: move on.' : v.left >= 0 ? 'left in this part' : 'past the plan'}
        {' · '}total {formatClock(v.totalElapsed)} of {formatClock(v.totalPlanned)}
      </p>
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={onNext}>
          {v.isLast ? 'Finish' : `Next: ${PART_LABELS[run.plan[v.index + 1]?.kind ?? v.kind]}`}
        </button>
        <button type="button" className="btn" onClick={onStop}>Stop</button>
      </div>
    </div>
  );
}
