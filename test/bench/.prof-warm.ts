import { analyze } from '../../lib/engine/analyze';
import { prepDocument } from './corpus';
for (let i = 0; i < 3; i++) analyze(prepDocument(10_000, 70 + i));
const t = performance.now();
for (let i = 0; i < 8; i++) analyze(prepDocument(10_000, 80 + i));
console.log('warm per 10k', ((performance.now() - t) / 8).toFixed(1));
