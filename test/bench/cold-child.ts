// Child process of the benchmark, run bundled: loading the engine, compiling the rules' large
// patterns as the worker does when a coached field wakes it (entrypoints/background.ts), then the
// first analysis of a 10,000-word prep document in that fresh process (nothing analyzed yet, JIT
// cold). Prints wall and CPU milliseconds of each step: on a shared machine wall time includes
// waiting for other processes, CPU time (user + system) does not.
import { performance } from 'node:perf_hooks';
import { prepDocument } from './corpus';

function timed<T>(run: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

const cpu = process.cpuUsage();
const loadStart = performance.now();
const { analyze } = await import('../../lib/engine/analyze');
const { compilePending } = await import('../../lib/engine/precompiled');
const loadMs = performance.now() - loadStart;
const loaded = process.cpuUsage(cpu);
const text = prepDocument(10_000);
const wake = timed(compilePending);
const first = timed(() => analyze(text));
console.log(
  JSON.stringify({
    loadMs,
    loadCpuMs: (loaded.user + loaded.system) / 1000,
    compileMs: wake.ms,
    compileCpuMs: wake.cpuMs,
    ms: first.ms,
    cpuMs: first.cpuMs,
  }),
);
