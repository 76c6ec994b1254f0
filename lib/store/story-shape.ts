// What a saved story looks like, and how an unknown value (stored or imported) is read into one.
import { QUESTION_IDS, type ChecklistItem, type QuestionId } from '../engine/report';
import { readRehearsals, type SavedRehearsal } from './rehearsal-shape';

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
  /** Rehearsals the user saved with this story, oldest first (absent until the first). */
  rehearsals?: SavedRehearsal[];
}

export function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE) || 'Untitled story';
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
 * checklist, times, even the id). Returns why it cannot be read when the parts a person
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
    // Unreadable rehearsals are dropped, never the story they came with.
    ...(rehearsals?.length ? { rehearsals } : {}),
  };
}

/** The entries a list view can show right away, before any repair has run. */
export function usableStories(raw: unknown): SavedStory[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((s): s is SavedStory => isRecord(s) && typeof s.id === 'string' && typeof readStory(s, 0) !== 'string');
}
