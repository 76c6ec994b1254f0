// Who resolves the problem: the evidence handoff and others-did-it share. Each told sentence of
// the work is read clause by clause (who acts, what kind of step), and the story as a whole says
// whether the speaker owns a fix step, routes the problem, or stays out of the work.
import type { StoryContext } from '../engine/context';
import type { RuleHit } from '../rules/types';
import { clausesOf } from '../features/clauses';
import { speakerOwnsFix, speakerVisible } from '../nlp/actors';
import { readableSentences } from '../nlp/story-parts';
import { isHypothetical } from '../rules/shared/hypothetical';
import { routesWork } from '../rules/shared/routing';
import type { Evidence, EvidenceReader } from './model';
import { clauseFeatures } from './sentence-features';
import { bucket, cross, overlaps, place } from './shared';

/** Steps that resolve a problem, as opposed to finding or reporting it. */
const RESOLVING = new Set(['fix', 'build', 'deploy']);

export function readResolution(story: StoryContext, hits: readonly RuleHit[]): Evidence {
  const told = readableSentences(story).filter((s) => s.section !== 'reflection' && !isHypothetical(s.text));
  let ownResolving = 0;
  let othersResolving = 0;
  const instances = told.map((sentence) => {
    const features = new Set<string>();
    for (const c of clausesOf(sentence.text)) {
      for (const f of clauseFeatures(c)) features.add(f);
      if (c.step && RESOLVING.has(c.step) && !c.framing) {
        if (c.actor === 'self' || c.actor === 'group') ownResolving++;
        if (c.actor === 'other') othersResolving++;
      }
    }
    if (routesWork(sentence.text)) features.add('routes');
    if (overlaps(sentence, hits)) features.add('hand');
    const own = [...features];
    const others = own.filter((f) => f.startsWith('o') || f === 'routes' || f === 'hand');
    return { sentence, features: [...own, ...cross(place(story, sentence), others)] };
  });
  return {
    instances,
    story: [
      `q:${story.question.id}`,
      bucket('own-resolving', ownResolving),
      bucket('others-resolving', othersResolving),
      ...(told.some((s) => speakerOwnsFix(s.text)) ? ['owns-fix'] : []),
      ...(told.some((s) => speakerVisible(s.text)) ? ['visible'] : []),
      ...(instances.some((i) => i.features.includes('routes')) ? ['routes'] : []),
      ...(hits.length ? ['hand'] : []),
    ],
  };
}

/** handoff and others-did-it read the same evidence; only their advice differs. */
export const resolutionReader = (advice: string): EvidenceReader => ({ advice, read: readResolution });
