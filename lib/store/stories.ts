// The story bank: answers the user saved, kept on the device (storage.local), with JSON export/import.
import { cleanTitle, isRecord, readStory, type SavedStory } from './story-shape';
import { commitStories, readStories } from './story-storage';

export { STORY_SCHEMA_VERSION, readStories, storiesItem } from './story-storage';
export type { SavedStory } from './story-shape';

/** Caps that keep a hostile or broken import from filling storage. */
const MAX_STORIES = 500;
const MAX_TEXT = 50_000;
/** The export file's own format version, apart from the storage schema: the file has not changed shape. */
export const EXPORT_FORMAT_VERSION = 1;

export interface StoryExport {
  app: 'star-coach';
  schemaVersion: number;
  exportedAt: string;
  stories: SavedStory[];
}

export type NewStory = Omit<SavedStory, 'id' | 'savedAt' | 'updatedAt'>;

export async function saveStory(input: NewStory, now = Date.now()): Promise<SavedStory> {
  const story: SavedStory = { ...input, title: cleanTitle(input.title), id: crypto.randomUUID(), savedAt: now, updatedAt: now };
  await commitStories([...(await readStories(now)), story]);
  return story;
}

export async function renameStory(id: string, title: string, now = Date.now()): Promise<void> {
  const clean = cleanTitle(title);
  const stories = await readStories(now);
  await commitStories(stories.map((s) => (s.id === id ? { ...s, title: clean, updatedAt: now } : s)));
}

export interface Removed {
  story: SavedStory;
  index: number;
}

/** Removes a story and returns what `restoreStory` needs to undo it. */
export async function deleteStory(id: string): Promise<Removed | null> {
  const stories = await readStories();
  const index = stories.findIndex((s) => s.id === id);
  const story = stories[index];
  if (!story) return null;
  await commitStories(stories.filter((s) => s.id !== id));
  return { story, index };
}

export async function restoreStory({ story, index }: Removed): Promise<void> {
  const stories = (await readStories()).filter((s) => s.id !== story.id);
  stories.splice(Math.min(index, stories.length), 0, story);
  await commitStories(stories);
}

export function exportStories(stories: readonly SavedStory[], now = new Date()): string {
  const data: StoryExport = { app: 'star-coach', schemaVersion: EXPORT_FORMAT_VERSION, exportedAt: now.toISOString(), stories: [...stories] };
  return JSON.stringify(data, null, 2);
}

export interface Skipped {
  /** Position in the imported file, from 1, as a person counts. */
  position: number;
  title?: string;
  reason: string;
}

export interface ImportResult {
  added: SavedStory[];
  skipped: Skipped[];
  /** Set when the file as a whole could not be used. */
  error?: string;
}

/** One entry of an import, or why it cannot be used. */
function readEntry(raw: unknown, now: number): SavedStory | string {
  if (isRecord(raw) && typeof raw.text === 'string' && raw.text.length > MAX_TEXT) return `answer text longer than ${MAX_TEXT} characters`;
  return readStory(raw, now);
}

/** Validates an export file against the stories already saved. Pure: nothing is stored. */
export function parseImport(json: string, existing: readonly SavedStory[], now = Date.now()): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { added: [], skipped: [], error: 'This file is not valid JSON.' };
  }
  if (!isRecord(data) || !Array.isArray(data.stories)) {
    return { added: [], skipped: [], error: 'This file is not a STAR Coach story export.' };
  }
  if (typeof data.schemaVersion !== 'number' || data.schemaVersion > EXPORT_FORMAT_VERSION) {
    return { added: [], skipped: [], error: 'This file comes from a newer version of STAR Coach; update the extension first.' };
  }
  const ids = new Set(existing.map((s) => s.id));
  const added: SavedStory[] = [];
  const skipped: Skipped[] = [];
  data.stories.forEach((raw, i) => {
    const title = isRecord(raw) && typeof raw.title === 'string' ? raw.title : undefined;
    const entry = readEntry(raw, now);
    if (typeof entry === 'string') skipped.push({ position: i + 1, title, reason: entry });
    else if (ids.has(entry.id)) skipped.push({ position: i + 1, title, reason: 'already in your story bank' });
    else if (existing.length + added.length >= MAX_STORIES) skipped.push({ position: i + 1, title, reason: `the bank holds at most ${MAX_STORIES} stories` });
    else {
      ids.add(entry.id);
      added.push(entry);
    }
  });
  return { added, skipped };
}

export async function importStories(json: string): Promise<ImportResult> {
  const existing = await readStories();
  const result = parseImport(json, existing);
  if (result.added.length) await commitStories([...existing, ...result.added]);
  return result;
}
