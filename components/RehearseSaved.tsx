// Rehearsing a story from the story bank: the saved text is analyzed by the background (as the
// draft box is), then rehearsed like the story in view; its rehearsals are kept with it.
import { useEffect, useState } from 'react';
import type { Story } from '@/lib/engine/report';
import { sendMessage } from '@/lib/messaging';
import type { SavedStory } from '@/lib/store/story-shape';
import { RehearsalTimer } from './RehearsalTimer';

export function RehearseSaved({ story, onClose }: { story: SavedStory; onClose(): void }) {
  const [analyzed, setAnalyzed] = useState<Story | null | undefined>();
  useEffect(() => {
    let alive = true;
    sendMessage('analyzeDraft', { text: story.text, options: { question: story.question } })
      .then((report) => alive && setAnalyzed(report.stories[0] ?? null))
      .catch(() => alive && setAnalyzed(null));
    return () => {
      alive = false;
    };
  }, [story.text, story.question]);

  return (
    <div className="rehearse-saved" data-rehearse-saved={story.id}>
      <div className="row">
        <strong className="rehearse-saved-title">Rehearsing “{story.title}”</strong>
        <button type="button" className="btn btn-ghost btn-small" onClick={onClose}>Close</button>
      </div>
      {analyzed === undefined && <p className="muted">Reading the story…</p>}
      {analyzed === null && <p className="rehearsal-note is-problem" role="alert">This story could not be read for a rehearsal. Close and try again.</p>}
      {analyzed && <RehearsalTimer text={story.text} story={analyzed} savedId={story.id} />}
    </div>
  );
}
