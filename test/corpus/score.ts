// Scores the engine against the project's own labelled corpus (test/fixtures/corpus/*.json),
// the same way ../shared/eval/run.mjs scores the CLI (scripts/measure/score.ts), but calling
// analyze() directly.
// Usage: npx tsx test/corpus/score.ts [--verbose] [files…]
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze } from '../../lib/engine/analyze.ts';
import type { AnalyzeOptions, Report, RuleId, SectionKind } from '../../lib/engine/report.ts';
import { caseOutcome, scoreOutcomes, type RuleScore } from '../../scripts/measure/score.ts';

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

export type RuleStats = RuleScore;

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

export function scoreCorpus(cases: CorpusCase[] = loadCorpus()): CorpusScore {
  const outcomes = cases.map((c) => {
    const report: Report = analyze(c.text, c.options ?? {});
    const outcome = caseOutcome(c, report);
    // Beyond run.mjs's checks: text that is not English must say so.
    if (c.notice) {
      outcome.total++;
      if (report.notice === c.notice) outcome.right++;
      else outcome.misses.push(`${c.id}: notice expected ${c.notice}, got ${report.notice ?? 'none'}`);
    }
    return outcome;
  });
  const score = scoreOutcomes(outcomes);
  return {
    ...score,
    rules: score.rules as Map<RuleId, RuleStats>,
    accuracy: score.total ? score.right / score.total : 0,
    misses: outcomes.flatMap((o) => o.misses),
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
