// The real CLI process on inputs it cannot or can barely read (issue 7): standard input empty,
// closed, or cut off mid-character, and every unreadable kind of file in one run. Each gets one
// plain line on standard error and exit 2, or a normal report; never a stack trace. Binary and
// non-UTF-8 standard input take the same path as the files.
// (test/unit/cli.test.ts covers the same files through main() in memory.)
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const ANSWER = 'Our builds broke for a week. I bisected the change, fixed the cache key, and build time fell from 40 to 12 minutes.';
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

/** Runs `lib/cli.ts` as a process; `shell` lets a test close or redirect its standard input first. */
function cli(args: string[], input?: string | Buffer, shell?: string): SpawnSyncReturns<string> {
  const command = ['node', 'bin/star-coach.mjs', ...args];
  return shell === undefined
    ? spawnSync(command[0]!, command.slice(1), { cwd: ROOT, input, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 })
    : spawnSync('sh', ['-c', `${shell} ${command.map((a) => `'${a}'`).join(' ')}`], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

function expectNoStackTrace(result: SpawnSyncReturns<string>): void {
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stdout).not.toMatch(STACK_FRAME);
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'star-cli-bad-'));
  writeFileSync(join(dir, 'answer.txt'), ANSWER);
  writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Mon r\xe9sum\xe9 du caf\xe9', 'latin1'));
  mkdirSync(join(dir, 'notes'));
});

describe('CLI on bad input, as a real process', { timeout: 120_000 }, () => {
  it('coaches the first part of a 20 MB file, says so on standard error, and exits 0', () => {
    const huge = join(dir, 'huge.txt');
    const story = `## Q: Tell me about a time you fixed a build?\n${ANSWER}\n\n`;
    writeFileSync(huge, story.repeat(Math.ceil(20_000_000 / story.length)));
    const result = cli(['--json', huge]);
    expect(result.status).toBe(0);
    expectNoStackTrace(result);
    expect(result.stderr).toMatch(/coaching its first 200,000 only/);
    const report = JSON.parse(result.stdout.trim()) as { stories: unknown[] };
    expect(report.stories.length).toBeGreaterThan(100);
  });

  it('reports each unreadable file on one line, still reports the readable one, and exits 2', () => {
    const files = ['missing.txt', 'notes', 'image.png', 'latin1.txt', 'answer.txt'].map((f) => join(dir, f));
    const result = cli(['--json', ...files]);
    expect(result.status).toBe(2);
    expectNoStackTrace(result);
    const errors = result.stderr.trim().split('\n');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^star-coach: cannot read .*missing\.txt: no such file$/);
    expect(errors[1]).toMatch(/^star-coach: cannot read .*notes: is a directory$/);
    expect(errors[2]).toMatch(/^star-coach: cannot read .*image\.png: looks like a binary file/);
    expect(errors[3]).toMatch(/^star-coach: cannot read .*latin1\.txt: is not valid UTF-8 text$/);
    const reports = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { file: string; stories: unknown[] });
    expect(reports.map((r) => r.file)).toEqual([join(dir, 'answer.txt')]);
    expect(reports[0]!.stories).toHaveLength(1);
  });

  it('gives an empty report for standard input closed before any text', () => {
    const result = cli(['--json', '-'], '');
    expect(result.status).toBe(0);
    expectNoStackTrace(result);
    expect(JSON.parse(result.stdout)).toEqual({ file: '-', wordsPerMinute: 140, stories: [] });
  });

  it('coaches what arrived when standard input closes mid-answer', () => {
    const partial = ANSWER.slice(0, ANSWER.indexOf(', and'));
    const result = cli(['--json', '-'], partial);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { stories: { end: number }[] };
    expect(report.stories.at(-1)?.end).toBeLessThanOrEqual(partial.length);
    expect(report.stories).toHaveLength(1);
  });

  it('says so, and exits 2, when standard input closes in the middle of a character', () => {
    const bytes = Buffer.from(`${ANSWER} Café`, 'utf8');
    const result = cli(['-'], bytes.subarray(0, bytes.length - 1)); // the é cut after its first byte
    expect(result.status).toBe(2);
    expectNoStackTrace(result);
    expect(result.stderr.trim()).toBe('star-coach: cannot read standard input: is not valid UTF-8 text');
  });

  it('gives an empty report for a standard input that was closed before the CLI started', () => {
    const result = cli(['--json', '-'], undefined, 'exec 0<&-;');
    expectNoStackTrace(result);
    // Node reopens a closed standard input on /dev/null: nothing to read is an empty report.
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ file: '-', wordsPerMinute: 140, stories: [] });
  });
});
