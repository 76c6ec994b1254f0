// The toolbar badge: how many fixes the current tab's answer has, with progressive coaching
// applied (points about parts not written yet are not fixes). Empty when there is none.
import type { SourceStatus, TabState } from '../messaging';
import { progressOf } from '../ui/progress';
import { coachedStoryIndex } from '../ui/story-at';

export const BADGE_COLOR = '#c9372c';

const SHOWS_REPORT: ReadonlySet<SourceStatus> = new Set(['ok', 'too-long', 'waiting', 'rate-limited']);

export function badgeText(state: TabState | null | undefined): string {
  // A Doc being read again keeps its report, and its count.
  if (!state || !SHOWS_REPORT.has(state.status)) return '';
  const stories = state.report.stories;
  const fixes = progressOf(stories, coachedStoryIndex(stories, null, state.caret)).fixes.length;
  return fixes > 0 ? String(fixes) : '';
}

interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
}

/** Keeps each tab's badge in step with its stored state (`tab:<id>` in storage.session). */
export function followBadges(api: BadgeApi, onSessionChange: (listener: (changes: Record<string, { newValue?: unknown }>) => void) => void): void {
  void api.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(() => undefined);
  onSessionChange((changes) => {
    for (const [key, change] of Object.entries(changes)) {
      const tabId = Number(key.slice('tab:'.length));
      if (!key.startsWith('tab:') || !Number.isInteger(tabId)) continue;
      // The tab may have closed meanwhile: its badge went with it.
      void api.setBadgeText({ tabId, text: badgeText(change.newValue as TabState | undefined) }).catch(() => undefined);
    }
  });
}
