// Stored stories that could not be read. They are kept here, raw, never dropped, so the
// user can download them and nothing they wrote is lost to a broken entry.
import { storage } from '#imports';

export interface SetAsideEntry {
  /** The value exactly as it was found in storage. */
  raw: unknown;
  reason: string;
  setAsideAt: number;
}

export const setAsideItem = storage.defineItem<SetAsideEntry[]>('local:storiesSetAside', { fallback: [], version: 1 });

/** Adds entries, skipping ones already kept (a repair interrupted before it finished runs again). */
export async function setAside(entries: readonly SetAsideEntry[]): Promise<void> {
  if (!entries.length) return;
  const current = await setAsideItem.getValue();
  const kept = Array.isArray(current) ? current : [{ raw: current, reason: 'the set-aside list itself was damaged', setAsideAt: Date.now() }];
  const seen = new Set(kept.map(fingerprint));
  const fresh = entries.filter((e) => !seen.has(fingerprint(e)));
  if (fresh.length) await setAsideItem.setValue([...kept, ...fresh]);
}

function fingerprint(e: SetAsideEntry): string {
  return JSON.stringify([e.raw, e.reason]) ?? '';
}

export function exportSetAside(entries: readonly SetAsideEntry[], now = new Date()): string {
  return JSON.stringify({ app: 'star-coach', kind: 'set-aside-stories', exportedAt: now.toISOString(), entries }, null, 2);
}
