// architecture-detail evidence: how many systems the Situation names, and how long it runs.
// Few answers are labelled positive, so the model reads only these counts, never wording.
import type { StoryContext } from '../engine/context';
import { namedSystems } from '../rules/shared/technical-nouns';
import { sentencesIn } from '../rules/shared/story-parts';
import type { EvidenceReader } from './model';
import { bucket } from './shared';

const reader: EvidenceReader = {
  advice: 'Keep the Situation to what went wrong; one system named is enough to place it.',
  read(story: StoryContext, hits) {
    const situation = sentencesIn(story, 'situation');
    const terms = namedSystems(situation.map((s) => s.text));
    const most = Math.max(0, ...situation.map((s) => namedSystems([s.text]).length));
    return { instances: [], story: [bucket('situation-terms', terms.length), bucket('terms-in-one-sentence', most), bucket('situation-sentences', situation.length), ...(hits.length ? ['hand'] : [])] };
  },
  // The finding is about the Situation: point at its sentence that names the most systems.
  anchor(story) {
    const situation = sentencesIn(story, 'situation');
    const count = (s: (typeof situation)[number]) => namedSystems([s.text]).length;
    return situation.reduce<(typeof situation)[number] | undefined>((best, s) => (!best || count(s) > count(best) ? s : best), undefined);
  },
};

export default reader;
