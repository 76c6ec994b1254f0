// Checks that the in-process measures agree with the command line: ../shared/eval/run.mjs's per
// check counts, macro-F1 and labels right on the same set, and the CLI's engine on every answer.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { caseOutcome, type CaseOutcome, type ScoredReport, type SetScore } from './score';
import { ROOT, SHARED_EVAL, type LabelledSet, type MeasureCase } from './sets';

export interface RunMjsScore {
  rules: Map<string, { tp: number; fp: number; fn: number; tn: number }>;
  macroF1: string;
  right: number;
  total: number;
}

/** Reads run.mjs's per-check lines and its summary line. */
export function parseRunMjs(stdout: string): RunMjsScore {
  const rules = new Map<string, { tp: number; fp: number; fn: number; tn: number }>();
  for (const m of stdout.matchAll(/^(\S+)\s+P=\S+ R=\S+ F1=\S+\s+tp=(\d+) fp=(\d+) fn=(\d+) tn=(\d+)$/gm)) {
    rules.set(m[1]!, { tp: Number(m[2]), fp: Number(m[3]), fn: Number(m[4]), tn: Number(m[5]) });
  }
  const summary = /macro-F1 (\d\.\d{3}) .*?, (\d+)\/(\d+) labels right/.exec(stdout);
  if (!summary) throw new Error(`run.mjs printed no summary line:\n${stdout.slice(-500)}`);
  return { rules, macroF1: summary[1]!, right: Number(summary[2]), total: Number(summary[3]) };
}

/** Runs run.mjs (it exits 1 below its goal; its output is what counts). */
export function runMjs(casesFile: string): string {
  if (!SHARED_EVAL) throw new Error('../shared/eval is not beside the project');
  try {
    return execFileSync('node', [join(SHARED_EVAL, 'run.mjs'), casesFile, '--project', ROOT], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const stdout = (e as { stdout?: string }).stdout;
    if (typeof stdout === 'string' && stdout) return stdout;
    throw e;
  }
}

/** Differences between run.mjs's score and the in-process one, in words; empty when they agree. */
export function differences(cli: RunMjsScore, own: SetScore): string[] {
  const diffs: string[] = [];
  const rules = new Set([...cli.rules.keys(), ...own.rules.keys()]);
  for (const rule of [...rules].sort()) {
    const a = cli.rules.get(rule);
    const b = own.rules.get(rule);
    const show = (s?: { tp: number; fp: number; fn: number; tn: number }) => (s ? `tp=${s.tp} fp=${s.fp} fn=${s.fn} tn=${s.tn}` : 'absent');
    if (show(a) !== show(b)) diffs.push(`${rule}: run.mjs ${show(a)}, in-process ${show(b)}`);
  }
  if (cli.macroF1 !== own.macroF1.toFixed(3)) diffs.push(`macro-F1: run.mjs ${cli.macroF1}, in-process ${own.macroF1.toFixed(3)}`);
  if (cli.right !== own.right || cli.total !== own.total) diffs.push(`labels right: run.mjs ${cli.right}/${cli.total}, in-process ${own.right}/${own.total}`);
  return diffs;
}

/** The engine as the command line bundles it (scripts/build-cli.mjs), loaded into this process:
 * what the CLI runs, without a process per group of options. */
export async function bundledAnalyze(): Promise<(text: string, options: object) => ScoredReport> {
  // Inside the project, so the bundle's require('compromise/two') finds node_modules.
  const outfile = join(ROOT, 'dist', `measure-engine.${process.pid}.mjs`);
  const { buildCli } = (await import(pathToFileURL(join(ROOT, 'scripts/build-cli.mjs')).href)) as { buildCli(outfile: string, entry: string): Promise<string> };
  await buildCli(outfile, join(ROOT, 'lib/engine/analyze.ts'));
  try {
    return ((await import(pathToFileURL(outfile).href)) as { analyze: (text: string, options: object) => ScoredReport }).analyze;
  } finally {
    rmSync(outfile, { force: true });
  }
}

/** What differs between two outcomes of one answer, in words. */
export function outcomeChanges(own: CaseOutcome, bundled: CaseOutcome): string[] {
  const changes = own.decisions.flatMap((d, i) => (d.got === bundled.decisions[i]?.got ? [] : [`${d.rule} fired ${d.got} in-process, ${!d.got} in the CLI`]));
  if (own.right !== bundled.right) changes.push(`labels right ${own.right} in-process, ${bundled.right} in the CLI`);
  if (own.warnedRules.join() !== bundled.warnedRules.join()) changes.push(`warnings [${own.warnedRules.join(', ')}] in-process, [${bundled.warnedRules.join(', ')}] in the CLI`);
  return changes;
}

/** The answers whose in-process outcome (labels, parts, warnings) differs from the bundled engine's. */
export function bundleDifferences(sets: readonly LabelledSet[], own: (c: MeasureCase) => ScoredReport, bundled: (c: MeasureCase) => ScoredReport): string[] {
  return sets.flatMap((set) =>
    set.cases.flatMap((c) => {
      const changes = outcomeChanges(caseOutcome(c, own(c)), caseOutcome(c, bundled(c)));
      return changes.length ? [`${set.key} ${c.id}: ${changes.join('; ')}`] : [];
    }),
  );
}
