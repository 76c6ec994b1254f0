import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../../lib/engine/analyze';
import { prepDocument } from './corpus';
const h = createHash('sha1');
for (let s = 0; s < 4; s++) h.update(JSON.stringify(analyze(prepDocument(5_000, s))));
const texts: string[] = [];
const walk = (v: unknown) => { if (typeof v === 'string' && v.length > 40) texts.push(v); else if (v && typeof v === 'object') Object.values(v).forEach(walk); };
for (const f of ['test/corpus/' , '/work/heldout/', '/work/shared/eval/']) for (const n of readdirSync(f)) if (n.endsWith('.json')) walk(JSON.parse(readFileSync(f + n, 'utf8')));
for (const t of texts) { h.update(JSON.stringify(analyze(t))); h.update(JSON.stringify(analyze(t, { level: 'staff', focus: 'ownership' }))); }
console.log(texts.length, h.digest('hex'));
