// A story's lesson sentences: its Reflection part, or (without one) lesson-like sentences after the setup.
import type { Sentence, StoryContext } from '../../engine/context';
import { isLesson } from './lesson-cues';
import { sentencesIn } from './story-parts';

export function reflectionSentences(story: StoryContext): Sentence[] {
  const own = sentencesIn(story, 'reflection');
  if (own.length) return own;
  return story.sentences.filter((s) => s.section !== 'situation' && s.section !== 'task' && isLesson(s.text));
}
