// generic-reflection evidence: whether any lesson sentence names something from this story.
import { isAnchoredLesson, isConcreteLesson } from '../rules/shared/generic-lessons';
import { reflectionSentences } from '../rules/shared/reflections';
import { technicalTerms } from '../rules/shared/technical-nouns';
import { bucket } from './shared';
import { sentenceReader } from './sentence-reader';

export default sentenceReader({
  advice: 'Tie the lesson to this story: name the practice you changed or the check you now run.',
  words: true,
  candidates: (story) => reflectionSentences(story).map((sentence) => ({ sentence, tags: ['lesson'] })),
  story(story) {
    const lessons = reflectionSentences(story);
    const concrete = lessons.some((s) => isConcreteLesson(s.text) || isAnchoredLesson(s.text));
    const named = lessons.some((s) => technicalTerms(s.text).length > 0);
    return [bucket('lessons', lessons.length), ...(concrete ? ['concrete-lesson'] : []), ...(named ? ['named-in-lesson'] : [])];
  },
});
