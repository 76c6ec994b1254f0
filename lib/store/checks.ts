// Checklist items the user ticked or unticked by hand, remembered per story (storage.local): the
// hand wins over the analysis until the user sets the item back to what the analysis found.
import { storage } from '#imports';
import type { ChecklistItem } from '../engine/report';
import type { SourceInfo } from '../messaging';

/** storyKey → ids of items ticked by hand, and `!id` for items unticked by hand. */
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
  /** What the analysis found (`done` is what the user sees, after any hand tick). */
  found: boolean;
  /** Set by the user: ticked though nothing was found, or unticked though something was. */
  byHand: boolean;
}

const UNTICKED = '!';

/** Key of a story being coached live: its field, and its heading or position in the text. */
export function liveStoryKey(source: Pick<SourceInfo, 'site' | 'fieldId'>, index: number, title?: string): string {
  return `live:${source.site}|${source.fieldId}|${title?.trim() || `#${index}`}`;
}

export function savedStoryKey(id: string): string {
  return `saved:${id}`;
}

/** An item is done when the user ticked it, or the analysis found it and the user did not untick it. */
export function mergeChecks(items: readonly ChecklistItem[], ticked: readonly string[]): CheckedItem[] {
  const hand = new Set(ticked);
  return items.map((item) => {
    const done = hand.has(UNTICKED + item.id) ? false : item.done || hand.has(item.id);
    return { ...item, done, found: item.done, byHand: done !== item.done };
  });
}

export function readiness(items: readonly { done: boolean }[]): { done: number; total: number } {
  return { done: items.filter((i) => i.done).length, total: items.length };
}

/** Sets an item by hand; setting it to what the analysis `found` clears the hand's say. */
export async function setHandCheck(key: string, itemId: string, done: boolean, found = false): Promise<void> {
  const all = usableTicks(await handChecksItem.getValue());
  const current = new Set(all[key] ?? []);
  current.delete(itemId);
  current.delete(UNTICKED + itemId);
  if (done !== found) current.add(done ? itemId : UNTICKED + itemId);
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
