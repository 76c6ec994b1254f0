// User settings, remembered across sessions. The background reads them for every analysis.
import { storage } from '#imports';
import { FOCUSES, LEVELS, type Focus, type Level } from '../engine/report';
import { isRecord } from './story-shape';
import { DISABLED_SITES_KEY, PAUSED_KEY } from './site-switch-keys';

// The question is not a setting: each story has its own (from its heading, its field's label or the user's choice).
export interface Settings {
  level: Level;
  focus: Focus;
  wordsPerMinute: number;
  /** Underline flagged sentences in the page's own field. */
  marks: boolean;
}

export const DEFAULT_SETTINGS: Settings = { level: 'mid', focus: 'general', wordsPerMinute: 140, marks: true };

/** Speaking rates a person can hold; anything outside is a damaged value. */
const RATE_RANGE = { min: 60, max: 300 };

function oneOf<T extends string>(allowed: readonly T[], v: unknown, fallback: T): T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

/**
 * Any stored value read as settings: each field kept when valid, else its default.
 * v1 → v2 migration: v1 values could miss fields added later or hold out-of-range rates.
 */
export function normalizeSettings(raw: unknown): Settings {
  const v = isRecord(raw) ? raw : {};
  const rate = v.wordsPerMinute;
  return {
    level: oneOf(LEVELS, v.level, DEFAULT_SETTINGS.level),
    focus: oneOf(FOCUSES, v.focus, DEFAULT_SETTINGS.focus),
    wordsPerMinute:
      typeof rate === 'number' && rate >= RATE_RANGE.min && rate <= RATE_RANGE.max ? rate : DEFAULT_SETTINGS.wordsPerMinute,
    marks: typeof v.marks === 'boolean' ? v.marks : DEFAULT_SETTINGS.marks,
  };
}

export const SETTINGS_SCHEMA_VERSION = 2;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_SCHEMA_VERSION,
  migrations: { 2: normalizeSettings },
});

/** Sites the user switched off, and the global pause (SPEC §7). */
export const disabledSitesItem = storage.defineItem<string[]>(`local:${DISABLED_SITES_KEY}`, { fallback: [], version: 1 });
export const pausedItem = storage.defineItem<boolean>(`local:${PAUSED_KEY}`, { fallback: false, version: 1 });
