// Rehearsals kept with a saved story, saved only when the user asks; export/import carry them
// inside the story.
import { MAX_REHEARSALS, type SavedRehearsal } from './rehearsal-shape';
import { commitStories, readStories } from './story-storage';

/** Keeps a rehearsal with its saved story. False when the story is gone. */
export async function addRehearsal(storyId: string, rehearsal: SavedRehearsal): Promise<boolean> {
  const stories = await readStories();
  const story = stories.find((s) => s.id === storyId);
  if (!story) return false;
  const rehearsals = [...(story.rehearsals ?? []), rehearsal].slice(-MAX_REHEARSALS);
  await commitStories(stories.map((s) => (s.id === storyId ? { ...s, rehearsals } : s)));
  return true;
}
