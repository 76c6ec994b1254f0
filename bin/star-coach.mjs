#!/usr/bin/env node
// `star-coach` (and `npm run analyze`): runs the built command line, dist/star-coach.mjs. In a
// checkout whose lib/ changed since the last build, it builds again first, so the command always
// runs the code as it is now (evaluation scripts rely on that).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'star-coach.mjs');

/** The newest modification time under `dir`, in ms. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const sources = join(root, 'lib');
const stale = !existsSync(built) || (existsSync(sources) && newest(sources) > statSync(built).mtimeMs);
if (stale) await (await import(pathToFileURL(join(root, 'scripts', 'build-cli.mjs')).href)).buildCli(built);
await import(pathToFileURL(built).href);
