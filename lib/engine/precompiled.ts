// V8 runs a regular expression's first match in its bytecode interpreter and compiles it to
// machine code on a later run, unless the text is long: then it compiles it at once. The rules'
// large word-list patterns meet only short sentences, so each was compiled twice and its first
// run interpreted, which was most of the first analysis after the worker started. Running such a
// pattern once on a long blank text when its module loads compiles it straight to machine code,
// once (about a third of the cost); the result of that run is thrown away.
const LONG_BLANK = ' '.repeat(1024);

/** The pattern, compiled now to machine code. For the large patterns only: small ones are cheap either way. */
export function precompiled<T extends RegExp>(pattern: T): T {
  pattern.test(LONG_BLANK);
  pattern.lastIndex = 0;
  return pattern;
}
