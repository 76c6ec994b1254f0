// `npm run bench`: engine timings against SPEC §9, scaling, bundle sizes, reference checkers and
// keystroke-to-panel latency in real Chromium. Prints tables; writes test/bench/results/bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBundles } from './bundles';
import { prepDocument } from './corpus';
import { measureEngine } from './engine';
import { measureLatency, type LatencyResults } from './latency';
import { measureReferences } from './references';
import type { Summary } from './stats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CONTENT_SCRIPT_LIMIT = 20_000;
const BACKGROUND_LIMIT = 600_000;

function table(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n${title}\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of cells.slice(1)) console.log(line(row));
}

const verdict = (value: number, limit: number) => (value <= limit ? 'ok' : 'OVER');
const spread = (s: Summary) => `${s.p10}–${s.p90}`;

const loadAverageAtStart = loadavg();
console.log(`Load average ${loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')} (1, 5, 15 min): other processes inflate wall times.`);
console.log('Measuring the engine…');
const engine = measureEngine(root);
table('Engine (ms)', ['measure', 'words', 'median', 'p10–p90', 'runs', 'target', ''], [
  ['300-word answer, warm', engine.answer300.words, engine.answer300.median, spread(engine.answer300), engine.answer300.runs, '≤ 15', verdict(engine.answer300.median, 15)],
  ['engine load, fresh process', '', engine.engineLoad.median, spread(engine.engineLoad), engine.engineLoad.runs, '≤ 150', verdict(engine.engineLoad.median, 150)],
  ["rules' patterns compiled (at wake-up)", '', engine.compile.median, spread(engine.compile), engine.compile.runs, '', ''],
  ['prep doc, first analysis in that process', engine.prepDocCold.words, engine.prepDocCold.median, spread(engine.prepDocCold), engine.prepDocCold.runs, '≤ 150', verdict(engine.prepDocCold.median, 150)],
  ['load + compile + first analysis', engine.prepDocCold.words, engine.loadAndFirst.median, spread(engine.loadAndFirst), engine.loadAndFirst.runs, '', ''],
  ['one-word edit in prep doc (cached)', engine.oneWordEdit.words, engine.oneWordEdit.median, spread(engine.oneWordEdit), engine.oneWordEdit.runs, '≤ 10', verdict(engine.oneWordEdit.median, 10)],
]);
table(`Same cold processes, CPU time (user + system; load average ${loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')} at the start)`, ['measure', 'median', 'p10–p90', 'runs'], [
  ['engine load, fresh process', engine.cpu.engineLoad.median, spread(engine.cpu.engineLoad), engine.cpu.engineLoad.runs],
  ["rules' patterns compiled (at wake-up)", engine.cpu.compile.median, spread(engine.cpu.compile), engine.cpu.compile.runs],
  ['prep doc, first analysis in that process', engine.cpu.prepDocCold.median, spread(engine.cpu.prepDocCold), engine.cpu.prepDocCold.runs],
  ['load + compile + first analysis', engine.cpu.loadAndFirst.median, spread(engine.cpu.loadAndFirst), engine.cpu.loadAndFirst.runs],
]);
table('Scaling: whole document, never analyzed before', ['words', 'median ms', 'ms per 1k words', 'runs'],
  engine.scaling.map((row) => [row.words, row.median, row.msPer1kWords, row.runs]));
const [smallest, largest] = [engine.scaling[0]!, engine.scaling.at(-1)!];
const growth = largest.msPer1kWords / smallest.msPer1kWords;
// Linear cost keeps ms per 1k words flat; quadratic cost would multiply it by the size ratio.
console.log(
  `${(largest.words / smallest.words).toFixed(0)}× the words cost ${(largest.median / smallest.median).toFixed(1)}× the time; ` +
    `ms per 1k words ×${growth.toFixed(2)} (${growth <= 2 ? 'linear' : 'WORSE than linear'})`,
);

const bundles = measureBundles(root);
table('Chrome build (.output/chrome-mv3)', ['file', 'bytes', 'gzip bytes'], bundles.map((b) => [b.file, b.bytes, b.gzipBytes]));
const contentScripts = bundles.filter((b) => b.file.startsWith('content-scripts/'));
for (const script of contentScripts) {
  console.log(`${script.file}: ${script.bytes} bytes minified, target ≤ ${CONTENT_SCRIPT_LIMIT} (${verdict(script.bytes, CONTENT_SCRIPT_LIMIT)})`);
}
const background = bundles.find((b) => b.file === 'background.js');
if (background) console.log(`background.js: ${background.bytes} bytes minified, target ≤ ${BACKGROUND_LIMIT} (${verdict(background.bytes, BACKGROUND_LIMIT)})`);

console.log('\nRunning the reference checkers…');
const referenceText = prepDocument(10_000);
const references = await measureReferences(referenceText);
table('Same 10,000-word text through other checkers', ['tool', 'median ms', 'runs', 'findings', 'note'], [
  ['STAR Coach (cold process, compile + first analysis)', Math.round((engine.compile.median + engine.prepDocCold.median) * 100) / 100, engine.prepDocCold.runs, '', ''],
  ...references.map((r) => [r.tool, r.median, r.runs, r.findings, r.note ?? '']),
]);

console.log('\nMeasuring keystroke to side panel in Chromium…');
let latency: LatencyResults | { error: string };
try {
  latency = await measureLatency();
} catch (error) {
  latency = { error: String(error).split('\n')[0] ?? 'failed' };
}
const latencyRow = (name: string, result: Summary | { error: string }, limit: number) =>
  'error' in result ? [name, '—', '—', '—', `≤ ${limit}`, result.error] : [name, result.median, spread(result), result.runs, `≤ ${limit}`, verdict(result.median, limit)];
if ('error' in latency) {
  console.log(`skipped: ${latency.error}`);
} else {
  table('Last keystroke → side panel data-words (ms, debounce included)', ['case', 'median', 'p10–p90', 'runs', 'target', ''], [
    latencyRow('300-word answer', latency.answer300, 350),
    latencyRow('300-word answer, worker stopped first (after a pause)', latency.afterPause300, 250),
    latencyRow('one-word edit, 10,000-word field', latency.prepDoc10k, 500),
  ]);
  if (latency.workerHeapAfter10kBytes !== undefined) {
    console.log(`Service worker heap after the 10,000-word document (after garbage collection): ${(latency.workerHeapAfter10kBytes / 1e6).toFixed(1)} MB`);
  }
}

const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAverageAtStart, loadAverageAtEnd: loadavg() },
  engine,
  bundles,
  references,
  latency,
};
const out = join(root, 'test/bench/results/bench.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${out}`);
