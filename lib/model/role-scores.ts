// Per-sentence evidence for each STAR part from the trained role model, and which sentences
// are asides (an interviewer's line, a heading, a note) that belong to no part.
import type { CueScores } from '../engine/cues';
import { SECTION_KINDS } from '../engine/report';
import { roleFeatures } from './role-features';
import { ROLES, roleLogProbs, type RoleWeights } from './roles';

const ASIDE = ROLES.indexOf('aside');
/** An aside must be the model's clear call: a wrongly dropped sentence loses real content. */
const ASIDE_MIN_PROBABILITY = 0.6;

export interface RoleEvidence {
  /** Log-probability of each STAR part (SECTION_KINDS order) per sentence. */
  logProbs: number[][];
  aside: boolean[];
}

export function roleEvidence(sentences: readonly string[], weights?: RoleWeights, cues?: readonly CueScores[]): RoleEvidence {
  const logProbs: number[][] = [];
  const aside: boolean[] = [];
  sentences.forEach((text, i) => {
    const lp = roleLogProbs(roleFeatures(text, i, sentences.length, cues?.[i]), weights);
    logProbs.push(SECTION_KINDS.map((k) => lp[ROLES.indexOf(k)]!));
    aside.push(Math.exp(lp[ASIDE]!) >= ASIDE_MIN_PROBABILITY);
  });
  return { logProbs, aside };
}
