// Questions × saved stories: which questions the bank can answer, which it cannot yet, and the
// strongest story for each — the matrix candidates otherwise draw by hand before a loop.
import { useEffect, useState } from 'react';
import type { CoverageRow } from '@/lib/coaching/coverage';
import { QUESTIONS } from '@/lib/coaching/questions';
import { sendMessage } from '@/lib/messaging';
import type { SavedStory } from '@/lib/store/story-shape';
import { plural } from '@/lib/ui/format';

type Loaded = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; rows: CoverageRow[] };

export function CoverageMap({ stories }: { stories: SavedStory[] }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  // Only what the analysis reads: renaming alone does not re-run it, editing text or tags does.
  const input = stories.map(({ id, title, text, question, tags }) => ({ id, title, text, question, tags }));
  const key = JSON.stringify(input);
  useEffect(() => {
    let alive = true;
    setLoaded((l) => (l.state === 'ready' ? l : { state: 'loading' }));
    sendMessage('storyCoverage', { stories: JSON.parse(key) as typeof input })
      .then((rows) => alive && setLoaded({ state: 'ready', rows }))
      .catch(() => alive && setLoaded({ state: 'failed' }));
    return () => {
      alive = false;
    };
  }, [key]);

  const titles = new Map(stories.map((s) => [s.id, s.title]));
  const rows = loaded.state === 'ready' ? loaded.rows.filter((r) => r.question !== 'general') : [];
  const gaps = rows.filter((r) => r.fits.length === 0).length;

  return (
    <section className="coverage" aria-labelledby="coverage-title" aria-busy={loaded.state === 'loading'}>
      <h3 id="coverage-title">Coverage</h3>
      {loaded.state === 'loading' && <p className="muted">Checking which questions your stories answer…</p>}
      {loaded.state === 'failed' && <p className="muted">The coverage could not be worked out just now; your stories are unchanged.</p>}
      {loaded.state === 'ready' && (
        <>
          <p className="muted coverage-summary">
            {gaps === 0 ? 'Every question has a story.' : `${plural(gaps, 'question')} ${gaps === 1 ? 'has' : 'have'} no story yet.`} ★ marks the
            strongest story for each.
          </p>
          <ul className="coverage-rows" aria-label="Questions and the stories that answer them">
            {rows.map((row) => (
              <li
                key={row.question}
                className={row.fits.length ? '' : 'is-gap'}
                data-coverage-question={row.question}
                data-stories={row.fits.map((f) => f.id).join(' ')}
                data-strongest={row.fits[0]?.id ?? ''}
              >
                <span className="coverage-question">{QUESTIONS[row.question].label}</span>
                {row.fits.length === 0 ? (
                  <span className="coverage-none">No story yet</span>
                ) : (
                  <ul className="coverage-fits">
                    {row.fits.map((fit, i) => (
                      <li key={fit.id} className={i === 0 ? 'is-strongest' : ''}>
                        {i === 0 && (
                          <span aria-hidden="true" className="star">★</span>
                        )}
                        <span className="coverage-title" title={titles.get(fit.id)}>{titles.get(fit.id)}</span>
                        <span className="muted">
                          {fit.done}/{fit.total}
                          {i === 0 && row.fits.length > 1 ? ', strongest' : ''}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
