// The CLI's flow: options → read each file → analyze → readable or JSON-lines report.
import { analyze } from '../engine/analyze';
import { MAX_TEXT_CHARS } from '../engine/limits';
import { parseArgs, UsageError, USAGE, type CliArgs } from './args';
import { formatReport } from './format';
import { readInput } from './read';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Runs the CLI and returns its exit status: 0, or 2 for bad usage or an unreadable file. */
export function main(argv: readonly string[], io: CliIo): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (!e.message) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    io.err(`star-coach: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  let status = 0;
  for (const file of args.files) {
    const input = readInput(file);
    const name = file === '-' ? 'standard input' : file;
    if ('error' in input) {
      io.err(`star-coach: cannot read ${name}: ${input.error}\n`);
      status = 2;
      continue;
    }
    const text = input.text.length > MAX_TEXT_CHARS ? input.text.slice(0, MAX_TEXT_CHARS) : input.text;
    if (text !== input.text) {
      io.err(`star-coach: ${name} is ${input.text.length.toLocaleString('en')} characters; coaching its first ${MAX_TEXT_CHARS.toLocaleString('en')} only\n`);
    }
    const report = analyze(text, args.options);
    io.out(args.json ? `${JSON.stringify({ file, ...report })}\n` : formatReport(file, text, report));
  }
  return status;
}
