// passive-voice evidence: steps of the work told without an actor, in the Action and Result.
import { sentencesIn } from '../rules/shared/story-parts';
import { sentenceReader } from './sentence-reader';

export default sentenceReader({
  advice: 'Say who did this step; if it was you, start the sentence with "I".',
  candidates: (story) => sentencesIn(story, 'action', 'result').map((sentence) => ({ sentence, tags: [] })),
});
