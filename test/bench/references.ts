// Two checkers people already use, on the same 10,000-word text, to read STAR Coach's cost against.
import { createRequire } from 'node:module';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { summarize, timeOnce, timeOnceAsync, type Summary } from './stats';

export interface ReferenceResult {
  tool: string;
  median: number;
  runs: number;
  findings: number;
  note?: string;
}

// write-good ships no types: (text) → list of suggestions.
const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => unknown[];

function asResult(tool: string, summary: Summary, findings: number, note?: string): ReferenceResult {
  return { tool, median: summary.median, runs: summary.runs, findings, ...(note ? { note } : {}) };
}

export async function measureReferences(text: string): Promise<ReferenceResult[]> {
  const results: ReferenceResult[] = [];
  writeGood(text);
  results.push(asResult('write-good 1.0.8', summarize(Array.from({ length: 5 }, () => timeOnce(() => writeGood(text)))), writeGood(text).length));

  try {
    const linter = new LocalLinter({ binary: binaryInlined });
    await linter.setup();
    const findings = (await linter.lint(text)).length;
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) samples.push(await timeOnceAsync(() => linter.lint(text)));
    results.push(asResult('harper.js 2.10.0', summarize(samples), findings, 'WebAssembly, after setup'));
  } catch (error) {
    results.push({ tool: 'harper.js 2.10.0', median: NaN, runs: 0, findings: 0, note: `failed: ${String(error)}` });
  }
  return results;
}
