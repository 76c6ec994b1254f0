// Where a story reports its outcome: the Result (or, without one, the sentences that report a change),
// plus any measured outcome stated elsewhere, such as up front or inside an action.
import type { Sentence, StoryContext } from '../../engine/context';
import { hasMetric } from './metrics';
import { reportsOutcome } from './outcome';
import { OWN_STEP } from './own-step';
import { hasSection, sentencesIn } from './story-parts';

const computed = new WeakMap<StoryContext, Sentence[]>();

/** Shared by several rules, so computed once per story; callers must not change the array. */
export function outcomeSentences(story: StoryContext): Sentence[] {
  let found = computed.get(story);
  if (!found) computed.set(story, (found = findOutcomeSentences(story)));
  return found;
}

function findOutcomeSentences(story: StoryContext): Sentence[] {
  // Without a Result part, the speaker's own steps ("I wrote five tests") are not outcomes
  // unless they report a change.
  const own = hasSection(story, 'result')
    ? sentencesIn(story, 'result')
    : sentencesIn(story, 'task', 'action').filter((s) => reportsOutcome(s.text) || !OWN_STEP.test(s.text));
  const elsewhere = story.sentences.filter(
    (s) => (s.leadIn || (s.section !== 'situation' && s.section !== 'reflection')) && !own.includes(s) && reportsOutcome(s.text) && hasMetric(s.text),
  );
  return [...own, ...elsewhere].sort((a, b) => a.index - b.index);
}
