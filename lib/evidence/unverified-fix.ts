// unverified-fix evidence: a claim that the fix worked, and anything showing how that was known.
import { hasValidationEvidence } from '../rules/shared/evidence';
import { hasInvestigation } from '../rules/shared/investigation';
import { hasMetric } from '../rules/shared/metrics';
import { sentencesIn } from '../rules/shared/story-parts';
import { sentenceReader } from './sentence-reader';
import { fixNotInQuestion } from '../rules/unverified-fix';

export default sentenceReader({
  advice: 'Say how you knew it worked: what you checked before calling it done, and what you saw afterwards.',
  rulesOut: fixNotInQuestion,
  candidates: (story) => sentencesIn(story, 'result').map((sentence) => ({ sentence, tags: [] })),
  story(story) {
    const work = sentencesIn(story, 'action', 'result');
    return [
      ...(work.some((s) => hasValidationEvidence(s.text)) ? ['validated'] : []),
      ...(work.some((s) => hasInvestigation(s.text)) ? ['investigated'] : []),
      ...(sentencesIn(story, 'result').some((s) => hasMetric(s.text)) ? ['result-metric'] : []),
    ];
  },
});
