// The story bank: answers the user saved, kept on the device (storage.local), with JSON export/import.
import { cleanTags, cleanTitle, isRecord, readStory, type SavedStory, type StoryOrigin } from './story-shape';
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

export type NewStory = Omit<SavedStory, 'id' | 'savedAt' | 'updatedAt' | 'tags'> & { tags?: string[] };

/** Adds a story to the bank as a new entry. */
export async function saveStory(input: NewStory, now = Date.now()): Promise<SavedStory> {
  const story: SavedStory = { ...input, title: cleanTitle(input.title), tags: cleanTags(input.tags), id: crypto.randomUUID(), savedAt: now, updatedAt: now };
  await commitStories([...(await readStories(now)), story]);
  return story;
}

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);

/** Share of words two texts have in common (Jaccard): an edited answer keeps most of its words. */
function overlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / Math.max(1, x.size + y.size - both);
}

const sameOrigin = (a: StoryOrigin, b: StoryOrigin) => a.site === b.site && a.label === b.label && a.story === b.story;
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The saved story that `input` is another save of: one with the same text, or the same answer of
 * the same field (under the same heading, or, untitled, still mostly the same words).
 */
export function sameStory(stories: readonly SavedStory[], input: Pick<SavedStory, 'text' | 'origin'>): SavedStory | undefined {
  const text = flat(input.text);
  const byText = stories.find((s) => flat(s.text) === text);
  if (byText || !input.origin) return byText;
  const origin = input.origin;
  const titled = !origin.story.startsWith('#');
  return stories.find((s) => s.origin && sameOrigin(s.origin, origin) && (titled || overlap(s.text, input.text) >= 0.5));
}

/** Saves the coached answer: updates the story it was saved as before, else adds it (`asNew` always adds). */
export async function saveCoachedStory(input: NewStory, now = Date.now(), asNew = false): Promise<{ story: SavedStory; updated: boolean }> {
  const stories = await readStories(now);
  const existing = asNew ? undefined : sameStory(stories, input);
  if (!existing) return { story: await saveStory(input, now), updated: false };
  // Fields other versions added (rehearsal history…) stay with the story.
  const story: SavedStory = { ...existing, ...input, title: cleanTitle(input.title), tags: cleanTags(input.tags ?? existing.tags), updatedAt: now };
  await commitStories(stories.map((s) => (s.id === existing.id ? story : s)));
  return { story, updated: true };
}

export type StoryEdit = Partial<Pick<SavedStory, 'title' | 'text' | 'question' | 'tags' | 'outcome' | 'words' | 'seconds' | 'checklist'>>;

/** Changes a saved story in place (rename, edited text, another question, tags). */
export async function updateStory(id: string, edit: StoryEdit, now = Date.now()): Promise<void> {
  const stories = await readStories(now);
  const clean = {
    ...edit,
    ...(edit.title === undefined ? {} : { title: cleanTitle(edit.title) }),
    ...(edit.tags === undefined ? {} : { tags: cleanTags(edit.tags) }),
  };
  await commitStories(stories.map((s) => (s.id === id ? { ...s, ...clean, updatedAt: now } : s)));
}

export function renameStory(id: string, title: string, now = Date.now()): Promise<void> {
  return updateStory(id, { title }, now);
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
