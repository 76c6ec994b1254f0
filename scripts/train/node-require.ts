// The engine loads compromise with `require` on first use (lib/nlp/compromise-loader.ts), which the
// bundlers and Vitest provide; a script run by tsx as an ES module has none, so it gets Node's.
import { createRequire } from 'node:module';

const scope = globalThis as { require?: NodeRequire };
scope.require ??= createRequire(import.meta.url);
