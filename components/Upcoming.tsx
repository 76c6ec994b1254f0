// Findings about parts a draft has not reached yet: listed as still to come, not as fixes, with a
// button that checks the whole answer now (lib/ui/progress.ts decides which they are).
import type { Finding } from '@/lib/engine/report';
import { plural } from '@/lib/ui/format';
import './Upcoming.css';

interface Props {
  upcoming: Finding[];
  /** Nothing to fix in what is written so far. */
  noFixes: boolean;
  onFullCheck(): void;
}

export function Upcoming({ upcoming, noFixes, onFullCheck }: Props) {
  if (upcoming.length === 0) return null;
  return (
    <section className="card upcoming" aria-labelledby="upcoming-title" data-upcoming-count={upcoming.length}>
      <div className="card-head">
        <h2 id="upcoming-title">{noFixes ? 'So far, nothing to fix' : 'Still to come'}</h2>
        <button type="button" className="btn btn-small" data-action="full-check" onClick={onFullCheck}>
          Check it all now
        </button>
      </div>
      <p className="muted">
        {noFixes ? 'Keep writing. ' : ''}
        {plural(upcoming.length, 'point')} for the parts you have not written yet:
      </p>
      <ul>
        {upcoming.map((f, i) => (
          <li key={`${i}-${f.rule}`} data-rule={f.rule} data-upcoming="true">
            {f.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
