// we-language evidence: which clauses tell a step with the group as the actor, and where.
import { clausesOf } from '../features/clauses';
import type { StoryContext } from '../engine/context';
import type { EvidenceReader } from './model';
import { bucket, cross, overlaps, place } from './shared';
import { clauseFeatures } from './sentence-features';
import { precompiled } from '../engine/precompiled';

/** The verb right after the group's pronoun says a state or feeling, not a step: "we were", "we had". */
const STATE_AFTER_GROUP = precompiled(/\b(?:we|us|team)\s+(?:were|was|are|had|have|needed|wanted|felt|knew|didn't|did not|could|would|should|might|must|can|will|got|seemed|hoped|thought|believed)\b/i);
const AGREEMENT_QUESTIONS = new Set(['conflict', 'disagree-manager']);

const reader: EvidenceReader = {
  advice: 'Say which step you took yourself, starting with "I", and name who you worked with.',
  read(story: StoryContext, hits) {
    const agreement = AGREEMENT_QUESTIONS.has(story.question.id);
    let selfSteps = 0;
    const instances = story.sentences.map((sentence) => {
      const clauses = clausesOf(sentence.text);
      const features = new Set<string>();
      for (const c of clauses) for (const f of clauseFeatures(c)) features.add(f);
      if (clauses.some((c) => c.actor === 'self' && c.step)) selfSteps++;
      if (features.has('g') && STATE_AFTER_GROUP.test(sentence.text)) features.add('g:state');
      if (agreement && features.has('g:decide')) features.add('g:decide&agreement');
      if (/\btogether\b/i.test(sentence.text)) features.add('together');
      if (overlaps(sentence, hits)) features.add('hand');
      const own = [...features];
      const group = own.filter((f) => f.startsWith('g') || f === 'together' || f === 'hand');
      return { sentence, features: [...own, ...cross(place(story, sentence), group)] };
    });
    return { instances, story: [`q:${story.question.id}`, bucket('self-steps', selfSteps), ...(hits.length ? ['hand'] : [])] };
  },
};

export default reader;
