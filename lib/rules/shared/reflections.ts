// A story's lesson sentences: its Reflection part, or (without one) lesson-like sentences after the setup.
import type { Sentence, StoryContext } from '../../engine/context';
import { isLesson } from './lesson-cues';

// "What would you do differently?": a question (an interviewer's prompt, a heading) asks for a
// lesson; it is not one. A question the speaker quotes ('I now ask "Is anything blocking you?"') is
// part of a lesson.
const QUESTION = /\?\s*$/;

export function reflectionSentences(story: StoryContext): Sentence[] {
  const told = story.sentences.filter((s) => !QUESTION.test(s.text));
  const own = told.filter((s) => s.section === 'reflection');
  if (own.length) return own;
  return told.filter((s) => s.section !== 'situation' && s.section !== 'task' && isLesson(s.text));
}
