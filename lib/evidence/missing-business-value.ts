// missing-business-value evidence: whether the Result's figures reach users, money, time or risk.
import { sentencesIn } from '../rules/shared/story-parts';
import { sentenceReader } from './sentence-reader';

export default sentenceReader({
  advice: 'Say who felt the change: customers, revenue or cost, people\'s time, or risk.',
  words: true,
  candidates: (story) => sentencesIn(story, 'result').map((sentence) => ({ sentence, tags: [] })),
});
