// Child process of the benchmark: the first analysis of a 10,000-word prep document in a fresh
// process (engine loaded, nothing analyzed yet, JIT cold). Prints {"ms": n} on standard output.
import { performance } from 'node:perf_hooks';
import { analyze } from '../../lib/engine/analyze';
import { prepDocument } from './corpus';

const text = prepDocument(10_000);
const start = performance.now();
analyze(text);
console.log(JSON.stringify({ ms: performance.now() - start }));
