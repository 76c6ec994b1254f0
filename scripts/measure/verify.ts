// Checks that the in-process scoring agrees with ../shared/eval/run.mjs, which runs the CLI: per
// check counts, macro-F1 and labels right on the same set.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { SetScore } from './score';
import { ROOT, SHARED_EVAL } from './sets';

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
