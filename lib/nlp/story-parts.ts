// Which sentences tell the work. Usually the Action part; when a story has no Action part at all
// (cue-based parts can miss a "we" or passive narrative), every sentence after the opening one
// that is not a Result or Reflection; a one-sentence story (a run-on transcript) is all action.
import type { Sentence, StoryContext } from '../engine/context';

/** Longer "sentences" are pasted logs or unpunctuated dumps: the actor rules leave them alone, so
 * their patterns stay linear on any input. */
const MAX_SENTENCE_CHARS = 2000;

/** The story's sentences the actor rules read. */
export function readableSentences(story: StoryContext): Sentence[] {
  return story.sentences.filter((s) => s.text.length <= MAX_SENTENCE_CHARS);
}

export function actionSentences(story: StoryContext): Sentence[] {
  const sentences = readableSentences(story);
  const actions = sentences.filter((s) => s.section === 'action');
  if (actions.length > 0) return actions;
  if (sentences.length === 1) return sentences;
  return sentences.filter((s) => s.index > 0 && (s.section === 'situation' || s.section === 'task'));
}
