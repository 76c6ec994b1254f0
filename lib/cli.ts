// STAR Coach on the command line: the same engine over files (SPEC §8).
import { readFileSync } from 'node:fs';
import { analyze } from './engine/analyze';
import { FOCUSES, LEVELS, QUESTION_IDS, type AnalyzeOptions, type Focus, type Level, type QuestionId } from './engine/report';
import { formatReport } from './cli/format';

const USAGE = 'usage: npm run --silent analyze -- [--json] [--question ID] [--level L] [--focus F] [--wpm N] FILE... (- for standard input)';

class UsageError extends Error {}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
  if (value && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${name} must be one of: ${allowed.join(', ')}`);
}

export function parseArgs(argv: string[]): { json: boolean; options: AnalyzeOptions; files: string[] } {
  const options: AnalyzeOptions = {};
  const files: string[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i];
    if (arg === '--json') json = true;
    else if (arg === '--question') options.question = oneOf<QuestionId>('--question', value(), QUESTION_IDS);
    else if (arg === '--level') options.level = oneOf<Level>('--level', value(), LEVELS);
    else if (arg === '--focus') options.focus = oneOf<Focus>('--focus', value(), FOCUSES);
    else if (arg === '--wpm') {
      const n = Number(value());
      if (!Number.isFinite(n) || n < 80 || n > 220) throw new UsageError('--wpm must be a number from 80 to 220');
      options.wordsPerMinute = n;
    } else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError('no FILE given');
  return { json, options, files };
}

function readInput(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (e.message) process.stderr.write(`star-coach: ${e.message}\n`);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let status = 0;
  for (const file of args.files) {
    let text: string;
    try {
      text = readInput(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
      process.stderr.write(`star-coach: cannot read ${file}: ${why}\n`);
      status = 2;
      continue;
    }
    const report = analyze(text, args.options);
    process.stdout.write(args.json ? `${JSON.stringify({ file, ...report })}\n` : formatReport(file, text, report));
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
