// Which story the panel coaches: the one the user picked, else the one under the caret, else the first.
import type { Story } from '../engine/report';

export function coachedStoryIndex(stories: readonly Pick<Story, 'start' | 'end'>[], picked: number | null, caret: number | undefined): number {
  if (stories.length === 0) return 0;
  if (picked !== null) return Math.min(picked, stories.length - 1);
  if (caret === undefined) return 0;
  const under = stories.findIndex((s) => caret >= s.start && caret <= s.end);
  return under < 0 ? 0 : under;
}
