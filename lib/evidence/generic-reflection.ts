// generic-reflection evidence: how each lesson sentence is told (a general truth, a maxim, a named
// mechanism or habit), and whether the reflection as a whole names a practice.
import type { StoryContext } from '../engine/context';
import type { EvidenceReader } from './model';
import { isGeneralTruth } from '../rules/shared/general-truth';
import { namesPractice } from '../rules/shared/generic-lessons';
import { reflectionSentences } from '../rules/shared/reflections';
import { sentenceFeatures } from './sentence-features';
import { bucket, overlaps } from './shared';

const reader: EvidenceReader = {
  advice: 'Name what this story changed in how you work: a practice, a check or an agreement you now keep.',
  read(story: StoryContext, hits) {
    const lessons = reflectionSentences(story);
    const instances = lessons.map((sentence) => ({
      sentence,
      features: [
        ...sentenceFeatures(sentence, { words: true }),
        ...(isGeneralTruth(sentence.text) ? ['general-truth'] : []),
        ...(namesPractice(sentence.text) ? ['practice'] : []),
        ...(overlaps(sentence, hits) ? ['hand'] : []),
      ],
    }));
    const story_ = [
      `q:${story.question.id}`,
      bucket('lessons', lessons.length),
      ...(lessons.some((s) => namesPractice(s.text)) ? ['reflection-practice'] : []),
      ...(story.sentences.some((s) => s.marked) ? ['marked'] : []),
      ...(hits.length ? ['hand'] : []),
    ];
    return { instances, story: story_ };
  },
};

export default reader;
