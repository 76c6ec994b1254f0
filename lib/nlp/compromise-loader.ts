// compromise for the extension and the tests: bundled and loaded with the engine. The command
// line swaps this file for compromise-loader.node.ts (scripts/build-cli.mjs).
import nlp from 'compromise/two';

export type Compromise = typeof nlp;

export function loadCompromise(): Compromise {
  return nlp;
}
