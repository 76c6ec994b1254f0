// Per-tab state in storage.session (`session:tab:<id>`), so that a restarted worker or a reopened
// panel still has the latest Report; the browser drops it when the session ends.
import { storage } from '#imports';
import type { TabState } from '../messaging';

const PREFIX = 'tab:';

export function tabStateKey(tabId: number): `session:tab:${number}` {
  return `session:${PREFIX}${tabId}` as `session:tab:${number}`;
}

/** The finding a click on a mark in the tab's page asked the panel to open. */
export function findingFocusKey(tabId: number): `session:focus:${number}` {
  return `session:focus:${tabId}` as `session:focus:${number}`;
}

export function loadTabState(tabId: number): Promise<TabState | null> {
  return storage.getItem<TabState>(tabStateKey(tabId));
}

export function saveTabState(state: TabState): Promise<void> {
  return storage.setItem(tabStateKey(state.tabId), state);
}

export function removeTabState(tabId: number): Promise<void> {
  return storage.removeItem(tabStateKey(tabId));
}

/** Every tab with a stored state. */
export async function storedTabIds(): Promise<number[]> {
  const snapshot = await storage.snapshot('session');
  return Object.keys(snapshot)
    .filter((key) => key.startsWith(PREFIX))
    .map((key) => Number(key.slice(PREFIX.length)))
    .filter(Number.isInteger);
}
