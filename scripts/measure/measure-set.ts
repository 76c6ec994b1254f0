// All measures of one labelled set, from the engine's reports on its answers.
import { clusterBootstrap, seedOf, type Interval } from './bootstrap';
import { caseOutcome, scoreOutcomes, type CaseOutcome, type ScoredReport, type SetScore } from './score';
import { sourceOf } from './sources';
import { isStrong, nagged, naggedWithoutCause, strongDefinition, type StrongDefinition } from './strong';
import type { LabelledSet, MeasureCase } from './sets';

export const RESAMPLES = 2000;

export interface SetMeasure {
  key: string;
  label: string;
  note: string;
  score: SetScore;
  /** Each label the engine got wrong, in words. */
  misses: string[];
  macroF1Interval: Interval;
  /** What the bootstrap resamples: whole sources when every answer records one, else answers. */
  resampled: { unit: 'sources' | 'answers'; count: number };
  strong: {
    definition: StrongDefinition;
    count: number;
    nagged: number;
    naggedInterval: Interval;
    withoutCause: number;
    withoutCauseInterval: Interval;
  };
}

type Analyze = (text: string, options: MeasureCase['options']) => ScoredReport;

interface Scored {
  c: MeasureCase;
  outcome: CaseOutcome;
  cluster: string;
}

const share = (flags: readonly boolean[]) => (flags.length ? flags.filter(Boolean).length / flags.length : NaN);

export function measureSet(set: LabelledSet, analyze: Analyze, resamples = RESAMPLES): SetMeasure {
  const bySource = set.cases.every((c) => sourceOf(c) !== undefined);
  const scored: Scored[] = set.cases.map((c) => ({
    c,
    outcome: caseOutcome(c, analyze(c.text, c.options)),
    cluster: (bySource ? sourceOf(c) : undefined) ?? `case:${c.id}`,
  }));
  const seed = seedOf(set.key);
  const clusterOf = (s: Scored) => s.cluster;
  const definition = strongDefinition(set.cases);
  const strong = scored.filter((s) => isStrong(s.c, definition));
  const naggedShare = (xs: readonly Scored[]) => share(xs.map((s) => nagged(s.outcome.warnedRules)));
  const withoutCauseShare = (xs: readonly Scored[]) => share(xs.map((s) => naggedWithoutCause(s.c, s.outcome.warnedRules)));
  return {
    key: set.key,
    label: set.label,
    note: set.note,
    score: scoreOutcomes(scored.map((s) => s.outcome)),
    misses: scored.flatMap((s) => s.outcome.misses),
    macroF1Interval: clusterBootstrap(scored, clusterOf, (xs) => scoreOutcomes(xs.map((s) => s.outcome)).macroF1, { resamples, seed }),
    resampled: { unit: bySource ? 'sources' : 'answers', count: new Set(scored.map(clusterOf)).size },
    strong: {
      definition,
      count: strong.length,
      nagged: naggedShare(strong),
      naggedInterval: clusterBootstrap(strong, clusterOf, naggedShare, { resamples, seed: seed ^ 1 }),
      withoutCause: withoutCauseShare(strong),
      withoutCauseInterval: clusterBootstrap(strong, clusterOf, withoutCauseShare, { resamples, seed: seed ^ 2 }),
    },
  };
}
