import { performance } from 'node:perf_hooks';
const t = performance.now();
const { analyze } = await import('../../lib/engine/analyze');
const load = performance.now() - t;
const { prepDocument } = await import('./corpus');
const doc = prepDocument(10_000);
const t0 = performance.now();
analyze(doc);
console.log(JSON.stringify({ load: load.toFixed(1), cold: (performance.now() - t0).toFixed(1) }));
