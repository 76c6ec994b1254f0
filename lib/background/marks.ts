// Which findings of a tab's Report are underlined in the page: the fixes of each answer (not
// what is still to come in a draft), each on its own sentence or phrase — never a whole answer.
import type { Mark, TabState } from '../messaging';
import { splitByProgress } from '../ui/progress';

/** Longer ranges are about a whole part (a Situation that runs long), not a sentence to fix. */
const MAX_MARK = 400;

export function marksOf(state: Pick<TabState, 'report' | 'source'>, enabled: boolean): Mark[] {
  if (!enabled || state.source.kind !== 'field') return [];
  const { stories } = state.report;
  return stories.flatMap((story, i) =>
    splitByProgress({ story, isLast: i === stories.length - 1 })
      // A finding without a part is about the whole answer (its length, a missing part): nothing to underline.
      .fixes.filter((f) => f.section && f.end > f.start && f.end - f.start <= MAX_MARK)
      .map((f) => ({ start: f.start, end: f.end, label: f.message })),
  );
}
