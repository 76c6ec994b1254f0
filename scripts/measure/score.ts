// Scores one labelled set the way ../shared/eval/run.mjs scores the CLI: per story a rule "fires"
// when any finding of the story has its id; each labelled rule is a binary decision per case;
// macro scores average over the rules with at least one expected positive; `sections` and
// `multi_story` checks count in accuracy only. Pure: it reads reports, it never runs the engine.

/** The parts of a Report the measures read. */
export interface ScoredReport {
  stories: { sections: { kind: string }[]; findings: { rule: string; severity: string }[] }[];
}

export interface LabelledCase {
  id: string;
  expect: Partial<Record<string, boolean>>;
  sections?: readonly string[];
  multi_story?: { stories: number; findings_in_story?: Partial<Record<string, number>> };
}

/** What one case contributes: its labelled decisions, its accuracy-only checks, its nagging. */
export interface CaseOutcome {
  id: string;
  decisions: { rule: string; want: boolean; got: boolean }[];
  /** Labels right and labels checked, counting the accuracy-only checks too. */
  right: number;
  total: number;
  /** Rules that gave a finding of severity warning or error. */
  warnedRules: string[];
  /** Each label the engine got wrong, in words. */
  misses: string[];
}

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SetScore {
  cases: number;
  rules: Map<string, RuleScore>;
  macroF1: number;
  macroPrecision: number;
  macroRecall: number;
  /** How many rules the macro scores average over. */
  scoredRules: number;
  right: number;
  total: number;
}

export function caseOutcome(c: LabelledCase, report: ScoredReport): CaseOutcome {
  const findings = report.stories.flatMap((s) => s.findings);
  const fired = new Set(findings.map((f) => f.rule));
  const decisions = Object.entries(c.expect).map(([rule, want]) => ({ rule, want: want === true, got: fired.has(rule) }));
  const misses = decisions.filter((d) => d.want !== d.got).map((d) => `${c.id}: ${d.rule} expected ${d.want}, got ${d.got}`);
  let total = decisions.length;
  if (c.sections) {
    total++;
    const kinds = report.stories.flatMap((s) => s.sections.map((x) => x.kind));
    if (kinds.join(',') !== c.sections.join(',')) misses.push(`${c.id}: sections expected ${c.sections.join(',')}, got ${kinds.join(',')}`);
  }
  if (c.multi_story) {
    total++;
    const stories = report.stories;
    const placement = Object.entries(c.multi_story.findings_in_story ?? {}).map(([rule, story]) => {
      const inStories = stories.flatMap((s, i) => (s.findings.some((f) => f.rule === rule) ? [i + 1] : []));
      return { rule, story, inStories, ok: inStories.join() === String(story) };
    });
    if (stories.length !== c.multi_story.stories || !placement.every((p) => p.ok)) {
      misses.push(
        `${c.id}: expected ${c.multi_story.stories} stories, got ${stories.length}` +
          placement.map((p) => `; ${p.rule} expected in story ${p.story}, found in [${p.inStories.join(',')}]`).join(''),
      );
    }
  }
  const warnedRules = [...new Set(findings.filter((f) => f.severity === 'warning' || f.severity === 'error').map((f) => f.rule))].sort();
  return { id: c.id, decisions, right: total - misses.length, total, warnedRules, misses };
}

/** run.mjs's definitions: precision of a rule that never fired is 1 when nothing was expected, else 0. */
export function ruleScore(tp: number, fp: number, fn: number, tn: number): RuleScore {
  const precision = tp + fp ? tp / (tp + fp) : tp + fn ? 0 : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, tn, precision, recall, f1 };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Pools case outcomes (a set, or one bootstrap resample of it) into per-rule and macro scores. */
export function scoreOutcomes(outcomes: readonly CaseOutcome[]): SetScore {
  const counts = new Map<string, [number, number, number, number]>();
  let right = 0;
  let total = 0;
  for (const o of outcomes) {
    right += o.right;
    total += o.total;
    for (const d of o.decisions) {
      const c = counts.get(d.rule) ?? [0, 0, 0, 0];
      counts.set(d.rule, c);
      c[d.want ? (d.got ? 0 : 2) : d.got ? 1 : 3]++;
    }
  }
  const rules = new Map<string, RuleScore>();
  for (const [rule, [tp, fp, fn, tn]] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) rules.set(rule, ruleScore(tp, fp, fn, tn));
  const scored = [...rules.values()].filter((r) => r.tp + r.fn > 0);
  return {
    cases: outcomes.length,
    rules,
    macroF1: mean(scored.map((r) => r.f1)),
    macroPrecision: mean(scored.map((r) => r.precision)),
    macroRecall: mean(scored.map((r) => r.recall)),
    scoredRules: scored.length,
    right,
    total,
  };
}
