// The engine requires compromise on first use (lib/nlp/compromise-loader.ts): bundlers and Vitest
// provide `require`, but an ES module run by tsx has none, so the rule that needs it would throw,
// be skipped, and the scores would drift from the command line's. Imported first by measure.ts.
import { createRequire } from 'node:module';

const scope = globalThis as { require?: NodeJS.Require };
scope.require ??= createRequire(import.meta.url);
