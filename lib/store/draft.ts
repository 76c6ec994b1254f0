// The side panel's own draft box, kept so a closed panel loses nothing.
import { storage } from '#imports';
import type { QuestionId } from '../engine/report';

export const draftItem = storage.defineItem<string>('local:draft', { fallback: '', version: 1 });
/** Whether the panel coaches its draft rather than the page. */
export const panelModeItem = storage.defineItem<'page' | 'draft'>('local:panelMode', { fallback: 'page', version: 1 });
/** Questions the user chose for the draft's stories, keyed by `storyKey`. */
export const draftQuestionsItem = storage.defineItem<Record<string, QuestionId>>('local:draftQuestions', { fallback: {}, version: 1 });
