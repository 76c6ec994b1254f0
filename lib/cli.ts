// STAR Coach on the command line: the same engine over files (SPEC §8).
import { main } from './cli/main';

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

try {
  process.exitCode = main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
} catch (e) {
  // Never a stack trace: one line that says what happened.
  process.stderr.write(`star-coach: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
