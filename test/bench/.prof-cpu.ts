import { analyze } from '../../lib/engine/analyze';
import { prepDocument } from './corpus';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const doc = prepDocument(10_000);
let c = cpu(); analyze(doc); const cold = cpu() - c;
for (let i = 0; i < 3; i++) analyze(prepDocument(10_000, 60 + i));
c = cpu(); for (let i = 0; i < 5; i++) analyze(prepDocument(10_000, 70 + i)); const warm = (cpu() - c) / 5;
console.log(JSON.stringify({ coldCpu: +cold.toFixed(0), warmCpu: +warm.toFixed(0) }));
