// Which sentences tell the work. Usually the Action part; when a story has no Action part at all
// (cue-based parts can miss a "we" or passive narrative), every sentence after the opening one
// that is not a Result or Reflection; a one-sentence story (a run-on transcript) is all action.
import type { Sentence, StoryContext } from '../engine/context';

export function actionSentences(story: StoryContext): Sentence[] {
  const actions = story.sentences.filter((s) => s.section === 'action');
  if (actions.length > 0) return actions;
  if (story.sentences.length === 1) return story.sentences;
  return story.sentences.filter((s, i) => i > 0 && (s.section === 'situation' || s.section === 'task'));
}
