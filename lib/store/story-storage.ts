// Where the story bank lives in storage.local, and the write order that loses nothing.
//
// `stories` holds the plain array of stories. Every change is written in three steps:
//   1. the whole new list under `storiesPending` (the intent);
//   2. the list under `stories`;
//   3. `storiesPending` removed.
// If the browser stops after 1 or 2, the next read finds the intent and finishes the save;
// if step 1 fails, nothing changed at all. Reads also repair the list: entries that cannot
// be read are set aside (see set-aside.ts), never dropped.
import { storage } from '#imports';
import { setAside, type SetAsideEntry } from './set-aside';
import { isRecord, readStory, type SavedStory } from './story-shape';

/**
 * v1: the list as first shipped; older saves may lack outcome, counts, checklist or times.
 * v2: every entry complete, ids unique, unreadable entries set aside.
 * A list with no version mark (v0) is read as v1.
 */
export const STORY_SCHEMA_VERSION = 2;

export const storiesItem = storage.defineItem<SavedStory[]>('local:stories', {
  fallback: [],
  version: STORY_SCHEMA_VERSION,
  migrations: { 2: async (old: unknown) => settle(old, Date.now()) },
});

/** The list a save was writing when it was interrupted; absent when no save is under way. */
const pendingItem = storage.defineItem<unknown>('local:storiesPending');

interface Sorted {
  stories: SavedStory[];
  bad: SetAsideEntry[];
  changed: boolean;
}

/** Splits a stored value into readable stories and entries to set aside. Pure. */
export function sortEntries(raw: unknown, now: number): Sorted {
  if (raw == null) return { stories: [], bad: [], changed: false };
  if (!Array.isArray(raw)) {
    return { stories: [], bad: [{ raw, reason: 'the saved list was not a list', setAsideAt: now }], changed: true };
  }
  const ids = new Set<string>();
  const stories: SavedStory[] = [];
  const bad: SetAsideEntry[] = [];
  let changed = false;
  for (const entry of raw) {
    const story = readStory(entry, now);
    if (typeof story === 'string') {
      bad.push({ raw: entry, reason: story, setAsideAt: now });
      changed = true;
      continue;
    }
    // Two entries sharing an id would act as one on rename or delete: keep both, apart.
    if (ids.has(story.id)) story.id = crypto.randomUUID();
    ids.add(story.id);
    if (!changed && !unchanged(story, entry)) changed = true;
    stories.push(story);
  }
  return { stories, bad, changed };
}

/** Whether reading an entry left it as stored (field order aside), so it needs no rewrite. */
function unchanged(story: SavedStory, entry: unknown): boolean {
  if (!isRecord(entry)) return false;
  const keys = Object.keys(story) as (keyof SavedStory)[];
  return Object.keys(entry).length === keys.length && keys.every((k) => JSON.stringify(story[k]) === JSON.stringify(entry[k]));
}

/** The v1 → v2 migration: sets aside what cannot be read and returns the rest. */
async function settle(raw: unknown, now: number): Promise<SavedStory[]> {
  const { stories, bad } = sortEntries(raw, now);
  await setAside(bad);
  return stories;
}

/** Writes the whole list in the order described at the top of this file. */
export async function commitStories(next: SavedStory[]): Promise<void> {
  await pendingItem.setValue(next);
  await storiesItem.setValue(next);
  await pendingItem.removeValue();
}

/** The stories, after finishing any interrupted save and setting aside unreadable entries. */
export async function readStories(now = Date.now()): Promise<SavedStory[]> {
  const pending: unknown = await pendingItem.getValue();
  if (pending != null && !Array.isArray(pending)) {
    // A damaged intent: keep it aside and fall back to the last complete list.
    await setAside([{ raw: pending, reason: 'an unfinished save could not be read', setAsideAt: now }]);
    await pendingItem.removeValue();
  }
  const finishing = Array.isArray(pending);
  const sorted = sortEntries(finishing ? pending : await storiesItem.getValue(), now);
  await setAside(sorted.bad);
  if (finishing || sorted.changed) await commitStories(sorted.stories);
  return sorted.stories;
}

