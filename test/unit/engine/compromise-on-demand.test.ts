// compromise costs a worker about 200 ms to load and build, so the engine loads it only when a
// rewrite meets a word its own lists cannot settle. Most answers never need it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../lib/nlp/compromise-loader', async (original) => {
  const real = await original<typeof import('../../../lib/nlp/compromise-loader')>();
  return { loadCompromise: () => (loads.count++, real.loadCompromise()) };
});

const { analyze } = await import('../../../lib/engine/analyze');
const { passiveToActive } = await import('../../../lib/rephrase/passive-to-active');

describe('compromise on demand', () => {
  it('is not loaded by the engine, nor by an analysis whose rewrites need no tagger', () => {
    const report = analyze(
      'Our checkout service kept timing out during a sale. I was the on-call engineer. The logs were analyzed and the retry bug was found. ' +
        'A fix was written and deployed the same day. Errors dropped from 4% to 0.1% within an hour.',
    );
    expect(JSON.stringify(report)).toContain('I analyzed the logs');
    expect(loads.count).toBe(0);
  });

  it('is loaded once, by the first word that needs the tagger', () => {
    expect(passiveToActive('Dashboards were rebuilt.')).toBe('I rebuilt dashboards.');
    expect(passiveToActive('Runbooks were rewritten.')).toBe('I rewrote runbooks.');
    expect(loads.count).toBe(1);
  });

  // A script run by tsx is an ES module with no `require`: the rewrite must still load compromise,
  // not throw (which would drop the passive-voice rule from every report of that script).
  it('is loaded by a TypeScript script run as an ES module (npm run bench, measure, train)', () => {
    const script = join(mkdtempSync(join(tmpdir(), 'compromise-esm-')), 'rewrite.mts');
    const rewrite = resolve('lib/rephrase/passive-to-active.ts');
    writeFileSync(script, `import { passiveToActive } from ${JSON.stringify(rewrite)};\nconsole.log(passiveToActive('Dashboards were rebuilt.'));\n`);
    const out = execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), script], { encoding: 'utf8' });
    expect(out.trim()).toBe('I rebuilt dashboards.');
  }, 30_000);
});
