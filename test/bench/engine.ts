// Engine timings of SPEC §9 and the scaling table. Texts differ run to run (see corpus.ts), so
// every timed analysis is real work and not a cache hit, except where a cache is the point.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { analyze } from '../../lib/engine/analyze';
import { createAnalyzer } from '../../lib/engine/cache';
import { countWords, editOneWord, prepDocument, singleAnswer } from './corpus';
import { summarize, timeOnce, type Summary } from './stats';

export interface EngineResults {
  answer300: Summary & { words: number };
  /** The first analysis in a fresh process, after the rules' patterns were compiled. */
  prepDocCold: Summary & { words: number };
  /** Loading the engine in a fresh process, before any text. */
  engineLoad: Summary;
  /** Compiling the rules' large patterns: when a coached field wakes the worker, else at the start
   * of the first analysis. */
  compile: Summary;
  /** Load, compile and first analysis, per process: the worker's whole start for a 10,000-word field. */
  loadAndFirst: Summary;
  /** The same four in CPU time (user + system) of the child: on a shared machine wall time also
   * counts waiting for other processes, CPU time does not. */
  cpu: { prepDocCold: Summary; engineLoad: Summary; compile: Summary; loadAndFirst: Summary };
  oneWordEdit: Summary & { words: number };
  scaling: { words: number; median: number; msPer1kWords: number; runs: number }[];
}

/** A 300-word answer, warm: after warm-up runs, median over 50 analyses of fresh variants. */
function answer300(): EngineResults['answer300'] {
  for (let i = 0; i < 20; i++) analyze(singleAnswer(1000 + i));
  const samples = Array.from({ length: 50 }, (_, i) => timeOnce(() => analyze(singleAnswer(2000 + i))));
  return { ...summarize(samples), words: countWords(singleAnswer()) };
}

/** The first analysis in a fresh process, over several processes; also how long loading and
 * compiling took. The child runs bundled, as the extension ships the engine, so no TypeScript is
 * compiled on the clock. */
function coldProcesses(root: string, processes = 7): Pick<EngineResults, 'prepDocCold' | 'engineLoad' | 'compile' | 'loadAndFirst' | 'cpu'> {
  const bundle = join(mkdtempSync(join(tmpdir(), 'star-bench-')), 'cold-child.mjs');
  buildSync({ entryPoints: [join(root, 'test/bench/cold-child.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
  type Sample = { loadMs: number; loadCpuMs: number; compileMs: number; compileCpuMs: number; ms: number; cpuMs: number };
  const samples = Array.from({ length: processes }, () => {
    const out = execFileSync(process.execPath, [bundle], { cwd: root, encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Sample;
  });
  const of = (pick: (s: Sample) => number) => summarize(samples.map(pick));
  return {
    prepDocCold: { ...of((s) => s.ms), words: countWords(prepDocument(10_000)) },
    engineLoad: of((s) => s.loadMs),
    compile: of((s) => s.compileMs),
    loadAndFirst: of((s) => s.loadMs + s.compileMs + s.ms),
    cpu: {
      prepDocCold: of((s) => s.cpuMs),
      engineLoad: of((s) => s.loadCpuMs),
      compile: of((s) => s.compileCpuMs),
      loadAndFirst: of((s) => s.loadCpuMs + s.compileCpuMs + s.cpuMs),
    },
  };
}

/** A one-word edit in an already analyzed 10,000-word document, each edit a new word, through the
 * per-story cache the background keeps per tab. */
function oneWordEdit(): EngineResults['oneWordEdit'] {
  const base = prepDocument(10_000, 1);
  const cached = createAnalyzer();
  cached(base);
  const samples = Array.from({ length: 30 }, (_, i) => timeOnce(() => cached(editOneWord(base, i))));
  return { ...summarize(samples), words: countWords(base) };
}

/** Whole-document time against size, each run on a document never analyzed before. */
function scaling(): EngineResults['scaling'] {
  analyze(prepDocument(5_000, 90));
  return [1_000, 5_000, 10_000, 50_000].map((size, index) => {
    const runs = size >= 50_000 ? 3 : 5;
    const docs = Array.from({ length: runs }, (_, run) => prepDocument(size, 100 + index * 10 + run));
    const words = countWords(docs[0]!);
    const median = summarize(docs.map((doc) => timeOnce(() => analyze(doc)))).median;
    return { words, median, msPer1kWords: Math.round((median / words) * 1000 * 100) / 100, runs };
  });
}

export function measureEngine(root: string): EngineResults {
  return { answer300: answer300(), ...coldProcesses(root), oneWordEdit: oneWordEdit(), scaling: scaling() };
}
