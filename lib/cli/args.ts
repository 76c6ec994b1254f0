// Command-line options of SPEC §8, parsed without side effects so they can be tested.
import { FOCUSES, LEVELS, QUESTION_IDS, type AnalyzeOptions } from '../engine/report';
import { MAX_WPM, MIN_WPM } from '../engine/timing';

export const USAGE = `usage: npm run --silent analyze -- [--json] [--question ID] [--level L] [--focus F] [--wpm N] FILE...
  FILE          a text file with one or more answers; - reads standard input
  --json        one Report per file, one per line, with a "file" field
  --question    ${QUESTION_IDS.join(' | ')} (default: detected from a heading, else general)
  --level       ${LEVELS.join(' | ')} (default mid)
  --focus       ${FOCUSES.join(' | ')} (default general)
  --wpm         speaking rate, ${MIN_WPM}-${MAX_WPM} words per minute (default 140)`;

export class UsageError extends Error {}

export interface CliArgs {
  json: boolean;
  options: AnalyzeOptions;
  files: string[];
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(value === undefined ? `${name} needs a value` : `${name} must be one of: ${allowed.join(', ')} (got "${value}")`);
}

function wpm(value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(n) || n < MIN_WPM || n > MAX_WPM) {
    throw new UsageError(`--wpm must be a number from ${MIN_WPM} to ${MAX_WPM}`);
  }
  return n;
}

/** Throws UsageError (with an empty message for --help) on anything it does not understand. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const options: AnalyzeOptions = {};
  const files: string[] = [];
  let json = false;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (onlyFiles || raw === '-' || !raw.startsWith('-')) {
      files.push(raw);
      continue;
    }
    // "--level=senior" and "--level senior" both work.
    const eq = raw.indexOf('=');
    const arg = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    const value = () => (arg !== raw ? raw.slice(eq + 1) : argv[++i]);
    if (arg === '--') onlyFiles = true;
    else if (arg === '--json') json = true;
    else if (arg === '--question') options.question = oneOf('--question', value(), QUESTION_IDS);
    else if (arg === '--level') options.level = oneOf('--level', value(), LEVELS);
    else if (arg === '--focus') options.focus = oneOf('--focus', value(), FOCUSES);
    else if (arg === '--wpm') options.wordsPerMinute = wpm(value());
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else throw new UsageError(`unknown option ${arg}`);
  }
  if (files.length === 0) throw new UsageError('no FILE given');
  return { json, options, files };
}
