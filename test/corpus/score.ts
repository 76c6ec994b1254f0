// Scores the engine against the project's own labelled corpus (test/fixtures/corpus/*.json),
// the same way ../shared/eval/run.mjs scores the CLI, but calling analyze() directly.
// Usage: npx tsx test/corpus/score.ts [--verbose] [files…]
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze } from '../../lib/engine/analyze.ts';
import type { AnalyzeOptions, Report, RuleId, SectionKind } from '../../lib/engine/report.ts';

export interface CorpusCase {
  id: string;
  options?: Pick<AnalyzeOptions, 'question' | 'level' | 'focus'>;
  text: string;
  expect: Partial<Record<RuleId, boolean>>;
  sections?: SectionKind[];
  multi_story?: { stories: number; findings_in_story?: Partial<Record<RuleId, number>> };
  notice?: 'not-english';
  /** Set by the loader: the file the case came from. */
  file?: string;
}

export interface RuleStats { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; f1: number }

export interface CorpusScore {
  cases: number;
  rules: Map<RuleId, RuleStats>;
  /** Means over the rules with at least one expected positive (accuracy alone flatters silence). */
  macroF1: number;
  macroPrecision: number;
  macroRecall: number;
  right: number;
  total: number;
  accuracy: number;
  misses: string[];
}

export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/corpus');

export function corpusFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}

export function loadCorpus(files = corpusFiles()): CorpusCase[] {
  return files.flatMap((file) => {
    const cases = JSON.parse(readFileSync(file, 'utf8')) as CorpusCase[];
    return cases.map((c) => ({ ...c, file: basename(file) }));
  });
}

function rate(num: number, den: number, empty: number): number {
  return den ? num / den : empty;
}

export function scoreCorpus(cases: CorpusCase[] = loadCorpus()): CorpusScore {
  const counts = new Map<RuleId, { tp: number; fp: number; fn: number; tn: number }>();
  const misses: string[] = [];
  let right = 0;
  let total = 0;
  const check = (ok: boolean, miss: string) => {
    total++;
    if (ok) right++;
    else misses.push(miss);
  };

  for (const c of cases) {
    const report: Report = analyze(c.text, c.options ?? {});
    const fired = new Set(report.stories.flatMap((s) => s.findings.map((f) => f.rule)));
    for (const [rule, want] of Object.entries(c.expect) as [RuleId, boolean][]) {
      const got = fired.has(rule);
      const s = counts.get(rule) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
      counts.set(rule, s);
      if (want && got) s.tp++;
      else if (!want && got) s.fp++;
      else if (want && !got) s.fn++;
      else s.tn++;
      check(got === want, `${c.id}: ${rule} expected ${want}, got ${got}`);
    }
    if (c.sections) {
      const kinds = report.stories.flatMap((s) => s.sections.map((x) => x.kind));
      check(kinds.join(',') === c.sections.join(','), `${c.id}: sections expected ${c.sections.join(',')}, got ${kinds.join(',')}`);
    }
    if (c.multi_story) {
      const st = report.stories;
      const placement = Object.entries(c.multi_story.findings_in_story ?? {}).map(([rule, idx]) => {
        const inStories = st.flatMap((s, i) => (s.findings.some((f) => f.rule === rule) ? [i + 1] : []));
        return { rule, idx, inStories, ok: inStories.join() === String(idx) };
      });
      check(
        st.length === c.multi_story.stories && placement.every((p) => p.ok),
        `${c.id}: expected ${c.multi_story.stories} stories, got ${st.length}` +
          placement.map((p) => `; ${p.rule} expected in story ${p.idx}, found in [${p.inStories.join(',')}]`).join(''),
      );
    }
    if (c.notice) check(report.notice === c.notice, `${c.id}: notice expected ${c.notice}, got ${report.notice ?? 'none'}`);
  }

  const rules = new Map<RuleId, RuleStats>();
  const scored: RuleStats[] = [];
  for (const [rule, s] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const precision = rate(s.tp, s.tp + s.fp, s.tp + s.fn ? 0 : 1);
    const recall = rate(s.tp, s.tp + s.fn, 1);
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    const row = { ...s, precision, recall, f1 };
    rules.set(rule, row);
    if (s.tp + s.fn > 0) scored.push(row);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return {
    cases: cases.length,
    rules,
    macroF1: mean(scored.map((r) => r.f1)),
    macroPrecision: mean(scored.map((r) => r.precision)),
    macroRecall: mean(scored.map((r) => r.recall)),
    right,
    total,
    accuracy: rate(right, total, 0),
    misses,
  };
}

export function formatScore(score: CorpusScore, verbose = false): string {
  const lines = [...score.rules].map(
    ([rule, s]) =>
      `${rule.padEnd(24)} P=${s.precision.toFixed(2)} R=${s.recall.toFixed(2)} F1=${s.f1.toFixed(2)}  tp=${s.tp} fp=${s.fp} fn=${s.fn} tn=${s.tn}`,
  );
  if (verbose) lines.push(...score.misses.map((m) => `  miss ${m}`));
  const scoredRules = [...score.rules.values()].filter((s) => s.tp + s.fn > 0).length;
  lines.push(
    `corpus (${score.cases} cases): macro-F1 ${score.macroF1.toFixed(3)} (precision ${score.macroPrecision.toFixed(2)}, ` +
      `recall ${score.macroRecall.toFixed(2)}, ${scoredRules} rules), ${score.right}/${score.total} labels right ` +
      `(accuracy ${score.accuracy.toFixed(3)})`,
  );
  return lines.join('\n');
}

// Run as a script (not when imported by a test).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--')).map((f) => resolve(f));
  console.log(formatScore(scoreCorpus(loadCorpus(files.length ? files : undefined)), args.includes('--verbose')));
}
