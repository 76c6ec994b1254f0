// Child process of the benchmark, run bundled: loading the engine, then the first analysis of a
// 10,000-word prep document in that fresh process (nothing analyzed yet, JIT cold). Prints {ms, loadMs}.
import { performance } from 'node:perf_hooks';
import { prepDocument } from './corpus';

const loadStart = performance.now();
const { analyze } = await import('../../lib/engine/analyze');
const loadMs = performance.now() - loadStart;
const text = prepDocument(10_000);
const start = performance.now();
analyze(text);
console.log(JSON.stringify({ ms: performance.now() - start, loadMs }));
