// `npm run measure`: macro-F1 with bootstrap intervals, per-check precision and recall, and the
// nagging rate on every labelled answer set, running the engine in-process.
//   --write   rewrites the measures block of README.md
//   --verbose lists every label the engine got wrong
//   --verify  checks the in-process scores against ../shared/eval/run.mjs on public.json, and the
//             outcome of every answer against the engine as the CLI bundles it
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../lib/engine/analyze';
import { MAX_TEXT_CHARS } from '../lib/engine/limits';
import type { AnalyzeOptions } from '../lib/engine/report';
import { consoleReport, markdownReport } from './measure/format';
import { measureSet, RESAMPLES } from './measure/measure-set';
import { replaceBlock } from './measure/readme-block';
import { scoreOutcomes, caseOutcome } from './measure/score';
import { labelledSets, missingSets, ROOT, SHARED_EVAL, type MeasureCase } from './measure/sets';
import { bundleDifferences, bundledAnalyze, differences, parseRunMjs, runMjs } from './measure/verify';

/** The engine as the CLI runs it: the same options, the same length limit. */
export function analyzeCase(text: string, options: MeasureCase['options']) {
  return analyze(text.slice(0, MAX_TEXT_CHARS), cliOptions(options));
}

/** The options run.mjs passes to the CLI: question, level and focus, when set. */
function cliOptions(options: MeasureCase['options']): AnalyzeOptions {
  const opts: Record<string, string> = {};
  for (const k of ['question', 'level', 'focus'] as const) if (options?.[k]) opts[k] = options[k];
  return opts as AnalyzeOptions;
}

/** Differences between run.mjs and the in-process score on public.json; empty when they agree. */
export function verifyAgainstRunMjs(): string[] {
  const file = join(SHARED_EVAL ?? '', 'public.json');
  const cases = JSON.parse(readFileSync(file, 'utf8')) as MeasureCase[];
  const own = scoreOutcomes(cases.map((c) => caseOutcome(c, analyzeCase(c.text, c.options))));
  return differences(parseRunMjs(runMjs(file)), own);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const args = process.argv.slice(2);
  if (args.includes('--verify')) {
    const bundled = await bundledAnalyze();
    const diffs = [
      ...(SHARED_EVAL ? verifyAgainstRunMjs() : []),
      ...bundleDifferences(labelledSets(), (c) => analyzeCase(c.text, c.options), (c) => bundled(c.text.slice(0, MAX_TEXT_CHARS), cliOptions(c.options))),
    ];
    console.log(diffs.length ? `in-process measures differ from the command line:\n${diffs.join('\n')}` : 'in-process measures equal run.mjs on public.json and the CLI\'s engine on every answer');
    process.exit(diffs.length ? 1 : 0);
  }
  const measures = labelledSets().map((set) => measureSet(set, analyzeCase));
  console.log(consoleReport(measures, RESAMPLES, missingSets(), args.includes('--verbose')));
  if (args.includes('--write')) {
    const readme = join(ROOT, 'README.md');
    writeFileSync(readme, replaceBlock(readFileSync(readme, 'utf8'), markdownReport(measures, RESAMPLES)));
    console.log('\nwrote the measures block of README.md');
  }
}
