// missing-reflection evidence: whether any sentence states a lesson, and how the answer closes.
// An absence cannot be pooled over sentences ("one such sentence is enough" works for presence),
// so the closing sentence is the one instance and the rest is read as counts over the story.
// No word features: with them the model read "My biggest learning was…" as no lesson. Of the lexicon
// it reads what bears on a lesson or an ending: it runs on every story of a long document.
import type { StoryContext } from '../engine/context';
import type { EvidenceReader } from './model';
import { isGeneralTruth } from '../rules/shared/general-truth';
import { isLesson } from '../rules/shared/lesson-cues';
import { sentencesIn } from '../rules/shared/story-parts';
import { sentenceFeatures } from './sentence-features';
import { bucket, overlaps } from './shared';

// The speaker looking forward or back at their own way of working: "I would", "I now", "next time".
const OWN_LOOK = /\b(?:I (?:would|'d|should|will|now|always|never|try|make sure)|next time|in (?:the )?future|going forward|looking back)\b/i;

const CLOSING_LEXICON = ['lesson', 'lesson-generic', 'lesson-concrete', 'maxim', 'metric', 'outcome', 'vague-outcome'] as const;

const reader: EvidenceReader = {
  advice: 'Close with what you learned or would do differently, tied to this story.',
  read(story: StoryContext, hits) {
    const told = story.sentences.filter((s) => s.section !== 'situation' && s.section !== 'task');
    const closing = told.slice(-2);
    const last = story.sentences.at(-1);
    const features = [
      `q:${story.question.id}`,
      bucket('lesson-cues', told.filter((s) => isLesson(s.text)).length),
      bucket('reflection-part', sentencesIn(story, 'reflection').length),
      bucket('sentences', story.sentences.length),
      ...(closing.some((s) => isGeneralTruth(s.text)) ? ['closing-general-truth'] : []),
      ...(closing.some((s) => OWN_LOOK.test(s.text)) ? ['closing-own-look'] : []),
      ...(story.sentences.some((s) => s.marked) ? ['marked'] : []),
      ...(hits.length ? ['hand'] : []),
    ];
    const instances = last ? [{ sentence: last, features: [...sentenceFeatures(last, { lexicon: CLOSING_LEXICON }), `part:${last.section}`, ...(overlaps(last, hits) ? ['hand'] : [])] }] : [];
    return { instances, story: features };
  },
};

export default reader;
