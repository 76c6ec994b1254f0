// "Before your call": on a video-call page, the saved stories as cue cards (their one-line outcome
// and readiness) and the chosen story's checklist. Never the full answers, never the page's text.
import { useState } from 'react';
import { handChecksItem, mergeChecks, savedStoryKey, setHandCheck } from '@/lib/store/checks';
import { storiesItem } from '@/lib/store/stories';
import { usableStories } from '@/lib/store/story-shape';
import { Checklist } from './Checklist';
import { SavedStoryList } from './SavedStoryList';
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
            onToggle={(id, done, found) => void setHandCheck(savedStoryKey(current.id), id, done, found)}
          />
          <section className="card" aria-labelledby="cues-title">
            <div className="card-head">
              <h2 id="cues-title">Your stories: outcome cues</h2>
            </div>
            <SavedStoryList stories={saved} ticks={ticks} cues />
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
