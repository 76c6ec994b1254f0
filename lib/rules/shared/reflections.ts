// A story's lesson sentences: its Reflection part, or (without one) lesson-like sentences after the setup.
import type { Sentence, StoryContext } from '../../engine/context';
import { isLesson } from './lesson-cues';
import { sentencesIn } from './story-parts';

// "What would you do differently?": a question (an interviewer's prompt, a heading) asks for a
// lesson; it is not one. A question the speaker quotes ('I now ask "Is anything blocking you?"') is
// part of a lesson.
const QUESTION = /\?\s*$/;

export function reflectionSentences(story: StoryContext): Sentence[] {
  const own = sentencesIn(story, 'reflection').filter((s) => !QUESTION.test(s.text));
  if (own.length) return own;
  return story.sentences.filter((s) => s.section !== 'situation' && s.section !== 'task' && !QUESTION.test(s.text) && isLesson(s.text));
}
