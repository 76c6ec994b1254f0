// The shape most rules' evidence takes: some candidate sentences, each read with the shared
// sentence features and where it stands, plus what the rule's own patterns hit.
import type { Sentence, StoryContext } from '../engine/context';
import type { RuleHit } from '../rules/types';
import type { EvidenceReader } from './model';
import { sentenceFeatures } from './sentence-features';
import { cross, overlaps, place } from './shared';

export interface Candidate {
  sentence: Sentence;
  /** Why it is a candidate, or where it stands for this rule ("last-result"). */
  tags: string[];
}

export interface SentenceReaderSpec {
  advice: string;
  candidates(story: StoryContext): Candidate[];
  /** Evidence about the whole story, beyond whether the rule's patterns hit. */
  story?(story: StoryContext): string[];
  words?: boolean;
  rulesOut?: EvidenceReader['rulesOut'];
}

export function sentenceReader(spec: SentenceReaderSpec): EvidenceReader {
  return {
    advice: spec.advice,
    ...(spec.rulesOut ? { rulesOut: spec.rulesOut } : {}),
    read(story: StoryContext, hits: readonly RuleHit[]) {
      const instances = spec.candidates(story).map(({ sentence, tags }) => {
        const base = sentenceFeatures(sentence, { words: spec.words ?? false });
        const plain = base.filter((f) => !f.startsWith('w:'));
        const where = [...place(story, sentence), ...tags];
        return { sentence, features: [...base, ...where, ...cross(where, plain), ...(overlaps(sentence, hits) ? ['hand'] : [])] };
      });
      return { instances, story: [`q:${story.question.id}`, ...(spec.story?.(story) ?? []), ...(hits.length ? ['hand'] : [])] };
    },
  };
}
