// The story bank: answers the user saved, kept on the device (storage.local), with JSON export/import.
import { storage } from '#imports';
import { QUESTION_IDS, type ChecklistItem, type QuestionId } from '../engine/report';

export const STORY_SCHEMA_VERSION = 1;
/** Caps that keep a hostile or broken import from filling storage. */
const MAX_STORIES = 500;
const MAX_TEXT = 50_000;
const MAX_TITLE = 200;

export interface SavedStory {
  id: string;
  title: string;
  question: QuestionId;
  /** The story's own text, as coached when saved. */
  text: string;
  /** One line to recall before a call (the Result's first sentence). */
  outcome: string;
  words: number;
  seconds: number;
  /** The checklist from the analysis at save time. */
  checklist: ChecklistItem[];
  savedAt: number;
  updatedAt: number;
}

export interface StoryExport {
  app: 'star-coach';
  schemaVersion: number;
  exportedAt: string;
  stories: SavedStory[];
}

export const storiesItem = storage.defineItem<SavedStory[]>('local:stories', {
  fallback: [],
  version: STORY_SCHEMA_VERSION,
});

export type NewStory = Omit<SavedStory, 'id' | 'savedAt' | 'updatedAt'>;

export async function saveStory(input: NewStory, now = Date.now()): Promise<SavedStory> {
  const story: SavedStory = { ...input, title: cleanTitle(input.title), id: crypto.randomUUID(), savedAt: now, updatedAt: now };
  await storiesItem.setValue([...(await storiesItem.getValue()), story]);
  return story;
}

export async function renameStory(id: string, title: string, now = Date.now()): Promise<void> {
  const clean = cleanTitle(title);
  const stories = await storiesItem.getValue();
  await storiesItem.setValue(stories.map((s) => (s.id === id ? { ...s, title: clean, updatedAt: now } : s)));
}

export interface Removed {
  story: SavedStory;
  index: number;
}

/** Removes a story and returns what `restoreStory` needs to undo it. */
export async function deleteStory(id: string): Promise<Removed | null> {
  const stories = await storiesItem.getValue();
  const index = stories.findIndex((s) => s.id === id);
  const story = stories[index];
  if (!story) return null;
  await storiesItem.setValue(stories.filter((s) => s.id !== id));
  return { story, index };
}

export async function restoreStory({ story, index }: Removed): Promise<void> {
  const stories = (await storiesItem.getValue()).filter((s) => s.id !== story.id);
  stories.splice(Math.min(index, stories.length), 0, story);
  await storiesItem.setValue(stories);
}

export function exportStories(stories: readonly SavedStory[], now = new Date()): string {
  const data: StoryExport = { app: 'star-coach', schemaVersion: STORY_SCHEMA_VERSION, exportedAt: now.toISOString(), stories: [...stories] };
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

function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE) || 'Untitled story';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function validChecklist(v: unknown): ChecklistItem[] | null {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return null;
  const items: ChecklistItem[] = [];
  for (const item of v) {
    if (!isRecord(item) || typeof item.id !== 'string' || typeof item.label !== 'string' || typeof item.done !== 'boolean') return null;
    items.push({ id: item.id, label: item.label, done: item.done });
  }
  return items;
}

function finiteOr(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;
}

/** One entry of an import, or why it cannot be used. */
function readEntry(raw: unknown, now: number): SavedStory | string {
  if (!isRecord(raw)) return 'not a story object';
  if (typeof raw.title !== 'string' || !raw.title.trim()) return 'no title';
  if (typeof raw.text !== 'string' || !raw.text.trim()) return 'no answer text';
  if (raw.text.length > MAX_TEXT) return `answer text longer than ${MAX_TEXT} characters`;
  if (typeof raw.question !== 'string' || !(QUESTION_IDS as readonly string[]).includes(raw.question)) return 'unknown question';
  const checklist = validChecklist(raw.checklist);
  if (!checklist) return 'malformed checklist';
  return {
    id: typeof raw.id === 'string' && raw.id.trim() ? raw.id : crypto.randomUUID(),
    title: cleanTitle(raw.title),
    question: raw.question as QuestionId,
    text: raw.text,
    outcome: typeof raw.outcome === 'string' ? raw.outcome.slice(0, 500) : '',
    words: finiteOr(raw.words, 0),
    seconds: finiteOr(raw.seconds, 0),
    checklist,
    savedAt: finiteOr(raw.savedAt, now),
    updatedAt: finiteOr(raw.updatedAt, now),
  };
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
  if (typeof data.schemaVersion !== 'number' || data.schemaVersion > STORY_SCHEMA_VERSION) {
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
  const existing = await storiesItem.getValue();
  const result = parseImport(json, existing);
  if (result.added.length) await storiesItem.setValue([...existing, ...result.added]);
  return result;
}
