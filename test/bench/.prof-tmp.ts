import { performance } from 'node:perf_hooks';
import { analyze } from '../../lib/engine/analyze';
import { createAnalyzer } from '../../lib/engine/cache';
import { prepDocument, editOneWord, singleAnswer } from './corpus';
const t0 = performance.now();
analyze(prepDocument(10_000));
const cold = performance.now() - t0;
const warm: number[] = [];
for (let i = 0; i < 5; i++) { const d = prepDocument(10_000, 50 + i); const s = performance.now(); analyze(d); warm.push(performance.now() - s); }
const a = createAnalyzer(); const base = prepDocument(10_000, 1); a(base);
const edits: number[] = [];
for (let i = 0; i < 20; i++) { const s = performance.now(); a(editOneWord(base, i)); edits.push(performance.now() - s); }
const ans: number[] = [];
for (let i = 0; i < 50; i++) { const s = performance.now(); analyze(singleAnswer(3000 + i)); ans.push(performance.now() - s); }
const med = (x: number[]) => x.sort((p, q) => p - q)[x.length >> 1]!.toFixed(1);
console.log(JSON.stringify({ cold: cold.toFixed(1), warm10k: med(warm), edit: med(edits), answer300: med(ans) }));
