// The shipped command is built JavaScript (bin/star-coach.mjs runs dist/star-coach.mjs): it must
// say exactly what the TypeScript source says, and rebuild itself when the sources change.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'star-cli-built-'));
// Passive steps make the built command load compromise (required on first use there, bundled in the source).
const ANSWER = 'Our webhook service was dropping 0.3% of events and it belonged to the Platform team. Logs were analyzed and the retry bug was found. A fix was written and deployed after review. We looked into it together and found the retry loop gave up after one timeout. I sent them a Slack message and they handled it. After that everyone was happy. I learned that communication is important.';

function fromSource(args: string[]): { status: number; out: string } {
  let out = '';
  const status = main(args, { out: (t) => (out += t), err: () => undefined });
  return { status, out };
}

describe('the built command', { timeout: 180_000 }, () => {
  it('is the bin of the package and what `npm run analyze` runs', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin['star-coach']).toBe('bin/star-coach.mjs');
    expect(pkg.scripts.analyze).toBe('node bin/star-coach.mjs');
  });

  it('gives the same reports as the source, readable and JSON, after rebuilding when lib/ is newer', () => {
    const file = join(dir, 'answer.txt');
    writeFileSync(file, ANSWER);
    // A source newer than the build makes the command build again before it runs.
    const now = new Date();
    utimesSync(join(ROOT, 'lib/cli.ts'), now, now);
    for (const args of [['--json', file], [file], ['--json', '--focus', 'technical', '--level', 'staff', file]]) {
      const built = spawnSync(process.execPath, [join(ROOT, 'bin/star-coach.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
      const source = fromSource(args);
      expect(built.stderr).toBe('');
      expect({ status: built.status, out: built.stdout }).toEqual(source);
    }
  });
});
