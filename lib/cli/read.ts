// Reads one input of the CLI as UTF-8 text, or says in plain words why it cannot.
import { readFileSync } from 'node:fs';

export type ReadResult = { text: string } | { error: string };

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the file name is too long',
  ELOOP: 'too many symbolic links',
  EAGAIN: 'standard input is not ready',
};

export function readInput(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return { error: REASONS[code] ?? (e as Error).message };
  }
  if (bytes.includes(0)) return { error: 'looks like a binary file (it holds NUL bytes), not text' };
  try {
    // Fatal decoding: a Latin-1 or UTF-16 file is reported, not coached as mojibake.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: 'is not valid UTF-8 text' };
  }
}
