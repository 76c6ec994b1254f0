// vague-ending evidence: how the last outcome the answer tells is worded.
import { hasMetric } from '../rules/shared/metrics';
import { endsOnCheckableFact } from '../rules/vague-ending';
import { sentencesIn } from '../rules/shared/story-parts';
import { bucket } from './shared';
import { sentenceReader } from './sentence-reader';

export default sentenceReader({
  advice: 'End on the concrete outcome: a number, a date or a fact someone could check.',
  rulesOut: endsOnCheckableFact,
  words: false,
  candidates(story) {
    const results = sentencesIn(story, 'result');
    if (results.length === 0) {
      // No Result found: the last sentence before the lesson may still be the outcome.
      const told = story.sentences.filter((s) => s.section !== 'reflection').at(-1);
      return told ? [{ sentence: told, tags: ['no-result'] }] : [];
    }
    return [{ sentence: results.at(-1)!, tags: ['closing'] }];
  },
  story(story) {
    const results = sentencesIn(story, 'result');
    return [bucket('results', results.length), ...(results.some((s) => hasMetric(s.text)) ? ['result-metric'] : [])];
  },
});
