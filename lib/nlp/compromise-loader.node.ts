// compromise for the command line: required from node_modules the first time a rewrite needs it,
// so a run whose answers need none never loads it (scripts/build-cli.mjs puts this file in
// place of compromise-loader.ts). Same library and version as the extension's, CommonJS build.
import { createRequire } from 'node:module';
import type { Compromise } from './compromise-loader';

export function loadCompromise(): Compromise {
  return createRequire(import.meta.url)('compromise/two') as Compromise;
}
