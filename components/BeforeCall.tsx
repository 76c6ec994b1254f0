// "Before your call": on a video-call page, the saved stories as cue cards (their one-line outcome
// and readiness) and the chosen story's checklist. Never the full answers, never the page's text.
import { useState } from 'react';
import { QUESTIONS } from '@/lib/coaching/questions';
import { handChecksItem, mergeChecks, readiness, savedStoryKey, setHandCheck } from '@/lib/store/checks';
import { storiesItem } from '@/lib/store/stories';
import { usableStories } from '@/lib/store/story-shape';
import { Checklist } from './Checklist';
import { useStoredValue } from './useStoredValue';
import './BeforeCall.css';

export function BeforeCall() {
  const saved = usableStories(useStoredValue(storiesItem));
  const ticks = useStoredValue(handChecksItem) ?? {};
  const [chosen, setChosen] = useState<string>();
  const current = saved.find((s) => s.id === chosen) ?? saved[0];
  return (
    <>
      <section className="call-banner" aria-labelledby="call-title" data-mode="before-call">
        <h2 id="call-title">Before your call</h2>
        <p>Nothing typed on this call page is read. Run through your stories’ outcomes and the checklist.</p>
      </section>
      {current ? (
        <>
          {saved.length > 1 && (
            <label className="field">
              <span>Story</span>
              <select value={current.id} onChange={(e) => setChosen(e.currentTarget.value)}>
                {saved.map((s) => (
                  <option key={s.id} value={s.id}>
                    Saved story: {s.title}
                  </option>
                ))}
              </select>
            </label>
          )}
          <Checklist
            title={`Saved story: ${current.title}`}
            items={mergeChecks(current.checklist, ticks[savedStoryKey(current.id)] ?? [])}
            onToggle={(id, done) => void setHandCheck(savedStoryKey(current.id), id, done)}
          />
          <section className="card" aria-labelledby="cues-title">
            <div className="card-head">
              <h2 id="cues-title">Your stories: outcome cues</h2>
            </div>
            <ul className="cue-list">
              {saved.map((s) => {
                const r = readiness(mergeChecks(s.checklist, ticks[savedStoryKey(s.id)] ?? []));
                return (
                  <li key={s.id} data-story-id={s.id} data-cue-card="true">
                    <div className="cue-main">
                      <span className="cue-title">{s.title}</span>
                      <span className="cue-question">{QUESTIONS[s.question].label}</span>
                      <span className="cue">{s.outcome || 'No outcome line yet: add a measured result.'}</span>
                    </div>
                    <span className={`pill ${r.total > 0 && r.done === r.total ? 'pace-ok' : ''}`}>
                      <span className="sr-only">Readiness </span>
                      {r.done}/{r.total}
                      <span className="sr-only"> done</span>
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        </>
      ) : (
        <section className="card empty">
          <h2>No saved stories yet</h2>
          <p className="muted">Save your answers in the coach’s Stories tab before the call; their outcome lines show here as cues.</p>
        </section>
      )}
    </>
  );
}
