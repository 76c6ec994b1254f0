// Keeping a finished rehearsal with a saved story (numbers only), so the story bank can show the
// trend. Nothing is kept unless the user presses the button.
import { useState } from 'react';
import type { RehearsalOutcome } from '@/lib/rehearsal/outcome';
import { rehearsalRecord } from '@/lib/store/rehearsal-shape';
import { addRehearsal } from '@/lib/store/rehearsals';
import { storiesItem } from '@/lib/store/stories';
import { usableStories, type SavedStory } from '@/lib/store/story-shape';
import { useStoredValue } from './useStoredValue';

/** The saved story this rehearsal most likely belongs to: the same text, else the same title. */
function likelyStory(stories: SavedStory[], text: string, title?: string): SavedStory | undefined {
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  return stories.find((s) => clean(s.text) === clean(text)) ?? (title ? stories.find((s) => s.title === title) : undefined);
}

export function RehearsalSave({ outcome, text, title, storyId }: { outcome: RehearsalOutcome; text: string; title?: string; storyId?: string }) {
  const stories = usableStories(useStoredValue(storiesItem));
  const [chosen, setChosen] = useState<string | null>(null);
  const [kept, setKept] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  if (outcome.mode === 'timer') return null;
  if (kept) return <p className="rehearsal-note" role="status" data-rehearsal-saved>Kept with “{kept}”. The Stories tab shows how each part changes over your rehearsals.</p>;
  if (stories.length === 0) {
    return <p className="rehearsal-note">To follow your progress, save this answer in the Stories tab; later rehearsals can then be kept with it.</p>;
  }
  const target = chosen ?? storyId ?? likelyStory(stories, text, title)?.id ?? stories[0]!.id;
  const keep = async () => {
    const record = rehearsalRecord(outcome, Date.now());
    const ok = record ? await addRehearsal(target, record).catch(() => false) : false;
    setFailed(!ok);
    if (ok) setKept(stories.find((s) => s.id === target)?.title ?? 'your story');
  };
  return (
    <div className="rehearsal-save">
      {!storyId && (
        <label className="field">
          <span>Keep this rehearsal with</span>
          <select value={target} onChange={(e) => setChosen(e.currentTarget.value)}>
            {stories.map((s) => (
              <option key={s.id} value={s.id}>{s.title}</option>
            ))}
          </select>
        </label>
      )}
      <button type="button" className="btn btn-primary btn-small" data-action="save-rehearsal" onClick={() => void keep()}>
        Keep with the story
      </button>
      <span className="muted"> Times and counts only; no audio or words are kept.</span>
      {failed && <p role="alert" className="rehearsal-note is-problem">This rehearsal could not be kept. Try again.</p>}
    </div>
  );
}
