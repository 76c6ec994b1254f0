// User settings, remembered across sessions. The background reads them for every analysis.
import { storage } from '#imports';
import type { Focus, Level, QuestionId } from '../engine/report';
import { DISABLED_SITES_KEY, PAUSED_KEY } from './site-switch-keys';

export interface Settings {
  /** `auto` detects the question from the story's heading. */
  question: QuestionId | 'auto';
  level: Level;
  focus: Focus;
  wordsPerMinute: number;
}

export const DEFAULT_SETTINGS: Settings = { question: 'auto', level: 'mid', focus: 'general', wordsPerMinute: 140 };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Sites the user switched off, and the global pause (SPEC §7). */
export const disabledSitesItem = storage.defineItem<string[]>(`local:${DISABLED_SITES_KEY}`, { fallback: [], version: 1 });
export const pausedItem = storage.defineItem<boolean>(`local:${PAUSED_KEY}`, { fallback: false, version: 1 });
