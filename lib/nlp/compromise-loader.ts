// compromise for the extension and the tests. Evaluating compromise builds its lexicon and
// conjugation tables (about 200 ms of CPU), so it must not run when the worker starts: the
// library is required on first use, which the bundlers (Vite, esbuild) and Vitest turn into a
// module wrapped in a function that runs on that call. A service worker cannot use import(), so
// this is the way to load it late. A TypeScript file run by tsx as an ES module has no `require`;
// there Node lends one. The command line swaps this file for compromise-loader.node.ts
// (scripts/build-cli.mjs), which requires it from node_modules instead of bundling it.
import type nlp from 'compromise/two';

export type Compromise = typeof nlp;

export function loadCompromise(): Compromise {
  try {
    return require('compromise/two') as Compromise;
  } catch (error) {
    if (!(error instanceof ReferenceError && /\brequire\b/.test(error.message))) throw error;
    const { createRequire } = process.getBuiltinModule('node:module');
    return createRequire(import.meta.url)('compromise/two') as Compromise;
  }
}
