// Checklist items the user ticked by hand, remembered per story (storage.local).
import { storage } from '#imports';
import type { ChecklistItem } from '../engine/report';
import type { SourceInfo } from '../messaging';

/** storyKey → ids of items ticked by hand. */
export const handChecksItem = storage.defineItem<Record<string, string[]>>('local:handChecks', {
  fallback: {},
  version: 1,
});

/** The stored ticks with any damaged entry left out, so one bad value cannot break a checklist. */
export function usableTicks(raw: unknown): Record<string, string[]> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const ticks: Record<string, string[]> = {};
  for (const [key, ids] of Object.entries(raw)) {
    if (Array.isArray(ids)) ticks[key] = ids.filter((id): id is string => typeof id === 'string');
  }
  return ticks;
}

export interface CheckedItem extends ChecklistItem {
  /** Ticked by the user rather than by the analysis. */
  byHand: boolean;
}

/** Key of a story being coached live: its field, and its heading or position in the text. */
export function liveStoryKey(source: Pick<SourceInfo, 'site' | 'fieldId'>, index: number, title?: string): string {
  return `live:${source.site}|${source.fieldId}|${title?.trim() || `#${index}`}`;
}

export function savedStoryKey(id: string): string {
  return `saved:${id}`;
}

/** An item is done when the analysis says so or the user ticked it. */
export function mergeChecks(items: readonly ChecklistItem[], ticked: readonly string[]): CheckedItem[] {
  const hand = new Set(ticked);
  return items.map((item) => ({ ...item, done: item.done || hand.has(item.id), byHand: !item.done && hand.has(item.id) }));
}

export function readiness(items: readonly { done: boolean }[]): { done: number; total: number } {
  return { done: items.filter((i) => i.done).length, total: items.length };
}

export async function setHandCheck(key: string, itemId: string, done: boolean): Promise<void> {
  const all = usableTicks(await handChecksItem.getValue());
  const current = new Set(all[key] ?? []);
  if (done) current.add(itemId);
  else current.delete(itemId);
  const next = { ...all };
  if (current.size) next[key] = [...current];
  else delete next[key];
  await handChecksItem.setValue(next);
}

/** Carries ticks over when a live story is saved to the bank. */
export async function copyHandChecks(from: string, to: string): Promise<void> {
  const all = usableTicks(await handChecksItem.getValue());
  const ticks = all[from];
  if (ticks?.length) await handChecksItem.setValue({ ...all, [to]: [...ticks] });
}
