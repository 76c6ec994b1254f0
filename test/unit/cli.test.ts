import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../lib/cli/args';
import { formatReport, lineColumn } from '../../lib/cli/format';
import type { Report } from '../../lib/engine/report';
import { main } from '../../lib/cli/main';

const ANSWER =
  'Our nightly report emails stopped for three nights. No one was assigned, so I took it on. I reproduced the failure in staging, rotated the expired token, and added an expiry alert. Reports resumed for all 140 accounts. I would now keep credential expiry in a shared calendar.';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'star-cli-'));
  writeFileSync(join(dir, 'answer.txt'), ANSWER);
  writeFileSync(join(dir, 'two.txt'), `## Q1: A production incident\n${ANSWER}\n\n## Q2: Conflict with my manager\n${ANSWER}`);
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('R\xe9sum\xe9 of my caf\xe9 story', 'latin1'));
  writeFileSync(join(dir, 'bom.txt'), `\ufeff${ANSWER}`);
  mkdirSync(join(dir, 'folder'));
});

/** Runs the CLI in memory: exit status and what it wrote. */
function run(...argv: string[]): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const status = main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { status, out, err };
}

describe('parseArgs', () => {
  it('reads every option of SPEC §8', () => {
    expect(parseArgs(['--json', '--question', 'conflict', '--level', 'staff', '--focus', 'speed', '--wpm', '160', 'a.txt', '-'])).toEqual({
      json: true,
      options: { question: 'conflict', level: 'staff', focus: 'speed', wordsPerMinute: 160 },
      files: ['a.txt', '-'],
    });
  });

  it('accepts --option=value', () => {
    expect(parseArgs(['--level=senior', 'a.txt']).options).toEqual({ level: 'senior' });
  });

  it.each([
    [['a.txt', '--level', 'boss'], /--level must be one of/],
    [['a.txt', '--focus'], /--focus needs a value/],
    [['a.txt', '--question', 'weather'], /--question must be one of/],
    [['a.txt', '--wpm', '500'], /--wpm must be a number from 80 to 220/],
    [['a.txt', '--wpm', 'fast'], /--wpm/],
    [['a.txt', '--colour'], /unknown option --colour/],
    [['--json'], /no FILE given/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it('treats everything after -- as files', () => {
    expect(parseArgs(['--', '--json']).files).toEqual(['--json']);
  });
});

describe('CLI output', () => {
  it('prints a readable report: parts with seconds, findings at line:column', () => {
    const { status, out, err } = run(join(dir, 'answer.txt'));
    expect(status).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('answer.txt');
    expect(out).toMatch(/situation\s+\d+ s\s+\(target 10–20 s\)/);
    expect(out).toMatch(/reflection\s+\d+ s/);
    expect(out).toMatch(/whole answer\s+\d+ s/);
  });

  it('prints one JSON Report per file, one per line, each with its "file"', () => {
    const a = join(dir, 'answer.txt');
    const b = join(dir, 'two.txt');
    const { status, out } = run('--json', '--focus', 'ownership', a, b);
    expect(status).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [ra, rb] = lines.map((l) => JSON.parse(l));
    expect(ra.file).toBe(a);
    expect(rb.file).toBe(b);
    expect(ra.wordsPerMinute).toBe(140);
    expect(rb.stories.map((s: { question: string }) => s.question)).toEqual(['production-incident', 'disagree-manager']);
    expect(ra.stories[0].sections.map((s: { kind: string }) => s.kind)).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
  });

  it('reads a UTF-8 file with a byte-order mark like one without', () => {
    const plain = JSON.parse(run('--json', join(dir, 'answer.txt')).out);
    const bom = JSON.parse(run('--json', join(dir, 'bom.txt')).out);
    expect(bom.stories[0].sections).toEqual(plain.stories[0].sections);
  });

  it.each([
    ['a missing file', 'missing.txt', /cannot read .*missing\.txt: no such file/],
    ['a directory', 'folder', /cannot read .*folder: is a directory/],
    ['a binary file', 'binary.bin', /cannot read .*binary\.bin: looks like a binary file/],
    ['a file that is not UTF-8', 'latin1.txt', /cannot read .*latin1\.txt: is not valid UTF-8 text/],
  ])('reports %s on standard error and exits 2, still reporting the readable files', (_, name, message) => {
    const { status, out, err } = run('--json', join(dir, name), join(dir, 'answer.txt'));
    expect(status).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\bat .*\.ts:\d+/);
    expect(out.trim().split('\n')).toHaveLength(1);
  });

  it('prints usage and exits 2 on a bad option', () => {
    const { status, out, err } = run('--level', 'boss', join(dir, 'answer.txt'));
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/--level must be one of/);
    expect(err).toMatch(/usage: npm run --silent analyze --/);
  });

  it('prints usage on standard output for --help', () => {
    const { status, out } = run('--help');
    expect(status).toBe(0);
    expect(out).toMatch(/^usage:/);
  });
});

describe('formatReport', () => {
  const text = 'Intro line.\nWe fixed the bug together.';
  const report: Report = {
    wordsPerMinute: 140,
    stories: [
      {
        start: 0,
        end: text.length,
        question: 'general',
        words: 7,
        seconds: 3,
        sections: [
          { kind: 'situation', start: 0, end: 11, words: 2, seconds: 0.9, target: { min: 10, max: 20 } },
          { kind: 'action', start: 12, end: text.length, words: 5, seconds: 2.1, target: { min: 40, max: 70 } },
        ],
        findings: [
          {
            rule: 'we-language',
            severity: 'warning',
            section: 'action',
            start: 12,
            end: 14,
            message: 'Say who did it.',
            why: 'Interviewers hire a person.',
            suggestion: 'I fixed the bug.',
            replacement: 'I',
          },
        ],
        checklist: [{ id: 'i-for-actions', label: '"I" for every key action', done: false }],
      },
    ],
  };

  it('lists each finding at line:column with its rule, part, message and suggestion', () => {
    const out = formatReport('answer.txt', text, report);
    expect(out).toContain('2:1  warning we-language [action]: Say who did it.');
    expect(out).toContain('try: I fixed the bug.');
    expect(out).toMatch(/situation\s+1 s\s+\(target 10–20 s\)\s+under/);
    expect(out).toContain('checklist 0/1: [ ] "I" for every key action');
  });

  it('says when the text is not English or holds no answer', () => {
    expect(formatReport('x.txt', '', { wordsPerMinute: 140, stories: [], notice: 'not-english' })).toMatch(/mostly not English[\s\S]*No answer text found/);
  });
});

describe('lineColumn', () => {
  it('gives 1-based line and column', () => {
    const text = 'first line\nsecond line\n\nfourth';
    expect(lineColumn(text, 0)).toBe('1:1');
    expect(lineColumn(text, text.indexOf('line', 11))).toBe('2:8');
    expect(lineColumn(text, text.indexOf('fourth'))).toBe('4:1');
  });
});

describe('the real command', () => {
  const cli = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['bin/star-coach.mjs', ...args], { cwd: join(import.meta.dirname, '..', '..'), input, encoding: 'utf8', timeout: 120_000 });

  it('reads standard input for "-" and names it in the JSON', { timeout: 120_000 }, () => {
    const result = cli(['--json', '-'], ANSWER);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.file).toBe('-');
    expect(report.stories).toHaveLength(1);
  });

  it('exits 2 with a one-line message for a missing file, never a stack trace', { timeout: 120_000 }, () => {
    const result = cli([join(dir, 'nope.txt')]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^star-coach: cannot read .*nope\.txt: no such file/);
  });
});

describe('lineColumn on pasted line ends', () => {
  it('counts CRLF and lone CR as one line end each', () => {
    expect(lineColumn('one\r\ntwo\r\nthree', 'one\r\ntwo\r\n'.length)).toBe('3:1');
    expect(lineColumn('one\rtwo\rthree', 'one\rtwo\rth'.length)).toBe('3:3');
  });
});
