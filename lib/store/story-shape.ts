// What a saved story looks like, and how an unknown value (stored or imported) is read into one.
import { QUESTION_IDS, type ChecklistItem, type QuestionId } from '../engine/report';
import { readRehearsals, type SavedRehearsal } from './rehearsal-shape';

const MAX_TITLE = 200;
const MAX_TAGS = 12;
const MAX_TAG = 30;

/** Where a story was coached when saved: saving that answer again updates the story. */
export interface StoryOrigin {
  site: string;
  /** The field's label, or the Doc's title; stable across page loads, unlike field ids. */
  label: string;
  /** The answer within the field (`storyKey`: its heading, else its position). */
  story: string;
}

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
  /** The user's own labels ("leadership", "Acme"), for finding stories before a loop. */
  tags: string[];
  origin?: StoryOrigin;
  /** Rehearsals the user saved with this story, oldest first (absent until the first). */
  rehearsals?: SavedRehearsal[];
}

/**
 * Text cut to at most `max` characters at a word boundary, with no ellipsis: lists add one
 * when they shorten a title for display, so the stored title is always whole words.
 */
export function trimAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : flat.slice(0, max)).replace(/[\s,;:–—-]+$/, '');
}

/** A stored title: whole words, no trailing ellipsis (older versions stored one). */
export function cleanTitle(title: string): string {
  return trimAtWord(title.replace(/\s*(?:…|\.\.\.)\s*$/, ''), MAX_TITLE) || 'Untitled story';
}

/** Tags as the user typed them (comma-separated or a list): trimmed, no repeats, a few at most. */
export function cleanTags(raw: unknown): string[] {
  const list = typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw : [];
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string') continue;
    const tag = trimAtWord(item, MAX_TAG);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags.slice(0, MAX_TAGS);
}

function readOrigin(v: unknown): StoryOrigin | undefined {
  if (!isRecord(v) || typeof v.site !== 'string' || typeof v.label !== 'string' || typeof v.story !== 'string') return undefined;
  return { site: v.site.slice(0, 200), label: v.label.slice(0, 200), story: v.story.slice(0, MAX_TITLE) };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
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

/**
 * Reads one story, filling the optional fields older saves lacked (outcome, counts,
 * checklist, times, tags, even the id). Returns why it cannot be read when the parts a person
 * would miss (title, text, question) are absent or of the wrong type.
 */
export function readStory(raw: unknown, now: number): SavedStory | string {
  if (!isRecord(raw)) return 'not a story object';
  if (typeof raw.title !== 'string' || !raw.title.trim()) return 'no title';
  if (typeof raw.text !== 'string' || !raw.text.trim()) return 'no answer text';
  if (typeof raw.question !== 'string' || !(QUESTION_IDS as readonly string[]).includes(raw.question)) return 'unknown question';
  const checklist = validChecklist(raw.checklist);
  if (!checklist) return 'malformed checklist';
  const savedAt = finiteOr(raw.savedAt, now);
  const origin = readOrigin(raw.origin);
  const rehearsals = readRehearsals(raw.rehearsals);
  return {
    id: typeof raw.id === 'string' && raw.id.trim() ? raw.id : crypto.randomUUID(),
    title: cleanTitle(raw.title),
    question: raw.question as QuestionId,
    text: raw.text,
    outcome: typeof raw.outcome === 'string' ? raw.outcome.slice(0, 500) : '',
    words: finiteOr(raw.words, 0),
    seconds: finiteOr(raw.seconds, 0),
    checklist,
    savedAt,
    updatedAt: finiteOr(raw.updatedAt, savedAt),
    tags: cleanTags(raw.tags),
    ...(origin ? { origin } : {}),
    // Unreadable rehearsals are dropped, never the story they came with.
    ...(rehearsals?.length ? { rehearsals } : {}),
  };
}

/** The entries a list view can show right away, before any repair has run. */
export function usableStories(raw: unknown): SavedStory[] {
  if (!Array.isArray(raw)) return [];
  // Read, not only checked: an entry older versions saved (no tags yet) is shown with what it lacks filled in.
  return raw.flatMap((s) => {
    const story = isRecord(s) && typeof s.id === 'string' ? readStory(s, 0) : 'no id';
    return typeof story === 'string' ? [] : [story];
  });
}
