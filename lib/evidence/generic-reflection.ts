// generic-reflection evidence: whether the lesson, taken as a whole, names anything from this story.
import type { StoryContext } from '../engine/context';
import { isAnchoredLesson, isBareMaxim, isConcreteLesson, isGenericLesson } from '../rules/shared/generic-lessons';
import { reflectionSentences } from '../rules/shared/reflections';
import { technicalTerms } from '../rules/shared/technical-nouns';
import { clausesOf } from '../features/clauses';
import type { EvidenceReader } from './model';
import { bucket } from './shared';

const reader: EvidenceReader = {
  advice: 'Tie the lesson to this story: name the practice you changed or the check you now run.',
  read(story: StoryContext, hits) {
    const lessons = reflectionSentences(story);
    const any = (name: string, test: (text: string) => boolean) => (lessons.some((s) => test(s.text)) ? [name] : []);
    const steps = lessons.flatMap((s) => clausesOf(s.text)).filter((c) => c.actor === 'self' && c.step);
    return {
      instances: [],
      story: [
        bucket('lessons', lessons.length),
        bucket('lesson-words', Math.round(lessons.reduce((n, s) => n + s.words, 0) / 10)),
        ...any('concrete', isConcreteLesson),
        ...any('anchored', isAnchoredLesson),
        ...any('generic', isGenericLesson),
        ...any('maxim', isBareMaxim),
        ...any('named', (t) => technicalTerms(t).length > 0),
        ...any('digit', (t) => /\d/.test(t)),
        ...(steps.length ? ['own-step-in-lesson'] : []),
        ...(hits.length ? ['hand'] : []),
      ],
    };
  },
};

export default reader;
