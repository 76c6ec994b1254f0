// Child process of the benchmark, run bundled: loading the engine, then the first analysis of a
// 10,000-word prep document in that fresh process (nothing analyzed yet, JIT cold). Prints wall
// and CPU milliseconds of each step: on a shared machine wall time waits for other processes,
// CPU time (user + system) does not.
import { performance } from 'node:perf_hooks';
import { prepDocument } from './corpus';

const cpuMs = (since?: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

const loadCpu = process.cpuUsage();
const loadStart = performance.now();
const { analyze } = await import('../../lib/engine/analyze');
const loadMs = performance.now() - loadStart;
const loadCpuMs = cpuMs(loadCpu);
const text = prepDocument(10_000);
const firstCpu = process.cpuUsage();
const start = performance.now();
analyze(text);
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, loadMs, cpuMs: cpuMs(firstCpu), loadCpuMs }));
