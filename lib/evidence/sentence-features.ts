// What every evidence model may read of one sentence: who acts and how, the lexicon hits the
// rules were built on (as features, not verdicts), and, for the models that read wording, its words.
import { clausesOf, type Clause } from '../features/clauses';
import type { Sentence } from '../engine/context';
import { isVagueOutcome } from '../engine/vague-outcome';
import { hasMetric } from '../rules/shared/metrics';
import { isConcreteLesson, isGenericLesson, isAnchoredLesson, isBareMaxim } from '../rules/shared/generic-lessons';
import { isLesson } from '../rules/shared/lesson-cues';
import { hasValidationEvidence } from '../rules/shared/evidence';
import { hasInvestigation } from '../rules/shared/investigation';
import { hasBusinessValue } from '../rules/shared/business-value';
import { hasPrevention } from '../rules/shared/prevention';
import { hasSecondOrderEffect } from '../rules/shared/second-order';
import { technicalTerms } from '../rules/shared/technical-nouns';
import { routesWork } from '../rules/shared/routing';
import { reportsOutcome } from '../rules/shared/outcome';

export function clauseFeatures(c: Clause): string[] {
  const tag = c.actor === 'group' ? 'g' : c.actor === 'self' ? 'i' : c.actor === 'other' ? 'o' : 'n';
  return [tag, `${tag}:${c.step ?? 'none'}`, ...(c.framing ? [`${tag}:framing`] : []), ...(c.passive ? [`${tag}:passive`] : [])];
}

const LEXICON = [
  ['metric', hasMetric],
  ['digit', (t: string) => /\d/.test(t)],
  ['vague-outcome', isVagueOutcome],
  ['outcome', reportsOutcome],
  ['lesson', isLesson],
  ['lesson-generic', isGenericLesson],
  ['lesson-concrete', isConcreteLesson],
  ['lesson-anchored', isAnchoredLesson],
  ['maxim', isBareMaxim],
  ['validation', hasValidationEvidence],
  ['investigation', hasInvestigation],
  ['business-value', hasBusinessValue],
  ['prevention', hasPrevention],
  ['second-order', hasSecondOrderEffect],
  ['routes', routesWork],
] as const satisfies readonly (readonly [string, (text: string) => boolean])[];

const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;

export type LexiconFeature = (typeof LEXICON)[number][0];

export interface FeatureOptions {
  /** Add the sentence's words (lower-cased); training keeps only those seen in several answers. */
  words?: boolean;
  /** Read only these lexicon hits, and no system names: a model that runs on every story of a
   * long document pays for each test it reads. */
  lexicon?: readonly LexiconFeature[];
}

export function sentenceFeatures(s: Sentence, options: FeatureOptions = {}): string[] {
  const out = new Set<string>();
  for (const c of clausesOf(s.text)) for (const f of clauseFeatures(c)) out.add(f);
  for (const [name, test] of LEXICON) if ((!options.lexicon || options.lexicon.includes(name)) && test(s.text)) out.add(name);
  if (!options.lexicon) {
    const terms = technicalTerms(s.text).length;
    out.add(`terms:${terms === 0 ? 0 : terms === 1 ? 1 : terms <= 3 ? 'few' : 'many'}`);
  }
  out.add(`length:${s.words < 8 ? 'short' : s.words < 25 ? 'mid' : 'long'}`);
  if (/^\s*(?:[-*•]|\d+[.)])\s/.test(s.text) || (s.words < 8 && !/[.!?]$/.test(s.text))) out.add('fragment');
  if (options.words) for (const w of s.text.toLowerCase().match(WORD) ?? []) out.add(`w:${w}`);
  return [...out];
}
